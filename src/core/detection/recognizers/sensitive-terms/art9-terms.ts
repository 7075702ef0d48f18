/**
 * Other special categories of personal data (GDPR art. 9) and criminal-offence data (art. 10), in Swedish,
 * English and some Norwegian/Danish. Seeded from Mail Guard's curated list (test/data/seeds).
 *
 * Three tiers per kind:
 * - `strong`: the word alone says something about a person ("fackmedlem", "belastningsregistret").
 * - `anchored`: needs a person in the same sentence ("han är muslim", "she is Jewish", "hon är lesbisk").
 * - `membership`: organisations (unions, parties, churches) that only count after a membership phrase
 *   ("medlem i Unionen"); "vi har avtal med Unionen" is the employer's collective agreement.
 */

/** The kinds, reported as `art9:<kind>` (or `art10:criminal-record`). */
export type SpecialKind =
  | 'trade-union'
  | 'religion'
  | 'ethnicity'
  | 'sexual-orientation'
  | 'political-opinion'
  | 'biometric-genetic'
  | 'criminal-record';

export interface SpecialTerms {
  readonly kind: SpecialKind;
  readonly strong: readonly string[];
  readonly anchored: readonly string[];
  readonly membership: readonly string[];
  /** Anchored words that are also technical ("SSH key fingerprint"): dropped in a technical sentence. */
  readonly technicalVeto?: boolean;
}

