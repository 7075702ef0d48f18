/**
 * The on-send stand-ins for detection modules (webpack.config.js, ONSEND_STAND_INS): each offers every
 * function detection imports from the real module, and answers as the real one does in the on-send case
 * (nothing handed in; one regex per dictionary). The findings on send are the same as in the task pane.
 */
import * as realSources from '../../src/core/detection/dictionary-sources';
import * as realPieces from '../../src/core/detection/dictionary-pieces';
import * as builtHere from '../../src/onsend/dictionaries-built-here';
import * as whole from '../../src/onsend/dictionaries-whole';
import { compileTrieShaped, findWords } from '../../src/core/detection/words';
import * as realPlates from '../../src/core/detection/recognizers/personal/license-plate';
import * as platesInPane from '../../src/onsend/license-plate-in-pane';
import * as realIpv6 from '../../src/core/detection/recognizers/personal/ipv6';
import * as ipv6InPane from '../../src/onsend/ipv6-in-pane';
import * as realSwedishAccounts from '../../src/core/detection/recognizers/personal/bank-account';
import * as swedishAccountsInPane from '../../src/onsend/bank-account-in-pane';
import * as realBirthDates from '../../src/core/detection/recognizers/personal/date-of-birth';
import * as birthDatesInPane from '../../src/onsend/date-of-birth-in-pane';

describe('the on-send dictionary-sources stand-in', () => {
  it('offers the functions detection imports', () => {
    expect(Object.keys(builtHere).sort()).toEqual(['dictionaryData', 'dictionaryRegex']);
    for (const name of Object.keys(builtHere))
      expect(typeof realSources[name as keyof typeof realSources]).toBe('function');
  });

  it('builds what the real module builds when nothing was handed in', () => {
    realSources.takeBuiltDictionarySources();
    const build = () => /a(?:b|c)/g;
    expect(builtHere.dictionaryRegex('t:x', build).source).toBe(
      realSources.dictionaryRegex('t:x', build).source,
    );
    expect(builtHere.dictionaryData('t:y', () => '3')).toBe(realSources.dictionaryData('t:y', () => '3'));
  });
});

describe('the on-send dictionary-pieces stand-in', () => {
  it('offers the functions detection imports', () => {
    expect(Object.keys(whole).sort()).toEqual(['cutOf', 'eachPieceMatch', 'piecesAt']);
    for (const name of Object.keys(whole))
      expect(typeof realPieces[name as keyof typeof realPieces]).toBe('function');
  });

  it('cuts nothing, and walks one regex as the dictionary itself does', () => {
    expect(whole.cutOf()).toBe('');
    expect(whole.piecesAt()).toBeUndefined();
    const dict = compileTrieShaped(['sjukskriv*', 'sick leave', 'diagnos']);
    const text = 'sjukskriven sedan måndag; sick leave; diagnos ställd; sjukskrivning';
    const walked: string[] = [];
    whole.eachPieceMatch([dict.regex], text, (m) => (walked.push(m[1] ?? ''), walked.length < 3));
    expect(walked).toEqual(
      findWords(dict, text)
        .map((m) => text.slice(m.start, m.end))
        .slice(0, 3),
    );
    expect(walked).toHaveLength(3);
  });
});

describe('the on-send stand-ins for warnings left to the task pane (ADR 0056)', () => {
  it('offers what detection imports from the vehicle recognizer, with nothing to find', () => {
    expect(Object.keys(platesInPane)).toEqual(Object.keys(realPlates));
    const { id, category, patterns } = platesInPane.licensePlate;
    expect([id, category]).toEqual([realPlates.licensePlate.id, realPlates.licensePlate.category]);
    expect(patterns).toEqual([]);
  });

  it('offers what the IP recognizer imports from the IPv6 module, with no pattern', () => {
    for (const name of Object.keys(ipv6InPane)) expect(Object.keys(realIpv6)).toContain(name);
    expect(ipv6InPane.IPV6_PATTERNS).toEqual([]);
    expect(realIpv6.IPV6_PATTERNS.map((p) => p.name)).toEqual(['ipv6']);
    expect(ipv6InPane.validateIpv6()).toEqual({ kind: 'invalid', reason: 'format' });
  });

  it('offers what detection imports from the Swedish account recognizer, with nothing to find', () => {
    expect(Object.keys(swedishAccountsInPane)).toEqual(Object.keys(realSwedishAccounts));
    const { id, category, patterns } = swedishAccountsInPane.bankAccount;
    expect([id, category]).toEqual([
      realSwedishAccounts.bankAccount.id,
      realSwedishAccounts.bankAccount.category,
    ]);
    expect(patterns).toEqual([]);
    expect(realSwedishAccounts.bankAccount.patterns?.length).toBeGreaterThan(0);
  });

  it('offers what detection imports from the date-of-birth recognizer, with nothing to find', () => {
    expect(Object.keys(birthDatesInPane)).toEqual(Object.keys(realBirthDates));
    const { id, category, patterns } = birthDatesInPane.dateOfBirth;
    expect([id, category]).toEqual([realBirthDates.dateOfBirth.id, realBirthDates.dateOfBirth.category]);
    expect(patterns).toEqual([]);
    expect(realBirthDates.dateOfBirth.patterns?.length).toBeGreaterThan(0);
  });
});
