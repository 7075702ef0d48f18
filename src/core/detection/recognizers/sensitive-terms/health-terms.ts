/**
 * Health vocabulary (GDPR art. 9 "data concerning health") in Swedish and English, with some Norwegian
 * and Danish. Seeded from Mail Guard's own curated list (test/data/seeds), extended by hand.
 * `stem*` entries cover Swedish compounds and inflections (sjukskriv* = sjukskriven, sjukskrivningen...).
 * Words that also have an everyday or technical meaning are deliberately NOT stems: `diagnos*` would
 * catch "diagnose the pod" and "diagnostik", `allergi*` would catch "allergivänlig meny", `psykolog*`
 * would catch "psykologisk trygghet", `abort*` the English "abort the transaction".
 */

/** Enough on their own: in a mail these practically always describe someone's health. */
// prettier-ignore
export const HEALTH_STRONG: readonly string[] = [
  // Swedish: absence, certificates, insurance
  'sjukskriv*', 'sjukanmäl*', 'sjukfrånvaro*', 'läkarintyg*', 'sjukintyg*', 'sjukpenning*', 'sjuklön*',
  'karensavdrag*', 'rehabiliteringsplan*', 'rehabiliteringsmöte*', 'rehabiliteringsutredning*',
  'rehabiliteringssamtal*', 'rehabiliteringsärende*', 'rehabsamtal*', 'rehabmöte*', 'rehabplan*',
  'rehabärende*', 'arbetsskada*', 'arbetsskador*', 'friskanmäl*', 'sjukhusvistelse*', 'vårdintyg*',
  'arbetsförmågebedömning*', 'inlagd på sjukhus', 'läkarutlåtande*', 'hörselnedsättning*', 'synnedsättning*',
  'nedsatt hörsel', 'hörapparat*', 'rullstol*',
  // Swedish: diagnoses and conditions
  'diagnostiserad*', 'diagnosticerad*', 'utbrändhet*', 'utbränd', 'utmattningssyndrom*',
  'utmattningsdepression*', 'ångestsyndrom*', 'panikångest*', 'psykisk ohälsa', 'psykiskt sjuk', 'psykiatri*',
  'bipolär*', 'schizofreni*', 'cellgift*', 'strålbehandling*', 'cytostatika', 'cancerbehandling*',
  'bröstcancer*', 'prostatacancer*', 'migränanfall*', 'hjärtinfarkt*', 'hjärnskakning*',
  'gravid*', 'missfall*', 'aborten', 'gjorde abort', 'gjort abort', 'gått in i väggen',
  'gick in i väggen', 'hiv', 'hepatit*', 'missbruk*', 'alkoholberoende*', 'drogberoende*', 'spelberoende*',
  'alkoholproblem*', 'funktionsnedsättning*', 'funktionshinder*', 'dyslexi*', 'adhd', 'autism*', 'aspergers*',
  'celiaki*', 'glutenintolerans*', 'laktosintolerans*', 'allergi', 'allergier', 'allergin', 'allergierna',
  'allergisk', 'allergiska', 'nötallergi*', 'pollenallergi*', 'glutenallergi*', 'ätstörning*',
  'anorexi*', 'bulimi*', 'tinnitus', 'reumatism*', 'fibromyalgi*', 'psykolog', 'psykologen', 'psykologer',
  'psykoterapi*', 'sjukgymnast*', 'fysioterapeut*', 'anpassning av arbetsplats*', 'arbetsanpassning*',
  'patientjournal*', 'journalanteckning*', 'provsvar*', 'opererad*', 'medicinerar',
  'medicinering*', 'antidepressiva',
  // Norwegian / Danish
  'sykmeld*', 'sykemeld*', 'sygemeld*', 'lægeerklæring*',
  // Finnish
  'sairausloma*', 'lääkärintodistus*', 'legeerklæring*', 'sykefravær*', 'sygefravær*',
  'svangerskap*',
  // English
  'sick leave', 'sick note', 'sick notes', 'sick day', 'sick days', 'medical certificate', 'medical leave', 'off sick',
  "doctor's note", 'fit note', 'diagnosed', 'medical record', 'medical records',
  'patient record', 'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization', 'in hospital',
  'surgery', 'operated on', 'chemotherapy', 'chemo', 'radiotherapy', 'burnout*', 'burned out', 'burnt out',
  'anxiety disorder', 'panic attack*', 'mental illness', 'psychiatric', 'psychiatrist', 'psychologist',
  'therapist', 'counselling', 'counseling', 'heart attack', 'concussion', 'pregnant',
  'pregnancy', 'pre-eclampsia', 'preeclampsia', 'havandeskapsförgiftning*', 'svangerskabsforgiftning',
  'spontanabort*', 'morning sickness', 'maternity leave', 'miscarriage', 'addiction', 'substance abuse', 'alcoholism',
  'rehab', 'disability', 'autistic', 'coeliac', 'celiac', 'allergy', 'allergies', 'allergic',
  'eating disorder', 'bipolar', 'schizophrenia', 'workplace adjustment*',
  'reasonable adjustment*', 'antidepressant*', 'tested positive', 'signed off work',
  'signed off sick', 'signed me off', 'signed him off', 'signed her off', 'wheelchair', 'hearing aid',
  'hearing aids', 'hearing loss', 'visually impaired', 'hip replacement', 'knee replacement',
  'joint replacement', 'fertility treatment', 'ivf treatment', 'whiplash', 'provrörsbefruktning*',
  'fertilitetsbehandling*', 'ivf-behandling*', 'pisksnärt*', 'appendicitis', 'burst appendix',
  'appendix burst', 'blindtarmsinflammation*', 'expecting a baby', 'expecting her first', 'expecting her second',
  'expecting their first', 'expecting twins', 'gluten intolerance', 'gluten intolerant', 'lactose intolerance',
  'lactose intolerant', 'food intolerance', 'chronic fatigue', 'me/cfs', 'long covid', 'brain injury',
  'kroniskt trötthetssyndrom', 'hennes termin', 'hennar termin', 'ptsd', 'ptss', 'posttraumatisk*',
  'heart condition', 'heart problems', 'heart surgery', 'miscarried', 'är på smällen',
  'pneumonia', "crohn's", 'crohns', 'irritable bowel', 'chickenpox', 'vasectomy', 'menopause', 'menopausal',
  'registered blind', 'partially sighted', 'physiotherapy', 'klimakteriet', 'vasektomi',
  'slipped disc', 'herniated disc', 'disc prolapse', 'alcoholics anonymous', 'anonyma alkoholister',
  'anonyme alkoholikere', 'nimettömät alkoholistit', 'in aa', 'goes to aa', 'attends aa', 'at aa', 'aa meeting*',
  'aa-möte*', 'aa-møte*', 'aa-ryhm*', 'a-klinik*', 'nämndemansgården', 'outpatient programme', 'outpatient program',
  'hormone treatment', 'hormone therapy', 'hormonbehandling*', 'hormonihoito*',
  'amputee', 'amputated', 'weeks along',
  'his anxiety', 'her anxiety', 'my anxiety',
  'anxiety attack*', 'social anxiety', 'appendix out', 'gallbladder out', 'tonsils out',
];

