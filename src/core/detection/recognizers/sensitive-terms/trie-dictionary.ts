/**
 * `compileDictionary` with the alternation folded into a trie: `sjuk(?:skriv[…]*|anmäl[…]*|…)` instead of
 * `sjukskriv[…]*|sjukanmäl[…]*|…`. JavaScript engines try alternatives one by one, so a flat list of a few
 * hundred words costs a few hundred tests at every word start; the trie costs one test per character.
 * Same entries, same `Dictionary` shape and the same matches as `compileDictionary` (a test checks this),
 * so `findWords` and `firstWord` work unchanged. Longer continuations are tried first, as in the flat form.
 */
import { compileDictionary, WORD_CHARS, type Dictionary } from '../../words';

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
    if (child === undefined || (n.stem && new RegExp(`[${WORD_CHARS}]`).test(ch))) continue;
    branches.push(escapeChar(ch) + emit(child));
  }
  if (n.stem) branches.push(`[${WORD_CHARS}]*`);
  if (branches.length === 0) return '';
  const group = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  const single = branches.length === 1 && /^(?:\\.|[^\\(|])$/.test(group);
  if (n.end && !n.stem) return single ? `${group}?` : `(?:${group})?`;
  return group;
}

/** Compile entries (case-insensitive; `*` suffix = stem) into one trie-shaped matcher. */
export function compileTrieDictionary(entries: readonly string[]): Dictionary {
  const flat = compileDictionary(entries);
  const root = node();
  for (const key of Object.keys(flat.byKey)) {
    const entry = flat.byKey[key] ?? '';
    let at = root;
    // Runs of spaces collapse to one edge: the flat form matches them with \s+ too.
    for (const ch of key.replace(/ +/g, ' ')) {
      let next = at.children[ch];
      if (next === undefined) {
        next = node();
        at.children[ch] = next;
      }
      at = next;
    }
    if (entry.charAt(entry.length - 1) === '*') at.stem = true;
    else at.end = true;
  }
  const body = emit(root);
  const source = body === '' ? '(?!)' : `(?:^|[^${WORD_CHARS}])(${body})(?![${WORD_CHARS}])`;
  return { regex: new RegExp(source, 'g'), entries: flat.entries, byKey: flat.byKey };
}
