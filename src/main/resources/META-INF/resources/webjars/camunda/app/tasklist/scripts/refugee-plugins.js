/*
 * Refugee status case processing: Tasklist plugins.
 * - «Дело», a tab of every task: the case page of the task's family, with a link to open it on its own (the server
 *   finds the case from the task: /cases/task/{id} answers with the case page's address);
 * - «Поиск дел» in the header: the search page (persons and cases by name in any script, document, case or
 *   certificate number, date of birth).
 */
const CASE_OF_TASK = '/cases/task/';

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text) {
    node.textContent = text;
  }
  return node;
}

const caseTab = {
  id: 'refugee.case',
  pluginPoint: 'tasklist.task.detail',
  // right after the form: the file is what a step is decided on
  priority: 900,
  label: 'Дело',
  render: (node, {taskId}) => {
    const href = CASE_OF_TASK + encodeURIComponent(taskId);
    const open = element('p');
    open.appendChild(element('a', {href, target: '_blank', rel: 'noopener'}, 'Открыть дело в отдельном окне'));
    node.appendChild(open);
    node.appendChild(element('iframe', {src: href + '?framed', title: 'Дело',
      style: 'width: 100%; height: 70vh; border: 1px solid #ddd'}));
  }
};

const searchLink = {
  id: 'refugee.search',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    node.appendChild(element('a', {href: '/search', title: 'Поиск лиц и дел'}, 'Поиск дел'));
  }
};

export default [caseTab, searchLink];