/**
 * Strong, but also used about machines, markets, projects or products ("diagnos av felet", "economic
 * depression", "the cancer of technical debt", "insulin pump prototype", "diabetes sensor"): dropped when
 * the sentence is technical or commercial and names no person.
 */
// prettier-ignore
export const HEALTH_CAUTIOUS: readonly string[] = [
  'diagnos', 'diagnosen', 'diagnoser', 'diagnoserna', 'diagnosis', 'depression', 'depressionen', 'depressiv*',
  'depressed',
  'cancer', 'cancern', 'terapi', 'terapin', 'terapeut*', 'therapy', 'kbt', 'rehabilitering',
  'rehabiliteringen', 'intensive care', 'mental health', 'insulin', 'insulinet', 'diabetes', 'epilepsi',
  'epilepsy', 'astma', 'asthma',
  // a person's sight, or a palette that suits it ("colour-blind mode")
  'colour blind', 'colour-blind', 'color blind', 'color-blind', 'colorblind', 'färgblind*',
  // a condition, or the medtech devices built for it ("CPAP sensor")
  'medication', 'antibiotics', 'antibiotika', 'antibiotikan', 'penicillin', 'magnetröntgen',
  'sleep apnoea', 'sleep apnea', 'sömnapné*', 'søvnapné*', 'søvnapnø*', 'uniapnea*', 'cpap',
];

