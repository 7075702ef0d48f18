import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createIcd10Recognizer,
  icd10Recognizer,
  isIcd10Shape,
} from '../../../../src/core/detection/recognizers/sensitive-terms';
import { icd10Lookup } from '../../../../src/core/detection/recognizers/sensitive-terms/icd10-lookup';
import { scan, values } from './scan';

const full = [createIcd10Recognizer(icd10Lookup)];

/** `./x` is `./x.ts` or `./x/index.ts` (or JSON data). */
function resolveModule(base: string): string {
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  throw new Error(`cannot resolve ${base}`);
}

describe('ICD-10 codes as supporting evidence', () => {
  it.each([
    ['Diagnos F32.1 enligt läkarintyget.', 'F32.1'],
    ['Sjukskriven med diagnos F43.2 till och med fredag.', 'F43.2'],
    ['Läkaren skrev J45 på intyget till honom.', 'J45'],
    ['Sick note says U07.1 (covid).', 'U07.1'],
  ])('full list: %s', (text, code) => {
    const [finding] = scan(text, full);
    expect(finding).toMatchObject({ type: 'icd10-code', category: 'health', value: code, masked: code });
    expect(finding?.reasons).toContain(`icd10:${code}`);
  });

  it.each([
    'Rum E10, våning 3.',
    'Mötet är i sal F43.2 på plan 4.',
    'Sjukskriven, men koden K93.9 står fel i mallen.', // K93.9 is not in the list
    'Läkarintyg med koden Z99.99 saknas.',
    // the only health word is part of an identifier: a field in a unit test, no one's diagnosis
    'Unit test uses placeholder values like diagnosis_code = "Z00.0", no real rows.',
  ])('full list, no finding: %s', (text) => {
    expect(values(text, full)).toEqual([]);
  });

  it('full look-up knows real codes, categories and dotted forms', () => {
    expect(icd10Lookup('F43.2')).toBe(true);
    expect(icd10Lookup('F432')).toBe(true);
    expect(icd10Lookup('J45')).toBe(true);
    expect(icd10Lookup('U07.1')).toBe(true);
    expect(icd10Lookup('K93.9')).toBe(false);
    expect(icd10Lookup('E1')).toBe(false);
  });

  it.each([
    ['F43.2', true],
    ['J45', true],
    ['A00.09', true],
    ['U07.1', false],
    ['F4', false],
    ['f43.2', false],
    ['F43.234', false],
  ])('default shape check: %s -> %s', (code, expected) => {
    expect(isIcd10Shape(code)).toBe(expected);
  });

  it('default recognizer uses the shape check', () => {
    expect(values('Diagnos F32.1 enligt läkarintyget.', [icd10Recognizer])).toEqual(['F32.1']);
    expect(values('Sjukskriven, koden K93.9 enligt intyget.', [icd10Recognizer])).toEqual(['K93.9']);
  });

  it('keeps the code list out of the default import graph (registry -> sensitive-terms)', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.endsWith('.ts')) return;
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
        const spec = m[1] ?? '';
        if (!spec.startsWith('.')) packages.add(spec);
        else visit(resolveModule(path.resolve(path.dirname(file), spec)));
      }
    };
    visit(path.join(__dirname, '../../../../src/core/detection/registry.ts'));
    expect([...seen].some((file) => file.endsWith('icd10-lookup.ts'))).toBe(false);
    expect(packages.has('@navikt/diagnosekoder')).toBe(false);
    expect([...seen].some((file) => file.endsWith(path.join('sensitive-terms', 'icd10.ts')))).toBe(true);
  });
});
