import { healthTermRecognizer } from '../../../../src/core/detection/recognizers/sensitive-terms';
import { scan, values } from './scan';

const health = [healthTermRecognizer];

describe('health terms: true positives in HR and manager mail', () => {
  it.each([
    ['Anna är sjukskriven resten av veckan, så Per tar kundmötet.', 'sjukskriven'],
    ['He has been diagnosed with diabetes and will work part time.', 'diagnosed'],
    ['Hon är gravid och går på föräldraledighet i mars.', 'gravid'],
    ['Jag har feber och stannar hemma idag.', 'feber'],
    ['Erik har lämnat in ett läkarintyg för perioden 3-14 mars.', 'läkarintyg'],
    ['Sjukanmälan: Johan kommer inte in i dag.', 'Sjukanmälan'],
    [
      'Hon har fått diagnosen utmattningssyndrom och vi har ett rehabiliteringsmöte med Försäkringskassan.',
      'utmattningssyndrom',
    ],
    ['Maria har celiaki, så beställ glutenfri lunch till henne.', 'celiaki'],
    ['Han går i terapi varannan vecka och behöver gå tidigt på tisdagar.', 'terapi'],
    ['Min son har ADHD och jag behöver flexibla arbetstider.', 'ADHD'],
    ['John is on sick leave until Friday.', 'sick leave'],
    ['She had surgery last week and is recovering at home.', 'surgery'],
    ['My wife is pregnant, so I will take parental leave in May.', 'pregnant'],
    ['The midwife found signs of pre-eclampsia in her urine test.', 'pre-eclampsia'],
    ['Hon har fått havandeskapsförgiftning och är inlagd.', 'havandeskapsförgiftning'],
    ["She's been put on labetalol for her blood pressure.", 'labetalol'],
    ['Sarah was hospitalised after the accident.', 'hospitalised'],
    ['I have a migraine and will log off early.', 'migraine'],
    ['Lars har varit sjuk hela veckan.', 'sjuk'],
    ['Medarbetaren har ont i ryggen och behöver en ny stol.', 'ont i'],
    ['Han har fått cancer och är borta en längre tid.', 'cancer'],
    ['Kari er sykmeldt denne uken.', 'sykmeldt'],
    ['Hon har allergi mot nötter, tänk på det vid middagen.', 'allergi'],
    ['Please note that the employee is off sick with flu.', 'flu'],
    ['Hun er sygemeldt resten af ugen.', 'sygemeldt'],
    ['Johan har gått in i väggen och är hemma på obestämd tid.', 'gått in i väggen'],
    ['Hon har diabetes typ 1 och behöver kunna äta på fasta tider.', 'diabetes typ 1'],
    ['Min pappa fick en stroke i helgen, jag är borta resten av veckan.', 'stroke'],
    ['Jag ligger på sjukhus sedan i söndags.', 'sjukhus'],
    ['Min dotter har vattkoppor så jag vabbar i morgon.', 'vabbar'],
    ['Kan du skicka läkarintyget till HR?', 'läkarintyget'],
    ['Jane called in sick this morning.', 'sick'],
    ["He's in hospital after a car accident.", 'in hospital'],
    ["She's been signed off work with stress.", 'signed off work'],
    ['My GP has signed me off for two weeks.', 'signed me off'],
    ['She is on maternity leave until August.', 'maternity leave'],
    ['Jeg er syk i dag og blir hjemme.', 'syk'],
    ['Kari har brukket beinet.', 'brukket beinet'],
    ['Han har hörselnedsättning och behöver textning på mötena.', 'hörselnedsättning'],
    ['Min fru väntar barn i april.', 'väntar barn'],
    ['Vi har fått ett läkarutlåtande från Försäkringskassan.', 'läkarutlåtande'],
    ['Jag går på KBT för min ångest.', 'KBT'],
    ['Per will be on medical leave until January.', 'medical leave'],
    ['Maria is off sick today.', 'off sick'],
    ['Matti on sairauslomalla ensi viikkoon asti.', 'sairauslomalla'],
    ['Vi har modtaget en lægeerklæring for Mette.', 'lægeerklæring'],
    ['Rehabsamtal med Johan på torsdag.', 'Rehabsamtal'],
    ['Jonas bröt foten i helgen.', 'bröt foten'],
    ['She has a broken wrist and cannot type.', 'broken wrist'],
    ['Karins lönespec ska ha karensavdrag för den 12 november.', 'karensavdrag'],
    ['Tom is in hospital with a concussion.', 'concussion'],
    ['He is having chemo on Mondays.', 'chemo'],
    ['Hans migrän har blivit värre.', 'migrän'],
    ['Alla anställda vet att Karin har migrän.', 'migrän'],
  ])('%s', (text, term) => {
    expect(values(text, health)).toContain(term);
  });

  it('explains itself: term, tier and anchor', () => {
    const [finding] = scan('Anna är sjukskriven resten av veckan.', health);
    expect(finding).toMatchObject({
      type: 'health-term',
      category: 'health',
      severity: 'sensitive',
      masked: 'sjukskriven',
    });
    expect(finding?.reasons).toEqual(
      expect.arrayContaining(['term:sjukskriven', 'tier:strong', 'anchor:name']),
    );
  });

  it('anchors a weak term on a pronoun in the same sentence', () => {
    const [finding] = scan('Jag har feber och stannar hemma.', health);
    expect(finding?.reasons).toEqual(expect.arrayContaining(['term:feber', 'tier:weak', 'anchor:jag']));
  });

  it('anchors a weak term on HR context when no person is named', () => {
    const [finding] = scan('Frånvaro pga feber, återkommer.', health);
    expect(finding?.reasons).toEqual(expect.arrayContaining(['tier:weak', 'context:frånvaro']));
  });
});

