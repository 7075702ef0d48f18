import { alertText, MAX_MESSAGE_CHARS } from '../../src/onsend/alert-message';
import { decideSend } from '../../src/onsend/send-decision';
import { ALERT_STRINGS } from '../../src/onsend/strings';
import { finding, health, pnr, summary } from './summary-builders';

const decide = (s: ReturnType<typeof summary>) => {
  const decision = decideSend(s, { promptOnBulk: true });
  if (decision.kind === 'allow') throw new Error('expected an alert');
  return decision;
};

describe('alert text fits the case', () => {
  it('offers the secure server only when a file holds the data', () => {
    const body = alertText(decide(summary({ findings: [pnr()] })), ALERT_STRINGS.en).plain;
    expect(body).toContain('in the body');
    expect(body).not.toMatch(/file|secure server/);
    const file = alertText(decide(summary({ findings: [pnr('lista.xlsx')] })), ALERT_STRINGS.sv).plain;
    expect(file).toContain('i lista.xlsx');
    expect(file).toContain('flytta filen till den säkra servern');
  });

  it('says a kind of information once when two types read the same', () => {
    const icd = finding({ type: 'icd10-code', category: 'health' });
    const text = alertText(decide(summary({ findings: [health(), icd, pnr()] })), ALERT_STRINGS.en).plain;
    expect(text.match(/health information/g)).toHaveLength(1);
    expect(text).toContain('1 personnummer');
  });

  it('counts with the language’s plural rules', () => {
    const many = [
      pnr('a.xlsx'),
      finding({ type: 'phone-number', category: 'contact', attachment: 'a.xlsx' }),
    ];
    many.push(finding({ type: 'phone-number', category: 'contact', attachment: 'a.xlsx' }));
    const en = alertText(decide(summary({ findings: many })), ALERT_STRINGS.en).plain;
    expect(en).toContain('2 phone numbers');
    const sv = alertText(decide(summary({ findings: many })), ALERT_STRINGS.sv).plain;
    expect(sv).toContain('2 telefonnummer');
  });

  it.each(['sv', 'en'] as const)('stays within the limit in %s with many files', (language) => {
    const findings = Array.from({ length: 40 }, (_, i) => pnr(`personallista-${i}-med-långt-namn.xlsx`));
    const text = alertText(decide(summary({ findings })), ALERT_STRINGS[language]);
    expect(text.plain.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(text.markdown.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });
});
