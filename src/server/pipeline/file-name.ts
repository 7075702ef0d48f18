import { badRequest } from '../errors';

/** Characters no attachment name needs and path handling fears: separators, controls, Windows reserved. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[/\\\u0000-\u001f\u007f<>:"|?*]/;
/**
 * Bidirectional controls (Trojan Source, CVE-2021-42574) and invisible marks: `fdp.exe` can be shown as
 * `exe.pdf` with U+202E. No honest file name needs them.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Device names Windows opens instead of a file, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * Decodes the percent-encoded `X-File-Name` and returns the normalised name (see {@link normaliseFileName}),
 * refusing anything that is not a plain file name.
 */
export function parseFileName(header: string | undefined): string {
  if (header === undefined || header === '') throw badRequest('X-File-Name is required.');
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch (error: unknown) {
    throw badRequest(
      `X-File-Name must be percent-encoded UTF-8 (${error instanceof Error ? error.name : 'error'}).`,
    );
  }
  return normaliseFileName(name);
}

/**
 * The name as the recipient's system will see it, before any check looks at it: NFC, and without the
 * trailing dots and spaces Windows drops (`run.bat.` opens as `run.bat`, so it must be judged as one).
 * Refuses folders, `..`, control and bidirectional characters, Windows device names, over 255 characters.
 */
export function normaliseFileName(raw: string): string {
  const name = raw.normalize('NFC').replace(/[. ]+$/, '');
  if (
    name === '' ||
    name.trim() === '' ||
    name.length > 255 ||
    FORBIDDEN.test(name) ||
    INVISIBLE.test(name) ||
    RESERVED.test(name)
  ) {
    throw badRequest(
      'X-File-Name must be a plain file name (no folders, control or direction characters, device names).',
    );
  }
  return name;
}
