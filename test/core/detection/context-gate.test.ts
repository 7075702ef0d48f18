import { analyze } from '../../../src/core/detection';
import { needsContext } from '../../../src/core/detection/candidates';
import type { Recognizer, ScanEnv } from '../../../src/core/detection';

const env: ScanEnv = {
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: [] },
  maxChars: 1_000_000,
};

/** A plate shape too weak alone: the engine runs it only in windows around its context word. */
function plateNear(word: string): Recognizer {
  return {
    id: 'license-plate',
    category: 'vehicle',
    patterns: [{ name: 'plate', regex: /\b[A-Z]{3} \d{3}\b/g, score: 0.1 }],
    context: [{ words: [word], amount: 0.45, before: 20, after: 0 }],
  };
}

/** Far more text than a window reaches, so a window at the wrong place misses the plate. */
const FILLER = 'Vi kör på banan i eftermiddag. '.repeat(40);

function plates(text: string, recognizers: readonly Recognizer[]): string[] {
  return analyze({ text }, env, recognizers).findings.map((f) => f.value);
}

describe('the context gate, built once per recognizer list', () => {
  it('is what these recognizers are scanned by', () => {
    expect(needsContext(plateNear('regnr'))).toBe(true);
  });

  it('finds each document its own context words with the same list', () => {
    const list = [plateNear('regnr')];
    expect(plates('Regnr: XYZ 789.', list)).toEqual(['XYZ 789']);
    // The same list on a second text: the word stands elsewhere, the window must follow it.
    expect(plates(`${FILLER}Bilens regnr: ABC 123.`, list)).toEqual(['ABC 123']);
    expect(plates(`ABC 123 ${FILLER}`, list)).toEqual([]);
  });

  it('keeps the words of each list apart', () => {
    const byRegnr = [plateNear('regnr')];
    const byFordon = [plateNear('fordon')];
    const text = `${FILLER}Fordon ABC 123.`;
    expect(plates(text, byRegnr)).toEqual([]);
    expect(plates(text, byFordon)).toEqual(['ABC 123']);
    expect(plates(`${FILLER}Regnr XYZ 789.`, byRegnr)).toEqual(['XYZ 789']);
    expect(plates(`${FILLER}Regnr XYZ 789.`, byFordon)).toEqual([]);
  });
});
