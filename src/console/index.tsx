/** Console entry: served by the vault at /console/, talks to the same origin. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { consoleLang } from './strings';

const element = document.getElementById('root');
if (element) {
  const lang = consoleLang(navigator.languages);
  document.documentElement.lang = lang;
  createRoot(element).render(<App lang={lang} />);
}
