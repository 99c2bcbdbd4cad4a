/*
 * Refugee status case processing: Cockpit plugin. The product's pages on Cockpit's dashboard, so that a manager or an
 * auditor finds them from here: the programme's statistics, the decision history, the case search.
 */
const PAGES = [
  {href: '/api/statistics/dashboard.html', label: 'Статистика программы', text: 'беженцы, ходатайства, сроки, нагрузка'},
  {href: '/api/audit/decisions.html', label: 'Журнал решений', text: 'решения с основаниями, выгрузка CSV, ход дела'},
  {href: '/search', label: 'Поиск дел', text: 'лица и дела по имени, документу, номеру дела или удостоверения'}
];

export default {
  id: 'refugee.pages',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    const section = document.createElement('section');
    const title = document.createElement('h3');
    title.textContent = 'Страницы программы';
    section.appendChild(title);
    const list = document.createElement('ul');
    PAGES.forEach((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.href;
      link.textContent = page.label;
      item.appendChild(link);
      item.appendChild(document.createTextNode(' — ' + page.text));
      list.appendChild(item);
    });
    section.appendChild(list);
    node.appendChild(section);
  }
};
