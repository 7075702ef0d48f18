/** The recipient's landing page (Swedish or English). Plain HTML: no scripts, so a strict CSP holds. */
export type Lang = 'sv' | 'en';
export type PageKind = 'confirm' | 'code' | 'gone' | 'not-found' | 'refused' | 'code-invalid';

const TEXT: Readonly<
  Record<Lang, Readonly<Record<PageKind | 'title' | 'emailLabel' | 'codeLabel' | 'button' | 'weak', string>>>
> = {
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

export function landingPage(lang: Lang, kind: PageKind, email = ''): string {
  const t = TEXT[lang];
  const form =
    kind === 'confirm' || kind === 'code' || kind === 'code-invalid' || kind === 'refused'
      ? `<form method="post">
  <label>${t.emailLabel} <input type="email" name="email" required autocomplete="email" value="${escapeHtml(email)}"></label>
  ${kind === 'code' || kind === 'code-invalid' ? `<label>${t.codeLabel} <input name="code" inputmode="numeric" pattern="[0-9]{6}" required autocomplete="one-time-code"></label>` : ''}
  <button type="submit">${t.button}</button>
</form>`
      : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.4rem}button{padding:.5rem 1rem}</style>
</head><body><h1>${t.title}</h1><p>${t[kind]}</p>${form}<p><small>${t.weak}</small></p></body></html>`;
}
