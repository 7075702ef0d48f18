/**
 * The full ICD-10 code list (19,634 codes, Norwegian edition maintained by NAV/Helsedirektoratet) from the
 * MIT-licensed `@navikt/diagnosekoder`. About 1.9 MB: deliberately NOT exported from the group's index.ts,
 * so the on-send bundle never pulls it in. The CLI and the task pane import this module directly and pass
 * `icd10Lookup` to `createIcd10Recognizer`.
 */
import { ICD10 } from '@navikt/diagnosekoder';
import type { Icd10Lookup } from './icd10';

let known: Set<string> | undefined;

/** Codes without their dot (`F432`), plus every three-character category (`J45`, which the list only subdivides). */
function knownCodes(): Set<string> {
  if (known !== undefined) return known;
  known = new Set<string>();
  for (const entry of ICD10) {
    known.add(entry.code);
    known.add(entry.code.slice(0, 3));
  }
  return known;
}

/** Whether `code` (`F43.2`, `F432`, `J45`) is in the ICD-10 list. Built lazily on first use. */
export const icd10Lookup: Icd10Lookup = (code) => knownCodes().has(code.replace('.', '').toUpperCase());
