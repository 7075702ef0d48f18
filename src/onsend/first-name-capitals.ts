/**
 * A first name as the per-country lists write it, from its lower case: a capital at its start and after a
 * hyphen ("jan-erik" → "Jan-Erik"). The on-send build writes the merged names in lower case
 * (scripts/first-names-merged.cjs, which also refuses any name this would not give back) and
 * first-name-set-built.ts writes the capitals back with this same function.
 */
export function capitalised(name: string): string {
  return name.replace(/(^|-)(.)/g, (_, dash: string, first: string) => dash + first.toUpperCase());
}
