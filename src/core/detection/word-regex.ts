/**
 * The regular expressions behind a dictionary (words.ts), in two shapes with the same meaning:
 * - flat: `(?:^|[^W])(sjukskriv[W]*|sick\s+leave|…)(?![W])`, alternatives longest entry first; the first
 *   alternative that matches at a start wins;
 * - trie: the same alternation folded by common prefix, `sjuk(?:skriv[W]*|anmäl[W]*|…)`; the deepest
 *   continuation that matches wins, and a stem (`sjuk*`) stands in for its word-character continuations.
 * V8 tries the alternatives of a flat list one by one at every word start; the trie costs one test per
 * character, so it is several times faster on a long list. The two agree unless an entry continues a
 * shorter one across a non-word character and the flat order puts the shorter one first (`ab*` before
 * `ab.c`), or a stem hides a longer entry that the flat order tries first (`abc.d` before `ab*`), or a key
 * holds a run of spaces: `trieAgreesWithFlat` finds those lists, and they keep the flat shape.
 */

/** Letters and digits that continue a word (Latin-1 and Latin Extended-A/B letters included). */
export const WORD_CHARS = '0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

/** One alternative: the lower-case key and whether it is a stem (listed with a trailing `*`). */
export interface Alternative {
  readonly key: string;
  readonly stem: boolean;
}

/** Distinct keys of the entries in the flat order (longest entry first), and key -> entry as listed. */
export function alternativesOf(entries: readonly string[]): {
  readonly byKey: { readonly [key: string]: string };
  readonly alternatives: readonly Alternative[];
} {
  const byKey: { [key: string]: string } = {};
  const alternatives: Alternative[] = [];
  // Longest first, so "sick leave" wins over "sick" at the same position.
  const sorted = entries.slice().sort((a, b) => b.length - a.length);
  for (const entry of sorted) {
    const stem = entry.charAt(entry.length - 1) === '*';
    const key = (stem ? entry.slice(0, -1) : entry).toLowerCase();
    if (key.length === 0 || byKey[key] !== undefined) continue;
    byKey[key] = entry;
    alternatives.push({ key, stem });
  }
  return { byKey, alternatives };
}

/** `body` between word boundaries; group 1 is the matched word. */
function bounded(body: string): RegExp {
  // The leading alternative consumes one non-word character (no lookbehind).
  const source = body === '' ? '(?!)' : `(?:^|[^${WORD_CHARS}])(${body})(?![${WORD_CHARS}])`;
  return new RegExp(source, 'g');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The flat regex: one alternative per key, in order. */
export function flatRegex(alternatives: readonly Alternative[]): RegExp {
  return bounded(
    alternatives
      .map((alt) => {
        // Spaces in phrases match any run of whitespace; a stem may continue with word characters.
        const body = escape(alt.key).replace(/ +/g, '\\s+');
        return alt.stem ? `${body}[${WORD_CHARS}]*` : body;
      })
      .join('|'),
  );
}

interface TrieNode {
  readonly children: { [ch: string]: TrieNode };
  end: boolean;
  stem: boolean;
}

function node(): TrieNode {
  return { children: {}, end: false, stem: false };
}

function escapeChar(ch: string): string {
  if (ch === ' ') return '\\s+';
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
}

/** The regex source below `n`; '' when nothing follows. Phrases' spaces match any run of white space. */
function emit(n: TrieNode): string {
  const keys = Object.keys(n.children).sort();
  const branches: string[] = [];
  for (const ch of keys) {
    const child = n.children[ch];
    // A stem already covers every continuation made of word characters.
    if (child === undefined || (n.stem && WORD_CHAR.test(ch))) continue;
    branches.push(escapeChar(ch) + emit(child));
  }
  if (n.stem) branches.push(`[${WORD_CHARS}]*`);
  if (branches.length === 0) return '';
  const group = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  const single = branches.length === 1 && /^(?:\\.|[^\\(|])$/.test(group);
  if (n.end && !n.stem) return single ? `${group}?` : `(?:${group})?`;
  return group;
}

/** The trie-shaped regex over the alternatives. */
export function trieRegex(alternatives: readonly Alternative[]): RegExp {
  return bounded(trieSource(alternatives));
}

/** The trie-shaped alternation alone (no word boundaries, no group); '' for none. */
export function trieSource(alternatives: readonly Alternative[]): string {
  const root = node();
  for (const alt of alternatives) {
    let at = root;
    // Runs of spaces collapse to one edge: the flat form matches them with \s+ too.
    for (const ch of alt.key.replace(/ +/g, ' ')) {
      let next = at.children[ch];
      if (next === undefined) {
        next = node();
        at.children[ch] = next;
      }
      at = next;
    }
    if (alt.stem) at.stem = true;
    else at.end = true;
  }
  return emit(root);
}

/**
 * Whether the trie shape finds exactly what the flat shape finds for these alternatives (in flat order).
 * They differ only where one key continues another (`a` and `b = a + rest`) and the flat order or a stem
 * changes which one wins: `a` first and `rest` starting with a non-word character (both may match, the
 * trie takes the deeper `b`); or `b` first, `a` a stem and `rest` word characters then a non-word one (the
 * trie never tries `b`, and the stem stops at the non-word character). Keys with a run of spaces or an
 * outer space are not compared: they keep the flat shape.
 */
export function trieAgreesWithFlat(alternatives: readonly Alternative[]): boolean {
  if (alternatives.some((a) => /^ | {2}| $/.test(a.key))) return false;
  const sorted = alternatives.map((alt, rank) => ({ ...alt, rank }));
  sorted.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (a === undefined) continue;
    // Keys that start with a.key follow it in sorted order.
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (b === undefined || b.key.slice(0, a.key.length) !== a.key) break;
      const rest = b.key.slice(a.key.length);
      const firstIsWord = WORD_CHAR.test(rest.charAt(0));
      if (a.rank < b.rank && !firstIsWord) return false;
      if (b.rank < a.rank && a.stem && firstIsWord && !new RegExp(`^[${WORD_CHARS}]+$`).test(rest))
        return false;
    }
  }
  return true;
}
