/**
 * Medicines whose name says what someone is treated for: antidepressants, sedatives, ADHD, epilepsy,
 * diabetes, thyroid, anticoagulant, addiction, asthma, HIV and migraine medicines, by brand and generic name
 * as written in the Nordics and in English. "Hon har börjat på Sertralin" says as much as the diagnosis.
 * Cautious tier: a sentence about a market or a product that names no one ("the Ozempic market") is not
 * about a body. Names that are also everyday or technical words are left out ("lithium" is a battery).
 * Stems (`*`): Finnish and the Nordic definite forms inflect a name ("Ozempicia", "Concertan"); "lyrica"
 * stays whole ("lyrical").
 */
// prettier-ignore
export const MEDICATION_TERMS: readonly string[] = [
  // antidepressants
  'sertralin*', 'zoloft*', 'citalopram*', 'escitalopram*', 'cipralex*', 'cipramil*', 'fluoxetin*',
  'prozac*', 'venlafaxin*', 'efexor*', 'mirtazapin*', 'remeron*',
  'voxra*', 'wellbutrin*', 'bupropion*',
  // sedatives and sleep
  'stesolid*', 'sobril*', 'oxascand*', 'xanax*', 'alprazolam*', 'diazepam*', 'valium*', 'imovane*', 'zopiklon*',
  'zopiclone*', 'propavan*', 'atarax*', 'lyrica', 'pregabalin*',
  // ADHD
  'concerta*', 'ritalin*', 'elvanse*', 'attentin*', 'strattera*', 'medikinet*', 'metylfenidat*', 'methylphenidate*',
  // psychosis, bipolar disorder, epilepsy
  'seroquel*', 'quetiapin*', 'abilify*', 'aripiprazol*', 'lamictal*', 'lamotrigin*',
  'keppra*', 'levetiracetam*', 'tegretol*', 'karbamazepin*',
  // diabetes, thyroid, blood thinners
  'metformin*', 'ozempic*', 'wegovy*', 'novorapid*', 'lantus*', 'jardiance*', 'levaxin*', 'euthyrox*',
  'levothyroxine*', 'waran*', 'warfarin*', 'eliquis*', 'xarelto*', 'labetalol*',
  // addiction and strong painkillers
  'antabus*', 'suboxone*', 'subutex*', 'metadon*', 'methadone*', 'buprenorfin*', 'oxycontin*', 'oxynorm*', 'tramadol*',
  'morfin*', 'morphine*',
  // asthma, HIV, migraine, immune system
  'ventoline*', 'bricanyl*', 'symbicort*', 'seretide*', 'truvada*', 'biktarvy*', 'imigran*', 'sumatriptan*',
  'maxalt*', 'humira*', 'methotrexat*', 'enbrel*',
];
