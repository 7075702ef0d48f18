import { paymentCard } from '../../../../src/core/detection/recognizers/personal';
import { cardNetwork } from '../../../../src/core/identifiers/card-networks';
import { scan, trickyCase, values } from './helpers';

describe('payment-card', () => {
  it.each([
    [
      'visa test PAN with card word',
      'Kort 4111 1111 1111 1111 exp 12/29',
      '4111 1111 1111 1111',
      ['checksum', 'keyword:kort', 'keyword:exp'],
    ],
    [
      'mastercard 2-series, dashes',
      'Card number: 2221-0000-0000-0009',
      '2221-0000-0000-0009',
      ['checksum', 'keyword:card number'],
    ],
    [
      'mastercard 5-series, no context',
      'Här är numret 5555 5555 5555 4444 som du bad om',
      '5555 5555 5555 4444',
      ['checksum'],
    ],
    [
      'amex 4-6-5',
      'Amex 3782 822463 10005, CVV 1234',
      '3782 822463 10005',
      ['checksum', 'keyword:amex', 'keyword:cvv'],
    ],
    ['unbroken visa', 'kortnummer 4012888888881881', '4012888888881881', ['checksum', 'keyword:kortnummer']],
    [
      'discover',
      'credit card 6011 1111 1111 1117',
      '6011 1111 1111 1117',
      ['checksum', 'keyword:credit card'],
    ],
    [
      '19-digit visa',
      'Kort 4000 0000 0000 0000 006 gäller',
      '4000 0000 0000 0000 006',
      ['checksum', 'keyword:kort'],
    ],
  ])('finds %s', (_name, text, value, reasons) => {
    const findings = scan(text, [paymentCard]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('financial-card');
    expect(findings[0]?.severity).toBe('sensitive');
    expect(findings[0]?.reasons).toEqual(reasons);
    expect(findings[0]?.masked.slice(0, 4)).toBe(value.slice(0, 4));
    expect(findings[0]?.masked).not.toContain(value.slice(-4));
  });

  it.each([
    ['Luhn fails', 'Kort 4111 1111 1111 1112'],
    ['no network starts with 9', 'Kort 9111 1111 1111 1117'],
    ['Amex prefix but 16 digits', 'Kort 3411 1111 1111 1111'],
    ['IMEI (15 digits, Luhn-valid, TAC 35)', 'IMEI 356938035643809 på enheten'],
    ['ICCID (19-20 digits, 89…)', 'ICCID 8946071234567890123 i SIM-kortet'],
    ['order number that passes Luhn', 'Ordernr 4111111111111111 är skickad'],
    ['OCR reference', 'Betala med OCR 4012888888881881 senast fredag'],
    ['Norwegian KID reference on an invoice', 'KID:           383542132681311\nForfall: 04.04.2026'],
    ['KID-nummer', 'Bruk KID-nummer 4012888888881881 ved betaling'],
    ['tracking number', 'Tracking number 5555555555554444 via PostNord'],
    ['part of a longer grouped run', 'Serie 4111 1111 1111 1111 1111 1111'],
    ['too short', 'Kort 4111 1111 1111'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [paymentCard])).toEqual([]);
  });

  it('reports the well-known test PAN of the tricky cases (a test card in mail is still bad practice)', () => {
    const tricky = trickyCase('Kort 4111 1111 1111 1111 exp');
    expect(values(scan(tricky.text, [paymentCard]))).toEqual(['4111 1111 1111 1111']);
    expect(scan(trickyCase('Kort 4111 1111 1111 1112').text, [paymentCard])).toEqual([]);
  });

  it('explains a demotion by negative context', () => {
    expect(scan('Serienr 4111 1111 1111 1111', [paymentCard])).toEqual([]);
  });

  it.each([
    ['4111111111111111', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2720990000000007', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'],
    ['3530111333300000', 'jcb'],
    ['30569309025904', 'diners'],
    ['6759649826438453', 'maestro'],
    ['6767700123456787', 'maestro'],
    ['6767740000000002', 'maestro'],
    ['6767710000000001', undefined],
    ['5019717010103742', 'dankort'],
    ['6200000000000005', 'unionpay'],
    ['2200000000000004', 'mir'],
    ['9111111111111111', undefined],
    ['411111111111111', undefined],
  ])('network of %s is %s', (digits, network) => {
    expect(cardNetwork(digits)).toBe(network);
  });
});

describe('payment-card negative context', () => {
  it('counts business words before the number only', () => {
    expect(values(scan('Kort 4111 1111 1111 1111, order 12 skickad', [paymentCard]))).toEqual([
      '4111 1111 1111 1111',
    ]);
  });
});

describe('a card number with its expiry or CVV after it', () => {
  it.each([
    ['[09:42] Hassan: 4581 5430 9016 3211 08/29', ['4581 5430 9016 3211']],
    ['Kort 4581 5430 9016 3211 123', ['4581 5430 9016 3211']],
    ['4581 5430 9016 3211 08/2029', ['4581 5430 9016 3211']],
    // the expiry outweighs an invoice named before it
    [
      'a customer pasted it when asking about the invoice (4532 0196 2733 5168 exp 09/28)',
      ['4532 0196 2733 5168'],
    ],
  ])('%j', (text, expected) => {
    expect(values(scan(text, [paymentCard]))).toEqual(expected);
  });

  it('an OCR reference after an invoice word, with no expiry, stays no card', () => {
    expect(
      values(scan('Faktura 2026-1187, OCR 4532 0196 2733 5168, förfaller 2026-12-24', [paymentCard])),
    ).toEqual([]);
  });

  it('a 19-digit run that fails the checksum stays no card', () => {
    expect(values(scan('Order 4581 5430 9016 3212 08', [paymentCard]))).toEqual([]);
  });
});

describe('a card number given in two parts', () => {
  it.each([
    [
      'Hi Tom, the card for the hotel: first 8 digits 45715828, the rest 20736930, exp 09/28.',
      '45715828, the rest 20736930',
    ],
    ['Kortet: 4571 5828 och sen 2073 6930', '4571 5828 och sen 2073 6930'],
    ['Visa 45715828\n20736930, exp 09/28', '45715828\n20736930'],
    [
      'mitt kort, första 8 siffrorna 4571 5828\nresten 2073 6930, giltigt 08/28',
      '4571 5828\nresten 2073 6930',
    ],
    // parts named as parts, under a paragraph that names the card
    [
      "Han vil betale med firma-Amex'en sin. Han ga meg nummeret:\n\nførste del 3782 373158, resten 23627",
      '3782 373158, resten 23627',
    ],
    [
      'Brug bare mit eget kort.\n\nJeg deler det op:\nførste del: 4571 1539\nanden del:\n1232 7101\nudløb 09/28',
      '4571 1539\nanden del:\n1232 7101',
    ],
  ])('%s', (text, value) => {
    expect(values(scan(text, [paymentCard]))).toEqual([value]);
  });

  it.each([
    ['no card word on the line', 'Order 45715828, delivery 20736930.'],
    ['parts named, but no card above them', 'The order is split.\n\nfirst part 45715828, the rest 20736930'],
    ['the two parts fail Luhn together', 'Card: first part 45715828, then 20736931.'],
    ['too few digits in all', 'Card ending 4571, booking 582820.'],
    ['the card word on another line', 'Card details follow by phone.\nOrder 45715828, delivery 20736930.'],
    ['two numbers on two lines, no card word', 'Order 45715828\n20736930 delivered'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [paymentCard])).toEqual([]);
  });
});
