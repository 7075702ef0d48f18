/**
 * The shapes of a sentence that states a rule or asks anyone rather than reporting on someone: a negation
 * with a verb of sending, asking, storing or telling ("får aldrig skickas", "Älä kerro"), an instruction
 * that opens with its verb, a condition on whoever reads it, a count of a group, a term followed by a modal
 * ("sjukanmälan ska göras"). Used by `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart } from '../../sentences';
import { namedOnLine } from '../../person-line';
import { POSSESSIVE_PRONOUN } from './anchor-words';

/** Negations of sv, no, da, en and fi. */
const NEGATION =
  "(?:inte|aldrig|ej|inget|inga|ingenting|not|never|no|nothing|don't|don’t|dont|ikke|ikkje|aldri|intet|ei|älä)";
/**
 * Verbs of a rule about personal data: sending it, asking for it, storing or collecting it, telling or
 * sharing it ("Älä kerro diagnoosia", "du behöver inte berätta", "do not mention"). Stems: the pattern only
 * requires the word to start here ("skickas", "frågar", "stored", "lagres", "tallennetaan").
 */
const RULE_VERB =
  '(?:skicka|mejla|maila|sända|sänds|send|sent|e-?mail|mailes|lähet|forward|vidarebefordr|videresend|välitä|fråga|ask|spør|kysy|lagra|lagre|spara|store|storing|gemme|tallenn|samla|collect|indsaml|registrer|behandla|skriv|write|kirjoit|berätta|nämna|uppge|bifoga|tell|mention|disclose|share|include|attach|fortell|fortæl|nevn|nævn|oppgi|oplys|kerro|kerto|mainit|liitä)';
/**
 * A rule about personal data: a negation, then within a few words a rule verb ("får aldrig skickas",
 * "should not be emailed", "we never store", "ei saa lähettää"), or the verb first, as Nordic word order
 * puts it ("Vi frågar aldrig om hälsa", "vi lagrer ikke", "sendes ikke").
 */
export const NEGATED_RULE = new RegExp(
  `(?:^|[^a-zåäöæø])(?:${NEGATION}\\s(?:[^.!?\\n]{0,30}\\s)?${RULE_VERB}|${RULE_VERB}[a-zåäöæø]{0,6}\\s(?:[^.!?\\n]{0,12}\\s)?${NEGATION}(?![a-zåäöæø]))`,
);

/**
 * A procedure for everyone, as an instruction opens with its verb ("Report sick leave in Flex before 09:00",
 * "- Anmäl sjukfrånvaro i HR-portalen", "Ilmoita sairauspoissaolosta esihenkilölle"): the imperative at the
 * start of the sentence or list item, after an optional "please". Who it concerns is whoever it happens to.
 */
export const IMPERATIVE_PROCEDURE =
  /^[\s\-*•\d.)]*(?:please |vänligen |gärna |husk å |husk at |muista )?(?:report|register|log|record|submit|upload|book|apply for|enter|fill in|rapportera|anmäl|registrera|ansök om|lägg in|fyll i|ladda upp|meld|registrer|søk om|fyll ut|last opp|indberet|søg om|udfyld|ilmoita|kirjaa|hae|täytä|tallenna)\s/;

/**
 * A place's access for whoever needs it: "Lokalen är tillgänglig för rullstol och har hörslinga", "The venue is
 * wheelchair accessible", "Tilat ovat esteettömät". Someone named in it still needs it ("Tom uses a
 * wheelchair, so the venue must be accessible"): only a sentence that names no one is about the place.
 */
export const ACCESS_STATEMENT =
  /(?:^|[^a-zåäöæø])(?:tillgänglig|tilgjengelig|tilgængelig|accessible|esteet[oö]n|esteettöm|hörslinga|teleslynge|hearing loop)/;

/**
 * A condition on the reader or anyone ("hvis I har allergier", "if you have any allergies", "if you're ill",
 * "om någon behöver", "jos sinulla on"): a question to whoever it may concern, no one's data.
 */
