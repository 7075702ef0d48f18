/**
 * The legacy pdf.js build bundles core-js polyfills. On engines whose `Array.prototype.push` or `JSON`
 * fail core-js's strictest conformance checks (V8 before 12.2, i.e. Node 20, older Chromium/Edge), it
 * replaces the native `push`, `JSON.parse` and `JSON.stringify` with JavaScript versions for the whole
 * page or process. Every later `push` — in pdf.js, in extraction, in detection — then runs several times
 * slower. Those polyfills only add edge cases nobody relies on here (a `length` past 2^32, JSON.parse
 * source text access), so the native functions are put back once pdf.js has loaded. Polyfills that add
 * missing methods (`Promise.withResolvers`...) are left in place: pdf.js needs them.
 */

interface Kept {
  readonly owner: object;
  readonly key: string;
  readonly descriptor: PropertyDescriptor | undefined;
}

/** A property to keep: `owner[key]`. */
export interface BuiltinRef {
  readonly owner: object;
  readonly key: string;
}

/** Built-ins worth protecting: hot everywhere, and replaced (not added) by the polyfills. */
const HOT_BUILTINS: readonly BuiltinRef[] = [
  { owner: Array.prototype, key: 'push' },
  { owner: JSON, key: 'parse' },
  { owner: JSON, key: 'stringify' },
];

/** Remembers the current `builtins`; `restore()` puts back any that were replaced since. */
export function keepNatives(builtins: readonly BuiltinRef[] = HOT_BUILTINS): { restore(): void } {
  const kept: Kept[] = builtins.map(({ owner, key }) => ({
    owner,
    key,
    descriptor: Object.getOwnPropertyDescriptor(owner, key),
  }));
  return {
    restore(): void {
      for (const { owner, key, descriptor } of kept) {
        const now = Object.getOwnPropertyDescriptor(owner, key);
        if (
          descriptor !== undefined &&
          now !== undefined &&
          now.value !== descriptor.value &&
          now.configurable
        ) {
          Object.defineProperty(owner, key, descriptor);
        }
      }
    },
  };
}
