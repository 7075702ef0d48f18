/**
 * Named chronic and serious diseases in Swedish, Norwegian, Danish, Finnish and English: what a care
 * install note, a sick-leave talk or a next-of-kin mail names ("Parkinsonin tauti", "hjärtsvikt",
 * "rheumatoid arthritis"). Same tiers as `health-terms.ts` (see term-index.ts). Nordic compounds with a
 * listed head need no entry ("alzheimer|demens", "lunge|kreft"); Finnish genitive phrases are stems
 * ("parkinsonin tau*" = tauti, taudin, tautia).
 */

/**
 * Names of a condition: about a person unless the sentence is technical or commercial and names no one
 * ("a platform for COPD follow-up" is a market).
 */
// prettier-ignore
export const DISEASE_CAUTIOUS: readonly string[] = [
  // English
  "parkinson's", 'parkinsons', 'multiple sclerosis', 'motor neurone disease',
  'motor neuron disease', 'heart failure', 'atrial fibrillation', 'copd', 'leukaemia', 'lymphoma',
  'tumour', 'tumor', 'rheumatoid arthritis', 'arthritis',
  'cerebral palsy', 'down syndrome', "down's syndrome", 'spinal cord injury', 'tuberculosis', 'type 1 diabetes',
  'type 2 diabetes', 'psoriasis', 'kidney failure', 'renal failure', 'seizures', 'shingles', 'bältros',
  // eyes, in every language: what a screen reader or a larger screen is ordered for
  'retinitis pigmentosa', 'stargardt*', 'macular degeneration', 'makuladegenera*', 'glaucoma', 'glaukom*',
  'cataract', 'katarakt', 'grå starr', 'grön starr', 'grå stær', 'grønn stær', 'grøn stær', 'kaihi',
  'keratoconus', 'keratokonus',
  // Swedish
  'alzheimer*', 'parkinsons sjukdom', 'parkinsonsjuk*', 'ms-sjuk*', 'multipel skleros', 'hjärtsvikt*',
  'förmaksflimmer', 'förmaksflimret', 'leukemi*', 'lymfom*', 'tumör*', 'hjärnblödning*', 'benskörhet*',
  'osteoporos*', 'ledgångsreumati*', 'reumatoid artrit', 'artrit', 'typ 1-diabetes', 'typ 2-diabetes',
  'diabetes typ 1', 'diabetes typ 2', 'cerebral pares', 'downs syndrom', 'ryggmärgsskad*', 'tuberkulos*',
  'dialys*', 'njursvikt*', 'epileptiskt anfall', 'epileptiska anfall',
  // Norwegian
  'parkinsons sykdom', 'ms-syk*', 'hjertesvikt*', 'atrieflimmer', 'kols', 'svulst*', 'hjerneslag*',
  'hjerneblødning*', 'benskjørhet*', 'revmatoid artritt', 'cerebral parese', 'ryggmargsskade*',
  'nyresvikt*',
  // Danish
  'parkinsons sygdom', 'hjertesvigt*', 'atrieflimren', 'leukæmi*', 'lymfekræft*', 'knogleskørhed*',
  'leddegigt*', 'rygmarvsskade*', 'nyresvigt*', 'blodprop i hjernen',
  // Finnish
  'parkinsonin tau*', 'ms-tau*', 'multippeliskleroo*', 'sydämen vajaatoimin*',
  'eteisvärinä*', 'keuhkoahtaumatau*', 'lymfooma*', 'aivokasvai*', 'aivohalvau*', 'osteoporoo*',
  'nivelreuma*', 'cp-vamma*', 'downin oireyhtymä*', 'selkäydinvamma*', 'tuberkuloo*', 'dialyysi*',
  'munuaisten vajaatoimin*', 'diabetek*', 'tyypin 1 diabet*', 'tyypin 2 diabet*', 'epilepsiakohtau*',
  'psoriaasi*',
  // common conditions, in every language: skin, gut, joints, back, sleep, blood, lungs, infections
  'eczema', 'ulcerative colitis', 'gout', 'sciatica', 'insomnia', 'lyme disease', 'bronchitis', 'angina',
  'hypertension', 'high blood pressure', 'kidney stone*', 'gallstone*', 'hypothyroidism', 'anaemia',
  'anemia', 'tonsillitis', 'pcos', 'hernia',
  'eksem', 'ulcerös kolit', 'gikt', 'insomni', 'alkoholism', 'borrelia', 'bronkit', 'kärlkramp',
  'högt blodtryck', 'hypotyreos', 'anemi', 'blodbrist', 'korsbandsskad*', 'meniskskad*',
  'ulcerøs kolitt', 'colitis ulcerosa', 'prolaps', 'diskusprolaps', 'isjias', 'iskias', 'søvnløshet',
  'søvnløshed', 'skizofreni', 'alkoholisme', 'borreliose', 'bronkitt', 'bronkitis',
  'høyt blodtrykk', 'forhøjet blodtryk', 'apopleksi', 'nyrestein*', 'nyresten', 'gallestein*', 'galdesten',
  'blindtarmbetennelse', 'blindtarmsbetændelse', 'lavt stoffskifte', 'lavt stofskifte', 'blodmangel',
  'høfeber', 'helvetesild', 'helvedesild', 'kyssesyke', 'kyssesyge', 'korsbåndskade*', 'korsbåndsskade*',
  'ihottum*', 'ärtyvän suolen oireyhtym*', 'crohnin tau*', 'laktoosi-intoleranss*', 'kihti*',
  'välilevyn pullistum*', 'iskias*', 'kuulonalenem*', 'unettomuu*', 'paniikkihäiriö*',
  'kaksisuuntainen mielialahäiriö*', 'skitsofreni*', 'lukihäiriö*', 'anoreksi*', 'alkoholismi*', 'hepatiit*',
  'borrelioo*', 'keuhkoputkentulehd*', 'angina pectoris', 'verenpainetau*', 'korkea verenpaine',
  'veritulp*', 'solunsalpaaja*', 'munuaiskiv*', 'sappikiv*', 'umpilisäkkeen tulehd*', 'nivelkierukka*',
  'kilpirauhasen vajaatoimin*', 'anemi*', 'vyöruusu*', 'mononukleoo*', 'angiin*',
];

/**
 * Dementia and memory loss: also the market a care-technology company sells to ("larm för demenssjuka",
 * "dementia-friendly sensors"), so they need a person or an HR setting in the sentence.
 */
// prettier-ignore
export const DISEASE_WEAK: readonly string[] = [
  'demens', 'demensen', 'demenssjuk*', 'dement', 'dementa', 'demente',
  'dementia', 'muistisairau*', 'muistisairas', 'dementoitu*', 'minnessvikt', 'hukommelsestab',
  'memory loss', 'kognitiv svikt',
];
