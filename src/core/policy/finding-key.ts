/**
 * Stable identifiers for findings, used to remember "not personal data" dismissals for a draft.
 * The key carries the type and a hash of the value, never the value itself.
 */
import { compactValue } from '../detection/analyze';

/** 32-bit FNV-1a over UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/), as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // Multiply by the FNV prime 16777619 with 32-bit wrap-around.
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const hex = hash.toString(16);
  return '00000000'.slice(hex.length) + hex;
}

/**
 * `type:hash` of the compacted value, so `850709-9805` and `8507099805` are one key and a dismissal
 * covers the value wherever it appears in the draft (body, subject, attachments).
 */
export function findingKey(finding: { readonly type: string; readonly value: string }): string {
  return `${finding.type}:${fnv1a(compactValue(finding.value))}`;
}
