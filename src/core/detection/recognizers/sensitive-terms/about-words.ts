/**
 * Words that say a sensitive term is about no one in particular: the sentence speaks of everyone
 * ("oavsett", "regardless of"), of figures for a group ("3,1 %", "fell by a fifth"), of what the employer
 * offers ("företagshälsovård ingår"), and role nouns that point at one person ("the applicant").
 * Lower case; `*` marks a stem. Used by `about-whom.ts`.
 */

/**
 * The special categories named as such (GDPR art. 9 and art. 10): text that names them is about the
 * categories — training, policy — and its examples are no one's.
 */
// prettier-ignore
export const CATEGORY_TALK_WORDS: readonly string[] = [
  'särskilda kategorier', 'särskild kategori', 'special category', 'special categories', 'article 9',
  'artikel 9', 'art. 9', 'art 9', 'artikkel 9', 'artikla 9', 'særlige kategori*',
  // criminal data is art. 10: "Strafbare forhold (art. 10): fx indholdet af en straffeattest"
  'article 10', 'artikel 10', 'art. 10', 'art 10', 'artikkel 10', 'artikla 10', '9 artikla*', '10 artikla*',
  'erityisiä henkilötietoryhmiä', 'erityisiin henkilötietoryhmiin', 'känsliga personuppgifter',
  // the article after its number, as Finnish and Danish references put it: "(rikostuomiot, 10 art.)"
  '9 art.', '10 art.', 'erityistä tietoa',
  // a data processing agreement's annex: "Kategorier av personuppgifter", "… af personer" lists kinds
  'kategorier av person*', 'kategorier af person*', 'categories of personal data', 'henkilötietoryhmät',
];

/** Everyone, whoever they are: diversity statements, job ads, rules. */
// prettier-ignore
export const GENERIC_WORDS: readonly string[] = [
  'oavsett', 'oberoende av', 'vi välkomnar', 'välkomnar sökande', 'alla sökande', 'sökande med', 'regardless of',
  'irrespective of', 'whether or not', 'we welcome',
  // anyone it applies to: 'Anyone working on site needs a DBS check', 'alle som jobber ...'
  'anyone', 'anybody', 'everyone who', 'alla som', 'alle som', 'alle der', 'kaikki jotka',
  // many of a group, none of them named: "moni meistä on …", "many of us"
  'moni meistä', 'monet meistä', 'useimmat meistä', 'many of us', 'most of us', 'flera av oss', 'många av oss',
  'mange av oss', 'mange af os', 'welcome applications', 'all applicants', 'applicants with',
  'uavhengig av', 'uansett', 'uanset', 'riippumatta', 'ei väliä', 'diskriminer*', 'discriminat*',
  'likabehandling*', 'mångfald*', 'diversity', 'inclusion', 'inklusion', 'mangfold', 'equal opportunit*',
  'lika villkor', 'lika rättigheter', 'likestilling*', 'ligestilling*', 'tasa-arvo*', 'yhdenvertaisuu*',
  'gdpr',
  // data said to be made up: "Testdata (syntetisk, …):" over a medication list, "keksitty potilas"
  'syntet*', 'synthetic', 'keksitty',
  // a procedure for everyone: report it through the form or the intranet
  'via formuläret', 'i formuläret', 'via skjemaet', 'i skjemaet', 'via formularen', 'i formularen', 'via the form',
  'in the form', 'using the form', 'lomakkeella', 'lomakkeen kautta', 'via intranätet', 'på intranätet',
  'via intranettet', 'på intranettet', 'on the intranet', 'via the intranet', 'intranetissä', 'intranetin kautta',
].concat(CATEGORY_TALK_WORDS);

/** Figures about a group: shares, rates, changes. A percent sign counts too (see `about-whom.ts`). */
// prettier-ignore
export const AGGREGATE_WORDS: readonly string[] = [
  'procent', 'prosent', 'percent', 'per cent', 'prosentti', 'andel*', 'antalet', 'number of', 'share of',
  'procentenhet*', 'procentpoint*', 'prosentpoeng*', 'percentage point*', 'prosenttiyksik*',
  'nøgletal*', 'nøkkeltall*', 'key figures', 'tunnusluvut', 'tunnuslukuja', 'aggreg*',
  'rate', 'rates', 'statistik*', 'statistics', 'nyckeltal*', 'genomsnitt*', 'i snitt', 'snittet', 'average',
  'across the company', 'across the team', 'in total', 'totalt', 'i alt', 'ökade', 'minskade', 'sjönk',
  'fell', 'rose', 'is up', 'is down', 'økte', 'sank', 'faldt', 'steg', 'laski', 'nousi', 'kpi', 'trend*', 'per år', 'per month',
  'per månad', 'sykefraværet', 'sygefraværet', 'sjukfrånvaron', 'sairauspoissaolot',
  // A period a figure is reported for ("Sygefravær 3. kvartal", "sick leave Q3"): one person's absence
  // is given in days or dates, a group's per quarter.
  'kvartal', 'kvartalet', 'kvartalen', 'kvartalsvis', 'quarter', 'quarterly', 'q1', 'q2', 'q3', 'q4',
  'neljännes*', 'vuosineljännes*', 'kvartaali*', 'halvår', 'halvåret', 'helåret', 'year to date', 'ytd',
  'numbers for', 'in numbers', 'i siffror', 'i tall', 'i tal', 'lukuina', 'i år', 'i fjol', 'i fjor', 'sidste år', 'this year', 'last year',
  'tänä vuonna', 'per employee', 'per anställd', 'per medarbetare', 'per ansatt', 'per medarbejder',
];

