/**
 * Local parts of shared mailboxes (info@, support@, noreply@, ekonomi@…): nobody's personal address, so the
 * e-mail recognizer does not report them, and nobody a greeting can be checked against, so the recipient
 * checks do not try (`src/core/recipients/names.ts`). Lower case; without diacritics where a mailbox is
 * usually written without them (`kundtjanst`), with both forms where both are seen (`växel`, `vaxel`).
 */

// prettier-ignore
const ROLE_MAILBOXES: readonly string[] = [
  // Swedish
  'bokning', 'diarium', 'ekonomi', 'faktura', 'fakturor', 'hej', 'inkop', 'inkopare', 'jobb', 'kontakt', 'kontor',
  'kontoret', 'kundservice', 'kundtjanst', 'leverans', 'lon', 'marknad', 'personal', 'post', 'reception',
  'receptionen', 'redovisning', 'registrator', 'rekrytering', 'reskontra', 'salj', 'teknik', 'vaxel', 'växel',
  'dataskydd', 'drift', 'nyhetsbrev', 'nyheter', 'tips', 'redaktionen', 'redaktion',
  // Norwegian, Danish, Finnish, German
  'bogholderi', 'regnskab', 'regnskap', 'okonomi', 'økonomi', 'kundeservice', 'kundesenter', 'nyhedsbrev',
  'varsling', 'nyheder', 'redaksjonen', 'redaksjon', 'uutiset', 'toimitus', 'kirjanpito', 'laskutus', 'myynti', 'ostot', 'tilaukset', 'asiakaspalvelu', 'tuki', 'palaute',
  'ilmoitus', 'ilmoitukset', 'posti', 'buchhaltung', 'einkauf', 'rechnung', 'rechnungen', 'vertrieb',
  // English and the Internet's own
  'abuse', 'accounts', 'admin', 'alerts', 'billing', 'booking', 'bounce', 'bounces', 'feedback', 'newsletter',
  'notification', 'notify', 'careers', 'contact', 'customerservice',
  'delivery', 'dev', 'devops', 'do-not-reply', 'donotreply', 'dpo', 'exchange', 'finance', 'gdpr', 'hello',
  'help', 'helpdesk', 'hostmaster', 'hr', 'info', 'information', 'invoice', 'invoices', 'it', 'jobs', 'mail',
  'mailer-daemon', 'marketing', 'media', 'news', 'newsdesk', 'editor', 'editorial', 'no-reply', 'noreply', 'notifications', 'office', 'ops', 'order',
  'orders', 'payroll', 'postmaster', 'press', 'privacy', 'procurement', 'purchase', 'purchasing', 'recruitment',
  'registrar', 'sales', 'security', 'service', 'servicedesk', 'support', 'team', 'tech', 'webmaster',
];

/** Whether `local` (an address's local part, lower case) is a shared mailbox's. */
export function isRoleMailbox(local: string): boolean {
  return ROLE_MAILBOXES.indexOf(local) >= 0;
}
