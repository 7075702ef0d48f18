import { decisionsFor } from '../../src/taskpane/decisions/record';
import { ratedFinding } from './findings';

describe('decisions recorded for the log', () => {
  const fp = 'a'.repeat(64);

  it('records one decision per type and clause, and never a value', () => {
    const findings = [
      ratedFinding({ key: 'a' }),
      ratedFinding({ key: 'b', value: '811218-9876', masked: '811218-****' }),
      ratedFinding({ key: 'c', type: 'health-term', category: 'health' }),
    ];
    const out = decisionsFor('override', findings, { reason: 'recipient-entitled' }, fp);
    expect(out).toEqual([
      {
        decision: 'override',
        reason: 'recipient-entitled',
        draftFingerprint: fp,
        category: 'national-id',
        type: 'se-personnummer',
        clause: 'P2',
      },
      {
        decision: 'override',
        reason: 'recipient-entitled',
        draftFingerprint: fp,
        category: 'health',
        type: 'health-term',
        clause: 'P2',
      },
    ]);
    expect(JSON.stringify(out)).not.toMatch(/9805|9876|\*\*\*\*/);
  });

  it('keeps a typed reason, trimmed, and records a decision about unchecked parts as such', () => {
    const out = decisionsFor('override', [], { reason: 'other', text: '  Agreed with the DPO  ' }, fp);
    expect(out).toEqual([
      {
        decision: 'override',
        reason: 'other',
        reasonText: 'Agreed with the DPO',
        draftFingerprint: fp,
        category: 'not-checked',
        type: 'not-checked',
        clause: 'P2',
      },
    ]);
  });
});
