/**
 * Stands in for `@swc/helpers/esm/_extends.js` in onsend.js (a webpack alias): the helper that object spread
 * is compiled to (`{ ...a, b }`) is `Object.assign` with a fallback for runtimes before ES2015. The on-send
 * runtime runs ES2016, so `Object.assign` is there; the fallback was 0.15 KB of the 100 KB budget.
 */
export const _ = Object.assign;
