/**
 * Words that tie a sensitive term to a person, or put it in an HR setting. Pronouns of Swedish,
 * Norwegian, Danish and English; person nouns used in HR mail; membership phrases for organisations.
 * English "I" is not listed alone: lower-cased it is Swedish "i" (in). Its contractions are; inside a sentence
 * it is read as written (`englishI` in anchors.ts).
 */
import { ROLE_WORDS } from './about-words';

/** Pronouns and the first person ("jag är", "i was"); role nouns are `ROLE_WORDS` in about-words.ts. */
// prettier-ignore
const PRONOUNS: readonly string[] = [
  // Swedish
  'jag', 'mig', 'mej', 'min', 'mitt', 'mina', 'han', 'honom', 'hans', 'hon', 'henne', 'hennes', 'hen', 'hens',
  'sin', 'sitt', 'sina',
  // Norwegian / Danish
  'jeg', 'meg', 'ham', 'hun', 'hende', 'hendes',
  // English
  "i'm", 'i’m', 'i am', "i've", 'i’ve', 'i have', 'i was', 'i had', 'i got', "i'll", 'me', 'my', 'myself',
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', "he's", "she's", 'he’s',
  'she’s',
  "they're", 'they are',
  // Finnish
  'hän', 'hänellä', 'hänen', 'häntä', 'hänet', 'minä', 'minulla', 'minun', 'minua', 'olen',
];

/** A person is being talked about: a pronoun, the first person, or a role noun for one person. */
export const PERSON_WORDS: readonly string[] = PRONOUNS.concat(ROLE_WORDS);

/**
 * Everyone at once: "erbjuds alla anställda", "offered to all employees". A group that is the whole
 * staff names no one, so a person word inside one of these is not a person anchor.
 */
// prettier-ignore
export const COLLECTIVE_PHRASES: readonly string[] = [
  'alla medarbetare', 'samtliga medarbetare',
  'all staff',
  'every employee',
  // the whole staff as a definite plural: "medarbejderne kan bruge sundhedsordningen"
  'medarbetarna', 'kollegorna', 'medarbeiderne', 'kollegene', 'medarbejderne',
  'kollegerne', 'per employee', 'per anställd', 'per medarbetare', 'per ansatt',
  'per medarbejder', 'työntekijät', 'työntekijöille', 'henkilöstö',
  'henkilöstölle',
  // an indefinite plural is a number of people, none of them named: "Nøgletal for de danske medarbejdere"
  'anställda', 'kollegor', 'medarbeidere', 'medarbejdere', 'ansatte', 'kolleger', 'kollegaer', 'employees',
  'colleagues', 'työntekijöitä', 'työntekijöiden',
];

/** HR setting: absence, leave, the manager, the authorities. Enough to anchor a weak health word. */
// prettier-ignore
export const HR_CONTEXT: readonly string[] = [
  'frånvar*', 'ledig*', 'hemma', 'jobbar hemifrån', 'borta', 'hr', 'personalavdelning*',
  'personalärende*', 'chef*', 'närmaste chef', 'arbetsgivar*', 'försäkringskassan', 'rehab*',
  'återgång i arbete', 'arbetsträning*', 'arbetstid*', 'deltid*', 'heltid*', 'fravær*', 'sykepenger',
  'sygedagpenge*', 'absence', 'absent', 'off work', 'off sick', 'out sick', 'time off', 'day off', 'days off',
  'leave', 'out of office', 'stay home', 'staying home', 'stays home', 'working from home', 'manager',
  'human resources', 'payroll', 'lön', 'lönen', 'löneavdrag*', 'return to work',
];

/** After an organisation's name, these make it an event or a publication, not a membership ("Akavia webinar"). */
// prettier-ignore
export const EVENT_WORDS: readonly string[] = [
  'webinar*', 'webbinarium*', 'seminar*', 'kurs*', 'course*', 'conference*', 'konferens*',
  'event*', 'workshop*', 'utbildning*', 'training', 'enkät*', 'survey*', 'rapport*', 'report*', 'statistik*',
  'lönestatistik*', 'newsletter*', 'nyhetsbrev*', 'podcast*', 'podd*', 'avtal*', 'agreement*', 'app', 'appen',
];

