/**
 * `jose` (~80 modules) is loaded when the first token is signed or verified, not at start: a vault that has
 * not yet seen a request should not carry it. Every caller shares the one load.
 */
type Jose = typeof import('jose');

let loading: Promise<Jose> | null = null;

export function loadJose(): Promise<Jose> {
  loading ??= import('jose').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