// prettier-ignore
export const SPECIAL_TERMS: readonly SpecialTerms[] = [
  {
    kind: 'trade-union',
    strong: [
      'fackmedlem*', 'fackligt ansluten', 'fackligt organiserad', 'med i facket', 'medlem i facket',
      'fackavgift*', 'union member', 'union members', 'union membership', 'union dues', 'unionenmedlem*',
      'fagforeningsmedlem*', 'fagforeningskontingent*', 'member of the union', 'member of a union',
      'joined the union', 'fagforeningstrekk*',
    ],
    anchored: [
      'facket', 'fackombud*', 'facklig företrädare', 'fackliga företrädare', 'fackliga företrädaren',
      'fackligt ombud*', 'facklig representant*', 'fackliga representant*', 'union representative',
      'fackförening*', 'fackligt förtroendevald*', 'a-kassa*', 'trade union', 'union rep', 'shop steward',
      'fagforening*', 'tillitsvalgt*', 'tillidsrepræsentant*',
      // a union's club at the workplace, named as one word
      'fackklubb*', 'unionenklubb*', 'metallklubb*',
    ],
    membership: [
      'unionen*', 'sveriges ingenjörer', 'if metall*', 'akavia', 'akademikerförbundet ssr', 'vision',
      'kommunal', 'saco', 'tco', 'lo', 'ledarna', 'handels', 'seko', 'vårdförbundet*', 'sveriges lärare',
      'lärarförbundet', 'fackförbundet st', 'byggnads', 'elektrikerförbundet', 'gs-facket', 'naturvetarna',
      'jusek', 'sveriges arkitekter', 'dik', 'journalistförbundet', 'fellesforbundet', 'tekna', 'nito',
      'parat', 'fagforbundet*', 'dansk metal', 'djøf', '3f', 'hk', 'krifa', 'ida', 'unite', 'unison', 'gmb', 'prospect', 'prosa',
    ],
  },
  {
    kind: 'religion',
    strong: [
      'trosbekännelse', 'religiös övertygelse', 'religious belief', 'religious beliefs', 'practising muslim',
      'practicing muslim', 'practising christian', 'practicing christian', 'practising catholic',
      'practicing catholic', 'practising jew', 'practicing jew', 'devout muslim', 'devout christian',
      'devout catholic', 'praktiserande muslim', 'praktiserende muslim', 'praktiserande katolik',
    ],
    anchored: [
      'muslim', 'muslims', 'muslimer', 'muslimar', 'muslimsk', 'muslimska', 'kristen', 'kristna', 'jude', 'judisk', 'judiska', 'katolik',
      'katolsk', 'buddhist', 'hindu', 'sikh', 'ateist', 'troende', 'frikyrklig*', 'jehovas vittne*',
      'ramadan', 'fastar', 'fastemånad*', 'bönestund*', 'bönerum*', 'halal*', 'kosher*', 'adventist*', 'mormon*',
      'sabbat*', 'religion', 'religiös', 'religiösa', 'a christian', 'jewish', 'jew', 'catholic', 'atheist', 'religious', 'fasting', 'prayer', 'prayers', 'jehovah*', 'yom kippur', 'eid',
      'prays five times', 'orthodox', 'ortodox*', 'judinna', 'katolska', 'katolske', 'går i mässan',
      'går i mässa', 'går i högmässan', 'går på gudstjänst*',
      'jøde', 'jødisk', 'kristne',
      // a conversion: "konverterade till islam", "converted to Islam"
      'islam', 'islamiin', 'islamia',
    ],
    membership: [
      'svenska kyrkan', 'katolska kyrkan', 'pingstkyrkan', 'equmeniakyrkan', 'den norske kirke',
      'folkekirken', 'church of england',
    ],
  },
  {
    kind: 'ethnicity',
    strong: ['etniskt ursprung', 'etnisk bakgrund', 'ethnic origin', 'ethnic background', 'racial origin'],
    anchored: [
      'etnicitet', 'hudfärg', 'romsk', 'romska', 'samisk', 'samiska', 'ethnicity', 'skin colour',
      'skin color', 'sámi', 'sami', 'is roma', 'are roma', 'roma family', 'roma background',
      // a refugee's flight names the country fled: "kom som flykting från Syrien", "came as a refugee"
      'as a refugee', 'refugee from', 'som flykting', 'flykting från', 'som flyktning', 'flyktning fra',
      'som flygtning', 'flygtning fra', 'pakolaisena', 'asylum seeker',
      // an ethnic slur said of someone names the ethnicity it abuses
      'zigenare', 'sigøjner*', 'sigøyner*', 'mustalai*', 'gypsy',
    ],
    membership: [],
  },
  {
    kind: 'sexual-orientation',
    strong: [
      'sexuell läggning', 'sexual orientation', 'sexliv', 'sex life', 'könsidentitet', 'gender identity',
      'gender transition', 'könsbekräftande', 'kjønnsbekreftende', 'kønsbekræftende', 'sukupuolenkorjau*',
    ],
    anchored: [
      'homosexuell*', 'bisexuell*', 'heterosexuell*', 'gay', 'lesbisk*', 'hbtq*', 'queer', 'transperson*',
      'homosexual', 'bisexual', 'lesbian', 'lgbt*', 'transgender', 'came out as', 'transkønnet',
      'transkjønnet', 'transsexuel*', 'transseksuel*', 'transsexual', 'homofil', 'bög',
      'bøsse', 'his boyfriend', 'hans pojkvän', 'hans man',
      // a partner of the same gender, by a gendered possessive
      'his husband', 'her wife', 'her girlfriend', 'hans make', 'hennes fru', 'hennes flickvän', 'hennes kone',
      'hans mann', 'hendes kone', 'hendes hustru', 'hans mand', 'han og mannen', 'han og manden', 'han och maken',
      'han och mannen', 'hun og kona', 'hun og konen', 'hon och frun', 'hon och hustrun', 'juridiskt kön', 'juridisk kjønn', 'juridisk køn', 'legal gender',
      'könsbyte*', 'kjønnsskifte*', 'kønsskifte*', 'changed gender', 'juridinen sukupuoli',
      'juridisen sukupuol*', 'sukupuolen korjau*',
    ],
    membership: [],
  },
  {
    kind: 'political-opinion',
    strong: [
      'politisk uppfattning', 'politiska åsikter', 'political opinion', 'political opinions', 'partimedlem*',
    ],
    anchored: [
      'sympatiserar med', 'party member', 'councillor', 'party candidate', 'election candidate',
      'labour candidate', 'tory candidate', 'conservative candidate', 'kommunpolitiker*', 'lokalpolitiker*',
      'byrådsmedlem*',
      'kommunestyrerepresentant*', 'bystyrerepresentant*', 'bystyremedlem*', 'kommunestyremedlem*',
      'kunnanvaltuutettu*', 'kaupunginvaltuutettu*', 'fullmäktigeledamot*', 'party affiliation',
      'political affiliation', 'partitillhörighet*', 'partitilhørighet*', 'partitilhørighed*', 'puoluekanta*',
    ],
    membership: [
      // "-partiet" compounds ("Vänsterpartiet", "Arbeiderpartiet") are found by their head, "partiet"
      'socialdemokraterna', 'moderaterna', 'sverigedemokraterna', 'liberalerna', 'kristdemokraterna', 'høyre',
      'socialdemokratiet', 'venstre', 'dansk folkeparti', 'partiet',
      'conservative party', 'green party', 'the greens', 'liberal democrats', 'lib dems', 'the labour party',
      'conservatives', 'tories', 'democratic party', 'republican party', 'socialist party',
      'partiförening*', 'partiavdelning*', 'party branch', 'local party',
      'sweden democrats', 'moderate party', 'centre party', 'left party', 'christian democrats',
      'social democrats', 'labour',
    ],
  },
  {
    kind: 'biometric-genetic',
    strong: [
      'dna-test*', 'dna-prov*', 'gentest*', 'genetisk* test*', 'genetiska anlag', 'genetic test*',
      'dna test*', 'genome sequencing',
    ],
    anchored: [
      'fingeravtryck*', 'ansiktsbild*', 'biometrisk*', 'genetisk', 'genetiska', 'dna',
      'fingerprint*', 'biometric*', 'facial recognition', 'face id', 'genetic', 'iris scan*', 'face template*',
      'ansiktsmal*', 'ansigtsskabelon*', 'kasvomalli*', 'voiceprint*', 'röstavtryck*',
      'sormenjälki*', 'sormenjälje*', 'sormenjälke*', 'kasvotunnistu*', 'brca*', 'geenivir*', 'genmutation*',
      'genmutasjon*', 'gene mutation*', 'carries the gene', 'carrier of the gene', 'face scan*', 'ansiktsskanning*', 'homozygot*',
      'heterozygot*', 'homozygous', 'heterozygous', 'patogen variant*', 'pathogenic variant*', 'anlagsbärare',
    ],
    membership: [],
    technicalVeto: true,
  },
  {
    kind: 'criminal-record',
    strong: [
      'belastningsregist*', 'brottsregist*', 'straffregist*', 'dömd för', 'dömdes för', 'dömts för',
      'villkorlig dom', 'fängelsestraff*', 'skyddstillsyn', 'criminal record*', 'criminal conviction*',
      'convicted of', 'convicted for', 'conviction for', 'convictions for', 'previous conviction*',
      'prior conviction*', 'prison sentence', 'suttit i fängelse', 'satt i fängelse', 'dömd till fängelse',
      'served time', 'politiattest*', 'straffeattest*', 'børneattest*', 'vandelsattest*', 'suspended sentence',
      'dbs certificate*', 'dbs check*', 'enhanced dbs', 'disclosure certificate*',
      'did time for', 'served a sentence', 'served a prison sentence', 'jailed for', 'sent to prison',
      'suttit inne', 'satt inne för', 'avtjänat*', 'avtjänade', 'avtjänar', 'sitter inne för',
      'serving a sentence', 'serving time for', 'serving a prison sentence',
    ],
    anchored: [
      'misstänkt för', 'polisanmäld*', 'åtalad*', 'häktad*', 'suspected of', 'on suspicion of', 'convicted', 'arrested for',
      'gripen för', 'greps för', 'dømt for', 'siktet for', 'drunk driving', 'drink driving', 'dui',
      'rattfylleri*', 'rattonykter*', 'a caution for', 'cautioned for', 'police caution', 'spent conviction*',
      'unspent conviction*', 'strafföreläggande', 'charged with', 'on probation', 'anmäld för', 'frivården', 'on parole',
      'in prison', 'sitter på anstalt', 'sitter i fängelse', 'som misstänkt', 'som skäligen misstänkt',
      'kallad till förhör', 'kallats till förhör', 'kallad till polisförhör', 'as a suspect', 'as the suspect',
      'named as a suspect', 'interviewed under caution', 'excess alcohol', 'driving ban', "magistrates' court",
      'magistrates court', 'crown court', 'pleaded guilty', 'pled guilty', 'pleads guilty', 'guilty plea',
      'found guilty', 'supervised release', 'month sentence', 'year sentence', 'drug offence', 'drug offense',
      'criminal offence', 'criminal offense', 'probation officer', 'prosecutor*',
    ],
    membership: [],
    technicalVeto: true,
  },
];
