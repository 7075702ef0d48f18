/** Words of the recipient's landing page, Swedish and English. `{x}` marks are filled in by the page. */
export type Lang = 'sv' | 'en';

/** One state of the recipient check (each has its own message). */
export type PageKind =
  | 'confirm'
  | 'code'
  | 'gone'
  | 'withdrawn'
  | 'not-found'
  | 'refused'
  | 'code-invalid'
  | 'signed-in'
  | 'signin-refused'
  | 'signin-failed';

type TextKey =
  | PageKind
  | 'title'
  | 'heading'
  | 'headingUnknown'
  | 'emailLabel'
  | 'emailHint'
  | 'codeLabel'
  | 'button'
  | 'weak'
  | 'signIn'
  | 'internal'
  | 'file'
  | 'size'
  | 'until'
  | 'from'
  | 'next'
  | 'stepAddress'
  | 'stepCode'
  | 'stepDownload'
  | 'stepAddressOnly'
  | 'footer'
  | 'logo';

export const TEXT: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = {
  sv: {
    title: 'Säker fil från {company}',
    heading: '{sender} har delat en fil med dig',
    headingUnknown: 'Säker fil från {company}',
    confirm: 'Bekräfta din e-postadress för att hämta filen.',
    code: 'Om adressen finns bland mottagarna har vi skickat en engångskod till den. Skriv in koden.',
    gone: 'Länken har upphört att gälla eller filen är raderad.',
    withdrawn: 'Avsändaren har dragit tillbaka länken. Kontakta avsändaren om du fortfarande behöver filen.',
    'not-found': 'Länken finns inte längre.',
    refused: 'Den här adressen får inte hämta filen.',
    'code-invalid': 'Koden stämmer inte eller har gått ut. Begär en ny kod.',
    emailLabel: 'Din e-postadress',
    emailHint: 'Adressen som mejlet med länken skickades till.',
    codeLabel: 'Engångskod (6 siffror)',
    button: 'Hämta filen',
    weak: 'Endast de mottagare som avsändaren angav kan hämta filen.',
    'signed-in': 'Du är inloggad och kan hämta filen.',
    'signin-refused': 'Kontot du loggade in med får inte hämta filen.',
    'signin-failed': 'Inloggningen kunde inte slutföras. Öppna länken i mejlet igen och försök på nytt.',
    signIn: 'Logga in med ditt jobbkonto',
    internal: 'Mottagare i företaget:',
    file: 'Fil',
    size: 'Storlek',
    until: 'Kan hämtas till',
    from: 'Från',
    next: 'Så här går det till',
    stepAddress: 'Skriv in din e-postadress.',
    stepCode: 'Vi skickar en engångskod till adressen om den är en av mottagarna.',
    stepDownload: 'Skriv in koden, så hämtas filen.',
    stepAddressOnly: 'Är adressen en av mottagarna hämtas filen direkt.',
    footer:
      '{company} delar filer med personuppgifter via en egen säker server i stället för som bilaga. ' +
      'Vi ber aldrig om ditt lösenord.',
    logo: '{company}s logotyp',
  },
  en: {
    title: 'Secure file from {company}',
    heading: '{sender} shared a file with you',
    headingUnknown: 'Secure file from {company}',
    confirm: 'Confirm your e-mail address to download the file.',
    code: 'If the address is among the recipients, a one-time code has been sent to it. Enter the code.',
    gone: 'This link has expired or the file has been erased.',
    withdrawn: 'The sender has withdrawn this link. Contact the sender if you still need the file.',
    'not-found': 'This link no longer exists.',
    refused: 'This address may not download the file.',
    'code-invalid': 'The code is wrong or has expired. Ask for a new code.',
    emailLabel: 'Your e-mail address',
    emailHint: 'The address the mail with this link was sent to.',
    codeLabel: 'One-time code (6 digits)',
    button: 'Download the file',
    weak: 'Only the recipients the sender listed can download the file.',
    'signed-in': 'You are signed in and can download the file.',
    'signin-refused': 'The account you signed in with may not download this file.',
    'signin-failed': 'The sign-in could not be completed. Open the link in the mail again and retry.',
    signIn: 'Sign in with your work account',
    internal: 'Recipients in the company:',
    file: 'File',
    size: 'Size',
    until: 'Available until',
    from: 'From',
    next: 'What happens next',
    stepAddress: 'Enter your e-mail address.',
    stepCode: 'If it is one of the recipients, we send a one-time code to it.',
    stepDownload: 'Enter the code and the download starts.',
    stepAddressOnly: 'If the address is one of the recipients, the download starts at once.',
    footer:
      '{company} shares files with personal data through its own secure server instead of as ' +
      'attachments. We never ask for your password.',
    logo: '{company} logo',
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

/** "1,2 MB" / "1.2 MB": the units a recipient knows, in their language's number format. */
export function formatSize(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: digits,
  });
  return `${number} ${units[unit] ?? 'B'}`;
}

/** Date and time in the company's time zone (Stockholm), with the zone's short name so no reader is misled. */
export function formatExpiry(date: Date, lang: Lang): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const timeZone = 'Europe/Stockholm';
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    date,
  );
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone === undefined ? text : `${text} ${zone}`;
}
