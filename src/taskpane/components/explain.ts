/** Turns a finding's machine explanation into sentences for people, in the pane's language. */
import type { DraftFinding } from '../../core/draft/types';
import { entityTypeName, type Strings } from '../strings';

/** `keyword:personnummer` → `personnummer`; the prefix says which list the word came from. */
function word(reason: string): string {
  const colon = reason.indexOf(':');
  return colon < 0 ? reason : reason.slice(colon + 1);
}

/** Why the finding was reported: the pattern, the check, and the context words that moved its score. */
export function explainFinding(strings: Strings, finding: DraftFinding): readonly string[] {
  const { explanation } = finding;
  const lines = [strings.why.pattern(entityTypeName(strings, finding.type), explanation.pattern)];
  const validation = explanation.validation;
  const check = (name: string): string => strings.why.checkName[name] ?? name;
  switch (validation.kind) {
    case 'valid':
      lines.push(strings.why.valid(check(validation.check)));
      break;
    case 'weak':
      lines.push(strings.why.weak(check(validation.check), validation.why));
      break;
    case 'not-checked':
      // Most kinds of data have no check digit; saying so explains nothing.
      break;
    case 'invalid':
      // Invalid candidates are not reported; nothing to explain.
      break;
  }
  // Dictionary findings explain themselves by their term and what ties it to a person.
  for (const reason of finding.reasons) {
    if (reason.indexOf('term:') === 0) lines.push(strings.why.term(word(reason)));
    else if (reason.indexOf('anchor:') === 0) lines.push(strings.why.anchor(word(reason)));
  }
  for (const boost of explanation.boostedBy) lines.push(strings.why.boosted(word(boost)));
  for (const lower of explanation.loweredBy) lines.push(strings.why.lowered(word(lower)));
  return lines;
}
