/**
 * Decides how to read a file: magic bytes first (names lie), then extension, then content type, then a
 * "does it look like text" check. The formats, their signatures and names are in format-table.ts.
 */
import { extensionOf, mediaTypeOf } from './file-name';
import { BINARY, FORMATS, descriptorOf, type FormatDescriptor, type Signature } from './format-table';

export { extensionOf } from './file-name';

/** Whether `bytes` carry `signature` (a negative byte in it matches any byte). */
export function hasSignature(bytes: Uint8Array, signature: Signature): boolean {
  const at = signature.at ?? 0;
  for (let i = 0; i < signature.bytes.length; i++) {
    const expected = signature.bytes[i] as number;
    if (expected >= 0 && bytes[at + i] !== expected) return false;
  }
  return true;
}

/** The format whose signature the bytes carry, if any. */
export function bySignature(bytes: Uint8Array): FormatDescriptor | undefined {
  for (const d of FORMATS) for (const s of d.signatures ?? []) if (hasSignature(bytes, s)) return d;
  return undefined;
}

interface Claims {
  readonly byExtension: { readonly [extension: string]: FormatDescriptor };
  readonly byMediaType: { readonly [type: string]: FormatDescriptor };
}

let claims: Claims | undefined;

/** Extension and media type → format, built once from the table. */
function claimsOf(): Claims {
  if (claims) return claims;
  const byExtension: { [extension: string]: FormatDescriptor } = {};
  const byMediaType: { [type: string]: FormatDescriptor } = {};
  for (const d of FORMATS) {
    for (const e of d.extensions) byExtension[e] = d;
    for (const t of d.mimeTypes) byMediaType[t] = d;
  }
  claims = { byExtension, byMediaType };
  return claims;
}

/** The format an extension (lower case, no dot) names, if any. */
export function formatOfExtension(extension: string): FormatDescriptor | undefined {
  return claimsOf().byExtension[extension];
}

/** The format a media type (lower case, no parameters) names, if any (`image/*` of an unlisted kind: an image). */
export function formatOfMediaType(type: string): FormatDescriptor | undefined {
  return claimsOf().byMediaType[type] ?? (type.indexOf('image/') === 0 ? descriptorOf('image') : undefined);
}

/** The format a file's name or, failing that, its Content-Type claims. */
export function claimedFormat(name: string, contentType?: string): FormatDescriptor | undefined {
  return formatOfExtension(extensionOf(name)) ?? formatOfMediaType(mediaTypeOf(contentType));
}

/** True when the first KiB has no NUL byte (text) or starts with a UTF-16 byte-order mark. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false;
  return true;
}

/** Chooses the reader for a file. */
export function sniff(bytes: Uint8Array, name: string, contentType?: string): FormatDescriptor {
  const signed = bySignature(bytes);
  if (signed) return signed;
  const claimed = claimedFormat(name, contentType);
  if (claimed && claimed.needsSignature !== true) return claimed;
  // The name promises a container but the magic bytes disagree: read it as what it is.
  return looksLikeText(bytes) ? (descriptorOf('text') as FormatDescriptor) : BINARY;
}
