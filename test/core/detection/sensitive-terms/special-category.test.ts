import { specialCategoryRecognizer } from '../../../../src/core/detection/recognizers/sensitive-terms';
import { scan, values } from './scan';

const special = [specialCategoryRecognizer];

describe('art. 9 / art. 10 terms: true positives', () => {
  it.each([
    ['Per är medlem i IF Metall sedan förra året.', 'IF Metall', 'art9:trade-union'],
    ['Hon är medlem i Unionen och vill ha med ett ombud.', 'Unionen', 'art9:trade-union'],
    ['Johan är fackmedlem och har bett om förhandling.', 'fackmedlem', 'art9:trade-union'],
    ['Jag har gått med i facket och vill ha ett ombud med på mötet.', 'med i facket', 'art9:trade-union'],
    ['She is a member of Unite and has asked for a union rep.', 'union rep', 'art9:trade-union'],
    ['Han är muslim och fastar under ramadan, så vi flyttar lunchmötet.', 'muslim', 'art9:religion'],
    ['She is Jewish and does not work on Saturdays.', 'Jewish', 'art9:religion'],
    ['Omar and Leila are Muslims, so the burial is within a day.', 'Muslims', 'art9:religion'],
    ['Maria äter bara kosher, kan cateringen ordna det till henne?', 'kosher', 'art9:religion'],
    [
      'Han är homosexuell och vill inte att det nämns i presentationen.',
      'homosexuell',
      'art9:sexual-orientation',
    ],
    ['Erik är medlem i Moderaterna och sitter i fullmäktige.', 'Moderaterna', 'art9:political-opinion'],
    ['Hon har en samisk bakgrund enligt CV:t.', 'samisk', 'art9:ethnicity'],
    ['Bifogar hans DNA-test från kliniken.', 'DNA-test', 'art9:biometric-genetic'],
    [
      'Bifogar utdrag ur belastningsregistret för den nya konsulten.',
      'belastningsregistret',
      'art10:criminal-record',
    ],
    ['He was convicted of fraud in 2019.', 'convicted of', 'art10:criminal-record'],
    ['Kandidaten är dömd för misshandel, enligt referenten.', 'dömd för', 'art10:criminal-record'],
    [
      'Hon röstade på Sverigedemokraterna i valet, sa hon på lunchen.',
      'Sverigedemokraterna',
      'art9:political-opinion',
    ],
    ['Han har suttit i fängelse för bedrägeri.', 'suttit i fängelse', 'art10:criminal-record'],
    ['Jag är jude och firar inte jul.', 'jude', 'art9:religion'],
    ['Hon är medlem i Vision sedan i våras.', 'Vision', 'art9:trade-union'],
    ['She is gay and her partner will join the dinner.', 'gay', 'art9:sexual-orientation'],
    ['He was arrested for drunk driving last year.', 'arrested for', 'art10:criminal-record'],
    [
      'He is a member of the union and wants a rep at the meeting.',
      'member of the union',
      'art9:trade-union',
    ],
    ['Hennes fingeravtryck finns i passerregistret.', 'fingeravtryck', 'art9:biometric-genetic'],
    ['Magnus sitter i kommunfullmäktige för Moderaterna.', 'Moderaterna', 'art9:political-opinion'],
    [
      'He is a member of the Green Party. Kunden rapporterade felet.',
      'Green Party',
      'art9:political-opinion',
    ],
    ['The check showed a previous conviction for fraud.', 'previous conviction', 'art10:criminal-record'],
    ['Lisa vill att hennes fackliga företrädare deltar.', 'fackliga företrädare', 'art9:trade-union'],
    // Finnish words of faith in any case ending
    ['Perjantaisin Yusuf käy Hervannan moskeijassa.', 'moskeijassa', 'art9:religion'],
    ['Yusuf ja Amina kysyivät, missä he voisivat rukoilla.', 'rukoilla', 'art9:religion'],
    // standing in an election, for whichever party; praying so many times a day; colour said of people
    [
      'Han er kandidat for SF i Omegnskreds ved folketingsvalget.',
      'kandidat for SF i Omegnskreds ved folketingsvalget',
      'art9:political-opinion',
    ],
    ['Hän on ehdolla kunnallisvaaleissa.', 'ehdolla kunnallisvaaleissa', 'art9:political-opinion'],
    ['Amir på teamet mitt ber flere ganger daglig.', 'ber flere ganger daglig', 'art9:religion'],
    ['He is the only Black guy in most engineering rooms.', 'Black guy', 'art9:ethnicity'],
    // adherents and unions by name
    ['Hän on adventisti, joten hän ei tee töitä lauantaisin.', 'adventisti', 'art9:religion'],
    ["Hannah told me that she's joined Prospect.", 'Prospect', 'art9:trade-union'],
    // "for everyone" said of a feeling is no benefit on offer
    [
      'Ramadanin aikana he ovat käyttäneet huonetta, mikä oli kaikille kiusallista.',
      'Ramadanin',
      'art9:religion',
    ],
  ])('%s', (text, term, label) => {
    const found = scan(text, special).filter((f) => f.value === term);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'special-category', severity: 'sensitive', masked: term });
    expect(found[0]?.reasons).toContain(label);
  });
});

describe('art. 9 / art. 10 terms: true negatives and traps', () => {
  it.each([
    'Vi har avtal med Unionen och Sveriges Ingenjörer.',
    'Kollektivavtalet med IF Metall gäller från april.',
    'The catering is halal and kosher by default.',
    'Christian said he would review the pull request.',
    'Kristen will join the demo on Monday.',
    'Check the SSH key fingerprint before you connect.',
    'My fingerprint sensor prototype needs a new driver.',
    'The fingerprint of the certificate changed after renewal.',
    'The gay pride parade passes the office, so expect traffic.',
    'Our company DNA is about quality.',
    'Moskeijan vieressä on parkkipaikka.',
    'Erik says the node becomes a candidate and starts a leader election.',
    'Han ber flere ganger om hjelp med rapporten.',
    'Anna ordered white paper and black toner for the printer.',
    'The prospect signed the order, says Anna.',
    'Rukoushuone on kaikille työntekijöille avoin.',
    'Vision 2030 och strategin presenteras på fredag.',
    'The race condition in the MQTT client is fixed.',
    'Convicted? No, the build just failed its tests.',
    'Vi fastställer fasta priser för nästa år.',
    'The fingerprint of my SSH key changed.',
    'She joined the Akavia webinar about salaries.',
    'Hon röstade på förslaget i styrelsen.',
    'He voted for the proposal to move the office.',
    'I got arrested by the bug for hours.',
    'He wrote a union type for the parser.',
    'He is a big fan of the Vision Pro headset.',
    'Our partner Kommunal Fastighet AB wants a quote.',
    'MBL-förhandlingen med fackliga företrädare hålls på torsdag.',
  ])('%s', (text) => {
    expect(values(text, special)).toEqual([]);
  });
});
