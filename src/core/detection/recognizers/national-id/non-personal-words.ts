/**
 * Words that say a nearby number is something else: phone, order, invoice, payment reference, device
 * and software identifiers, logistics, timestamps. Follows the Mail Guard seed list
 * `negative_context_numbers` (sv, en) plus the Norwegian, Danish and Finnish words for the same.
 */
import type { ContextRule } from '../../types';
import { REFERENCE_WORDS } from '../reference-words';

// prettier-ignore
export const NON_PERSONAL_NUMBER_WORDS: readonly string[] = [
  // phone (sv, no, da, fi, en)
  'tel', 'tel.', 'tfn', 'tlf', 'telefon', 'telefonnummer', 'telefonnr', 'mobil', 'mobilnummer', 'mobilnr', 'mob',
  'växel', 'fax', 'ring', 'ringa', 'ringer', 'sms', 'sms:a', 'puh', 'puhelin', 'phone', 'mobile', 'call', 'cell',
  // order, invoice, customer, payment references (the shared ones are in REFERENCE_WORDS)
  'beställning', 'bestnr', 'ocr-nummer',
  // every inflection: "fakturorna", "fakturaene", "invoices", "laskut 2026…", "laskujen", "tilaukset"
  'fakturan', 'fakturor', 'fakturorna', 'fakturaen', 'fakturaer', 'fakturaene', 'fakturaerne', 'invoices',
  'laskut', 'laskun', 'laskuja', 'laskujen', 'laskulla', 'laskuun', 'laskussa', 'tilaukset', 'tilauksen',
  'orders', 'ordrer', 'ordrene', 'ordrerne', 'maksumuistutus*', 'betalningspåminnelse*', 'rykker*',
  'purring*',
  'kundenummer', 'kundenr', 'customer number', 'avtalsnummer', 'avtalsnr',
  'bankgiro', 'plusgiro', 'kontonummer', 'kontonr', 'clearingnummer', 'account no', 'account number', 'swish',
  'referensnummer', 'ref.', 'reference',
  // products, devices, software
  'artikelnummer', 'firmware', 'revision', 'commit', 'batch',
  // Finnish writes these as one word: order, invoice, customer, reference, product, serial, project numbers
  'tilausnro', 'tuotenumero', 'projektinumero', 'tapausnumero',
  // cases and tickets
  'ärende', 'ärendenummer', 'tiketin', 'tukipyyntö',
  // quotes, receipts, purchase orders, projects, deliveries, reports (not agreements: an employment contract
  // carries the employee's number)
  'offert', 'offerten', 'offertnr', 'quote', 'quotation', 'tilbud', 'tilbudet', 'tilbudsnr', 'tarjous', 'tarjouksen',
  'kvitto', 'kvittot', 'kvittering', 'receipt', 'kuitti', 'po-nr', 'inköpsorder', 'indkøbsordre',
  'projektnr', 'projektnummer', 'prosjektnr',
  // booking numbers (not "booking" alone: a booking for a person may carry their number)
  'booking confirmation', 'bokningsbekräftelse',
  'bokningsnummer', 'bookingnummer',
  // logistics
  'kollinummer', 'sändningsnummer', 'kolli', 'kollit',
  // staff numbers are employers' numbering, not the state's
  'anställningsnummer', 'anställningsnr', 'employee number', 'employee no', 'ansattnummer', 'ansattnr',
  'medarbejdernummer', 'työntekijänumero',
  // time
  'timestamp', 'tidsstämpel', 'epoch', 'unix time',
].concat(REFERENCE_WORDS);

/**
 * Words that name a matter rather than label a number: a case, a project, a report, a delivery, a purchase
 * order. "Sak 8507099805" and "PO: 4500…" are labels; in "Sag om Jens Hansen 130672-9647" the number is the
 * person's, so these count only right before the number.
 */
// prettier-ignore
export const NUMBER_TOPIC_WORDS: readonly string[] = [
  'sak', 'sag', 'case', 'incident', 'tapaus', 'po', 'p.o.', 'projekt', 'prosjekt', 'project', 'projekti',
  'leverans', 'leveransen', 'levering', 'leveranse', 'delivery', 'toimitus', 'rapport', 'rapporten', 'report',
  'raportti', 'transaktion', 'transaction',
];

/**
 * Negative rules: a non-personal number word before the number ("Order 2103150013", "Ring 0701740607"),
 * within 30 characters; a topic word only as the number's label, within 10 ("Sak nr: 8507099805"). Words
 * after the number are ignored so that "850709-9805, tel 070..." in a contact list keeps the personnummer.
 * −0.4 sinks a checksum-valid number without a keyword.
 */
export const NON_PERSONAL_NUMBER_RULES: readonly ContextRule[] = [
  { words: NON_PERSONAL_NUMBER_WORDS, amount: -0.4, before: 30, after: 0 },
  { words: NUMBER_TOPIC_WORDS, amount: -0.4, before: 10, after: 0 },
];
