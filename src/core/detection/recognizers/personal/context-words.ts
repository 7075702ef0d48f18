/**
 * Context word lists shared by the personal-data recognizers. Number negatives come from Mail Guard's
 * seed list (`negative_context_numbers`, sv + en) minus the phone words, which belong to phones.
 */

/** Words that say a nearby number is a business reference, not a person's number. */
export const BUSINESS_NUMBER_WORDS: readonly string[] = [
  'ordernr', 'ordernummer', 'orderid', 'order', 'order no', 'fakturanr', 'fakturanummer', 'faktura', 'invoice',
  'ocr', 'kundnr', 'kundnummer', 'customer no', 'artikelnr', 'art.nr', 'part no', 'sku', 'serienr', 'serienummer',
  'serial', 's/n', 'imei', 'iccid', 'imsi', 'mac', 'version', 'build', 'ärendenr', 'ticket', 'case', 'referens',
  'ref', 'tracking', 'kollinr', 'kolli-id', 'sändningsnr', 'spårningsnummer', 'biljett', 'bokningsnr',
];

/** Words that mark a phone number (seed `negative_context_numbers`, phone part, plus common verbs). */
export const PHONE_WORDS: readonly string[] = [
  'tel', 'tel.', 'telefon', 'telefonnummer', 'telefonnr', 'tfn', 'mobil', 'mobilnr', 'mobilnummer', 'mob', 'mob.',
  'ring', 'ringa', 'ringer', 'ringde', 'sms', 'sms:a', 'direktnr', 'direktnummer', 'fax', 'phone', 'mobile',
  'cell', 'call', 'whatsapp', 'puh', 'puhelin', 'mobiltelefon', 'telefono', 'tlf',
];

/** Words that say a value belongs to a person (the user, the customer, him or her). Not `her`: it means "here" in Norwegian and Danish. */
export const PERSON_WORDS: readonly string[] = [
  'användare', 'användaren', 'användarens', 'användarnamn', 'user', 'users', 'username', 'login', 'logged in',
  'logged', 'inloggad', 'inloggning', 'loggade', 'loggat', 'customer', 'customers', 'kund', 'kunden', 'kundens',
  'hans', 'hennes', 'his', 'their', 'deras', 'subscriber', 'abonnent', 'abonnenten', 'besökare',
  'visitor', 'member', 'medlem', 'anställd', 'employee', 'från ip', 'from ip', 'hemma', 'home', 'privat',
];
