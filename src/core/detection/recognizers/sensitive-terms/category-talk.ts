/**
 * Text about the special categories themselves, rather than data in them: a sentence that names several
 * ("regardless of disability, religion or sexual orientation"), a list whose items are the categories
 * ("They are:" / "- racial or ethnic origin"), a document that names them as such (art. 9, "särskilda
 * kategorier"). Used by `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { findWords, firstWord } from '../../words';
import { listBelow } from '../../sentences';
import { memoPer } from '../../memo';
import { compileTrieDictionary } from './trie-dictionary';
import { memoBySpan } from './span-memo';
import { CATEGORY_NAMES, CATEGORY_TALK_WORDS } from './about-words';

const CATEGORIES = compileTrieDictionary(CATEGORY_NAMES);
const CATEGORY_TALK = compileTrieDictionary(CATEGORY_TALK_WORDS);

/** Whether the texts name at least `atLeast` different categories between them. */
function namesCategories(texts: readonly string[], atLeast: number): boolean {
  const found: { [word: string]: true } = {};
  let n = 0;
  for (const text of texts) {
    for (const m of findWords(CATEGORIES, text)) {
      if (found[m.word] === true) continue;
      found[m.word] = true;
      if (++n >= atLeast) return true;
    }
  }
  return false;
}

/** Whether `lower` (a term's own text) is the name of a category: "politiska åsikter", "health data". */
export function namesCategory(lower: string): boolean {
  return firstWord(CATEGORIES, lower) !== undefined;
}

/** Two or more different category names in the sentence: it lists categories, it describes no one. */
export function listsCategories(lower: string): boolean {
  return namesCategories([lower], 2);
}

/**
 * Whether the list under a lead-in line names three or more categories ("They are:" over "- racial or
 * ethnic origin", "- political opinions", …): a list of the categories themselves, whatever pronoun
 * introduces it. Memoised per lead-in.
 */
export const isListOfCategories = memoBySpan((doc: ScanDocument, lead: Span): boolean =>
  namesCategories(
    listBelow(doc.text, lead.start).map((item) => doc.lower.slice(item.start, item.end)),
    3,
  ),
);

/** Whether the document names the special categories as such (art. 9, "särskilda kategorier"). */
export const isCategoryTalk = memoPer(
  (doc: ScanDocument): boolean => firstWord(CATEGORY_TALK, doc.lower) !== undefined,
);
