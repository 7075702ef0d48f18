import { analyze } from '../../src/core/detection';
import type { DraftFinding } from '../../src/core/draft/types';
import { explainFinding } from '../../src/taskpane/components/explain';
import { stringsFor } from '../../src/taskpane/strings';

const ENV = {
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: [] },
  maxChars: 100_000,
};

function firstFinding(text: string): DraftFinding {
  const finding = analyze({ text }, ENV).findings.find((f) => f.severity !== 'info');
  if (finding === undefined) throw new Error(`no finding in: ${text}`);
  return { ...finding, where: { part: 'body', start: finding.start, end: finding.end } };
}

describe('explainFinding', () => {
  it.each([
    [
      'en',
      'Hennes personnummer är 850709-9805.',
      [
        'Looks like a personnummer.',
        'The Luhn check passes.',
        'Nearby word “personnummer” makes it more likely.',
      ],
    ],
    [
      'sv',
      'Hennes personnummer är 850709-9805.',
      [
        'Ser ut som personnummer.',
        'Kontrollen Luhn stämmer.',
        'Ordet ”personnummer” i närheten gör det mer sannolikt.',
      ],
    ],
    ['en', 'Anna är sjukskriven resten av veckan.', ['The word “sjukskriven” is this kind of information.']],
  ] as const)('%s: %s', (language, text, expected) => {
    const lines = explainFinding(stringsFor(language), firstFinding(text));
    for (const line of expected) expect(lines).toContain(line);
  });

  it('never names the person a term is tied to', () => {
    const lines = explainFinding(
      stringsFor('en'),
      firstFinding('Anna Lindqvist är sjukskriven resten av veckan.'),
    );
    expect(lines.join(' ')).not.toContain('Anna');
  });
});
