/** The console's words, Swedish and English (one table per language, same keys: a missing one is a type error). */
export type ConsoleLang = 'sv' | 'en';

const en = {
  title: 'Mail Guard — data protection console',
  signInHeading: 'Sign in',
  signInHint: 'Data protection officers only.',
  devEmail: 'Your work e-mail address',
  signIn: 'Sign in',
  signOut: 'Sign out',
  noDevSignIn: 'This vault uses Microsoft Entra ID; sign-in from the console comes in a later version.',
  tabDecisions: 'How the policy works',
  tabSubjects: 'Data-subject requests',
  tabAudit: 'Audit chain',
  decisionsIntro:
    'Overrides and dismissals senders recorded, counted. No matched values and no senders are shown.',
  from: 'From',
  to: 'To',
  period: 'Period',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  category: 'Category (optional)',
  show: 'Show',
  exportCsv: 'Export CSV',
  total: 'Decisions in the period',
  none: 'No decisions in this period.',
  colPeriod: 'Period',
  colCategory: 'Category',
  colType: 'Type',
  colClause: 'Clause',
  colDecision: 'Decision',
  colReason: 'Reason',
  colCount: 'Count',
  subjectsIntro: 'Find everything stored about a person: e-mail address or name (at least 3 characters).',
  query: 'E-mail address or name',
  search: 'Search',
  erase: 'Erase everything found',
  confirmErase: 'Erase {n} files for good? Files under legal hold are kept.',
  confirm: 'Erase',
  cancel: 'Cancel',
  found: '{n} files found',
  erased: '{n} files erased, {held} kept under legal hold.',
  colFile: 'File',
  colOwner: 'Sender',
  colRecipients: 'Recipients',
  colStored: 'Stored',
  colRetain: 'Erased on',
  auditIntro: 'Checks every entry of the append-only audit chain against the one before it.',
  verify: 'Verify the chain',
  auditOk: 'The chain is intact: {n} entries.',
  auditBroken: 'The chain is broken at entry {at} ({n} entries verified before it).',
  checkedAt: 'Checked {at}',
  failed: 'The vault refused: {message}',
} as const;

export type ConsoleStrings = { readonly [K in keyof typeof en]: string };

const sv: ConsoleStrings = {
  title: 'Mail Guard — dataskyddskonsol',
  signInHeading: 'Logga in',
  signInHint: 'Endast för dataskyddsombud.',
  devEmail: 'Din e-postadress på jobbet',
  signIn: 'Logga in',
  signOut: 'Logga ut',
  noDevSignIn:
    'Den här servern använder Microsoft Entra ID; inloggning i konsolen kommer i en senare version.',
  tabDecisions: 'Så fungerar policyn',
  tabSubjects: 'Registerutdrag och radering',
  tabAudit: 'Granskningskedja',
  decisionsIntro:
    'Avsändarnas åsidosättanden och avfärdanden, räknade. Inga funna värden och inga avsändare visas.',
  from: 'Från',
  to: 'Till',
  period: 'Period',
  day: 'Dag',
  week: 'Vecka',
  month: 'Månad',
  category: 'Kategori (valfri)',
  show: 'Visa',
  exportCsv: 'Exportera CSV',
  total: 'Beslut under perioden',
  none: 'Inga beslut under perioden.',
  colPeriod: 'Period',
  colCategory: 'Kategori',
  colType: 'Typ',
  colClause: 'Punkt',
  colDecision: 'Beslut',
  colReason: 'Skäl',
  colCount: 'Antal',
  subjectsIntro: 'Hitta allt som lagras om en person: e-postadress eller namn (minst 3 tecken).',
  query: 'E-postadress eller namn',
  search: 'Sök',
  erase: 'Radera allt som hittades',
  confirmErase: 'Radera {n} filer för gott? Filer med bevarandekrav (legal hold) behålls.',
  confirm: 'Radera',
  cancel: 'Avbryt',
  found: '{n} filer hittades',
  erased: '{n} filer raderade, {held} behållna på grund av bevarandekrav.',
  colFile: 'Fil',
  colOwner: 'Avsändare',
  colRecipients: 'Mottagare',
  colStored: 'Lagrad',
  colRetain: 'Raderas',
  auditIntro: 'Kontrollerar varje post i den tilläggsbara granskningskedjan mot posten före.',
  verify: 'Kontrollera kedjan',
  auditOk: 'Kedjan är obruten: {n} poster.',
  auditBroken: 'Kedjan är bruten vid post {at} ({n} poster kontrollerade före den).',
  checkedAt: 'Kontrollerad {at}',
  failed: 'Servern vägrade: {message}',
};

export const CONSOLE_STRINGS: Readonly<Record<ConsoleLang, ConsoleStrings>> = { sv, en };

/** Swedish for Nordic browsers, English otherwise. */
export function consoleLang(languages: readonly string[]): ConsoleLang {
  for (const tag of languages) {
    const base = tag.slice(0, 2).toLowerCase();
    if (['sv', 'nb', 'nn', 'no', 'da'].includes(base)) return 'sv';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** Fills `{name}` marks. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
