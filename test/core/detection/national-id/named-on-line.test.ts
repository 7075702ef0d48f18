/**
 * An identity number on a line that names a person ("Anna Berg 9004152386", a CSV row, a list item) is
 * theirs: the name stands for the keyword. Numbers that are something else beside a name stay quiet.
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from '../sensitive-terms/scan';

function ids(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'national-id')
    .map((f) => `${f.type} ${f.reasons.includes('person:line') ? 'named' : 'keyword'}`);
}

describe('a person named on the line', () => {
  it.each([
    ['Anna Berg 9004152386', 'se-personnummer named'],
    ['- Erik Lind, 900415-2386, Göteborg', 'se-personnummer named'],
    ['Jonas Holm 120385-1235', 'dk-cpr named'],
    ['Navn;Nummer;Afdeling\nJonas Holm;120385-1235;IT', 'dk-cpr named'],
    ['Kari Nordmann 15076500565', 'no-fodselsnummer named'],
    // a keyword still counts first
    ['Personnummer 9004152386', 'se-personnummer keyword'],
  ])('%j → %s', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it.each([
    // no name, a mobile number beside a name, a business number beside a name, an everyday word
    ['Batch 9004152386 shipped today'],
    ['Mikael Berg 0701234567'],
    ['Anna Berg, order 9004152386'],
    ['Hans ordre 120385-1235 er sendt.'],
    ['Jonas Holm 1203851235'],
  ])('%j: nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
