/**
 * The command whose main thread starts a worker thread instead of loading the bundle (vault-thread.ts).
 * In its own file so the start file can test for it without loading `node:worker_threads` on every start.
 */
export const VAULT_COMMAND = 'vault';
