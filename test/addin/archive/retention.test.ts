/** The retention class a received message is archived under (policy.json `archive`). */
import { retentionClassFor } from '../../../src/addin/archive';
import { parsePolicy } from '../../../src/core/policy';

const { policy, errors } = parsePolicy({
  archive: {
    retentionClass: 'standard',
    rules: [
      { words: ['CV', 'meritförteckning', 'ansökan', 'resume'], retentionClass: 'recruitment' },
      { words: ['faktura', 'invoice'], retentionClass: 'accounting' },
    ],
  },
});

describe('retentionClassFor', () => {
  it('parses the section (words lower-cased)', () => {
    expect(errors).toEqual([]);
    expect(policy.archive?.rules[0]?.words).toEqual(['cv', 'meritförteckning', 'ansökan', 'resume']);
  });

  it.each([
    ['a CV as an attachment name', 'Hej', ['CV_Anna-Lind.pdf'], 'recruitment'],
    ['a word of the subject, any case', 'ANSÖKAN: ingenjör', [], 'recruitment'],
    ['the first matching rule wins', 'Faktura och CV', [], 'recruitment'],
    ['a later rule', 'Invoice 2291', ['scan.pdf'], 'accounting'],
    ['no rule: the default class', 'Lunch?', ['meny.pdf'], 'standard'],
    // Whole words only: "cv" inside another word is not a CV.
    ['a word inside another word does not match', 'cvs-rapport', ['recv.log'], 'standard'],
  ])('%s', (_name, subject, names, expected) => {
    expect(retentionClassFor(policy.archive, { subject, attachmentNames: names })).toBe(expected);
  });

  it('leaves the class to the vault without an archive section', () => {
    expect(retentionClassFor(undefined, { subject: 'CV', attachmentNames: [] })).toBeUndefined();
  });

  it('drops a broken section whole and says where', () => {
    const broken = parsePolicy({ archive: { rules: [{ words: ['cv'], retentionClass: 'Recruit ment' }] } });
    expect(broken.policy.archive).toBeUndefined();
    expect(broken.errors.map((e) => e.path)).toEqual(['archive.rules[0].retentionClass']);
  });
});
