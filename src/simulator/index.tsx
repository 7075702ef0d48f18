/**
 * Compose simulator entry. Installs the fake `Office` as the page's global before anything else runs —
 * the on-send bundle, like in Outlook, finds `Office` there — and hands the same object to the task pane.
 */
import { createRoot } from 'react-dom/client';
import { SimulatorApp } from './components/SimulatorApp';
import { ComposeStore, type SimLanguage } from './office/compose-store';
import { createFakeOffice } from './office/fake-office';

const params = new URLSearchParams(location.search);
const language: SimLanguage = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';
const store = new ComposeStore(language);
const office = createFakeOffice(store);
(globalThis as { Office?: unknown }).Office = office;

const element = document.getElementById('root');
if (element) createRoot(element).render(<SimulatorApp store={store} office={office} bundleUrl="onsend.js" />);