/** What the employer offers everyone: benefits, insurance, care that is "included". */
// prettier-ignore
export const OFFER_WORDS: readonly string[] = [
  'ingår', 'erbjuder', 'erbjuds', 'förmån*', 'friskvård*', 'included', 'we offer', 'benefit*', 'perks',
  'tilbyr', 'tilbyder', 'inkludert', 'inkluderet', 'inngår', 'indgår', 'tarjoamme', 'sisältyy',
  'for alle ansatte', 'kaikille työntekijöille', 'täcker', 'dekker', 'dækker', 'covers', 'kattaa',
  'sjukvårdsförsäkring*', 'helseforsikring*', 'sundhedsordning*', 'sundhedsforsikring*', 'health scheme',
  'terveysvakuutu*', 'for den som vil', 'for dem som vil', 'för den som vill', 'för dem som vill',
  'for dem der vil', 'for anyone who', 'for those who', 'halukkaille', 'ledige timer', 'lediga tider',
  // Finnish "the contract includes": "Sopimukseen kuuluu sairaanhoito, työfysioterapeutti …"
  'sopimukseen kuuluu', 'sopimukseen kuuluvat', 'etuihin kuuluu', 'etuihimme kuuluu',
];

/**
 * The second person, counted among the role words. In a text addressed to anyone who reads it — a job ad
 * with its diversity statement — "you" is every reader, not one person (`about-whom.ts`).
 */
// prettier-ignore
export const SECOND_PERSON_WORDS: readonly string[] = [
  'du', 'dig', 'dej', 'din', 'ditt', 'dina', 'deg', 'you', 'your', 'sinä', 'sinulla', 'sinun',
];

/**
 * Nouns for one person in a role, and the second person (a job ad's "you"): they tie a term to someone, but
 * weaker than a name or a first- or third-person pronoun, so a generic sentence outweighs them.
 */
// prettier-ignore
export const ROLE_WORDS: readonly string[] = SECOND_PERSON_WORDS.concat([
  'medarbetare*', 'anställd*', 'kollega*', 'praktikant*', 'sambo*', 'maka', 'maken',
  'frun', 'mannen', 'son', 'dotter', 'sonen', 'dottern', 'barn*', 'mamma*', 'pappa*', 'ansatt*', 'ansat',
  'medarbeider*', 'medarbejder*', 'employee*', 'colleague*', 'team member', 'contractor', 'wife', 'husband',
  'daughter', 'child', 'kid', 'kids', 'mother', 'father', 'mum', 'mom', 'dad', 'kandidaten', 'sökanden',
  // family: "my parents are Muslims", "hans bror är sjukskriven" (not "sister": a sister company)
  'parents', 'brother', 'föräldrar', 'föräldrarna', 'bror', 'brodern', 'broren', 'foreldre', 'foreldrene',
  'forældre', 'forældrene', 'søster', 'søsteren', 'syster', 'systern', 'isä', 'isäni', 'äiti', 'äitini',
  'konsulten', 'vår konsult', 'the applicant', 'the candidate', 'our consultant', 'the consultant',
  'työntekijä*', 'hakija', 'kandidaatti',
  // the one person a care mail is about: "borgeren er blind", "beboeren", "the resident", "asukas"
  'borgeren', 'beboeren', 'brukeren', 'brugeren', 'patienten', 'pasienten', 'the patient', 'the resident',
  'asukas', 'asukkaan', 'potilas', 'potilaan',
  // one person by job, with a determiner or the Nordic definite ending ("our new developer", "teknikern")
  'our developer', 'our new developer', 'the new developer', 'new hire', 'our engineer',
  'our new engineer', 'the new engineer', 'our intern', 'the intern', 'our trainee', 'the trainee',
  'our tester', 'our new tester', 'the new tester', 'our designer', 'our new designer', 'the new designer',
  'designern', 'designeren',
  'utvecklaren', 'ingenjören', 'teknikern', 'säljaren', 'projektledaren', 'nyanställd*', 'utvikleren',
  'ingeniøren', 'selgeren', 'udvikleren', 'sælgeren', 'nyansat*', 'kehittäjämme',
  'insinöörimme', 'harjoittelijamme', 'uusi työntekijä*',
]);