export const CONDITION_ON_ANYONE =
  /(?:^|[^a-zåäöæø])(?:hvis|om|if|jos|dersom|ifall)\s(?:i|ni|du|dere|you|anyone|someone|någon|nogen|noen|joku|sinulla|teillä|kenelläkään)(?:['’](?:re|ve|ll|d))?\s/;

/**
 * Everyone of a kind that a relative clause picks out: "all personal som arbetar i skolmiljö", "Alle
 * teknikere, der arbejder i institutionerne", "every technician who visits": a requirement on whoever it is.
 */
export const EVERYONE_WHO =
  /(?:^|[^a-zåäöæø])(?:all[ae]?|every|varje|hver|kaikki)\s+[a-zåäöæø-]+(?:\s+[a-zåäöæø-]+)?,?\s+(?:som|der|who|that|jotka)\s/;

/**
 * A count of the readers or of a group: "64 of you used …", "12 av oss", "14 deltakere hadde registrert
 * spesialkost", "5 employees reported …".
 */
export const GROUP_COUNT =
  /(?:^|[^\d])\d+ (?:of (?:you|us|them)|av (?:er|oss|dere|dem)|af (?:jer|os|dem)|heistä|teistä|meistä|deltakere|deltagare|deltagere|participants|attendees|employees|ansatte|anställda|medarbetare|medarbeidere|medarbejdere|kollegor|kolleger|kollegaer|colleagues|personer|henkilöä|työntekijää|osallistujaa)(?![a-zåäöæø])/;

/**
 * The term as the subject of a rule: a modal, or a passive of reporting, handling or requiring, after it
 * ("sygemeldinger skal ske til nærmeste leder", "sjukanmälan görs i lönesystemet", "sick leave must be
 * reported", "Legeerklæring trengs fra dag fire", "Straffeattest kreves for stillinger i …"). Between
 * them may stand a bracket, one more kind joined to the term and one prepositional phrase ("Läkarintyg
 * (från dag 8) laddas upp", "Allergier och specialkost till fikat anmäls i receptionen"), but no comma, so
 * no clause of its own. A procedure for everyone, whoever it happens to: no one's data.
 */
/**
 * Finnish present passive, the impersonal voice of rules: a vowel and -taan/-tään/-daan/-dään
 * ("toimitetaan", "tehdään", "ilmoitetaan") or -llaan/-llään ("käsitellään"). An illative ("rantaan",
 * "kauppaan") has a consonant before its -taan or no t at all.
 */
const FINNISH_PASSIVE = '[a-zäö]*[aeiouyäö](?:t|d)(?:aan|ään)|[a-zäö]+ll(?:aan|ään)';
const RULE_AFTER = new RegExp(
  `^\\s+(?:\\([^)\\n]{0,30}\\)\\s+)?(?:(?:och|og|and|samt|eller|or|ja|tai|sekä)(?:\\s+[a-zåäöæø-]+){1,2}\\s+)?(?:(?:till|til|to|for|för|på|vid|ved|at|in|i)\\s+[a-zåäöæø-]+\\s+)?(?:skal|skall|ska|må|måste|bør|bör|must|should|shall|(?:has|have|needs?) to|pitää|tulee|on ilmoitettava|behövs|krävs|trengs|kreves|kræves|(?:is|are) (?:needed|required)|görs|gøres|gjøres|sker|skjer|laddas upp|lastes opp|lämnas|anmäls|uppges|oppgis|opgives|oplyses|indberettes|(?:an)?meldes|(?:meddel|rapporter|registrer|dokumenter|noter|hanter|håndter)(?:as|es)|(?:is|are) (?:done|made|submitted|reported|registered|handled|logged|recorded|noted)|skickas|sendes|leveres|levereras|arkiveras|arkiveres|lagras|lagres|(?:is|are) (?:sent|delivered|filed|stored|kept)|${FINNISH_PASSIVE})(?![a-zåäöæø])`,
);

/** Whether the term at `hit` is the subject of a rule (see {@link RULE_AFTER}). */
export function isRuleSubject(doc: ScanDocument, hit: Span): boolean {
  return RULE_AFTER.test(doc.lower.slice(hit.end, hit.end + 72));
}

/** How far a parenthesis may reach on either side of a term and still be read as one list of kinds. */
const ENUMERATION_REACH = 80;
/** "etc." closing a list, in the five languages. */
const ET_CETERA = /(?:osv|etc|m\.m|o\.l|o\.s\.v|jne|ym|mv|m\.v|and so on)\.?\s*$/;
/** Items of a list: split at commas and at the word that joins the last item. */
const ITEM_SEPARATOR = /,|\s(?:och|og|and|ja|eller|or|tai)\s/;

/**
 * Whether the term is one item of a list of kinds in parentheses ("Frånvaro (semester, VAB, sjukfrånvaro,
 * föräldraledighet) registreras …"): three or more short items name the kinds a rule or system covers.
 * One person's absence is a single word in brackets ("Anna (sjuk)"), not a catalogue.
 */
export function isInListOfKinds(doc: ScanDocument, hit: Span): boolean {
  return isInBracketedKinds(doc, hit) || isInCountedKinds(doc, hit);
}

/** Every item of a list short (three words at most), and at least `atLeast` of them. */
function shortItems(inside: string, atLeast: number): boolean {
  const items = inside.split(ITEM_SEPARATOR);
  return items.length >= atLeast && items.every((item) => item.trim().split(/\s+/).length <= 3);
}

/**
 * The kinds a count is made of, after a colon on its line: "1 140 tilannetta: nostolaitesiirrot,
 * rollaattori, pyörätuoli, siivous", "12 cases: falls, bed exits, wandering". A figure and its kinds, no
 * one's; a line naming a person ("Anna, 3 allergier: nötter, gluten, laktos") is hers.
 */
function isInCountedKinds(doc: ScanDocument, hit: Span): boolean {
  const text = doc.text;
  const start = lineStart(text, hit.start);
  const colon = text.lastIndexOf(':', hit.start);
  if (colon < start || !/\d/.test(text.slice(start, colon))) return false;
  if (!shortItems(text.slice(colon + 1, lineEnd(text, hit.end)), 3)) return false;
  return !namedOnLine(doc, hit);
}

function isInBracketedKinds(doc: ScanDocument, hit: Span): boolean {
  const text = doc.text;
  const before = text.slice(Math.max(0, hit.start - ENUMERATION_REACH), hit.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || before.indexOf('\n', open) >= 0) return false;
  const after = text.slice(hit.end, hit.end + ENUMERATION_REACH);
  const close = after.indexOf(')');
  if (close < 0 || after.lastIndexOf('(', close) >= 0 || after.lastIndexOf('\n', close) >= 0) return false;
  const inside = before.slice(open + 1) + text.slice(hit.start, hit.end) + after.slice(0, close);
  // Two kinds and "etc." name a catalogue too: "(allergier, vegetar osv.)".
  return shortItems(inside, ET_CETERA.test(inside.toLowerCase()) ? 2 : 3);
}

/**
 * Absence that rises or falls is a figure for a group ("Inga tecken på ökad långtidssjukfrånvaro", "økt
 * sykefravær i Q3", "rising sickness absence"): one person is absent or not, a rate changes.
 */
export const CHANGING_ABSENCE =
  /(?:ökad|ökande|minskad|minskande|högre|lägre|økt|økende|redusert|øget|stigende|faldende|lavere|increased|increasing|decreased|rising|falling|lisääntynyt|kasvava|laskeva|vähentynyt)\s+(?:[a-zåäöæø-]+)?(?:sjukfrånvaro|sykefravær|sygefravær|sick(?:ness)? (?:leave|absence)|sairauspoissaolo)/;

/**
 * A sentence that says a file or list holds the data, or that hands it over as an attachment ("fila
 * inneholder biometriske maler", "bilagan innehåller diagnoserna", "liitteenä uusien työntekijöiden
 * sormenjälkimallit"): the data is in the mail, about the people the file lists, though the sentence names
 * none of them.
 */
export const FILE_HOLDS =
  /(?:^|[^a-zåäöæø])(?:liitteenä|bifogar|bifogat|bifogade|vedlagt|vedhæftet|please find attached|attached (?:are|is)(?![a-zåäöæø])|(?:fil|filen|fila|filer|filerne|filene|vedlegg|vedlegget|bilag|bilaget|bilaga|bilagan|bilagorna|liite|liitteessä|liitetiedosto|attachment|attached file|attached list|attached sheet|the file|the list|the spreadsheet|the export|listan|listen|exporten|eksporten|csv-filen|excel-filen|arket|kalkylarket)[^.!?\n]{0,40}(?:inneholder|innehåller|indeholder|contains|sisältää|includes|inkluderer|omfatter)(?![a-zåäöæø]))/;

/** A number right before the term counts cases: "tre sjukanmälningar i dag", "12 sick days this quarter". */
const COUNT_BEFORE =
  /(?:^|[^a-zåäöæø0-9#])(?:\d{1,3}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|to|fire|seks|syv|otte|ni|ti|two|three|four|five|six|seven|eight|nine|ten|kaksi|kolme|neljä|viisi|kuusi)\s+$/;
/** ...unless the number labels someone: "Employee 447 tested positive", "anställd nr 12". */
const LABELLED_NUMBER =
  /(?:employee|anställd|ansatt|medarbejder|työntekijä|nr|no|nummer|id|user|användare|bruker|käyttäjä)\.?:?\s+#?\d+\s+$/;

/**
 * A count as the term's value in a key-value line: "Pågående rehabiliteringsärenden: 3 (hela bolaget)",
 * "Arbetsskador anmälda:   0", "Sick leave cases: 4". A bare number and nothing but a note after it.
 */
const COUNT_AFTER = /^[a-zåäöæø ]{0,20}:[ \t]*\d{1,4}[ \t]*(?:\(|\n|$)/;

/**
 * An absence noun given a rate: "sykefraværet for 2025 var 3,4 %", "Sjukfrånvaron låg på 2,8 %", "sick leave
 * was 3.1 %". A person's partial leave is said with the participle ("sjukskriven på 50 %"), not with the
 * noun and a copula, and a possessive before the noun ("hans sykefravær", "Annas") keeps it theirs.
 */
const RATE_AFTER =
  /^(?:(?!\s(?:och|og|and|ja|mutta|men|but|while|medan|mens)\s)[^.!?\n%]){0,40}?\s(?:var|är|er|was|is|were|on|oli|låg på|ligger på|lå på)\s+(?:på\s+|at\s+|ca\.?\s+|about\s+|noin\s+)?\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|procent|prosent|per cent|percent|prosenttia)/;
/** The nouns a rate is given to: absence and sick leave, as a whole. */
const RATE_NOUN =
  /frånvaro|fravær|sjukskrivning|sykmelding|sygemelding|sick(?:ness)? (?:leave|absence)|absence|poissaolo/;
const GENITIVE_NAME = /(?:^|[^A-Za-zÅÄÖÆØåäöæø])[A-ZÅÄÖÆØ][a-zåäöæø]+(?:s|['’]s)\s+$/;

/** Whether someone's possessive stands right before the term ("hans sykefravær", "Anna's sick leave"). */
export function isPossessed(doc: ScanDocument, hit: Span): boolean {
  const from = Math.max(0, hit.start - 20);
  return (
    POSSESSIVE_PRONOUN.test(doc.lower.slice(from, hit.start)) ||
    GENITIVE_NAME.test(doc.text.slice(from, hit.start))
  );
}

/**
 * The term as the object of a procedure in the infinitive: "the way to report sick leave", "hur man gör för
 * att anmäla sjukfrånvaro", "å melde sykefravær". How it is done, for whoever it happens to.
 */
const PROCEDURE_BEFORE =
  /(?:^|[^a-zåäöæø])(?:to|att|å|at)\s+(?:report|register|apply for|request|anmäla|registrera|rapportera|ansöka om|melde|registrere|søke om|søge om|indberette)\s+(?:your\s+|din\s+|ditt\s+|dine\s+|dit\s+)?$/;

/**
 * The term as the topic of a document or procedure: "en ny rutin för sjukanmälan", "en skabelon til referat af
 * sygefraværssamtaler", "a procedure for sick leave". Whoever wrote it ("jag har skrivit …") is its author, not
 * the one the data is about; a person's own case stands between ("rutinen för Annas sjukskrivning").
 */
const DOCUMENT_TOPIC_BEFORE =
  /(?:^|[^a-zåäöæø])(?:rutine?[nr]?|procedure|process|prosess|proces|policyn?|template|mall(?:en)?|skabelon(?:en)?|malen|guide|checklista?|tjekliste|sjekkliste)\s+(?:för|for|till|til|on|om|about)\s+(?:(?:referat|minutes|protokoll?)\s+(?:av|af|of|fra|från)\s+)?$/;

/** Whether the term is the object of a procedure in the infinitive, or a document's topic (see above). */
export function isProcedureObject(doc: ScanDocument, hit: Span): boolean {
  const before = doc.lower.slice(Math.max(0, hit.start - 48), hit.start);
  return PROCEDURE_BEFORE.test(before) || DOCUMENT_TOPIC_BEFORE.test(before);
}

/** Whether the term is given a rate (see RATE_AFTER): a figure for a group, whoever says it. */
export function isGivenRate(doc: ScanDocument, hit: Span): boolean {
  if (!RATE_NOUN.test(doc.lower.slice(hit.start, hit.end)) || isPossessed(doc, hit)) return false;
  return RATE_AFTER.test(doc.lower.slice(hit.end, hit.end + 80));
}

/** Whether a count stands right before the term or as its value (see COUNT_BEFORE, COUNT_AFTER). */
export function isCounted(doc: ScanDocument, hit: Span): boolean {
  if (COUNT_AFTER.test(doc.lower.slice(hit.end, hit.end + 40))) return true;
  const before = doc.lower.slice(Math.max(0, hit.start - 32), hit.start);
  if (!COUNT_BEFORE.test(before.slice(-12))) return false;
  return !LABELLED_NUMBER.test(before);
}

/**
 * A user story or a test scenario, whose "I" is a role ("US-412 Som bedriftssykepleier vil jeg registrere
 * … sykmeldingsgrad, slik at …", "As a nurse I want …, so that …", "NÅR jeg registrerer en sykmelding med
 * grad 50"). A scenario's keywords count only in capitals, as "När" also opens a sentence of prose; a story
 * only with its ticket number or its purpose ("so that"), as "Som ny medarbetare vill jag berätta att jag
 * har diabetes" is someone telling.
 */
const SCENARIO = /^[\s\-*•>\d.)]*(?:GIVEN|WHEN|THEN|GITT|GIVET|NÅR|NÄR|OLETETAAN|KUN)\s/;
const STORY =
  /^[\s\-*•>\d.)]*([A-Z]+-\d+:?\s+)?(?:As an?|Som) [^,\n]{2,40}?,? (?:(?:I|jeg|jag) (?:want|need)|(?:vil|vill|skal|ska|ønsker|önskar) (?:jeg|jag))\s/;
const STORY_PURPOSE = /(?:so that|slik at|så att|så at|sådan at)\s/;

/** Whether the sentence, read from the start of its first line, is a user story or a test scenario. */
export function isSpecSentence(doc: ScanDocument, sentence: Span): boolean {
  const text = doc.text.slice(lineStart(doc.text, sentence.start), sentence.end);
  if (SCENARIO.test(text)) return true;
  const story = STORY.exec(text);
  return story !== null && (story[1] !== undefined || STORY_PURPOSE.test(text));
}
