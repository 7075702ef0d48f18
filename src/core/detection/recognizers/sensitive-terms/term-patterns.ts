/**
 * Sensitive phrases whose shape a word list cannot hold, each mapped to a listed entry so it takes that
 * entry's senses (recognizer, tier, label):
 * - English ethnic origin: "of Somali origin", "of Kurdish descent", "of Turkish heritage" (any group name);
 * - Swedish, Norwegian, Danish "av … ursprung" / "af … afstamning";
 * - Finnish union membership, written as a compound genitive + jäsen: "Insinööriliiton jäsen".
 * Each regex is linear (single character classes, no nested quantifiers) and ES2016.
 */
import type { WordMatch } from '../../words';

interface TermPattern {
  readonly regex: RegExp;
  /** The listed entry (`art9-terms*.ts`) whose senses the phrase takes. */
  readonly entry: string;
  /** Text every match contains one of: the regex runs only on documents holding one (most hold none). */
  readonly literals: readonly string[];
}

const L = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';

const PATTERNS: readonly TermPattern[] = [
  {
    regex: new RegExp(
      `(?:^|[^${L}])(of [${L}]{3,20}(?: [${L}]{3,20})? (?:origin|descent|heritage|extraction))(?![${L}])`,
      'g',
    ),
    entry: 'härkomst',
    literals: [' origin', ' descent', ' heritage', ' extraction'],
  },
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:av|af) [${L}]{3,20} (?:ursprung|härkomst|opprinnelse|oprindelse|afstamning|avstamning|herkomst))(?![${L}])`,
      'g',
    ),
    entry: 'härkomst',
    literals: ['ursprung', 'härkomst', 'opprinnelse', 'oprindelse', 'afstamning', 'avstamning', 'herkomst'],
  },
  {
    regex: new RegExp(`(?:^|[^${L}])([${L}]{2,30}liito(?:n|on) jäsen[${L}]*)(?![${L}])`, 'g'),
    entry: 'ammattiliiton jäsen*',
    literals: ['liito'],
  },
];

/** Every phrase of the patterns in lower-cased text, as dictionary matches of their entries. */
export function findTermPatterns(lower: string): WordMatch[] {
  const out: WordMatch[] = [];
  for (const p of PATTERNS) {
    if (!p.literals.some((l) => lower.indexOf(l) >= 0)) continue;
    p.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.regex.exec(lower)) !== null) {
      const phrase = m[1] ?? '';
      const start = m.index + m[0].length - phrase.length;
      out.push({ start, end: start + phrase.length, word: p.entry });
    }
  }
  return out;
}
