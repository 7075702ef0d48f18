/**
 * Replaces values in a body's HTML with their masked form, in text only (never inside a tag or an
 * attribute), so the draft keeps its formatting, links and inline images. Pure.
 */

export interface Replacement {
  readonly value: string;
  readonly masked: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** Outlook writes spaces in text as `&nbsp;` at times: a value typed with a space matches either. */
function variants(value: string): string[] {
  const escaped = escapeHtml(value);
  const nbsp = escaped.replace(/ /g, '&nbsp;');
  return nbsp === escaped ? [escaped] : [escaped, nbsp];
}

function replaceAll(text: string, from: string, to: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  let at = 0;
  for (let hit = text.indexOf(from); hit >= 0; hit = text.indexOf(from, at)) {
    out += text.slice(at, hit) + to;
    at = hit + from.length;
    count++;
  }
  return { text: out + text.slice(at), count };
}

/** `html` with every occurrence of each value (in text) replaced; `replaced` counts them. */
export function maskInHtml(
  html: string,
  replacements: readonly Replacement[],
): { html: string; replaced: number } {
  // Longest values first, so a value inside a longer one does not split it.
  const ordered = replacements.slice().sort((a, b) => b.value.length - a.value.length);
  let replaced = 0;
  const out = html.replace(/(<[^>]*>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) return tag;
    let segment = text ?? '';
    for (const r of ordered)
      for (const from of variants(r.value)) {
        const result = replaceAll(segment, from, escapeHtml(r.masked));
        segment = result.text;
        replaced += result.count;
      }
    return segment;
  });
  return { html: out, replaced };
}