describe('health terms: true negatives and traps', () => {
  it.each([
    'Kör health check mot /healthz innan deploy.',
    'The battery health dropped to 87% after the OTA update.',
    'System health is green on all clusters.',
    'Can you diagnose the pod that keeps restarting?',
    'Vi behöver diagnostik av gatewayen innan releasen.',
    'The patient monitor prototype passed IEC 60601 pre-testing.',
    'Det var sjukt bra jobbat av teamet!',
    'Appen är sjukt långsamt på Android.',
    'Den nya designen är sjukt snyggt.',
    'That demo was sick!',
    'We booked first-aid training for the whole office.',
    "I'm sick of this bug.",
    'Skicka inte hälsouppgifter eller personnummer via mejl.',
    'Läkarintyg får inte skickas via e-post enligt vår policy.',
    'The allergy-friendly catering menu is attached.',
    'Stress test and load test results are in Confluence.',
    'The pregnancy of the project took longer than planned.',
    'We watched Doctor Who at the office party.',
    'Order pizza from dr. Oetker for the hackathon.',
    'Diagnosen av felet i gatewayen visade ett firmwarefel.',
    'The feature flag is disabled in production.',
    'Sjuka grejer händer i kodbasen.',
    'Feber? Nej, inga larm från sensorerna i natt.',
    'I have a feeling the MQTT broker is ill-configured.',
    'He said the operation timed out after 30 seconds.',
    "I'm going to abort the transaction if the lock is held.",
    'Recovering from the outage took my team two days.',
    'Vi installerar sensorer på sjukhuset i Lund, jag åker dit på tisdag.',
    'Jag pratade med läkarna på Karolinska om sensorerna.',
    'Vi säljer till vården i Region Skåne och jag har möte med dem på torsdag.',
    'The diabetes sensor prototype failed the drop test.',
    'Set the SVG stroke to 2px in my branch.',
    "I'm pregnant with ideas for the next sprint.",
    'My health insurance provider changed.',
    'Han är helt sjuk i huvudet när det gäller prestanda.',
    'The device reported a fever-like temperature spike on sensor 3.',
    'Jag är mammaledig från januari, min kollega tar över.',
    'Sick leave rate for the company was 3.1 %, below the industry average.',
    'Sjukfrånvaron i snitt låg på 3,1 % enligt statistiken.',
    'Min dator är sjuk igen, den startar om hela tiden.',
    'Flu vaccination is offered to all employees on 3 December.',
    'Influensavaccin erbjuds alla anställda i december.',
    'Can you run a health scan of all repos before the audit?',
  ])('%s', (text) => {
    expect(values(text, health)).toEqual([]);
  });

  it('needs the anchor in the SAME sentence', () => {
    expect(values('Anna var här igår. Feber larm i loggen från sensor 4.', health)).toEqual([]);
  });
});
