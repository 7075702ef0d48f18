/**
 * Words that label a number as a business reference (order, invoice, customer, product, serial, device,
 * case, ticket, booking, tracking numbers), in Swedish, Norwegian, Danish, Finnish and English: a number
 * after one is the reference, not a person's number. One list for the recognizers that share it (the
 * identity numbers' negative words, the bank accounts', cards' and phones' business words), so a word
 * added here counts for all of them and the on-send bundle carries it once.
 */
// prettier-ignore
export const REFERENCE_WORDS: readonly string[] = [
  'ordernr', 'ordernummer', 'orderid', 'order', 'fakturanr', 'fakturanummer', 'faktura', 'invoice', 'ocr',
  'kundnr', 'kundnummer', 'customer no', 'artikelnr', 'art.nr', 'part no', 'sku', 'serienr', 'serienummer',
  'serial', 's/n', 'imei', 'iccid', 'imsi', 'mac', 'version', 'build', 'ärendenr', 'ticket', 'referens',
  'ref', 'tracking', 'kolli-id', 'spårningsnummer', 'bokningsnr', 'ordre', 'ordrenr', 'ordrenummer',
  'bestillingsnummer', 'saksnr', 'saksnummer', 'sagsnr', 'sagsnummer', 'tilaus', 'tilausnumero', 'lasku',
  'laskunumero', 'viite', 'viitenumero', 'asiakasnumero', 'sarjanumero', 'tiketti', 'tikettinumero',
  'varausnumero', 'kid:', 'kid-nr', 'kidnummer', 'kid-nummer',
];
