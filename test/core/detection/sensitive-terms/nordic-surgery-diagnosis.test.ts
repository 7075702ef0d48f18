// Norwegian and Danish say "was diagnosed" and "is operated on" with phrases ("har fått påvist", "skal
// opereres", "blev opereret"); "opereres" is also said of a plant, so it is cautious.
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from './scan';

function sensitiveTerms(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'health' && f.severity === 'sensitive')
    .map((f) => f.value.toLowerCase());
}

describe('Norwegian and Danish diagnosis and surgery phrases', () => {
  it.each([
    ['Ola har fått påvist hjerteflimmer og skal opereres i januar.', ['fått påvist', 'opereres']],
    ['Hun fikk påvist diabetes i fjor.', ['fikk påvist', 'diabetes']],
    ['Jens blev opereret i knæet i går.', ['blev opereret']],
    ['Kari ble operert for prolaps på mandag.', ['ble operert', 'prolaps']],
  ])('%j', (text, expected) => {
    expect(sensitiveTerms(text)).toEqual(expected);
  });

  it.each([
    'Anlegget opereres av kunden fra januar, med egen server.',
    'Testen har påvist en feil i firmwaren.',
    'Vi har påvist at gatewayen feiler.',
  ])('traps: %j', (text) => {
    expect(sensitiveTerms(text)).toEqual([]);
  });
});
