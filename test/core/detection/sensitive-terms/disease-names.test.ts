// Named diseases in five languages: a person's condition when someone is named or pointed to; a market or
// a rule when no one is. Dementia is also the market care technology sells to, so it needs a person.
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from './scan';

function sensitiveHealth(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'health' && f.severity === 'sensitive')
    .map((f) => f.value.toLowerCase());
}

describe('diseases known by an upper-case abbreviation, after a verb of having', () => {
  it.each([
    ['Hun var åpen om at hun har hatt ME i noen år.', ['me']],
    ['She has MS and works from home on Fridays.', ['ms']],
    ['Han fick KOL efter åren i gruvan.', ['kol']],
    // how bad it is, between the verb and the abbreviation
    ['Inger har svær KOL og får ilt døgnet rundt.', ['kol']],
    ['He has severe MS since 2019.', ['ms']],
  ])('%j', (text, expected) => {
    expect(sensitiveHealth(text)).toEqual(expected);
  });

  it.each([
    'Vi har MS Teams på alla datorer.',
    'Latency is 40 MS per request.',
    'Send me the logs, please.',
    'Kolla kol-filtret i lab 2.',
    'Vi har kraftig MS Teams-trafik på måndagar.',
  ])('traps: %j', (text) => {
    expect(sensitiveHealth(text)).toEqual([]);
  });
});

describe('named diseases', () => {
  it.each([
    ['Parkinsonin tauti on hänen mukaansa edennyt syksyn aikana.', ['parkinsonin tauti']],
    ['Hans pappa har Alzheimers sjukdom och bor nu på boende.', ['alzheimers', 'sjukdom']],
    ['Kari har hjertesvikt og kan ikke reise i vinter.', ['hjertesvikt']],
    ['Min mor har fået konstateret leukæmi.', ['fået konstateret', 'leukæmi']],
    ['My colleague Tom has rheumatoid arthritis and needs a standing desk.', ['rheumatoid arthritis']],
    ['Hon har typ 1-diabetes och behöver kunna äta på fasta tider.', ['typ 1-diabetes']],
    ['Asukas Aino Virtanen sairastaa muistisairautta ja eksyy helposti.', ['sairastaa', 'muistisairautta']],
    ['Mamma är dement sedan i våras.', ['dement']],
    ['Linnea har retinitis pigmentosa och ser bara centralt nu.', ['retinitis pigmentosa']],
    // common conditions, one of each language
    ['Anna har kärlkramp och högt blodtryck sedan i våras.', ['kärlkramp', 'högt blodtryck']],
    ['Kari har ulcerøs kolitt og jobber hjemmefra i dag.', ['ulcerøs kolitt']],
    ['Mette har diskusprolaps og lavt stofskifte.', ['diskusprolaps', 'lavt stofskifte']],
    ['Tom has gout and kidney stones, so he skips the run.', ['gout', 'kidney stones']],
    ['Liisalla on kihti ja hän on saanut vyöruusun.', ['kihti', 'vyöruusun']],
    ['Hans far har grå stær og kan ikke køre bil.', ['grå stær']],
    ['Han går i dialys tre dagar i veckan.', ['dialys']],
    ['Mettes kemobehandling - hvem tager hendes kunder?', ['kemobehandling']],
  ])('%j', (text, expected) => {
    expect(sensitiveHealth(text)).toEqual(expected);
  });

  it.each([
    // a market or a product, no one's condition
    'Larmet är anpassat för personer med demens på särskilda boenden.',
    'Our fall sensors are designed for dementia care homes.',
    'Vi installerade 40 sensorer på demensboendet Solgården i går.',
    // a rule or a category list
    'Diagnoser som demens eller Parkinsons sjukdom får aldrig skickas med e-post.',
    // a device for a condition, sold to a study; a season and a vaccination day
    'Vi leverer blodtryksmålere til et klinisk studie om hjemmemåling ved forhøjet blodtryk.',
    'Influenssakausi alkaa, ja influenssarokotukset ovat 12.10. työterveydessä.',
  ])('traps: %j', (text) => {
    expect(sensitiveHealth(text)).toEqual([]);
  });
});
