/**
 * Character references in XML and HTML text. Only a fixed table of named entities is known: documents
 * cannot define their own (a `<!DOCTYPE` is refused upstream), so entity expansion attacks cannot happen.
 */

/**
 * Named references common in mail HTML (Latin-1 letters used in Nordic text, punctuation), each written as
 * the name, a space and what it stands for (nothing for the invisible ones): a list the on-send build writes
 * as one string (docs/adr/0053-word-lists-in-the-bundle.md).
 */
// prettier-ignore
const NAMED_LIST: readonly string[] = [
  'amp &',
  'lt <',
  'gt >',
  'quot "',
  "apos '",
  'nbsp \u00a0',
  'shy ',
  'aring å',
  'Aring Å',
  'auml ä',
  'Auml Ä',
  'ouml ö',
  'Ouml Ö',
  'oslash ø',
  'Oslash Ø',
  'aelig æ',
  'AElig Æ',
  'uuml ü',
  'Uuml Ü',
  'eacute é',
  'Eacute É',
  'egrave è',
  'aacute á',
  'iacute í',
  'oacute ó',
  'uacute ú',
  'ntilde ñ',
  'ccedil ç',
  'szlig ß',
  'eth ð',
  'thorn þ',
  'ndash –',
  'mdash —',
  'hellip …',
  'lsquo ‘',
  'rsquo ’',
  'ldquo “',
  'rdquo ”',
  'laquo «',
  'raquo »',
  'bull •',
  'middot ·',
  'copy ©',
  'reg ®',
  'trade ™',
  'euro €',
  'deg °',
  'sect §',
  'para ¶',
  'times ×',
  'divide ÷',
  'plusmn ±',
  'frac12 ½',
  'ensp  ',
  'emsp  ',
  'thinsp  ',
  'zwnj ',
  'zwj ',
  'lrm ',
  'rlm '
];

const NAMED: { [name: string]: string } = {};
for (const entry of NAMED_LIST) {
  const space = entry.indexOf(' ');
  NAMED[entry.slice(0, space)] = entry.slice(space + 1);
}

/** Longest entity name looked at; longer `&…;` runs are left as they are. */
const MAX_NAME = 10;

function fromCodePoint(code: number): string {
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code < 0x10000) return String.fromCharCode(code);
  const c = code - 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
}

/** Replaces `&name;`, `&#123;` and `&#x1F;` references; unknown names are kept verbatim. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let last = 0;
  let at = text.indexOf('&');
  while (at >= 0) {
    const semi = text.indexOf(';', at + 1);
    if (semi < 0) break;
    if (semi - at - 1 <= MAX_NAME + 2) {
      const name = text.slice(at + 1, semi);
      let value: string | undefined;
      if (name.charAt(0) === '#') {
        const hex = name.charAt(1) === 'x' || name.charAt(1) === 'X';
        const digits = name.slice(hex ? 2 : 1);
        if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
          value = fromCodePoint(parseInt(digits, hex ? 16 : 10));
        }
      } else if (Object.prototype.hasOwnProperty.call(NAMED, name)) {
        value = NAMED[name];
      }
      if (value !== undefined) {
        out += text.slice(last, at) + value;
        last = semi + 1;
      }
    }
    at = text.indexOf('&', at + 1);
  }
  return out + text.slice(last);
}
