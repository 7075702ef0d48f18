import {
  decodePunycode,
  domainOf,
  editDistance,
  isMixedScript,
  matchesDomainEntry,
  registrableDomain,
  skeleton,
  toUnicodeDomain,
} from '../../../src/core/recipients';

describe('punycode decoding (RFC 3492 section 7.1 samples and common IDNs)', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['rksmrgs-5wao1o', 'räksmörgås'],
    ['80ak6aa92e', 'аррӏе'],
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
  ])('xn--%s → %s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it.each([['bcher-kv!'], ['x'.repeat(64)], ['99999999999999999999']])('rejects malformed %s', (bad) => {
    expect(decodePunycode(bad)).toBeUndefined();
  });

  it('turns a whole domain into lower-case Unicode, keeping labels that do not decode', () => {
    expect(toUnicodeDomain('XN--RKSMRGS-5WAO1O.SE.')).toBe('räksmörgås.se');
    expect(toUnicodeDomain('xn--!!.se')).toBe('xn--!!.se');
    expect(domainOf('"Berg, Anna" <anna@XN--BCHER-KVA.example>')).toBe('bücher.example');
  });
});

describe('registrable domains and policy entries', () => {
  it.each([
    ['vinnter.se', 'vinnter.se'],
    ['mail.lab.vinnter.se', 'vinnter.se'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['example.co', 'example.co'],
  ])('%s → %s', (domain, reg) => expect(registrableDomain(domain)).toBe(reg));

  it.each([
    ['hotmail.se', 'hotmail.*', true],
    ['hotmail.co.uk', 'hotmail.*', true],
    ['nothotmail.se', 'hotmail.*', false],
    ['eu.gmail.com', 'gmail.com', true],
    ['gmail.com.evil.se', 'gmail.com', false],
  ])('%s matches %s: %s', (domain, entry, expected) => {
    expect(matchesDomainEntry(domain, entry)).toBe(expected);
  });
});

describe('skeletons, scripts and edit distance', () => {
  it.each([
    ['rnicrosoft', 'microsoft'],
    ['vіnnter', 'vinnter'], // Cyrillic і
    ['vinn-ter', 'vinnter'],
    ['paypa1', 'paypal'],
    ['vinntér', 'vinnter'],
  ])('%s looks like %s', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  it.each([
    ['acme', 'acne'],
    ['nordax', 'nordex'],
  ])('%s does not look like %s', (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));

  it('finds labels mixing Latin with Cyrillic or Greek, not single-script ones', () => {
    expect(isMixedScript('vіnnter')).toBe(true);
    expect(isMixedScript('аррӏе')).toBe(false);
    expect(isMixedScript('räksmörgås')).toBe(false);
    expect(isMixedScript('vinnter-2')).toBe(false);
  });

  it.each([
    ['vinnter', 'vinter', 1],
    ['vinnter', 'vinnetr', 1],
    ['vinnter', 'vinmter', 1],
    ['vinnter', 'vinnter', 0],
    ['vinnter', 'acme', 3],
  ])('distance %s → %s is %i (capped at 2 + 1)', (a, b, d) => expect(editDistance(a, b, 2)).toBe(d));
});
