/**
 * Finnish, Norwegian and Danish identity numbers from the copied test vectors, in sentences of their
 * own language and in English. Vectors whose birth date lies after "today" (the lists test rules for
 * years up to 2057) are no living person's number and are left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fill, type Case } from './cases';

const VECTORS = path.join(__dirname, '..', '..', 'test', 'eval', 'synthetic', 'nordic-id-test-vectors.json');

type Scheme = 'FI_HETU' | 'NO_FNR' | 'DK_CPR';
interface Vector {
  readonly value: string;
  readonly valid: boolean;
  readonly birthdate?: string;
}
type VectorFile = { readonly [scheme in Scheme]: { readonly vectors: readonly Vector[] } };

const SCHEMES: {
  readonly [scheme in Scheme]: { readonly group: string; readonly sentences: readonly string[] };
} = {
  FI_HETU: {
    group: 'FI henkilötunnus (incl. 2023 signs)',
    sentences: [
      'Henkilötunnukseni on {id}.',
      'Hakijan henkilötunnus: {id}',
      'HETU {id}, aloittaa maanantaina.',
      'My Finnish personal identity code is {id}.',
    ],
  },
  NO_FNR: {
    group: 'NO fødselsnummer / D / H / synthetic',
    sentences: [
      'Fødselsnummeret mitt er {id}.',
      'Fødselsnr. {id}',
      'Personnummer: {id}',
      'My Norwegian national identity number is {id}.',
    ],
  },
  DK_CPR: {
    group: 'DK CPR-nummer',
    sentences: ['Mit CPR-nummer er {id}.', 'CPR-nr. {id}', 'His Danish CPR number is {id}.'],
  },
};

/** Birth year of a Norwegian number: the century follows from the individual number (Skatteetaten's table). */
function norwegianBirthYear(value: string): number {
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  if (individual <= 499) return 1900 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (yy <= 39) return 2000 + yy;
  return individual <= 749 ? 1800 + yy : 1900 + yy;
}

function bornAfter(scheme: Scheme, vector: Vector, today: Date): boolean {
  if (scheme === 'DK_CPR' && vector.birthdate !== undefined) return new Date(vector.birthdate) > today;
  // Birth year alone is enough here: the Norwegian vectors lie decades away from today, or well before.
  if (scheme === 'NO_FNR') return norwegianBirthYear(vector.value) > today.getUTCFullYear();
  return false;
}

/** Cases for the valid vectors, each in every sentence of its scheme, and how many were left out. */
export function nordicCases(today: Date): { readonly cases: Case[]; readonly future: number } {
  const file = JSON.parse(readFileSync(VECTORS, 'utf8')) as VectorFile;
  const cases: Case[] = [];
  let future = 0;
  for (const scheme of ['FI_HETU', 'NO_FNR', 'DK_CPR'] as const) {
    const { group, sentences } = SCHEMES[scheme];
    for (const vector of file[scheme].vectors.filter((v) => v.valid)) {
      if (bornAfter(scheme, vector, today)) {
        future++;
        continue;
      }
      // CPR is written DDMMYY-SSSS in mail; the list holds it without the hyphen.
      const text =
        scheme === 'DK_CPR' ? `${vector.value.slice(0, 6)}-${vector.value.slice(6)}` : vector.value;
      for (const sentence of sentences) {
        cases.push(fill(group, sentence, { id: { text, category: 'national-id', kind: scheme } }));
      }
    }
  }
  return { cases, future };
}
