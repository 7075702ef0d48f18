/**
 * The "content line" syntax shared by iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2):
 * folded lines, `NAME;PARAM=VALUE:value`, backslash escapes; vCard 2.1 quoted-printable values too.
 */
import { decodeUtf8 } from '../decode-text';

/** One unfolded content line. */
export interface ContentLine {
  /** Upper-case property name without group prefix (`item1.TEL` → `TEL`). */
  readonly name: string;
  /** Parameters, upper-case names, quotes removed. */
  readonly params: { readonly [name: string]: string };
  /** Raw value (escapes still in place). */
  readonly value: string;
}

/** Splits a value into lines, unfolding continuation lines (and QP soft breaks of vCard 2.1). */
export function parseContentLines(text: string): ContentLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: string[] = [];
  for (const line of physical) {
    const previous = logical[logical.length - 1];
    if ((line.charAt(0) === ' ' || line.charAt(0) === '\t') && previous !== undefined) {
      logical[logical.length - 1] = previous + line.slice(1);
    } else if (
      previous !== undefined &&
      /QUOTED-PRINTABLE/i.test(previous.split(':')[0] ?? '') &&
      /=$/.test(previous)
    ) {
      logical[logical.length - 1] = previous.slice(0, -1) + line;
    } else {
      logical.push(line);
    }
  }
  const out: ContentLine[] = [];
  for (const line of logical) {
    const parsed = parseLine(line);
    if (parsed) out.push(parsed);
  }
  return out;
}

function parseLine(line: string): ContentLine | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [head = '', ...paramParts] = line.slice(0, colon).split(';');
  const dot = head.lastIndexOf('.');
  const params: { [name: string]: string } = {};
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    // vCard 2.1 allows bare types (`TEL;CELL:`), stored as TYPE.
    const key = (eq < 0 ? 'TYPE' : part.slice(0, eq)).toUpperCase();
    const value = (eq < 0 ? part : part.slice(eq + 1)).replace(/"/g, '');
    params[key] = params[key] === undefined ? value : `${params[key]},${value}`;
  }
  return { name: head.slice(dot + 1).toUpperCase(), params, value: line.slice(colon + 1) };
}

/** Undoes text escapes (`\n`, `\,`, `\;`, `\\`). */
export function unescapeValue(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_match, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Decodes a quoted-printable value (vCard 2.1) in the given charset (UTF-8 unless said otherwise). */
export function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    const hex = c === '=' ? parseInt(value.substr(i + 1, 2), 16) : NaN;
    if (!isNaN(hex)) {
      bytes.push(hex);
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i) & 0xff);
    }
  }
  return decodeUtf8(new Uint8Array(bytes));
}
