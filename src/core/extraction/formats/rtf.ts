/**
 * RTF (Rich Text Format 1.9.1): a single forward pass over control words and groups. Font, colour and
 * style tables, pictures and embedded objects are skipped; `\'hh` is Windows-1252, `\uN` Unicode.
 */
import { decodeWindows1252 } from '../decode-text';
import type { ExtractContext } from '../limits';
import { textResult } from '../text-builder';
import type { ExtractionResult } from '../types';

/** Destinations whose content is not document text. */
const SKIPPED =
  /^(?:fonttbl|colortbl|stylesheet|listtable|listoverridetable|pict|object|objdata|themedata|colorschememapping|datastore|latentstyles|generator|rsidtbl|xmlnstbl|mmathPr|filetbl|revtbl|pgdsctbl|fldinst|shppict|nonshppict|bkmkstart|bkmkend|xmlopen)$/;

const CHARACTERS: { readonly [word: string]: string } = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  tab: '\t',
  cell: '\t',
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  // Document information (\info) fields: each on its own line rather than run together.
  title: '\n',
  subject: '\n',
  author: '\n',
  operator: '\n',
  keywords: '\n',
  comment: '\n',
  company: '\n',
  manager: '\n',
  doccomm: '\n',
  header: '\n',
  footer: '\n',
  headerl: '\n',
  headerr: '\n',
  headerf: '\n',
  footerl: '\n',
  footerr: '\n',
  footerf: '\n',
};

/** Control word: letters, optional signed number, optional single space delimiter. */
const CONTROL_WORD = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/;

/** The text of an RTF document given as a string of its (ASCII / Windows-1252) bytes. */
export function rtfToText(source: string): string {
  const out: string[] = [];
  const skipStack: boolean[] = [];
  let skipping = false;
  let unicodeSkip = 1;
  let pendingSkip = 0;
  let i = 0;
  const emit = (text: string): void => {
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    if (!skipping) out.push(text);
  };
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === '{') {
      skipStack.push(skipping);
      i++;
      if (source.substr(i, 2) === '\\*') skipping = true;
    } else if (c === '}') {
      skipping = skipStack.pop() ?? false;
      i++;
    } else if (c === '\r' || c === '\n') {
      i++;
    } else if (c !== '\\') {
      emit(c);
      i++;
    } else {
      const next = source.charAt(i + 1);
      if (next === "'") {
        const hex = parseInt(source.substr(i + 2, 2), 16);
        if (!isNaN(hex)) emit(decodeWindows1252(new Uint8Array([hex])));
        i += 4;
      } else if (next === '\\' || next === '{' || next === '}') {
        emit(next);
        i += 2;
      } else if (next === '~') {
        emit('\u00a0');
        i += 2;
      } else if (next === '_') {
        emit('-');
        i += 2;
      } else if (next === '\n' || next === '\r') {
        emit('\n');
        i += 2;
      } else {
        const match = CONTROL_WORD.exec(source.substr(i + 1, 48));
        if (!match) {
          i += 2;
          continue;
        }
        i += 1 + match[0].length;
        const word = match[1] as string;
        const argument = match[2] === undefined ? undefined : parseInt(match[2], 10);
        if (SKIPPED.test(word)) skipping = true;
        else if (word === 'bin' && argument !== undefined) i += Math.max(argument, 0);
        else if (word === 'uc' && argument !== undefined) unicodeSkip = argument;
        else if (word === 'u' && argument !== undefined) {
          emit(String.fromCharCode(argument < 0 ? argument + 65536 : argument));
          pendingSkip = unicodeSkip;
        } else {
          const character = CHARACTERS[word];
          if (character !== undefined) emit(character);
        }
      }
    }
  }
  return out.join('');
}

/** Extracts an RTF file's text. */
export function extractRtf(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  return textResult(rtfToText(decodeWindows1252(bytes)), ctx.limits.maxTextChars);
}
