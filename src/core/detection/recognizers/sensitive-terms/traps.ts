/**
 * Known false friends: phrases that contain a health or art. 9 word but are about machines, food or
 * slang. A hit inside one of these is dropped. Checked only in a small window around each hit.
 */
// prettier-ignore
export const TRAP_PHRASES: readonly string[] = [
  // Monitoring and devices (an IoT company says "health" all day)
  'health check*', 'health endpoint*', 'health status', 'health probe*',
  'health monitor*', 'health score*', 'health scan*', 'health indicator*', 'health metric*', 'health report*',
  'health dashboard*', 'health api', 'battery health', 'system health', 'network health', 'device health',
  'cluster health', 'node health', 'service health', 'fleet health', 'disk health', 'link health',
  'sensor health', 'project health', 'code health', 'financial health', 'health and safety',
  // the category itself, named: "is that still health data by the back door?"
  'health data', 'health-related data', 'health information',
  'health & safety', 'sick of', 'kind of sick', 'sick and tired', 'sick with worry',
  'ill-formed', 'ill-advised', 'ill-defined', 'ill-suited', 'doctor who',
  'spin doctor', 'doctor of philosophy', 'doktorand*', 'doktorsavhandling*', 'doktorsexamen',
  'pregnancy of the project', 'pregnant pause', 'pregnant with meaning', 'pregnant with ideas',
  'health insurance', 'sjuk i huvudet', 'allergy-friendly', 'allergy friendly', 'allergy information',
  'allergy labels', 'allergy menu', 'medicine cabinet', 'hospital customer*', 'hospital project',
  'hospital deployment', 'sjukhusprojekt*', 'operation mode', 'operationen av', 'surgery on the code',
  'therapy dog', 'retail therapy', 'flu season',
  'mental health first aid*', 'mental health champion*',
  // idioms: "sick with laughter", "pregnant with an idea"
  // "allergic to meetings": a dislike, not an allergy
  'allergic to meetings', 'allergic to mondays', 'allergic to bureaucracy', 'allergic to paperwork',
  'allergisk mot möten', 'allergisk mot byråkrati', 'allergisk mot måndagar', 'allergisk mot pappersarbete',
  'allergisk mot møter', 'allergisk over for møder', 'allerginen palavereille', 'allerginen palaverille',
  'allerginen kokouksille', 'allerginen byrokratialle', 'allerginen maanantaille',
  'blind copy', 'blind carbon', 'blind spot*', 'blind test*', 'double blind', 'double-blind',
  'blind date', 'blind vinkel', 'blinde vinkel',
  'syg af grin', 'syk av latter', 'sjuk av skratt', 'syk av spenning', 'sjuk av spänning', 'syg af spænding',
  'sick with excitement', 'syg i hovedet', 'syk i hodet', 'sick in the head',
  // "syg" as praise, before the adjective it heightens: "Syg god app", "jeg er syg imponeret"
  'syg god*', 'syg fed*', 'syg flot*', 'syg imponere*', 'sykt bra', 'sykt god*', 'syk imponer*', 'sykt imponer*',
  // organisations named after a disease, and collections for them
  'cancer foundation', 'cancer research',
  'gravid med en idé', 'gravid med en ny idé',
  'gravid med idéer', 'gravid med en idee', 'gravid med en ny idee', 'pregnant with an idea',
  // Keys and sensors, not people's bodies
  'key fingerprint*', 'ssh fingerprint*', 'fingerprint of the', 'certificate fingerprint*',
  'tls fingerprint*', 'browser fingerprint*', 'device fingerprint*', 'fingerprint sensor*',
  'fingerprint reader*', 'fingeravtrycket för nyckeln', 'fingeravtryck för certifikatet', 'dna of',
  'company dna', 'företagets dna',
  // Events and calendars
  'eid-ansökan', 'prayer times api',
  // greetings to everyone who celebrates: no one's faith
  'eid mubarak', 'happy eid', 'ramadan mubarak', 'ramadan kareem',
  'glad eid', 'god eid',
];

