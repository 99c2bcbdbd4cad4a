/*
 * Refugee status case processing: Tasklist plugins.
 * - «Дело», a tab of every task: the case page of the task's family, with a link to open it on its own (the server
 *   finds the case from the task: /cases/task/{id} answers with the case page's address);
 * - «Поиск дел» in the header: the search page (persons and cases by name in any script, document, case or
 *   certificate number, date of birth);
 * - form-js's own validation messages and search prompt in Russian: the version bundled with Tasklist 7.24 writes
 *   them in English and has no setting for them, so they are rewritten where they appear.
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

const FORM_JS_MESSAGES = [
  [/^Field is required\.$/, () => 'Обязательное поле.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Минимальная длина: ${n}.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Максимальная длина: ${n}.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Значение не меньше ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Значение не больше ${n}.`],
  [/^Field must match pattern .*$/, () => 'Значение не соответствует формату.'],
  [/^Field must be a valid email\.$/, () => 'Введите адрес электронной почты.'],
  [/^Field must be a valid +international phone number.*$/, () => 'Введите номер телефона в международном формате.']
];

function russianMessage(text) {
  for (const [english, russian] of FORM_JS_MESSAGES) {
    const match = english.exec(text);
    if (match) {
      return russian(...match.slice(1));
    }
  }
  return null;
}

function translateFormJs(root) {
  if (!root.querySelectorAll) {
    return;
  }
  // the text node itself, not the item's content: form-js keeps the node and writes the next message into it
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => item.childNodes.forEach((node) => {
    const russian = node.nodeType === Node.TEXT_NODE ? russianMessage(node.data.trim()) : null;
    if (russian) {
      node.data = russian;
    }
  }));
  root.querySelectorAll('input[placeholder="Search"]').forEach((input) => input.setAttribute('placeholder', 'Поиск'));
}

// form-js redraws a message when it changes (a new text, or a new list item): each redraw is translated again
new MutationObserver((mutations) => mutations.forEach((mutation) => {
  const target = mutation.type === 'characterData' ? mutation.target.parentElement : mutation.target;
  if (target && target.closest && target.closest('.fjs-container')) {
    translateFormJs(target.closest('.fjs-container'));
  }
})).observe(document.documentElement, {childList: true, characterData: true, subtree: true});

export default [caseTab, searchLink];
