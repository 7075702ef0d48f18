/**
 * The argument a `mailguard scan` worker thread is started with: main.ts sees it in `process.argv` and
 * serves scans (scan-worker.ts) instead of parsing a command line, without loading `node:worker_threads`
 * on every start to ask; the start file sees it and leaves writing the code cache to the main thread.
 * In its own file so the start file (start/launch.ts) can read it without loading anything else.
 */
export const SCAN_WORKER_ARG = '--scan-worker-thread';
