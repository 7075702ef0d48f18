import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyze,
  compileDictionary,
  findWords,
  lowerSameLength,
  normalise,
  toOriginal,
  maskDefault,
} from '../../../src/core/detection';
import type { Recognizer, ScanEnv, Validation } from '../../../src/core/detection';

const env = (allow: Partial<ScanEnv['allow']> = {}): ScanEnv => ({
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: [], ...allow },
  maxChars: 1_000_000,
});

/** A toy recognizer: `ID-` + 4 digits whose digit sum is even is "valid". */
const toy: Recognizer = {
  id: 'se-personnummer',
  category: 'national-id',
  patterns: [{ name: 'toy', regex: /(?:^|[^\dA-Za-z])(ID-\d{4})(?![\dA-Za-z])/g, score: 0.3, group: 1 }],
  validate: (value): Validation => {
    let sum = 0;
    for (const ch of value.slice(3)) sum += Number(ch);
    return sum % 2 === 0 ? { kind: 'valid', check: 'parity' } : { kind: 'invalid', reason: 'checksum' };
  },
  context: [{ words: ['kundid', 'identitet*'], amount: 0.2, before: 40, after: 10 }],
  negativeContext: [{ words: ['order'], amount: -0.5, before: 30, after: 0 }],
};

const company: Recognizer = {
  id: 'se-organisationsnummer',
  category: 'national-id',
  role: 'suppressor',
  patterns: [{ name: 'company', regex: /\bID-99\d\d\b/g, score: 0.9 }],
};

describe('analyze: the shared scan loop', () => {
  it.each([
    ['valid value alone', 'Ditt nummer ID-1234 gäller.', ['se-personnummer'], ['checksum']],
    ['keyword raises', 'Kundid: ID-1234', ['se-personnummer'], ['checksum', 'keyword:kundid']],
    ['stem keyword raises', 'identiteten ID-1234', ['se-personnummer'], ['checksum', 'keyword:identitet*']],
  ])('%s', (_name, text, types, reasons) => {
    const { findings } = analyze({ text }, env(), [toy]);
    expect(findings.map((f) => f.type)).toEqual(types);
    expect(findings[0]?.reasons).toEqual(reasons);
  });

  it.each([
    ['checksum fails', 'Ditt nummer ID-1235 gäller.'],
    ['negative context sinks it', 'order ID-1234'],
    ['embedded in a longer token', 'XID-12345'],
    ['suppressed by a company number', 'ID-9900'],
  ])('no finding when %s', (_name, text) => {
    expect(analyze({ text }, env(), [toy, company]).findings).toEqual([]);
  });

  it('reports offsets into the original text when normalisation changed it', () => {
    const text = 'Ja\u0301\u00A0nu: ID\u20111234 klart';
    const [finding] = analyze({ text }, env(), [toy]).findings;
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('ID\u20111234');
    expect(finding!.value).toBe('ID\u20111234');
  });

  it('uses a table column header as context for every cell', () => {
    const text = 'Kundid\nID-1234\nID-2222\n';
    const cells = [
      { start: 7, end: 14, header: 'Kundid' },
      { start: 15, end: 22, header: 'Kundid' },
    ];
    const { findings } = analyze({ text, cells }, env(), [toy]);
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.reasons.indexOf('header:kundid') >= 0)).toBe(true);
  });

  it('drops allow-listed values and e-mail addresses', () => {
    const email: Recognizer = {
      id: 'email-address',
      category: 'contact',
      patterns: [{ name: 'e', regex: /[a-z.]+@[a-z.]+\.se/g, score: 0.9 }],
    };
    const text = 'ID-1234 anna@kund.se per@vinnter.se eva@other.se';
    const { findings } = analyze(
      { text },
      env({ values: ['ID 1234'], emails: ['anna@kund.se'], ownDomains: ['vinnter.se'] }),
      [toy, email],
    );
    expect(findings.map((f) => f.value)).toEqual(['eva@other.se']);
  });

  it('keeps the higher-scoring of two overlapping findings', () => {
    const weak: Recognizer = {
      id: 'dk-cpr',
      category: 'contact',
      patterns: [{ name: 'w', regex: /ID-\d{4} gäller/g, score: 0.55 }],
    };
    const { findings } = analyze({ text: 'Kundid ID-1234 gäller' }, env(), [weak, toy]);
    expect(findings.map((f) => f.type)).toEqual(['se-personnummer']);
  });

  it('caps the input and says it did', () => {
    const text = `${'a '.repeat(100)}ID-1234`;
    const result = analyze({ text }, { ...env(), maxChars: 50 }, [toy]);
    expect(result).toMatchObject({ truncated: true, scannedChars: 50, findings: [] });
  });

  it('explains each finding', () => {
    const [finding] = analyze({ text: 'Kundid ID-2468' }, env(), [toy]).findings;
    expect(finding?.explanation).toEqual({
      recognizer: 'se-personnummer',
      pattern: 'toy',
      validation: { kind: 'valid', check: 'parity' },
      boostedBy: ['keyword:kundid'],
      loweredBy: [],
    });
    expect(finding?.masked).toBe('ID-****');
  });
});