/**
 * Technical and commercial words: a cautious health term (diagnos, depression, cancer...) in a sentence with
 * one of these and no person anchor is about a system, a market or a customer, not a body.
 */
// prettier-ignore
export const TECHNICAL_WORDS: readonly string[] = [
  // medicines as goods: stored, delivered, discarded ("Vaksiner og insulin ligger i dette skapet")
  'kylskåp*', 'kjøleskap*', 'køleskab*', 'jääkaap*', 'fridge*', 'varemottak*', 'varemodtagelse*', 'kassasjon*',
  'kasseret', 'kassert', 'kasserad*', 'skapet', 'skabet', 'medisinskap*', 'medicinskab*',
  'läkemedelsskåp*', 'lääkekaap*', 'streaming',
  'ci', 'secure element', 'låset', 'låsen', 'molnet', 'cloud', 'lukko', 'lukon',
  'server*', 'pod', 'pods', 'mode', 'modes', 'modus*', 'gateway*', 'firmware', 'modem*', 'sensor*', 'device*', 'enhet*', 'kluster*',
  'cluster*', 'node*', 'api', 'build*', 'bugg*', 'bug', 'bugs', 'logg*', 'log', 'logs', 'nätverk*',
  'network*', 'system*', 'databas*', 'kod', 'koden', 'code', 'batteri*', 'battery', 'release*',
  'deploy*', 'prototyp*', 'hårdvara*', 'hardware', 'software', 'mjukvara*', 'plattform*',
  'platform*', 'pipeline*', 'backend', 'frontend', 'app', 'appen', 'mätare*', 'meter*', 'måler*', 'mittari*',
  'fel', 'felet',
  'error*', 'fault*', 'marknad*', 'market*', 'economy', 'ekonomi*', 'teknisk*', 'technical', 'debt',
  'projekt*', 'project*', 'pilot*', 'install*', 'upphandling*', 'offert*',
  'leverans*', 'tender*', 'procurement', 'quote', 'delivery', 'integration*', 'endpoint*', 'demo*', 'pump*',
  'monitor*', 'sales', 'försäljning*', 'produkt*', 'product*', 'kundcase', 'use case', 'segment*', 'sektor*',
  'sector*', 'svg', 'css', 'font*', 'stroke-width', 'timed out', 'timeout*', 'transaction*', 'query',
  'request*', 'ssh', 'key', 'keys', 'nyckel*', 'certificate*', 'certifikat*', 'tls', 'gpg', 'pgp', 'hash*', 'unit',
  'ticket*', 'inhalator*', 'inhaler*', 'wearable*', 'medtech', 'medicinteknik*',
  'detection', 'detector*', 'sdk', 'algorithm*', 'algoritm*', 'feature', 'features', 'apper', 'appar',
  'apparna', 'appene', 'apps', 'sovellu*', 'kunder', 'kunderna', 'kunderne', 'kundene', 'customers',
  'asiakkaat', 'asiakkaille', 'wifi', 'wi-fi', 'wlan', 'router*', 'verkko*', 'field', 'fields', 'fält', 'fältet', 'felt', 'feltet', 'kenttä*', 'column', 'kolumn*', 'flag', 'flags', 'flagga*', 'flagg', 'flagget', 'motor', 'motorn', 'motorström*',
  'feil', 'feilen', 'fejl', 'fejlen', 'vika', 'vian', 'bugi*', 'järjestelmä*', 'maskin*', 'machine*',
  'overvågning*', 'övervakning*', 'overvåking*',
  // devices a care provider buys: "medication dispenser", "fall-detection radar" (not alarms: a care
  // alarm log is about the people it alarms for). "pumppu*" beside "pump*": only a word of five letters or
  // more heads a compound ("insuliinipumppu").
  'dispenser*', 'robot*', 'radar*', 'annostelija*', 'pumppu*', 'pumpu*',
  'palvelin*', 'koodi*', 'payload*', 'adapter*', 'debug*', 'konfigur*', 'configur*', 'ohjelmisto*', 'anturi*', 'module', 'modules', 'modul', 'modulen', 'moduler', 'dashboard*', 'dashbord*', 'palett*', 'chart*', 'ui', 'gui',
];

