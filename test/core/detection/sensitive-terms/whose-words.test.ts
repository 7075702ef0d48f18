/**
 * Whom a term is about, by word and document structure: a dietary law's sense survives in a compound;
 * a job ad's "you" is every reader; a period a figure is given for is an aggregate; biometric data names
 * the person it is taken from even in a technical sentence; vocabulary at the same depth in every language.
 */
import { blocked } from './scan';

describe('terms about a person', () => {
  it.each([
    ['Han vil også ha halal-lunsj begge dager.'],
    ['Hon äter bara halalmat.'],
    ['Yusuf ber fem ganger om dagen, så vi trenger et stille rom.'],
    ['Hun beder fem gange om dagen.'],
    ['Vi behöver registrera fingeravtryck för Johan och Sara till passersystemet.'],
    ["We stored Anna's facial geometry template for the new door reader."],
    ['Olli kuuluu ammattiliittoon ja haluaa luottamusmiehen mukaan.'],
    ['Lars er alkoholiker og har været i behandling.'],
    ['Mikael on homo eikä halua matkustaa sinne.'],
    ['Sjukfrånvaro i kvartalet: Anna Berg 12 dagar efter sin knäoperation.'],
    // injuries as a verb and a body part, in every language
    ['Tom broke his wrist skiing and will be off until the cast comes off.'],
    ['Hon stukade foten på trappan i morse.'],
    ['Kari brakk armen på hytta i helgen.'],
    ['Jesper brækkede benet til fodbold.'],
    ['Mikko mursi ranteensa laskettelureissulla.'],
    ['Jesper har piskesmæld efter et trafikuheld.'],
    ['He is recovering from a hip replacement and cannot travel.'],
    ['Emma has IVF treatment next month.'],
    // a person by job
    ["Our new developer has epilepsy; please don't use strobe effects in the demo."],
    // a person with a condition, named
    ['Anna är diabetiker och behöver äta på bestämda tider.'],
    ['Jeg er allergiker, så jeg tager min egen mad med.'],
    ['Lars er alkoholiker og har været i behandling siden maj.'],
    // vocabulary at the same depth in every language
    ["FYI, Daniel's appendix burst on Sunday, he's in St Mary's until Thursday."],
    ['Claire is expecting her second baby in May, so she will hand over the project in April.'],
    ['Our receptionist Maria is deaf in one ear, please speak clearly.'],
    ['Jenny has a gluten intolerance, please make sure the caterer knows.'],
    ['Line er på barsel fra 1. marts; hendes termin er 20. februar.'],
    ['Ole har en hjerneskade efter en ulykke og kan kun arbejde 20 timer.'],
    ['He has a conviction from 2024 for drunk driving (suspended sentence and a fine).'],
    ['Anna är inlagd sedan i går, hon ringer när hon kommer hem.'],
    ['Yusuf ber fredagsbønn og faster i ramadan-perioden.'],
    ['Han fortalte selv at han og hans mand flytter til Aarhus.'],
    ['Teemu Laine on liittynyt Insinööriliittoon.'],
    ['Daniel fortalte, at hans søn Noah har bar mitzvah i Krystalgade i maj.'],
    // English "I" inside a sentence, read as written among English words
    ['As a practising Muslim, I fast during Ramadan, which starts in February this year.'],
    ['Since the weekend I cough and run a fever, so the demo moves.'],
  ])('%j: sensitive', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('terms about no one', () => {
  it.each([
    // a job ad: its "you" is every reader
    [
      'Du liker å se ting du har laget fungere ute i felt, på sykehus og i nettstasjoner.\n\nVi ønsker søkere uavhengig av kjønn, alder og religion.',
    ],
    ['Sygefravær 3. kvartal'],
    ['Sick leave Q3 across the Gothenburg office'],
    ['Husk: sygemelding sker i HR-portalen – skriv ikke om jeres helbred i mails.'],
    ['Check the SSH key fingerprint on the build server before Johan deploys.'],
    ['The supplier is halal-certified and delivers on Fridays.'],
    ['Työterveyshuolto kuuluu kaikille työntekijöille.'],
    ['Homo sapiens is the only species in the diagram.'],
    ['The nightly build broke the arm64 target again.'],
    ['A broken hand-off between the teams hurt the back end schedule.'],
    ['Epilepsy detection is a feature the developer can switch on in the SDK.'],
    ['Ramen på stativet bröt ihop och skadade sensorn.'],
    // a condition on whoever reads it
    ['Tilmelding senest mandag, og skriv gerne hvis I har allergier.'],
    ['Let us know if you have any allergies or dietary needs.'],
    // a job ad without a diversity statement
    ['Vi søker en erfaren utvikler. Du må trives med å jobbe tett med sykehusene som kunder.'],
    // a market, a group, an idiom, a benefit for all
    ['Vi har fått en ny kunde innen helse: de lager apper for diabetikere.'],
    ['Medarbejderne kan bruge sundhedsordningen, som dækker fysioterapi og psykolog.'],
    ['Tak for i dag! Jeg er helt syg af grin over jeres demo.'],
    ['Hun er gravid med en ny idé: et produkt til smarte hjem.'],
    ['Vi har 3 arbejdsskader registreret i år, alle mindre.'],
    ['The next termin er betalt via Betalingsservice.'],
    ["I'm off to the dentist's office to install the new sensors."],
    ["The client's HR system stores sick leave per employee; we only integrate the headcount API."],
    ['Our CEO will talk about mental health at work at the all-hands.'],
    ['We are expecting the delivery of 40 gateways on Monday.'],
    ['Tove Lindahl är inte inlagd i lönesystemet än, så utlägget går som manuell betalning.'],
    ['Meddela kost och allergier via formuläret på intranätet – skriv inget om det i svaret.'],
    ['Tilmelding til mad og allergier via intranettet.'],
    // a figure's clause, cut by a semicolon from the name in the next one
    [
      '- Sick leave is up, mainly the flu/stomach bug wave in Feb; nothing structural, but Sara will present it.',
    ],
    // a strong word in a company's name with its legal form
    ['Kunde: Bevægelse Rehab ApS, CVR 41278307. Jeres indkøbsordre: PO 45000182, Mette.'],
    ['- 64 of you used the wellness allowance; the flu vaccination day had 41 takers.'],
    ['Sensorn liittyy Bluetooth-liittoon? Ei, vaan protokollaan.'],
    ['The ramadan-themed campaign for our customer starts in March.'],
    // the categories named in a sentence, in Finnish cases ("terveydentilaa, uskontoa tai … jäsenyyttä")
    ['Emme kysy hakijoilta terveydentilaa, uskontoa tai ammattiliiton jäsenyyttä.'],
    // "I" as a numeral, and Danish "I" (you, plural) in a condition on whoever reads it
    ['The app supports Type I diabetes and its insulin schedules.'],
    ['Stage I trials of the inhaler start in March with the hospital.'],
    ['Skriv til mig, hvis I har allergier.'],
  ])('%j: not sensitive', (text) => {
    expect(blocked(text)).toBe(false);
  });

  it('a person named in the term’s own clause before a semicolon keeps it', () => {
    expect(blocked('Anna is on sick leave again; Sara will cover her meetings.')).toBe(true);
  });

  it('a strong word in a name without its legal form keeps its sense', () => {
    expect(blocked('Mette går til behandling hos Bevægelse Rehab hver tirsdag.')).toBe(true);
  });

  it('an instruction after a comma does not make a dropped subject anyone', () => {
    expect(blocked('Sjukskriven resten av veckan, lägg in det i Flex tack.')).toBe(true);
    expect(blocked('Anna är sjukskriven igen, registrera hennes frånvaro i portalen.')).toBe(true);
  });

  it('a "you" outside an ad still points at the reader', () => {
    expect(blocked('Hej Anna! Du får gärna ta med sjukintyget från sjukhuset på måndag.')).toBe(true);
  });

  it('"your" in a mail that greets one person by name is theirs, whatever another sentence says of anyone', () => {
    const review = (greeting: string): string =>
      `${greeting}\n\n- Following your ADHD diagnosis in March, you'll have a fixed desk in the quiet room.\n` +
      '- Block the review as "private" in the calendar, no need to explain to anyone.';
    expect(blocked(review('Hi Ben,'))).toBe(true);
    // to a group, the same "your" is any reader's
    expect(blocked(review('Hi all,'))).toBe(false);
    // a plain "you" in a job ad forwarded to one person stays the ad's
    expect(
      blocked(
        'Hi Anna,\n\ndraft for the ad below.\n\nWe welcome applicants regardless of background. The airport requires an extract from the criminal records register before you start.',
      ),
    ).toBe(false);
  });
});