/**
 * Names of whole categories. Two or more in one sentence without a person ("kön, etnisk tillhörighet,
 * religion eller funktionsnedsättning"; "personnummer och sjukskrivningar") list the categories themselves,
 * as diversity statements, training and policies do.
 */
// prettier-ignore
export const CATEGORY_NAMES: readonly string[] = [
  'hälsa', 'hälsan', 'hälsodata', 'hälsouppgift*', 'hälsotillstånd', 'religion', 'trosuppfattning', 'tro',
  'etnicitet', 'etniskt ursprung', 'etnisk tillhörighet', 'etnisk bakgrund', 'sexuell läggning', 'kön',
  'könsidentitet', 'könsöverskridande identitet eller uttryck', 'ålder', 'funktionsnedsättning',
  'funktionshinder', 'politisk åsikt', 'politiska åsikter', 'politisk uppfattning', 'fackmedlemskap',
  'fackföreningsmedlemskap', 'facklig tillhörighet', 'biometrisk*', 'genetisk*', 'personnummer', 'sjukskrivningar',
  'diagnoser', 'brott', 'lagöverträdelser', 'health', 'religious beliefs',
  'ethnicity', 'ethnic origin', 'race', 'sexual orientation', 'gender', 'age', 'disability', 'disabilities',
  'political opinions', 'union membership', 'biometric data', 'genetic data',
  'criminal records', 'criminal convictions', 'helse', 'helseopplysninger', 'helbred', 'helbredsoplysninger',
  'etnisitet', 'etnisk opprinnelse', 'etnisk oprindelse', 'seksuell legning', 'seksuel orientering',
  'kjønn', 'køn', 'alder', 'funksjonsnedsettelse', 'funktionsnedsættelse', 'handicap', 'fagforeningsmedlemskap',
  'politisk oppfatning', 'politisk overbevisning', 'terveys', 'terveystiedot', 'uskonto*', 'uskonnon',
  'etninen alkuperä', 'etnistä alkuperää', 'seksuaalinen suuntautuminen', 'seksuaalista suuntautumista',
  'sukupuoli', 'ikä', 'vammaisuus', 'ammattiliiton jäsenyy*', 'terveydentila*', 'poliittinen mielipide',
  'poliittisia mielipiteitä', 'henkilötunnus*', 'sairauslomat', 'diagnoosi*', 'diagnos', 'diagnose',
  'diagnosis', 'fødselsnummer', 'cpr-nummer',
  // kinds of health documents, plural: "sick notes, doctor's certificates, diagnoses"
  'diagnoses', 'sick notes', "doctor's certificates",
  'medical certificates', 'diagnooseja',
];

/** A text looking for people to apply: its "you" is every reader, as in a diversity statement. */
// prettier-ignore
export const JOB_AD_WORDS: readonly string[] = [
  'vi söker', 'vi søker', 'vi søger', 'we are looking for', "we're looking for", 'we are hiring', "we're hiring",
  'etsimme', 'haemme', 'sök tjänsten', 'søk stillingen', 'søg stillingen', 'ansök senast', 'sista ansökningsdag',
  'ansökningstid', 'søknadsfrist', 'ansøgningsfrist', 'apply by', 'hakuaika', 'hae paikkaa', 'sök senast',
  'søk senest', 'søg senest', 'apply before', 'hae viimeistään',
];

/**
 * A mail to a group or to whoever signs up: a greeting to all, an invitation's sign-up line. Its "you" is
 * every reader, as in a job ad ("Allergier anger du i anmälningsformuläret").
 */
// prettier-ignore
export const GROUP_ADDRESS_WORDS: readonly string[] = [
  'hej alla', 'hej allihop', 'hej allihopa', 'hej alle', 'hei alle',
  'kære alle', 'hi all', 'hi everyone', 'hello everyone', 'hello all', 'dear all', 'dear colleagues',
  'hi team', 'hei kaikki', 'moi kaikki', 'hyvät kollegat', 'a few of you', 'some of you', 'many of you',
  'several of you', 'those of you', 'flera av er', 'några av er', 'mange af jer', 'noen av dere', 'anmälan senast', 'anmäl dig', 'sign up',
  'register by', 'rsvp', 'tilmeld dig', 'tilmelding', 'meld deg på', 'påmelding', 'ilmoittaudu*',
];
