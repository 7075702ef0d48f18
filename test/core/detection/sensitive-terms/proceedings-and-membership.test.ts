/**
 * Union membership, criminal proceedings and genetic tests as Norwegian, Danish, Swedish and Finnish mail says
 * them ("organisert i Fagforbundet", "sittet i varetekt", "epäiltynä petoksesta", "farskabssagen"). Traps:
 * the same words about teams, faults and suppliers.
 */
import { aboutWhom as about } from './scan';

const blocked = (text: string): boolean => about(text).some((f) => / sensitive/.test(f));

describe('about a person', () => {
  it.each([
    ['Bjørn er organisert i Fagforbundet.'],
    ['Ole har sittet i varetekt i to uker.'],
    ['Anna-Liisa on epäiltynä petoksesta.'],
    ['Her er DNA-resultatet for Jonas fra farskabssagen.'],
    ['Kim er under etterforskning for underslag.'],
    ['Leif är åtalad för misshandel, rättegången är i januari.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('about teams and faults', () => {
  it.each([
    ['Vi er organisert i tre team: backend, app og drift.'],
    ['Feilen er under etterforskning hos leverandøren, sier Ole.'],
    ['Epäilty vika on anturissa, Mikko tarkistaa.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
