import { sePersonnummer, seSamordningsnummer } from '../../../../src/core/detection/recognizers/national-id';
import { checkDigit } from '../../../../src/core/identifiers/checksums/luhn';
import { found, scan, withLuhn } from './helpers';

describe('se-samordningsnummer', () => {
  it.each([
    // day + 60: 1973-02-28 (from list.json), 2021-07-31
    ['Samordningsnummer 730288-9931', '730288-9931', 'checksum'],
    ['samordningsnr: 20210791-9967', '20210791-9967', 'checksum'],
    // Skatteverket test data: month 00 (unknown) -> weak, reported thanks to the keyword
    ['samordningsnr 191500722390', '191500722390', 'weak:unknown-birth-date'],
  ])('%s', (text, value, validation) => {
    const [hit] = scan(text, [seSamordningsnummer]);
    expect(hit?.value).toBe(value);
    expect(hit?.reasons[0]).toBe(validation);
    expect(hit?.reasons).toContainEqual(expect.stringMatching(/^keyword:samordnings/));
  });

  it('reports a separated valid number without a keyword', () => {
    expect(found('Se bifogad blankett för 730288-9931.', [seSamordningsnummer])).toEqual([
      'se-samordningsnummer 730288-9931',
    ]);
  });

  it('keeps an unknown-date number below the threshold without a keyword', () => {
    // Month 00: weak (+0.1) on a separated shape stays at 0.35.
    expect(found('Referens 150072-2390 för kunden', [seSamordningsnummer])).toEqual([]);
  });

  it('accepts written day 60 (unknown day) as weak', () => {
    const value = `730160-123${checkDigit('730160123')}`;
    const [hit] = scan(`samordningsnummer ${value}`, [seSamordningsnummer]);
    expect(hit?.value).toBe(value);
    expect(hit?.reasons).toEqual(['weak:unknown-birth-date', 'keyword:samordningsnummer']);
    expect(hit?.score).toBe(0.7);
  });

  // Skatteverket's test lists hold samordningsnummer with day 61-91 in any month ("31 April + 60").
  it.each([
    ['30 February + 60', withLuhn('730290-993')],
    ['31 April + 60', withLuhn('730491-993')],
    ['31 June + 60', withLuhn('19730691-993')],
  ])('accepts %s (a day the calendar lacks, within 61-91)', (_name, value) => {
    const [hit] = scan(`samordningsnummer ${value}`, [seSamordningsnummer]);
    expect(hit?.value).toBe(value);
    expect(hit?.reasons).toContain('checksum');
  });

  it.each([
    ['day 92 (32 after -60)', `samordningsnummer ${withLuhn('730192-993')}`],
    ['luhn fails', 'samordningsnummer 730288-9932'],
    ['ordinary day (that is a personnummer)', 'samordningsnummer 850709-9805'],
    ['month 00 with an ordinary day', `samordningsnummer ${withLuhn('150012-239')}`],
    ['month 00 and day 00', `samordningsnummer ${withLuhn('150000-239')}`],
    ['future (12-digit, unknown month)', `samordningsnummer ${withLuhn('20270061-239')}`],
  ])('rejects %s', (_name, text) => {
    expect(found(text, [seSamordningsnummer])).toEqual([]);
  });

  it('never reports a personnummer as a samordningsnummer or the reverse', () => {
    expect(
      found('Personnummer 850709-9805 och samordningsnummer 730288-9931', [
        sePersonnummer,
        seSamordningsnummer,
      ]),
    ).toEqual(['se-personnummer 850709-9805', 'se-samordningsnummer 730288-9931']);
  });

  it('masks like a personnummer', () => {
    expect(scan('samordningsnummer 730288-9931', [seSamordningsnummer])[0]?.masked).toBe('730288-****');
  });
});
