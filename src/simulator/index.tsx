/**
 * Simulator entry. Compose mode (default): installs the fake `Office` as the page's global before anything
 * else runs — the on-send bundle, like in Outlook, finds `Office` there — and hands the same object to the
 * task pane. Read mode (`?mode=read`): an inbox of received messages and the read pane; `?graph=<url>` points
 * its Microsoft Graph calls at a stand-in (signed in by the stand-in's development token route); without it,
 * the stand-in `npm start` serves on the page's own origin is used when it answers (read/graph-inbox.ts).
 */
import { createRoot } from 'react-dom/client';
import { SimulatorApp } from './components/SimulatorApp';
import { ComposeStore, type SimLanguage } from './office/compose-store';
import { createFakeOffice } from './office/fake-office';
import { INBOX, INBOX_USER, type InboxMessage } from './read/inbox';
import { findGraph } from './read/graph-inbox';
import { createReadOffice } from './read/read-office';
import { ReadSimulatorApp } from './read/ReadSimulatorApp';

const params = new URLSearchParams(location.search);
const language: SimLanguage = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';
const element = document.getElementById('root');

if (params.get('mode') === 'read') {
  let current = language;
  const office = createReadOffice(() => current, INBOX[0] as InboxMessage);
  (globalThis as { Office?: unknown }).Office = office;
  const root = element ? createRoot(element) : undefined;
  void findGraph(params.get('graph'), location.origin, INBOX_USER.emailAddress).then((graph) =>
    root?.render(
      <ReadSimulatorApp
        office={office}
        initialLanguage={language}
        onLanguage={(next) => (current = next)}
        graph={graph}
      />,
    ),
  );
} else {
  const store = new ComposeStore(language);
  const office = createFakeOffice(store);
  (globalThis as { Office?: unknown }).Office = office;
  if (element)
    createRoot(element).render(<SimulatorApp store={store} office={office} bundleUrl="onsend.js" />);
}