/**
 * Sentences that talk ABOUT sensitive data (policies, training, checklists) rather than containing it.
 * A hit in such a sentence needs a person anchor.
 */
// prettier-ignore
export const POLICY_TALK: readonly string[] = [
  'skicka inte', 'skicka aldrig', 'inte mejla',
  'inte skickas', 'policy*', 'riktlinje*', 'känsliga personuppgifter', 'känsliga uppgifter', 'gdpr',
  'dataskydd*', 'till exempel', 't.ex.', 'exempelvis', 'såsom', 'for eksempel', 'f.eks.', 'fx', 'eksempelvis',
  'for example', 'for instance', 'esimerkiksi', 'esim.', 'do not send', "don't send", 'never send',
  'must not be sent', 'should not be sent', 'not be emailed', 'sensitive personal data', 'special category',
  'special categories', 'such as', 'e.g.', 'guideline*', 'training', 'utbildning*', 'webinar*', 'workshop*',
  // The handbook and its sections: "afsnittene om graviditet og barsel", "the chapter on sick leave".
  'personalhandbok*', 'personalhåndbok*', 'personalehåndbog*', 'medarbetarhandbok*', 'handbok*', 'håndbok*',
  'håndbog*', 'handbook*', 'henkilöstöopas*', 'henkilöstökäsikirja*', 'avsnittet om', 'avsnitten om',
  'afsnittet om', 'afsnittene om', 'kapitlet om', 'kapitlen om', 'kapittelet om', 'kapitlerne om',
  'section on', 'sections on', 'chapter on', 'chapters on',
  // A talk or lecture on a topic: "our CEO will talk about mental health at work at the all-hands".
  'talk about', 'talk on', 'a talk', 'presentation on', 'keynote', 'lecture', 'föredrag*', 'föreläsning*',
  'foredrag*', 'oplæg*', 'luento*', 'esitelmä*',
  // A conference or fair on a topic: "två biljetter till Diabetes Tech Summit".
  'summit', 'konferens*', 'konferanse*', 'konference*', 'conference*', 'kongress*', 'congress',
  'mässan', 'messen', 'messe', 'messut', 'messuille', 'expo', 'seminar*', 'seminaari*', 'kutsu', 'inbjudan', 'invitation', 'invitasjon',
  // Figures about a whole company or industry name no one: "sjukfrånvaron var 3,1 % i snitt".
  'statistik*', 'statistics', 'nyckeltal*', 'genomsnitt*', 'snittet', 'i snitt', 'average', 'rate', 'kpi',
  // A procedure for everyone: "ny rutin för sjukanmälan", "the process for reporting sick leave".
  'rutin för', 'rutinen för', 'rutiner för', 'rutine for', 'rutinen for', 'procedure for', 'process for',
  'prosess for', 'proces for', 'se intranätet', 'see the intranet', 'se intranettet',
  // how things are done here: 'sådan håndterer vi børneattester', 'this is how we handle DBS checks'
  'sådan håndterer vi', 'så här hanterar vi', 'slik håndterer vi', 'näin käsittelemme',
  'how we handle', 'explainer',
  // a reminder of how things are done: "a quick reminder of how to report absence"
  'how to report', 'reporting sick', 'reminder', 'påminnelse', 'påmindelse', 'muistutus', 'instructions',
  'instruktioner', 'ohjeet',
  'charity', 'välgörenhet*', 'veldedighet*', 'velgørenhed*', 'hyväntekeväisyy*', 'insamling*',
];
