/**
 * Headings follow the body. A subject is the heading of the mail: a sensitive term in it that names no one ("Sykefravær oktober")
 * is about whatever the body says. When the body holds the same category only as talk about no one
 * (aggregate figures, a policy), the subject's term is lowered to `info` with the body's reason; when the
 * body ties it to a person, or says nothing of it, the subject keeps its own severity.
 */
import type { DraftFinding } from './types';
import { compileDictionary, findWords } from '../detection/words';
import { NON_PERSONAL_NUMBER_WORDS } from '../detection/recognizers/national-id/non-personal-words';
import { SECOND_PERSON_WORDS } from '../detection/recognizers/sensitive-terms/about-words';

/**
 * Whether a finding was tied to someone or marked as about no one (`anchor:…`, `no-one:…`). The reader
 * ("Workplace adjustments – what we need from you") is whoever the body speaks to: not settled here.
 */
function aboutSettled(f: DraftFinding): boolean {
  return f.reasons.some(
    (r) =>
      (r.indexOf('anchor:') === 0 && SECOND_PERSON_WORDS.indexOf(r.slice(7)) < 0) ||
      r.indexOf('no-one:') === 0,
  );
}

function noOneReason(f: DraftFinding): string | undefined {
  for (const r of f.reasons) if (r.indexOf('no-one:') === 0) return r;
  return undefined;
}

const TERM_CATEGORIES: { readonly [c: string]: true } = { health: true, 'special-category': true };

/** The findings with subject terms lowered where the body shows their category is about no one. */
export function subjectFollowsBody(findings: readonly DraftFinding[]): DraftFinding[] {
  return findings.map((f) => {
    if (f.where.part !== 'subject' || TERM_CATEGORIES[f.category] !== true || f.severity === 'info') return f;
    if (aboutSettled(f)) return f;
    const body = findings.filter((b) => b.where.part === 'body' && b.category === f.category);
    if (body.length === 0 || body.some((b) => b.severity !== 'info')) return f;
    const why = body.map(noOneReason).filter((r): r is string => r !== undefined)[0];
    if (why === undefined) return f;
    return { ...f, severity: 'info', reasons: f.reasons.concat(['heading', why]) };
  });
}

/** How far before a number in the body its business label may stand ("Ordre 260603-0091"). */
const LABEL_REACH = 30;
const BUSINESS_LABELS = compileDictionary(NON_PERSONAL_NUMBER_WORDS);

/**
 * An identity-shaped number in a heading (the subject, an attachment's name) counts as if a person were
 * named beside it. When the body names the same number as something else ("Ordre 260603-0091" and
 * `pakkeliste_260603-0091.txt`), the heading is about that order: the heading's finding is dropped.
 */
export function headingNumbersFollowBody(findings: readonly DraftFinding[], body: string): DraftFinding[] {
  const lower = body.toLowerCase();
  return findings.filter((f) => {
    if (f.category !== 'national-id' || f.reasons.indexOf('in-heading') < 0) return true;
    if (f.where.part !== 'subject' && f.where.part !== 'attachment-name') return true;
    for (let at = body.indexOf(f.value); at >= 0; at = body.indexOf(f.value, at + 1)) {
      const before = lower.slice(Math.max(0, at - LABEL_REACH), at);
      if (findWords(BUSINESS_LABELS, before).length > 0) return false;
    }
    return true;
  });
}
