import { licensePlate } from '../../../../src/core/detection/recognizers/personal';
import { scan, trickyCase, values } from './helpers';

describe('license-plate', () => {
  it('finds the old and the 2019 Swedish formats of the tricky case', () => {
    const findings = scan(trickyCase('Bilen ABC 123').text, [licensePlate]);
    expect(values(findings)).toEqual(['ABC 123', 'ABD 12E']);
    expect(findings.map((f) => f.category)).toEqual(['vehicle', 'vehicle']);
    expect(findings[0]?.reasons).toEqual(['check:format', 'keyword:bilen']);
  });

  it.each([
    ['Swedish unspaced', 'Tjänstebilen har regnr XYZ987 sedan i år', 'XYZ987', 'se', 'keyword:tjänstebil*'],
    ['Swedish in English', 'Registration: MLB 45A, a grey Volvo', 'MLB 45A', 'se', 'keyword:registration'],
    ['Norwegian', 'Bilen har kjennemerke EL 12345', 'EL 12345', 'no', 'keyword:bilen'],
    ['Danish', 'Nummerplade AB 12 345 på firmabilen', 'AB 12 345', 'dk', 'keyword:nummerplade*'],
    [
      'Danish, the definite form',
      'Kasper har nummerpladen CX 45 612 på den nye bil.',
      'CX 45 612',
      'dk',
      'keyword:nummerplade*',
    ],
    [
      'Swedish, a car by its make',
      'Jonas kör en grå Volvo, ABC 123, och parkerar vid entrén.',
      'ABC 123',
      'se',
      'keyword:volvo',
    ],
    ['Finnish', 'Auto rekisterinumero ABC-123', 'ABC-123', 'fi', 'keyword:auto'],
    [
      'a vehicle word inflected',
      'Kristian Haugen hadde firmabilen EL 48213 den dagen',
      'EL 48213',
      'no',
      'keyword:firmabil*',
    ],
    ['a parking notice', 'Kjøretøy: EL 48213 (Tesla Model Y, hvit)', 'EL 48213', 'no', 'keyword:kjøretøy*'],
    [
      'a driver’s company car on its way to a service',
      'Tjänstebilen som Mikael kör har regnr ABC 123 och ska på service på fredag.',
      'ABC 123',
      'se',
      'keyword:tjänstebil*',
    ],
  ])('finds %s', (_name, text, value, pattern, keyword) => {
    const findings = scan(text, [licensePlate]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.explanation.pattern).toBe(pattern);
    expect(findings[0]?.reasons).toContain(keyword);
  });

  it.each([
    ['no vehicle word', 'Modell ABC 123 finns i lager'],
    ['letter I is not used', 'Bilen AIC 123'],
    ['letter Q is not used', 'Bilen QBC 123'],
    ['letter V is not used', 'Bilen ABV 123'],
    ['Å is not used', 'Bilen ÅBC 123'],
    ['O is not used last', 'Bilen ABC 12O'],
    ['currency + amount', 'Bilen kostar SEK 125 i månaden'],
    ['lower case', 'bilen abc 123'],
    ['part of a SKU', 'Bil-tillbehör ABC-1234-X'],
    // a fleet's cars: a service booking, a register with chassis numbers, the pool cars of a lead-in
    ['a leased car', 'Leasingbilen NRT 45K (Volvo XC40) lämnas tillbaka i mars.'],
    ['a fleet register', 'Reg.nr   Modell       Chassinummer\nNRT 45K  Volvo XC40    YV1XZK7V5R2143877'],
    [
      'pool cars in the lead-in',
      'varaisimme ajat yhteiskäyttöautoillemme:\n\nKLT-482  Volvo XC40  ti 20.10.',
    ],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [licensePlate])).toEqual([]);
  });
});

describe('license-plate in a row of people', () => {
  it.each([
    ['ADD\n  Anders Wikström   KXP 71F\n  Sara Nilsson      BRD 305', ['KXP 71F', 'BRD 305']],
    ['Oskar Nyberg      GHW 62A   (moved to Stockholm)', ['GHW 62A']],
  ])('a plate on a line that opens with a name is that person’s: %j', (text, expected) => {
    const findings = scan(text, [licensePlate]);
    expect(values(findings)).toEqual(expected);
    expect(findings[0]?.reasons).toContain('person:line');
  });

  it.each([
    // a greeting that runs on into a sentence about a product model
    ['Sigrid – kan vi bestille 14 stk. av den nye modellen (RV-220, art.nr. 44-0912)?'],
    // a model code with no one named
    ['Modell KXP 71F finns i lager'],
  ])('trap: %j', (text) => {
    expect(scan(text, [licensePlate])).toEqual([]);
  });
});
