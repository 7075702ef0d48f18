/** A generated input for the identifier benchmark: one sentence and the spans a detector should find. */

/** Categories from docs/cli.md "Vocabulary" that the gold spans use. */
export type GoldCategory = 'national-id' | 'financial-card' | 'financial' | 'contact' | 'network';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly category: GoldCategory;
  /** Finer kind for reporting, e.g. `card`, `email`, `phone`, `se-pnr-10-`. */
  readonly kind: string;
}

export interface Case {
  /** The table row this case is counted in. */
  readonly group: string;
  readonly text: string;
  readonly gold: readonly GoldSpan[];
}

/** A value placed in a template that the detector is expected to find. */
export interface Slot {
  readonly text: string;
  readonly category: GoldCategory;
  readonly kind: string;
}

const PLACEHOLDER = /\{([a-z]+)\}/g; // `{name}`: lower-case letters only, so JSON-like braces stay text

/**
 * Fills `{name}` placeholders in `template`. Slots become gold spans at the offsets they land on;
 * plain strings (names, dates) are context, not scored.
 */
export function fill(
  group: string,
  template: string,
  values: { readonly [name: string]: Slot | string },
): Case {
  let text = '';
  const gold: GoldSpan[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`template '${template}' has no value for {${name}}`);
    text += template.slice(last, match.index);
    if (typeof value === 'string') {
      text += value;
    } else {
      gold.push({
        start: text.length,
        end: text.length + value.text.length,
        category: value.category,
        kind: value.kind,
      });
      text += value.text;
    }
    last = match.index + match[0].length;
  }
  text += template.slice(last);
  return { group, text, gold };
}
