/**
 * Stands in for `src/core/detection/dictionary-sources.ts` in onsend.js (a webpack alias): nothing ever
 * hands regexes in on send (only the CLI keeps them between runs), so each dictionary is built from its
 * list, as the real module does when it was handed nothing; there is no one to report what was built to.
 */

/** The regex `build()` makes: on send no other process built it. */
export function dictionaryRegex(_id: string, build: () => RegExp): RegExp {
  return build();
}

/** What `build()` derives from a list. */
export function dictionaryData(_id: string, build: () => string): string {
  return build();
}
