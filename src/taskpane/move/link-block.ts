/**
 * The block put at the top of the mail body for each moved file: name, size, link, expiry date and the
 * P3 line. It carries an id derived from the vault's file id so Undo can find it again — Outlook may
 * prefix ids (`x_…`) when it re-renders a body, so the search matches the id's tail.
 */
import type { Language } from '../../core/policy/types';
import { formatBytes, formatDate } from './format';

/** Marker shared by the block's id and data attribute. */
export const LINK_BLOCK_PREFIX = 'mailguard-link-';

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
    lead: 'Bilagan finns på den säkra servern:',
    until: (date: string) => `Länken gäller till och med ${date}.`,
    policy: (company: string) =>
      `Filen förvaras på ${company}s säkra server enligt e-postpolicyn (P3), inte i e-postmeddelandet.`,
  },
  en: {
    lead: 'The attachment is on the secure server:',
    until: (date: string) => `The link works until ${date}.`,
    policy: (company: string) =>
      `The file is kept on ${company}'s secure server according to the email policy (P3), not in this email.`,
  },
} as const;

/** The id of the block for a file (also usable to find it). */
export function linkBlockId(fileId: string): string {
  return LINK_BLOCK_PREFIX + fileId.replace(/[^A-Za-z0-9_-]/g, '');
}

/** A tidy, self-contained HTML block (inline styles only: mail clients drop style sheets). */
export function linkBlockHtml(input: LinkBlockInput): string {
  const t = TEXT[input.language];
  const id = linkBlockId(input.fileId);
  const muted = 'margin:4px 0 0 0;color:#605e5c;font-size:12px';
  return (
    `<div id="${id}" data-mailguard-link="${id}" style="border:1px solid #c8c6c4;border-left:4px solid #0f6cbd;border-radius:4px;padding:8px 12px;margin:0 0 12px 0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">` +
    `<p style="margin:0">${escapeHtml(t.lead)} <a href="${escapeHtml(input.url)}">${escapeHtml(input.fileName)}</a> (${escapeHtml(formatBytes(input.size, input.language))})</p>` +
    `<p style="${muted}">${escapeHtml(t.until(formatDate(input.expiresAt, input.language)))}</p>` +
    `<p style="${muted}">${escapeHtml(t.policy(input.companyName))}</p>` +
    `</div>`
  );
}

/**
 * `html` without the block of `fileId` (everything else byte for byte), or `undefined` when the block is
 * not there (the user deleted it already). Finds the element by its id tail, then its matching `</div>`.
 */
export function removeLinkBlock(html: string, fileId: string): string | undefined {
  const marker = linkBlockId(fileId);
  const at = html.indexOf(marker);
  if (at < 0) return undefined;
  const start = html.lastIndexOf('<div', at);
  if (start < 0) return undefined;
  const tags = /<(\/?)div\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(match.index + match[0].length);
  }
  return undefined;
}
