/**
 * `analyzeDraft`: scans every part of a draft (subject, body, recipients' display names, attachment
 * names and contents) and applies the alert-fatigue rules of docs/detection.md.
 */
import { analyze, compactValue } from '../detection/analyze';
import type { CalendarDate, Finding, Recognizer, ScanEnv, ScanInput } from '../detection/types';
import { DEFAULT_LIMITS } from '../extraction/limits';
import { companyAllowValues } from '../policy/allow';
import type { Policy } from '../policy/types';
import { recipientFindings, type RecipientEnv } from '../recipients/check';
import type { MailedDomains } from '../recipients/mailed-domains';
import { layoutBody, within, type BodyLayout } from './layout';
import { headingNumbersFollowBody, subjectFollowsBody } from './headings';
import { attachmentParts } from './parts';
import { isKnownName, peopleOf, type People } from './people';
import { isSendersCard, onSenderLine } from './own-contact';
import { markedAsOwn } from './own-number';
import type { Draft, DraftFinding, DraftScan, Part, ScanError, Where } from './types';

/** What a draft scan needs from outside. */
export interface DraftEnv {
  readonly today: CalendarDate;
  readonly policy: Policy;
  /** The recognizers to scan with (`core/draft`'s `analyzeDraft` and `checkDraft` default to all). */
  readonly recognizers: readonly Recognizer[];
  /** Characters scanned per part; longer parts are reported as `truncated`. Default: extraction's text cap. */
  readonly maxChars?: number;
  /** Domains the user has mailed (keyed hashes), for the optional first-mail-to-a-new-domain check. */
  readonly mailedDomains?: MailedDomains;
}

/** As much as extraction hands over (its text cap), so nothing extracted goes unscanned. */
const DEFAULT_MAX_CHARS = DEFAULT_LIMITS.maxTextChars;
/** What a recipient's display name holds: a person's or a team's name, never data about anyone. */
const NAMING_CATEGORIES: ReadonlySet<string> = new Set(['name', 'health', 'special-category']);

/** Categories a signature block legitimately carries: its own findings are not findings. */
function isSignatureData(f: Finding): boolean {
  return f.category === 'contact' || f.category === 'name';
}

/** Colleagues', recipients' and the sender's names are ordinary business mail: shown, never warned. */
function lowerKnownName(f: DraftFinding, people: People): DraftFinding {
  return f.category === 'name' && f.severity !== 'info' && isKnownName(f.value, people)
    ? { ...f, severity: 'info' }
    : f;
}

interface Scanner {
  scan(input: ScanInput, where: Omit<Where, 'start' | 'end'>): DraftFinding[];
  readonly errors: ScanError[];
}

function scannerFor(env: ScanEnv, recognizers: readonly Recognizer[]): Scanner {
  const errors: ScanError[] = [];
  return {
    errors,
    scan(input, where) {
      if (input.text === '') return [];
      const result = analyze(input, env, recognizers);
      if (result.truncated) {
        errors.push({
          ...where,
          code: 'truncated',
          message: `only the first ${result.scannedChars} characters were scanned`,
        });
      }
      return result.findings.map((f) => ({ ...f, where: { ...where, start: f.start, end: f.end } }));
    },
  };
}

