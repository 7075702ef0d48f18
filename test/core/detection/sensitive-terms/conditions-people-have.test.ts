/**
 * Conditions, beliefs and memberships as people say they have them: a condition after a verb of having
 * ("The pilot user has diabetes") whatever technical words the sentence holds, anxiety someone has, a
 * conversion, "er med i" a union, a Finnish church in its cases, a tester or designer with a determiner.
 * Traps: a machine that "has" a feature, anxiety about a thing, the same words with no one, a street named
 * after a doctor.
 */
import { blocked } from './scan';

describe('said of someone', () => {
  it.each([
    ['The pilot user has diabetes, so the app logs every glucose reading to the backend.'],
    ['Testpersonen har astma och sensorn loggar varje andetag.'],
    ['Tom has been signed off with anxiety until the end of the month.'],
    ['Sarah is struggling with anxiety and has asked to work from home.'],
    ['Tom suffers from anxiety and prefers written updates.'],
    ['Hon konverterade till islam förra året.'],
    ['Han er med i Fagforbundet.'],
    ['Hän kuuluu Helluntaiseurakuntaan.'],
    ['Jukka on ollut uupumuksen takia poissa kaksi viikkoa.'],
    ['Our new tester has epilepsy, so no flashing lights in the demo please.'],
    ['Heikki on keliaakikko, joten tilaa gluteeniton ateria.'],
    ['Paula käyttää rollaattoria.'],
    // a partner of the same gender, by a gendered possessive
    ['Tom and his husband James will join the dinner.'],
    ['Lena kommer med hennes fru till festen.'],
    ['Grethe tager hendes kone med til julefrokosten.'],
    ['Da han og mannen Espen flyttet til Stockholm, var det viktig for dem å finne en arbeidsplass.'],
    // "across the floor" is a place, not a figure across a team
    ['Mrs Dawson has severe COPD and is on long-term oxygen, with tubing across the floor to the bedroom.'],
    ['Leieboeren i underetasjen, Tor Bakke, er siktet og skal ha brukt en kode han fikk.'],
    // one person's possessive before a family noun outweighs a period said in the sentence
    ['My son was diagnosed with autism last year.'],
    ['Min dotter fick diagnosen diabetes i fjol.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('said of things, or of no one', () => {
  it.each([
    ['The app has diabetes mode enabled in the firmware.'],
    ['The dashboard has diabetes and asthma modules for the API.'],
    ['Our platform has insulin pump integrations via the gateway API.'],
    ['Customers with anxiety about the price increase called support.'],
    ['We reduce anxiety about data loss with automatic backups.'],
    ['Islam och kristendom behandlas i kursen.'],
    ['Er med i prosjektet fra januar.'],
    ['Tiimin uupumus näkyy sprinttien lopussa.'],
    ['Vi har siktet mot lansering i mars.'],
    ['Diagnos på motorströmmen är normal (peak 410 mA), så det är inte motorn.'],
    ['- Rollaattorin kanssa lattialle istuminen tulkittiin kaatumiseksi.'],
    ['Last year, burnout was the most common reason for long sick leave in the industry.'],
    ['Appen lukker ned, når testeren vælger Metformin 500 mg i dosisplanen.'],
    // a street named after a doctor is an address
    ['Mikael Öhman\tDoktor Allards gata 9, 413 24 Göteborg\t070-174 06 38'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
