/**
 * Whom an archived message is about, for the vault's data-subject search (ADR 0051): the named people the
 * findings are about and the identity numbers found, through the real recognizers and `checkDraft`; then
 * the list sent with the sender and recipients, within the vault's limits.
 */
import { checkDraft } from '../../../src/core/draft';
import {
  messageDataSubjects,
  messageSubjects,
  wireLimits,
  type ScannedFindings,
} from '../../../src/core/draft/data-subjects';
import { peopleInFindings } from '../../../src/core/draft/found-people';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { TODAY } from './helpers';

const SENDER = { address: 'erik.lund@vinnter.se', name: 'Erik Lund' };

function scanned(body: string): ScannedFindings {
  const { verdict } = checkDraft(
    { subject: 'Hej', body, from: SENDER, to: [], cc: [], bcc: [], attachments: [] },
    { today: TODAY, policy: DEFAULT_POLICY },
  );
  return { findings: verdict.findings, today: TODAY };
}

function found(body: string): string[] {
  const { findings, today } = scanned(body);
  return peopleInFindings(findings, today);
}

describe('peopleInFindings', () => {
  it.each<[string, string, readonly string[], readonly string[]]>([
    [
      'an applicant named beside her personnummer: her name and the number (twelve digits)',
      'Hej,\n\nSökande Maria Lindqvist, personnummer 000229-2399, kommer på intervju i morgon.\n\nMvh Erik',
      ['Maria Lindqvist', '200002292399'],
      [],
    ],
    [
      'an English draft with a National Insurance number and an SSN: each compact and printed',
      'Hi,\n\nNew starter Jane Roe, NI number AB 12 34 56 C, SSN 536-90-4399, begins Monday.\n\nErik',
      ['AB123456C', 'AB 12 34 56 C', '536904399', '536-90-4399'],
      [],
    ],
    [
      'a colleague on sick leave: her name',
      'Hej,\n\nKarin Johansson är sjukskriven resten av veckan efter sin operation.\n\nMvh Erik',
      ['Karin Johansson'],
      [],
    ],
    [
      'trap: a name with nothing about them is not sent',
      'Hej,\n\nKarin Johansson håller i workshopen om MQTT på torsdag.\n\nMvh Erik',
      [],
      ['Karin Johansson'],
    ],
    [
      'trap: a first name alone identifies no one',
      'Hej,\n\nKarin är sjukskriven resten av veckan.\n\nMvh Erik',
      [],
      ['Karin'],
    ],
  ])('%s', (_name, body, included, excluded) => {
    const people = found(body);
    for (const term of included) expect(people).toContain(term);
    for (const term of excluded) expect(people).not.toContain(term);
  });

  it('sends each person and number once, in message order', () => {
    const people = found(
      'Hej,\n\nMaria Lindqvist (000229-2399) är sjukskriven. Maria Lindqvist har personnummer 000229-2399.\n' +
        'Per Andersson, 570428-9999, börjar på måndag.\n\nMvh Erik',
    );
    expect(people.filter((p) => p === 'Maria Lindqvist')).toHaveLength(1);
    expect(people.filter((p) => p === '200002292399')).toHaveLength(1);
    expect(people.indexOf('Maria Lindqvist')).toBeLessThan(people.indexOf('Per Andersson'));
  });
});

describe('messageSubjects', () => {
  const limits = wireLimits(5, 100, 8 * 1024);
  const header = [
    { name: 'Anna Berg', address: 'anna.berg@kund.se' },
    { name: 'Lindqvist, Maria', address: 'maria.lindqvist@vinnter.se' },
  ];

  it('puts the sender first, then the people found, then the other recipients', () => {
    const { people, leftOut } = messageSubjects(header, ['Karin Johansson', '200002292399'], limits);
    expect(people).toEqual([header[0], { name: 'Karin Johansson' }, { name: '200002292399' }, header[1]]);
    expect(leftOut).toBe(0);
  });

  it('does not repeat a found name the headers already have, in either name order', () => {
    const { people } = messageSubjects(header, ['Maria Lindqvist', 'anna berg'], limits);
    expect(people).toEqual(header);
  });

  it('drops what is over the count from the end and counts it, never failing', () => {
    const many = Array.from({ length: 10 }, (_, i) => `Person Nummer${i}`);
    const { people, leftOut } = messageSubjects(header, many, limits);
    expect(people).toHaveLength(5);
    expect(people[0]).toEqual(header[0]);
    expect(leftOut).toBe(10 + 2 - 5);
  });

  it('drops what does not fit the wire size, and names longer than a name', () => {
    const tight = wireLimits(100, 40, 200);
    const long = Array.from({ length: 20 }, (_, i) => `Förnamn Efternamnsson${i}`);
    const { people, leftOut } = messageSubjects(header, [...long, 'x'.repeat(41)], tight);
    expect(tight.fits(people)).toBe(true);
    expect(people.length + leftOut).toBe(2 + 20);
    expect(people.some((p) => p.name === 'x'.repeat(41))).toBe(false);
  });
});

describe("messageDataSubjects: the adapters' one way in, never throwing", () => {
  const limits = wireLimits(100, 200, 8 * 1024);
  const header = [{ name: 'Anna Berg', address: 'anna.berg@kund.se' }];
  const body = 'Sökande Maria Lindqvist, personnummer 000229-2399, kommer på intervju i morgon.';

  it('sends the sender, then the people the scan found, then the other header people', () => {
    const recipient = { name: 'Bo Ek', address: 'bo.ek@kund.se' };
    expect(messageDataSubjects([...header, recipient], scanned(body), limits)).toEqual({
      people: [header[0], { name: 'Maria Lindqvist' }, { name: '200002292399' }, recipient],
      leftOut: 0,
    });
  });

  it('sends the header people alone without a scan', () => {
    expect(messageDataSubjects(header, undefined, limits)).toEqual({ people: header, leftOut: 0 });
  });

  it('counts those over the limits as left out: the last in message order', () => {
    const { people, leftOut } = messageDataSubjects(header, scanned(body), wireLimits(2, 200, 8 * 1024));
    expect(people).toEqual([header[0], { name: 'Maria Lindqvist' }]);
    expect(leftOut).toBe(1);
  });

  it('sends the header people alone when the findings cannot be read', () => {
    const [finding] = scanned(body).findings;
    if (finding === undefined) throw new Error('nothing found');
    const unreadable = Object.defineProperty({ ...finding }, 'where', {
      get: () => {
        throw new TypeError('not a finding');
      },
    });
    expect(messageDataSubjects(header, { findings: [unreadable], today: TODAY }, limits)).toEqual({
      people: header,
      leftOut: 0,
    });
  });

  it('sends nobody and counts everyone as left out when the limits cannot be checked', () => {
    const broken = {
      ...limits,
      fits: () => {
        throw new RangeError('no size');
      },
    };
    expect(messageDataSubjects(header, scanned(body), broken)).toEqual({ people: [], leftOut: 3 });
  });
});
