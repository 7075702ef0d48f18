/** The recipient's landing page (Swedish or English). Plain HTML: no scripts, so a strict CSP holds. */
export type Lang = 'sv' | 'en';
export type PageKind =
  | 'confirm'
  | 'code'
  | 'gone'
  | 'not-found'
  | 'refused'
  | 'code-invalid'
  | 'signed-in'
  | 'signin-refused'
  | 'signin-failed';

type TextKey = PageKind | 'title' | 'emailLabel' | 'codeLabel' | 'button' | 'weak' | 'signIn' | 'internal';

const TEXT: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = {
  sv: {
    title: 'Säker fil från Mail Guard',
    confirm: 'En fil har delats med dig. Bekräfta din e-postadress för att hämta den.',
    code: 'Om adressen finns bland mottagarna har vi skickat en engångskod till den. Skriv in koden.',
    gone: 'Länken har upphört att gälla eller filen är raderad.',
    'not-found': 'Länken finns inte längre.',
    refused: 'Den här adressen får inte hämta filen.',
    'code-invalid': 'Koden stämmer inte eller har gått ut. Begär en ny kod.',
    emailLabel: 'Din e-postadress',
    codeLabel: 'Engångskod',
    button: 'Hämta filen',
    weak: 'Endast de mottagare som avsändaren angav kan hämta filen.',
    'signed-in': 'Du är inloggad och kan hämta filen.',
    'signin-refused': 'Kontot du loggade in med får inte hämta filen.',
    'signin-failed': 'Inloggningen kunde inte slutföras. Öppna länken i mejlet igen och försök på nytt.',
    signIn: 'Logga in med ditt jobbkonto',
    internal: 'Mottagare i företaget:',
  },
  en: {
    title: 'Secure file from Mail Guard',
    confirm: 'A file has been shared with you. Confirm your e-mail address to download it.',
    code: 'If the address is among the recipients, a one-time code has been sent to it. Enter the code.',
    gone: 'This link has expired or the file has been erased.',
    'not-found': 'This link no longer exists.',
    refused: 'This address may not download the file.',
    'code-invalid': 'The code is wrong or has expired. Ask for a new code.',
    emailLabel: 'Your e-mail address',
    codeLabel: 'One-time code',
    button: 'Download the file',
    weak: 'Only the recipients the sender listed can download the file.',
    'signed-in': 'You are signed in and can download the file.',
    'signin-refused': 'The account you signed in with may not download this file.',
    'signin-failed': 'The sign-in could not be completed. Open the link in the mail again and retry.',
    signIn: 'Sign in with your work account',
    internal: 'Recipients in the company:',
  },
};

/** Swedish for sv/nb/nn/no/da readers (closest), English otherwise; first listed preference wins. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'sv' || tag === 'nb' || tag === 'nn' || tag === 'no' || tag === 'da') return 'sv';
    if (tag === 'en') return 'en';
  }
  return 'en';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Page options: `signInHref` (relative, e.g. `<secret>/signin`) shows the work-account sign-in button. */
export interface PageOptions {
  readonly signInHref?: string;
}

/** The landing page for one state of the recipient check. */
export function landingPage(lang: Lang, kind: PageKind, email = '', options: PageOptions = {}): string {
  const t = TEXT[lang];
  const withForm = kind === 'confirm' || kind === 'code' || kind === 'code-invalid' || kind === 'refused';
  const signIn =
    options.signInHref !== undefined && (withForm || kind === 'signin-refused')
      ? `<p>${t.internal} <a class="button" href="${escapeHtml(options.signInHref)}">${t.signIn}</a></p>`
      : '';
  const form =
    kind === 'signed-in'
      ? `<form method="post"><button type="submit">${t.button}</button></form>`
      : withForm
        ? `<form method="post">
  <label>${t.emailLabel} <input type="email" name="email" required autocomplete="email" value="${escapeHtml(email)}"></label>
  ${kind === 'code' || kind === 'code-invalid' ? `<label>${t.codeLabel} <input name="code" inputmode="numeric" pattern="[0-9]{6}" required autocomplete="one-time-code"></label>` : ''}
  <button type="submit">${t.button}</button>
</form>`
        : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.4rem}button,.button{padding:.5rem 1rem}</style>
</head><body><h1>${t.title}</h1><p>${t[kind]}</p>${signIn}${form}<p><small>${t.weak}</small></p></body></html>`;
}