/** Membership: an organisation named after one of these is the person's (union, party, church). */
// prettier-ignore
export const MEMBERSHIP_PHRASES: readonly string[] = [
  'medlem i', 'medlem av', 'medlemmar i', 'medlemskap i', 'medlemskapet i', 'medlem hos', 'är med i',
  'er med i', 'ble med i', 'blev med i',
  'var med i', 'gick med i', 'gått med i', 'går med i', 'ansluten till', 'anslöt sig till',
  'anslutit sig till', 'aktiv i', 'engagerad i', 'företräds av', 'representant för', 'ombud för', 'röstar på',
  'röstade på', 'stemmer på', 'stemte på', 'sympatiserar med', 'kandiderar för', 'fullmäktige för',
  'kommunfullmäktige för', 'regionfullmäktige för', 'förtroendevald för', 'ledamot för', 'kandidat för',
  'candidate for', 'councillor for', 'avgiften till', 'medlem af', 'medlemskab af',
  'meldt inn i', 'meldt ind i', 'member of', 'membership of', 'membership in', 'joined',
  'represented by', 'votes for', 'voted for', 'dues to', 'går i', 'gick i', 'tillhör',
  'tilhører', 'hører til', 'belongs to', 'attends',
  // a member's card: "et medlemskort fra Fagforbundet på navnet Even Strand"
  'medlemskort fra', 'medlemskort från', 'medlemskort i', 'medlemskort for', 'membership card',
  'organisert i', 'organiseret i', 'organiserad i', 'standing for', 'running for', 'canvassing for',
  'campaigning for', 'ehdolla', 'ehdokkaana', 'jäsen', 'jäsenenä', 'kuuluu', 'kuului', 'liittyi', 'on liittynyt',
  // an office held in it: "klubbordförande för IF Metall", "chair of Unite's branch", "formand for HK"
  'ordförande för', 'ordförande i', 'klubbordförande för', 'klubbordförande i', 'styrelseledamot i',
  'sitter i styrelsen för', 'sitter i styrelsen i', 'kassör i', 'sekreterare i', 'chair of', 'chairman of',
  'president of', 'secretary of', 'treasurer of', 'on the board of', 'leder av', 'leader of', 'formand for',
  'formand i', 'næstformand for', 'nestleder i', 'styreleder i', 'styremedlem i', 'bestyrelsesmedlem i',
  'sidder i bestyrelsen for', 'sitter i styret i', 'sitter i styret for', 'tillitsvalgt for', 'tillitsvalgt i',
  'tillidsrepræsentant for', 'ombudsman för', 'ombudsman i',
  // a seat won for a party: "sidder i byrådet for Dansk Folkeparti"
  'sitter i kommunestyret', 'sitter i bystyret', 'sidder i byrådet', 'sitter i fullmäktige',
  'kom inn i kommunestyret', 'kom inn i bystyret', 'kom ind i byrådet',
  'elected', 'vald till', 'invald i', 'valgt inn i', 'valgt ind i', 'valgt til', 'valittiin',
  'sitter i kommunfullmäktige', 'municipal council', 'city council', 'county council',
  'town council', 'local council',
  'byrådet for', 'kommunalbestyrelsen for', 'regionsrådet for', 'folketinget for', 'kommunestyret for',
  'bystyret for', 'stortinget for', 'valgt ind for', 'stiller op for', 'stiller til valg for', 'opstillet for',
  'opstilt for', 'kandiderer for', 'eduskuntavaaleissa', 'kuntavaaleissa', 'aluevaaleissa', 'kasserer i',
  'kasserer for', 'har gått fra', 'gått over til', 'byttet til', 'kaupunginvaltuustossa', 'kunnanvaltuustossa',
  'valtuustossa', 'eronnut', 'erosi', 'meldt seg inn i', 'meldte seg inn i', 'meldt sig ind i',
  'meldte sig ind i', 'äänesti', 'äänestää', 'äänestänyt',
];

/**
 * Elected bodies: in a sentence naming one, a person who sits or stands "for" an organisation holds a seat
 * for their party ("valdes in i kommunfullmäktige i Sollentuna för Vänsterpartiet").
 */
// prettier-ignore
export const ELECTED_BODY_WORDS: readonly string[] = [
  'fullmäktige', 'kommunfullmäktige*', 'regionfullmäktige*', 'nämnd*', 'socialnämnd*', 'riksdag*',
  'kommunstyrelse*', 'council', 'councils', 'parliament', 'kommunestyre*', 'bystyre*', 'fylkesting*',
  'storting*', 'byråd*', 'kommunalbestyrelse*', 'regionsråd*', 'folketing*', 'valtuusto*', 'eduskunta*',
];

/**
 * An office named right after an organisation: "the Unionen club chair", "HK-tillidsrepræsentant". With a
 * person in the sentence, the office is that person's, and with it the membership.
 */
// prettier-ignore
export const OFFICE_AFTER_WORDS: readonly string[] = [
  'club chair', 'chair', 'chairman', 'rep', 'representative', 'steward', 'shop steward', 'member', 'candidate',
  'councillor', 'klubbordförande', 'ordförande', 'ombud', 'förtroendevald', 'medlem', 'kandidat',
  'tillitsvalgt', 'tillidsrepræsentant', 'tillidsmand', 'luottamusmies', 'jäsen', 'ehdokas', 'ehdokkaana',
  'activist', 'aktivist', 'politician', 'politiker', 'supporter', 'kasserer', 'kassör', 'treasurer', 'formand',
  'næstformand', 'sekretær', 'secretary', 'bestyrelsesmedlem', 'styrelseledamot', 'styremedlem', 'nestleder',
  'rahastonhoitaja', 'puheenjohtaja', 'sihteeri',
  // a place on the party's list of candidates: "plads på Venstres liste", "vihreiden listalta"
  'liste', 'lista', 'listan', 'listen', 'listalta', 'listalla',
];

/**
 * One person's possessive right before a term or a role noun ("hans sykefravær", "my son"; group 1, the
 * pronoun), and a name's genitive ("Annas", "Anna's").
 */
export const POSSESSIVE_PRONOUN =
  /(?:^|[^a-zåäöæø])(hans|hennes|hendes|hennar|his|her|their|my|min|mitt|mine|hänen)\s+$/;
