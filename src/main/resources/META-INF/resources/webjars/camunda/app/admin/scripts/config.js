/*
 * Refugee status case processing: configuration of the Camunda Admin webapp.
 * Overrides app/admin/scripts/config.js of the Camunda webjar (application resources come first on the classpath).
 *
 * Language: Russian for everyone, whatever the browser asks for; English on request with ?lang=en in the
 * address (for example /camunda/app/admin/default/?lang=en), remembered in this browser until ?lang=ru.
 * The same choice applies to Tasklist, Cockpit, Admin and the welcome page.
 */
const LOCALE_KEY = 'refugee-webapps-locale';
const asked = new URLSearchParams(window.location.search).get('lang');
if (asked === 'ru' || asked === 'en') {
  window.localStorage.setItem(LOCALE_KEY, asked);
}
const locale = window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'ru';

// One login for the whole product: the webapps' own login page (after their logout, or when the HTTP session has
// ended) gives way to the product's login page, which logs in to all of them.
const productLogin = () => {
  if (window.location.hash.startsWith('#/login')) {
    const path = window.location.pathname;
    window.location.replace(path.substring(0, path.indexOf('/camunda/')) + '/login?logout');
  }
};
window.addEventListener('hashchange', productLogin);
productLogin();

export default {
  // One locale at a time: with several, the webapps would follow the browser's first language.
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  }
};