function scanBody(draft: Draft, layout: BodyLayout, scanner: Scanner, people: People): DraftFinding[] {
  const found = scanner.scan({ text: draft.body, title: draft.subject }, { part: 'body' });
  const own = layout.ownSignature;
  const inOwnSignature = (f: DraftFinding): boolean =>
    own !== undefined && within(f, [own]) && isSignatureData(f);
  // The sender's own number or address from the signature, repeated elsewhere ("ring mig på …", or the
  // signature of the sender's earlier message in the thread), is still the sender's own.
  const ownValues: { [compact: string]: true } = {};
  for (const f of found) if (inOwnSignature(f)) ownValues[compactValue(f.value)] = true;
  const out: DraftFinding[] = [];
  for (const f of found) {
    if (inOwnSignature(f) || (isSignatureData(f) && ownValues[compactValue(f.value)] === true)) continue;
    if (
      f.category === 'contact' &&
      !within(f, layout.quoted) &&
      (onSenderLine(draft.body, f, draft.from?.name) || markedAsOwn(draft.body, f))
    )
      continue;
    let placed: DraftFinding = within(f, layout.quoted) ? { ...f, quoted: true } : f;
    // Earlier messages' signatures and header blocks are the thread's own: shown, not warned about.
    if (isSignatureData(f) && (within(f, layout.quotedSignatures) || within(f, layout.historyHeaders)))
      placed = { ...placed, severity: 'info' };
    out.push(lowerKnownName(placed, people));
  }
  return out;
}

/** Display names joined by `; ` — the text `where` offsets of part `recipients` refer to. */
export function recipientsText(draft: Draft): string {
  const names: string[] = [];
  for (const list of [draft.to, draft.cc, draft.bcc])
    for (const a of list) if (a.name !== undefined && a.name.trim() !== '') names.push(a.name.trim());
  return names.join('; ');
}

/**
 * Scans a draft. Never throws for ordinary input. Values that are never findings: the company's own
 * identifiers (`policy.company`), every address on the draft, the sender's own signature block, and the
 * recipients' names. Known people's names are lowered to `info`; history findings are marked `quoted`.
 */
export function analyzeDraft(draft: Draft, env: DraftEnv): DraftScan {
  const ownDomains = env.policy.company.domains.map((d) => d.toLowerCase());
  const people = peopleOf(draft, ownDomains);
  const scanEnv: ScanEnv = {
    today: env.today,
    allow: { values: companyAllowValues(env.policy.company), emails: people.emails, ownDomains },
    maxChars: env.maxChars ?? DEFAULT_MAX_CHARS,
  };
  const scanner = scannerFor(scanEnv, env.recognizers);
  const findings: DraftFinding[] = [];
  const push = (fs: readonly DraftFinding[]): void => {
    for (const f of fs) findings.push(f);
  };
  push(
    scanner
      .scan({ text: draft.subject, heading: true }, { part: 'subject' })
      .map((f) => lowerKnownName(f, people)),
  );
  const layout = layoutBody(draft.body, people.senderNames);
  push(scanBody(draft, layout, scanner, people));
  // Recipients are the people the mail is for, and their mailboxes' and teams' names ("Dev Health"): their
  // names, and the words in them, are not a finding; anything else (a private address) is.
  push(
    scanner
      .scan({ text: recipientsText(draft) }, { part: 'recipients' })
      .filter((f) => !NAMING_CATEGORIES.has(f.category)),
  );
  const attachments = attachmentParts(draft.attachments);
  for (const name of attachments.names)
    push(scanner.scan({ text: name, heading: true }, { part: 'attachment-name', attachment: name }));
  for (const a of attachments.texts) {
    const part: Part = 'attachment';
    const found = scanner.scan(
      { text: a.text, ...(a.cells ? { cells: a.cells } : {}) },
      { part, attachment: a.name },
    );
    // The sender's own contact card carries what their signature would.
    push(isSendersCard(a.name, a.text, draft) ? found.filter((f) => !isSignatureData(f)) : found);
  }
  const settled = headingNumbersFollowBody(subjectFollowsBody(findings), draft.body);
  // Recipient risk: who the draft goes to, set against what the findings above say it carries.
  for (const f of recipientFindings(draft, settled, layout.quoted, recipientEnv(env))) settled.push(f);
  return { findings: settled, errors: [...attachments.errors, ...scanner.errors] };
}

function recipientEnv(env: DraftEnv): RecipientEnv {
  return env.mailedDomains
    ? { policy: env.policy, mailedDomains: env.mailedDomains }
    : { policy: env.policy };
}