describe('dictionaries', () => {
  const dict = compileDictionary(['sjukskriv*', 'läkarintyg', 'sick leave', 'ont']);
  it.each([
    ['Anna är sjukskriven', ['sjukskriv*']],
    ['SJUKSKRIVNINGEN fortsätter', ['sjukskriv*']],
    ['ett läkarintyg och sick  leave', ['läkarintyg', 'sick leave']],
    ['gjorde ont, fontänen, ontologi', ['ont']],
    ['höstsjukskrivning', []],
    ['läkarintygen', []],
  ])('%s', (text, words) => {
    expect(findWords(dict, text.toLowerCase()).map((m) => m.word)).toEqual(words);
  });

  it('treats å, ä and ö as letters at word boundaries', () => {
    const d = compileDictionary(['sjuk']);
    expect(findWords(d, 'sjukå sjuk ösjuk')).toEqual([{ start: 6, end: 10, word: 'sjuk' }]);
  });
});

describe('normalise', () => {
  it('leaves ordinary text alone', () => {
    expect(normalise('Hej Anna 811228-9874').breaks).toBeNull();
  });
  it('maps dashes, spaces and composed letters back', () => {
    const n = normalise('A\u030A\u00A0b\u2013c\u200Bd');
    expect(n.text).toBe('Å b-cd');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => toOriginal(n, i))).toEqual([0, 2, 3, 4, 5, 7, 8]);
  });
  it.each([
    ['ÅSA Ström', 'åsa ström'],
    // U+0130 lower-cases to two code units: it stays, and the text around it is lower-cased.
    ['İSTANBUL, Ödegaard İ', 'İstanbul, ödegaard İ'],
    ['İ', 'İ'],
  ])('lower-cases %j to the same length', (text, lower) => {
    expect(lowerSameLength(text)).toBe(lower);
    expect(lowerSameLength(text)).toHaveLength(text.length);
  });
});

describe('maskDefault', () => {
  it.each([
    ['850709-9805', '850709-****'],
    ['anna@example.se', 'an**@*******.**'],
    ['SE45 5000 0000 0583 9825 7466', 'SE45 50** **** **** **** ****'],
  ])('%s -> %s', (value, masked) => expect(maskDefault(value)).toBe(masked));
});

describe('negative context stays within the sentence', () => {
  it.each([
    [
      'a negative word in the previous sentence does not count',
      'Tack för din order. Kundid ID-1234',
      0.85,
      ['checksum', 'keyword:kundid'],
    ],
    [
      'an abbreviation dot does not end the sentence',
      'Kundid nr. ID-1234',
      0.85,
      ['checksum', 'keyword:kundid'],
    ],
    [
      'a keyword in the previous sentence still counts',
      'Vad är ditt kundid? Det är ID-1234',
      0.85,
      ['checksum', 'keyword:kundid'],
    ],
  ])('%s', (_name, text, score, reasons) => {
    const [finding] = analyze({ text }, env(), [toy]).findings;
    expect(finding?.score).toBe(score);
    expect(finding?.reasons).toEqual(reasons);
  });
});

describe('scanning only where a finding is possible', () => {
  const keywordOnly: Recognizer = {
    id: 'license-plate',
    category: 'vehicle',
    patterns: [{ name: 'plate', regex: /\b[A-Z]{3} \d{3}\b/g, score: 0.2 }],
    context: [{ words: ['regnr'], amount: 0.4, before: 20, after: 0 }],
  };

  it('runs a recognizer that needs a context word only near that word, with the same result', () => {
    const far = `${'Vi kör ABC 123 på banan. '.repeat(50)}Bilens regnr: XYZ 789.`;
    const windowed = analyze({ text: far }, env(), [keywordOnly]).findings.map((f) => f.value);
    // An (empty) table cell makes the engine read the whole text: the answer must not change.
    const whole = analyze({ text: far, cells: [{ start: 0, end: 0, header: '' }] }, env(), [
      keywordOnly,
    ]).findings;
    expect(windowed).toEqual(['XYZ 789']);
    expect(whole.map((f) => f.value)).toEqual(windowed);
  });

  it('gives the same findings with all recognizers on realistic mail, windowed or whole', () => {
    const folder = path.join(__dirname, '../../fixtures/eml');
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.eml'))) {
      const text = readFileSync(path.join(folder, name), 'latin1');
      const windowed = analyze({ text }, env()).findings.map((f) => `${f.type}@${f.start}`);
      const whole = analyze({ text, cells: [{ start: 0, end: 0, header: '' }] }, env()).findings.map(
        (f) => `${f.type}@${f.start}`,
      );
      expect({ name, findings: windowed }).toEqual({ name, findings: whole });
    }
  });
});
