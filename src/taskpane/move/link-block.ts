/**
 * One block in the mail body for all files moved to the secure server: a line per file (name as the link, its
 * size as the attachment list shows it, the link's expiry), in the order of the attachments, then the P3
 * line. It sits at the end of the new text, above the signature (never above the greeting). Each file's line
 * carries an id derived from the vault's file id so Undo can find it again — Outlook may prefix ids (`x_…`)
 * when it re-renders a body, so every search matches the id's tail. String surgery: everything else stays
 * byte for byte.
 */
import type { Language } from '../../core/policy/types';
import { genitive } from '../strings/grammar';
import { formatBytes, formatDate } from './format';

/** Marker of one file's line (id and data attribute). */
export const LINK_BLOCK_PREFIX = 'mailguard-link-';
/** Marker of the block holding the lines. */
const BLOCK_MARKER = 'mailguard-links';
const LEAD_MARKER = 'mailguard-lead';

export interface LinkBlockInput {
  readonly fileId: string;
  readonly fileName: string;
  readonly size: number;
  readonly url: string;
  /** ISO 8601: when the link stops working. */
  readonly expiresAt: string;
  readonly companyName: string;
  readonly language: Language;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const TEXT = {
  sv: {
    lead: (count: number) =>
      count === 1 ? 'Bilagan finns på den säkra servern:' : 'Bilagorna finns på den säkra servern:',
    until: (date: string) => `länken gäller till och med ${date}`,
    // Worded without a number, so it stays right as files are added and undone.
    policy: (company: string) =>
      `Förvaras på ${genitive('sv', company)} säkra server enligt e-postpolicyn (P3), inte i e-postmeddelandet.`,
  },
  en: {
    lead: (count: number) =>
      count === 1 ? 'The attachment is on the secure server:' : 'The attachments are on the secure server:',
    until: (date: string) => `the link works until ${date}`,
    policy: (company: string) =>
      `Kept on ${genitive('en', company)} secure server according to the email policy (P3), not in this email.`,
  },
} as const;

/** The id of a file's line (also usable to find it). */
export function linkBlockId(fileId: string): string {
  return LINK_BLOCK_PREFIX + fileId.replace(/[^A-Za-z0-9_-]/g, '');
}

/** One file's line: the name as the link, the size, the expiry. */
export function linkRowHtml(input: LinkBlockInput): string {
  const t = TEXT[input.language];
  const id = linkBlockId(input.fileId);
  const size = formatBytes(input.size, input.language);
  const until = t.until(formatDate(input.expiresAt, input.language));
  return (
    `<li id="${id}" data-mailguard-link="${id}" style="margin:2px 0">` +
    `<a href="${escapeHtml(input.url)}">${escapeHtml(input.fileName)}</a> (${escapeHtml(size)}) — ${escapeHtml(until)}</li>`
  );
}

function leadHtml(language: Language, count: number): string {
  return `<p data-${LEAD_MARKER}="1" style="margin:0">${escapeHtml(TEXT[language].lead(count))}</p>`;
}

/** A tidy, self-contained HTML block with one file's line (inline styles only: mail clients drop style sheets). */
export function linkBlockHtml(input: LinkBlockInput): string {
  const muted = 'margin:4px 0 0 0;color:#605e5c;font-size:12px';
  return (
    `<div id="${BLOCK_MARKER}" data-${BLOCK_MARKER}="1" style="border:1px solid #c8c6c4;border-left:4px solid #0f6cbd;border-radius:4px;padding:8px 12px;margin:12px 0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">` +
    leadHtml(input.language, 1) +
    `<ul style="margin:4px 0;padding-left:20px">${linkRowHtml(input)}</ul>` +
    `<p style="${muted}">${escapeHtml(TEXT[input.language].policy(input.companyName))}</p>` +
    `</div>`
  );
}

/** Start and end (exclusive) of the element of `tag` whose opening tag contains `marker`; undefined if none. */
function elementAround(
  html: string,
  marker: string,
  tag: 'div' | 'li',
): { start: number; end: number } | undefined {
  const at = html.indexOf(marker);
  if (at < 0) return undefined;
  const start = html.lastIndexOf(`<${tag}`, at);
  if (start < 0) return undefined;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return { start, end: match.index + match[0].length };
  }
  return undefined;
}

/** The lead line of the block in `block` rewritten for `count` files. */
function withLead(block: string, language: Language, count: number): string {
  return block.replace(
    new RegExp(`<p[^>]*data-${LEAD_MARKER}[^>]*>[\\s\\S]*?</p>`, 'i'),
    leadHtml(language, count),
  );
}

const countRows = (block: string): number =>
  block.split(`data-${LINK_BLOCK_PREFIX.slice(0, -1)}=`).length - 1;

/** Where a new block goes: before the signature when there is one, else at the end of the body. */
function insertionPoint(html: string): number {
  const signature = /<div\b[^>]*\bid\s*=\s*["']?(?:x_)?Signature\b/i.exec(html);
  if (signature) return signature.index;
  const end = html.search(/<\/body>/i);
  return end >= 0 ? end : html.length;
}

/**
 * `html` with the file's line added: to the block already there (after the files moved before it, so the
 * order is the attachments'), or in a new block above the signature.
 */
export function withLinkRow(html: string, input: LinkBlockInput): string {
  const block = elementAround(html, BLOCK_MARKER, 'div');
  if (block === undefined) {
    const at = insertionPoint(html);
    return html.slice(0, at) + linkBlockHtml(input) + html.slice(at);
  }
  const inner = html.slice(block.start, block.end);
  const listEnd = inner.lastIndexOf('</ul>');
  if (listEnd < 0) return html.slice(0, block.end) + linkBlockHtml(input) + html.slice(block.end);
  const grown = inner.slice(0, listEnd) + linkRowHtml(input) + inner.slice(listEnd);
  return (
    html.slice(0, block.start) + withLead(grown, input.language, countRows(grown)) + html.slice(block.end)
  );
}

/**
 * `html` without the line of `fileId` (and without the block when it was the last line), or `undefined`
 * when the line is not there (the user deleted it already).
 */
export function removeLinkBlock(html: string, fileId: string, language: Language = 'en'): string | undefined {
  const row = elementAround(html, linkBlockId(fileId), 'li');
  if (row === undefined) return undefined;
  const without = html.slice(0, row.start) + html.slice(row.end);
  const block = elementAround(without, BLOCK_MARKER, 'div');
  if (block === undefined) return without;
  const inner = without.slice(block.start, block.end);
  const left = countRows(inner);
  if (left === 0) return without.slice(0, block.start) + without.slice(block.end);
  return without.slice(0, block.start) + withLead(inner, language, left) + without.slice(block.end);
}
