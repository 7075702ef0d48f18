import { badRequest } from '../errors';

/** Characters no attachment name needs and path handling fears: separators, controls, Windows reserved. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[/\\\u0000-\u001f\u007f<>:"|?*]/;

/**
 * Decodes the percent-encoded `X-File-Name` and refuses anything that is not a plain file name
 * (no folders, no `..`, no control characters, at most 255 characters).
 */
export function parseFileName(header: string | undefined): string {
  if (header === undefined || header === '') throw badRequest('X-File-Name is required.');
  let name: string;
  try {
    name = decodeURIComponent(header).normalize('NFC');
  } catch (error: unknown) {
    throw badRequest(
      `X-File-Name must be percent-encoded UTF-8 (${error instanceof Error ? error.name : 'error'}).`,
    );
  }
  return validateFileName(name);
}

/** Refuses anything that is not a plain file name. */
export function validateFileName(name: string): string {
  if (name.length > 255 || FORBIDDEN.test(name) || name === '.' || name === '..' || name.trim() === '') {
    throw badRequest('X-File-Name must be a plain file name (no folders or control characters).');
  }
  return name;
}
