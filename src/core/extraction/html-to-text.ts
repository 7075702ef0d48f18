/**
 * HTML → plain text for mail bodies and .html attachments: tags dropped, block elements become line
 * breaks, table cells tabs, `script`/`style`/`head` content skipped, character references decoded.
 * A single forward scan (no regex over the whole document), so hostile markup cannot make it slow.
 */
import { decodeEntities } from './entities';

/** Elements whose content is not text a reader sees. */
const SKIP_CONTENT: { readonly [tag: string]: RegExp } = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  head: /<\/head\s*>/gi,
  template: /<\/template\s*>/gi,
  title: /<\/title\s*>/gi,
  xml: /<\/xml\s*>/gi,
};

/** Elements that start a new line when they open or close. */
const BLOCK = new RegExp(
  '^(?:p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|blockquote|hr|section|article|header|footer|pre|address|dt|dd|dl|form|fieldset|figure|figcaption|main|nav|aside)$',
);
/** Elements that end a row of cells. */
const ROW = /^(?:tr|table|tbody|thead)$/;
/** Elements that separate cells on one line. */
const CELL = /^(?:td|th)$/;
/** Collapses runs of HTML white space (U+00A0 is content, not layout, so it is kept). */
const WHITESPACE = /[ \t\r\n\f]+/g;

/** Finds the `>` closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html.charAt(i);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

/** Converts HTML to readable plain text. Offsets of findings refer to the returned text. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out.push(decodeEntities(html.slice(i, textEnd).replace(WHITESPACE, ' ')));
    if (lt < 0) break;
    const next = html.charAt(lt + 1);
    if (html.substr(lt, 4) === '<!--') {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(next)) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end < 0) break;
    const closing = next === '/';
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9]*/.exec(
      html.slice(lt + (closing ? 2 : 1), Math.min(end, lt + 40)),
    );
    const name = nameMatch ? nameMatch[0].toLowerCase() : '';
    i = end + 1;
    const skip = SKIP_CONTENT[name];
    if (!closing && skip && html.charAt(end - 1) !== '/') {
      skip.lastIndex = i;
      const found = skip.exec(html);
      i = found ? found.index + found[0].length : html.length;
    } else if (name === 'br') {
      out.push('\n');
    } else if (closing && CELL.test(name)) {
      // Cells of a row stay on one line even when Outlook wraps each cell's text in a paragraph
      // (<td><p class=MsoNormal>Tilinumero:</p></td><td><p …>FI21 …</p></td>): "Tilinumero:\tFI21 …".
      trimTrailingBreaks(out);
      out.push('\t');
    } else if (BLOCK.test(name) && !endsWithNewline(out) && (ROW.test(name) || !endsWithTab(out))) {
      // Opening and closing tags of adjacent blocks give one line break, not an empty line each.
      out.push('\n');
    }
  }
  return tidy(out.join(''));
}

/** Drops line breaks (and spaces) at the end of the output: a cell's last paragraph ends with its cell. */
function trimTrailingBreaks(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1] as string;
    const trimmed = last.replace(/[ \n]+$/, '');
    if (trimmed.length > 0) {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}

/** Whether the output ends with a cell separator (spaces after it aside). */
function endsWithTab(out: readonly string[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const piece = (out[k] as string).replace(/ +$/, '');
    if (piece.length > 0) return piece.charAt(piece.length - 1) === '\t';
  }
  return false;
}

function endsWithNewline(out: readonly string[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const piece = (out[k] as string).replace(/ +$/, '');
    if (piece.length > 0) return piece.charAt(piece.length - 1) === '\n';
  }
  return true;
}

/** Removes spaces around line breaks and keeps at most one empty line in a row. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]*\n[ ]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
