/**
 * A module's exports, as format-loaders.ts and default-loaders.ts receive them from `import()`. Bundlers
 * hand over the module itself; Node's loader, when the module was compiled to CommonJS (as the tests run
 * it), hands over a namespace with the exports under `default`. The loaded modules have no default export
 * of their own, so the two cannot be confused.
 */
export function exportsOf<M>(module: M): M {
  const wrapped = (module as { default?: unknown }).default;
  return wrapped !== null && typeof wrapped === 'object' ? (wrapped as M) : module;
}
