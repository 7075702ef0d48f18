/**
 * Lookalike domains: a recipient domain close to one the sender knows — the company's own, a trusted
 * partner's, one already in the conversation, a webmail provider's — without being it.
 */
import { editDistance } from './distance';
import { isWithin, splitRegistrable } from './domains';
import { isMixedScript, skeleton } from './skeleton';
import type { LookalikeHow } from './types';

/** A domain to compare against. `strict` ones (webmail) are only matched by spelling, not by extra words. */
export interface Reference {
  readonly domain: string;
  readonly strict: boolean;
}

export interface Lookalike {
  readonly how: LookalikeHow;
  readonly looksLike?: string;
}

/** Names shorter than this are compared only by skeleton: `abb`/`abc` are different companies. */
const MIN_NAME = 4;
/** One edit from a name of five letters or more, two from one of ten or more, is a likely slip. */
function allowedEdits(name: string): number {
  return name.length >= 10 ? 2 : name.length >= 5 ? 1 : 0;
}

/** How `name.suffix` resembles the reference, if it does. */
function compare(domain: string, name: string, suffix: string, ref: Reference): LookalikeHow | undefined {
  const r = splitRegistrable(ref.domain);
  if (r.name.length < MIN_NAME) return undefined;
  if (name === r.name) return suffix === r.suffix ? undefined : ref.strict ? undefined : 'other-tld';
  const s = skeleton(name);
  const rs = skeleton(r.name);
  if (s === rs && s.length >= MIN_NAME - 1) return 'homoglyph';
  const limit = allowedEdits(r.name);
  if (limit > 0 && editDistance(name, r.name, limit) <= limit) return 'edit-distance';
  if (ref.strict) return undefined;
  // The known name with words around it: vinnter-se.com, vinnter-support.com, secure-vinnter.com,
  // or the whole known domain as a subdomain of another: vinnter.se.example.com.
  if (r.name.length >= 5 && (name.indexOf(r.name) >= 0 || s.indexOf(rs) >= 0)) return 'extra-words';
  if (domain.indexOf(`${ref.domain}.`) === 0 || domain.indexOf(`.${ref.domain}.`) >= 0) return 'extra-words';
  return undefined;
}

/**
 * Whether `domain` (Unicode, lower case) looks like one of `references` without being within any of
 * them. The caller leaves out domains that are themselves known. Mixed-script labels are lookalikes
 * even when they resemble nothing known.
 */
export function findLookalike(domain: string, references: readonly Reference[]): Lookalike | undefined {
  for (const ref of references) if (isWithin(domain, ref.domain)) return undefined;
  const { name, suffix } = splitRegistrable(domain);
  let found: Lookalike | undefined;
  for (const ref of references) {
    const how = compare(domain, name, suffix, ref);
    if (how === undefined) continue;
    if (how === 'homoglyph') return { how, looksLike: ref.domain };
    if (found === undefined) found = { how, looksLike: ref.domain };
  }
  if (domain.split('.').some(isMixedScript)) {
    return found && found.looksLike !== undefined
      ? { how: 'mixed-script', looksLike: found.looksLike }
      : { how: 'mixed-script' };
  }
  return found;
}
