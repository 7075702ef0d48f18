/**
 * Keyed search terms of the people a stored file is about (`dataSubjects`). The vault never stores their names
 * or addresses: it stores HMAC-SHA256 values, with a key derived from the master key, of a whole address, a
 * whole name and each word of them. The DPO's query is keyed the same way and compared, so the search finds a
 * file by a person's exact address, full name or one of its words — and a copy of the database alone cannot
 * be searched with a guessed list of names, nor read.
 */
import { createHmac } from 'node:crypto';
import type { DataSubject } from '../../contract';
import type { MasterKey } from '../crypto/master-key';

/** The purpose the search key is derived with (`MasterKey.derive`); not the audit key. */
export const SUBJECT_KEY_PURPOSE = 'subject-search';

/** 128 bits of the HMAC: collisions stay out of reach, the column stays small. */
const KEY_HEX_CHARS = 32;

/** Words shorter than this (initials, "af", "de") would find too much alone. */
const MIN_WORD = 2;

/** One spelling for every way of typing the same text: compatibility forms, case and runs of spaces. */
export function normaliseTerm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normaliseTerm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_WORD);
}

/** "Svensson, Anna" (directory order) is also "anna svensson". */
function nameForms(name: string): string[] {
  const whole = normaliseTerm(name);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(whole);
  return comma === null ? [whole] : [whole, `${comma[2]} ${comma[1]}`];
}

/** The plain terms of one person, before keying: `a:` address, `n:` name, `w:` word. */
export function termsOf(subject: DataSubject): string[] {
  const terms: string[] = [];
  if (subject.address !== undefined) {
    const address = normaliseTerm(subject.address);
    terms.push(`a:${address}`, ...words(address.split('@')[0] ?? '').map((w) => `w:${w}`));
  }
  if (subject.name !== undefined) {
    terms.push(...nameForms(subject.name).map((n) => `n:${n}`), ...words(subject.name).map((w) => `w:${w}`));
  }
  return terms;
}

/** What the DPO typed, as the terms it can match: that address, that full name, or that one word. */
export function queryTerms(query: string): string[] {
  const text = normaliseTerm(query);
  const single = words(text);
  return [
    `a:${text}`,
    ...nameForms(text).map((n) => `n:${n}`),
    ...(single.length === 1 ? [`w:${single[0]}`] : []),
  ];
}

/** Keys terms with the vault's search key. */
export class SubjectKeyring {
  private readonly key: Buffer;

  constructor(masterKey: MasterKey) {
    this.key = masterKey.derive(SUBJECT_KEY_PURPOSE);
  }

  private keyed(term: string): string {
    return createHmac('sha256', this.key).update(term, 'utf8').digest('hex').slice(0, KEY_HEX_CHARS);
  }

  /** The distinct keyed terms of every person, sorted (the order says nothing about who came first). */
  ofSubjects(subjects: readonly DataSubject[]): string[] {
    return [...new Set(subjects.flatMap(termsOf).map((term) => this.keyed(term)))].sort();
  }

  /** The keyed terms a query matches on. */
  ofQuery(query: string): string[] {
    return [...new Set(queryTerms(query).map((term) => this.keyed(term)))];
  }
}

const keyrings = new WeakMap<MasterKey, SubjectKeyring>();

/** The keyring of `masterKey`, derived once. */
export function subjectKeyring(masterKey: MasterKey): SubjectKeyring {
  let ring = keyrings.get(masterKey);
  if (ring === undefined) {
    ring = new SubjectKeyring(masterKey);
    keyrings.set(masterKey, ring);
  }
  return ring;
}
