/**
 * Starts the task pane on an Office host (Office.js, or the compose simulator's fake): builds the services
 * and renders into `element`. Returns a function that unmounts it.
 */
import { createRoot } from 'react-dom/client';
import { createMailbox, type OfficeHost } from '../addin';
import { createReadMailbox, inReadMode } from '../addin/read-item';
import { App } from './App';
import { loadPolicyFrom } from './load-policy';
import { withExtractionCache } from './scan/extraction-cache';
import { createWorkerScanner } from './scan/worker-scanner';
import { localToday, type GraphAccess, type TaskpaneServices } from './services';
import { themeFor, type OfficeThemeColors } from './theme';

/**
 * Polling the subject and body while the pane is open (two cheap reads; attachments are not re-read): a
 * change is seen within 250 ms and scanned 150 ms later, so the verdict follows the last keystroke within
 * about half a second (docs/adr/0038-cli-start-and-parallel-scan.md).
 */
const POLL_INTERVAL_MS = 250;
const DEBOUNCE_MS = 150;

export interface MountOptions {
  readonly officeTheme?: OfficeThemeColors;
  /** URL of policy.json (default: next to the page). */
  readonly policyUrl?: string;
  /** Microsoft Graph for the read pane (the simulator's loopback stand-in); graph.microsoft.com by default. */
  readonly graph?: GraphAccess;
}

export function mountTaskpane(
  element: HTMLElement,
  host: OfficeHost,
  options: MountOptions = {},
): () => void {
  const worker = new Worker(
    /* webpackChunkName: "scan-worker" */ new URL('./scan/worker.ts', import.meta.url),
  );
  const scanner = withExtractionCache(createWorkerScanner(worker));
  const compose = createMailbox(host);
  // The mode comes from the item: a received message gets the read pane, a draft the compose pane.
  const readMessage = inReadMode(host) ? createReadMailbox(host, compose) : undefined;
  const services: TaskpaneServices = {
    mailbox: readMessage ?? compose,
    ...(readMessage ? { readMessage } : {}),
    ...(options.graph ? { graph: options.graph } : {}),
    host,
    scanner,
    loadPolicy: () => loadPolicyFrom(options.policyUrl ?? 'policy.json'),
    today: localToday,
    pollIntervalMs: POLL_INTERVAL_MS,
    debounceMs: DEBOUNCE_MS,
  };
  const forced = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
  const root = createRoot(element);
  root.render(<App services={services} theme={themeFor(options.officeTheme, forced)} />);
  return () => {
    root.unmount();
    scanner.dispose();
  };
}
