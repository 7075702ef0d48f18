/**
 * The recipient's landing page (Swedish or English). Plain HTML and one inline style block allowed by its
 * hash: no scripts, no third-party resources, so the page's CSP can forbid everything else.
 */
import { createHash } from 'node:crypto';
import { LANDING_CSS } from './landing-style';
import { TEXT, formatExpiry, formatSize, type Lang, type PageKind } from './landing-text';

export { pickLang } from './landing-text';
export type { Lang, PageKind } from './landing-text';

/** What the page says about the file once the link is known to be valid. */
export interface FileFacts {
  readonly fileName: string;
  readonly size: number;
  readonly expiresAt: Date;
  readonly senderName: string;
  readonly senderEmail: string;
}

/** Page options. `signInHref` (relative, e.g. `<secret>/signin`) shows the work-account sign-in button. */
export interface PageOptions {
  readonly signInHref?: string;
  readonly file?: FileFacts;
  readonly company?: string;
  /** `data:` URI of the company's logo (inlined: the CSP allows no other image source). */
  readonly logo?: string;
  /** True when the vault sends one-time codes (SMTP configured): the steps say so. */
  readonly codes?: boolean;
}

/** The page's Content-Security-Policy: nothing but its own style block and inlined images. */
export const LANDING_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(LANDING_CSS, 'utf8').digest('base64')}'`,
  'img-src data:',
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => escapeHtml(values[key] ?? ''));

const ALERTS: ReadonlySet<PageKind> = new Set([
  'gone',
  'withdrawn',
  'not-found',
  'refused',
  'code-invalid',
  'signin-refused',
  'signin-failed',
]);

function facts(lang: Lang, file: FileFacts): string {
  const t = TEXT[lang];
  const row = (label: string, value: string): string =>
    `<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
  const sender = `${escapeHtml(file.senderName || file.senderEmail)}${
    file.senderName ? ` <span class="muted">&lt;${escapeHtml(file.senderEmail)}&gt;</span>` : ''
  }`;
  return `<dl class="facts">${row(t.file, `<strong class="name">${escapeHtml(file.fileName)}</strong>`)}${row(
    t.size,
    formatSize(file.size, lang),
  )}${row(t.until, `<time datetime="${file.expiresAt.toISOString()}">${formatExpiry(file.expiresAt, lang)}</time>`)}${row(t.from, sender)}</dl>`;
}

function steps(lang: Lang, codes: boolean): string {
  const t = TEXT[lang];
  const items = codes ? [t.stepAddress, t.stepCode, t.stepDownload] : [t.stepAddress, t.stepAddressOnly];
  return `<h2>${t.next}</h2><ol class="steps">${items.map((s) => `<li>${s}</li>`).join('')}</ol>`;
}

function form(lang: Lang, kind: PageKind, email: string): string {
  const t = TEXT[lang];
  if (kind === 'signed-in') return `<form method="post"><button type="submit">${t.button}</button></form>`;
  if (!(kind === 'confirm' || kind === 'code' || kind === 'code-invalid' || kind === 'refused')) return '';
  const code =
    kind === 'code' || kind === 'code-invalid'
      ? `<label for="code">${t.codeLabel}</label><input id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" required autocomplete="one-time-code">`
      : '';
  return `<form method="post">
<label for="email">${t.emailLabel}</label><p class="hint" id="email-hint">${t.emailHint}</p>
<input id="email" type="email" name="email" required autocomplete="email" aria-describedby="email-hint" value="${escapeHtml(email)}">
${code}<button type="submit">${t.button}</button></form>`;
}

/** The landing page for one state of the recipient check. */
export function landingPage(lang: Lang, kind: PageKind, email = '', options: PageOptions = {}): string {
  const t = TEXT[lang];
  const company = options.company ?? 'Mail Guard';
  const file = options.file;
  const withForm = kind === 'confirm' || kind === 'code' || kind === 'code-invalid' || kind === 'refused';
  const heading =
    file === undefined
      ? fill(t.headingUnknown, { company })
      : fill(t.heading, { sender: file.senderName || file.senderEmail });
  const message = ALERTS.has(kind)
    ? `<p class="alert" role="alert">${t[kind]}</p>`
    : `<p class="lead">${t[kind]}</p>`;
  const signIn =
    options.signInHref !== undefined && (withForm || kind === 'signin-refused')
      ? `<p class="internal">${t.internal} <a class="button secondary" href="${escapeHtml(options.signInHref)}">${t.signIn}</a></p>`
      : '';
  const logo =
    options.logo === undefined
      ? ''
      : `<img class="logo" src="${escapeHtml(options.logo)}" alt="${fill(t.logo, { company })}">`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${fill(t.title, { company })}</title>
<style>${LANDING_CSS}</style>
</head><body><header class="brand">${logo}<span class="company">${escapeHtml(company)}</span></header>
<main class="card"><h1>${heading}</h1>${file === undefined ? '' : facts(lang, file)}${message}
${withForm ? steps(lang, options.codes === true) : ''}${form(lang, kind, email)}${signIn}</main>
<footer><p>${t.weak}</p><p>${fill(t.footer, { company })}</p></footer></body></html>`;
}