/** Not enough alone: need a person (name, pronoun) or HR context in the same sentence. */
// prettier-ignore
export const HEALTH_WEAK: readonly string[] = [
  // anxiety someone has ("signed off with anxiety", "suffers from anxiety"); "anxiety about the launch" is not
  'with anxiety', 'has anxiety', 'have anxiety', 'from anxiety',
  // Swedish
  'sjuk', 'sjuka', 'sjukdom*', 'insjuknad*', 'krasslig', 'mår dåligt', 'mår inte bra', 'tabletter', '1177',
  'ont i', 'värk', 'förkyld*', 'förkylning*', 'feber', 'febern', 'influensa*', 'magsjuk*',
  'kräksjuka*', 'covid', 'covid-19', 'corona', 'migrän', 'ryggont', 'huvudvärk', 'halsont',
  'stressrelaterad*', 'utmattad', 'sömnproblem*', 'benbrott*', 'tandläkar*', 'tandvärk', 'ögonoperation*',
  'vaccin*', 'blodprov*', 'röntgen*', 'vabb*', 'vab', 'väntar barn', 'brutit benet', 'brutit armen',
  'bröt benet', 'bröt armen', 'bröt foten', 'bröt handen', 'bröt handleden', 'bröt fotleden',
  'bröt nyckelbenet', 'bröt höften', 'brutit foten', 'brutit handleden', 'brutit fotleden', 'halsfluss',
  'vattkoppor', 'ångest', 'ångesten',
  'fraktur', 'frakturen', 'frakturer', 'skärsår*', 'brännsår*', 'stygn', 'gipsad', 'gipsade', 'ischias',
  'hälsporre', 'tennisarmbåge',
  // Norwegian / Danish
  'syk', 'syg', 'lege', 'legen', 'brukket beinet', 'brukket armen', 'brækket benet', 'brækket armen',
  'venter barn', 'venter en baby', 'venter tvillinger', 'väntar tillökning',
  // English
  'sick', 'ill', 'illness', 'unwell', 'prescription', 'flu', 'influenza', 'fever', 'migraine', 'back pain',
  'headache', 'injury', 'injured', 'broken leg', 'broken arm', 'broken foot', 'broken wrist', 'broken ankle',
  'broken hip', 'blood test', 'x-ray', 'stomach bug', 'caught a cold', 'have a cold',
  'has a cold', 'under the weather', 'ivf', 'deaf', 'hard of hearing', 'döv', 'døv', 'kuuro', 'fracture',
  'fractured', 'gallbladder', 'crutches', 'kryckor', 'krykker', 'counsellor', 'counselor',
  'needs stitches', 'got stitches', 'had stitches', 'stammer', 'stutter', 'stammar', 'stamning', 'physio',
  'migraines', 'cardiologist', 'oncologist', 'rheumatologist', 'gynaecologist', 'gynecologist',
  'urologist', 'dermatologist', 'endocrinologist', 'kardiolog*', 'onkolog*', 'reumatolog*', 'gynekolog*',
  // Nouns and adjectives for a person with a condition: about someone named ("Anna är diabetiker"), or a
  // group or market ("appar för diabetiker", "diabetic users") when no one is.
  'diabetiker*', 'allergiker*', 'astmatiker*', 'alkoholist*', 'diabetic', 'epileptic', 'asthmatic',
  // A British sick note from a named doctor: "signed off by her GP".
  'signed off by her gp', 'signed off by his gp', 'signed off by the gp',
  // Sobriety kept: "he's been sober eight months", "in recovery from alcohol", "nykter alkoholist".
  'been sober', 'stayed sober', 'in recovery from', 'recovering alcoholic', 'recovering addict',
  'nykter alkoholist', 'tørrlagt alkoholiker', 'tørlagt alkoholiker', 'ædru alkoholiker', 'raitistunut',
];

/**
 * Weak AND also places, sectors or products a medtech-adjacent company sells to ("sjukhuset i Lund",
 * "vi pratade med läkarna om sensorerna", "SVG stroke"): need a person and no technical or commercial words.
 */
// prettier-ignore
export const HEALTH_WEAK_CAUTIOUS: readonly string[] = [
  'sjukhus*', 'sjukvård*', 'vårdcentral*', 'läkare*', 'doktor*', 'medicin', 'mediciner',
  'operation', 'operationen', 'behandling mot', 'behandlingen mot', 'remiss', 'remissen', 'akuten',
  'intensiven', 'ambulans', 'ambulansen', 'stroke', 'sykehus*', 'sygehus*', 'doctor', 'hospital', 'medicine', 'health', 'treatment for',
  'dentist',
  'referral', 'a&e', 'the er', 'prosthetic', 'prosthesis', 'gp', 'mri', 'ibs', 'ocd',
];
