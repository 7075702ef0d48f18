/**
 * The health and art. 9 / art. 10 vocabulary as one table of groups: whose terms they are (the recognizer),
 * their tier and label, and the words, in the order the term index reads them (term-index.ts: a word listed
 * again for the same owner keeps its first group's sense). The on-send bundle carries the table merged when
 * it is built (scripts/term-table-merged.cjs, src/onsend/term-table-built.ts): one sorted list per sense
 * compresses better than the lists by language.
 */
import { HEALTH_CAUTIOUS, HEALTH_STRONG, HEALTH_WEAK, HEALTH_WEAK_CAUTIOUS } from './health-terms';
import { MEDICATION_TERMS } from './medication-terms';
import { DISEASE_CAUTIOUS, DISEASE_WEAK } from './disease-terms';
import { SPECIAL_TERMS } from './art9-terms';
import { NORDIC_SPECIAL_TERMS } from './art9-terms-nordic';
import {
  NORDIC_HEALTH_CAUTIOUS,
  NORDIC_HEALTH_STRONG,
  NORDIC_HEALTH_WEAK,
  NORDIC_HEALTH_WEAK_CAUTIOUS,
} from './health-terms-nordic';

/**
 * - `strong`: kept alone, unless the sentence only talks about such data (a policy) and names no person.
 * - `cautious`: like strong, but also dropped in a technical sentence that names no person.
 * - `weak`: needs a person anchor (health: or HR context) in the same sentence.
 * - `weak-cautious`: like weak, and dropped in a technical or commercial sentence even with a person.
 * - `membership`: an organisation, kept only after a membership phrase ("medlem i", "member of").
 */
export type Tier = 'strong' | 'cautious' | 'weak' | 'weak-cautious' | 'membership';

/** Which recognizer a term belongs to. */
export type TermOwner = 'health' | 'special-category';

/** Words of one owner, tier and label (e.g. `art9:religion`). */
export interface TermGroup {
  readonly owner: TermOwner;
  readonly tier: Tier;
  readonly label: string | undefined;
  readonly words: readonly string[];
}

const health = (tier: Tier, words: readonly string[]): TermGroup => ({
  owner: 'health',
  tier,
  label: undefined,
  words,
});

export const TERM_GROUPS: readonly TermGroup[] = [
  health('strong', HEALTH_STRONG),
  health('cautious', HEALTH_CAUTIOUS),
  health('weak', HEALTH_WEAK),
  health('weak-cautious', HEALTH_WEAK_CAUTIOUS),
  health('strong', NORDIC_HEALTH_STRONG),
  health('cautious', NORDIC_HEALTH_CAUTIOUS),
  health('weak', NORDIC_HEALTH_WEAK),
  health('weak-cautious', NORDIC_HEALTH_WEAK_CAUTIOUS),
  health('cautious', MEDICATION_TERMS),
  health('cautious', DISEASE_CAUTIOUS),
  health('weak', DISEASE_WEAK),
].concat(
  ...SPECIAL_TERMS.concat(NORDIC_SPECIAL_TERMS).map((terms): TermGroup[] => {
    const label = terms.kind === 'criminal-record' ? `art10:${terms.kind}` : `art9:${terms.kind}`;
    const group = (tier: Tier, words: readonly string[]): TermGroup => ({
      owner: 'special-category',
      tier,
      label,
      words,
    });
    return [
      group('strong', terms.strong),
      group(terms.technicalVeto === true ? 'weak-cautious' : 'weak', terms.anchored),
      group('membership', terms.membership),
    ];
  }),
);
