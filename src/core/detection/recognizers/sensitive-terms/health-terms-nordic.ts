/**
 * Health vocabulary in Norwegian (bokmål), Danish and Finnish, at the depth of the Swedish lists in
 * `health-terms.ts` (same tiers, same rules; see term-index.ts). Nordic compounds need no entry of their
 * own when their head is listed ("lunge|betændelse", "kreft|behandling"): `compounds.ts` finds heads.
 * Finnish inflects by suffix, so its words are stems (`raskaa*` = raskaana, raskaaksi).
 */

/** Enough on their own. */
// prettier-ignore
export const NORDIC_HEALTH_STRONG: readonly string[] = [
  // Norwegian
  'sykepenger', 'arbeidsavklaringspenger', 'uføretrygd*', 'egenmelding*',
  'diagnostisert*', 'utbrent*', 'utmattelse*', 'angstlidelse*', 'psykisk syk*', 'psykiske plager',
  'kreftbehandling*', 'cellegift*', 'strålebehandling*', 'brystkreft*', 'prostatakreft*', 'spiseforstyrrelse*',
  'rusmisbruk*', 'innlagt på sykehus*', 'operert*', 'hjerteinfarkt*', 'hjernerystelse*',
  'funksjonsnedsettelse*', 'funksjonshemming*', 'dysleksi*', 'cøliaki*',
  'hørselstap*', 'høreapparat*', 'rullestol*', 'bekkenløsning*', 'nedsatt arbeidsevne',
  'legemeldt*', 'egenmeldt*', 'psykolog', 'psykologen', 'psykiater*', 'anafylaksi*',
  'epipen*', 'multippel sklerose', 'sklerose', 'skleros', 'fått påvist', 'fikk påvist',
  // Danish
  'diagnosticeret*', 'fået konstateret', 'fik konstateret', 'udbrændt*',
  'kræftbehandling*', 'kemoterapi*', 'brystkræft*', 'prostatakræft*',
  'indlagt på', 'indlæggelse*', 'lungebetændelse*',
  'blindtarmsbetændelse*', 'hjerteanfald*', 'blodprop*', 'sukkersyge*', 'misbrug*',
  'funktionsnedsættelse*', 'ordblind*', 'fik en abort', 'fået en abort', 'fikk abort', 'anafylaktisk*',
  'adrenalinpen*', 'laktoseintolerans*', 'glutenintolerans*', 'blev opereret', 'er blevet opereret',
  'bliver opereret', 'ble operert', 'blir operert',
  'piskesmæld*', 'nakkesleng*', 'hjerneskade*', 'rygskade*', 'ryggskade*', 'nakkeskade*', 'knæskade*',
  'kneskade*', 'arbejdsskade*', 'arbeidsskade*',
  'hendes termin', 'kronisk utmattelsessyndrom', 'post-covid', 'senfølger efter covid', 'hedelmöityshoi*', 'lapsettomuushoi*', 'retkahdusvamma*', 'murtuma*',
  // Swedish additions
  'opereras', 'diskbråck*', 'lunginflammation*', 'anafylax*',
  'inlagd på sjukhus*',
  // Finnish
  'sairastui*', 'sairastaa', 'sairastan', 'sairastat', 'sairastavan', 'diagnosoitu*', 'diagnosoiti*', 'masennus*',
  'masentunut', 'työuupumus*', 'loppuunpala*', 'syöpähoit*', 'rintasyöpä*', 'eturauhassyöpä*',
  'sädehoito*', 'raskaana', 'raskaus*', 'äitiysloma*', 'äitiysvapaa*', 'keskenmeno*',
  'allergia*', 'allerginen', 'keliakia*', 'epilepsia*', 'migreeni*', 'psykiatri*',
  'kuntoutus*', 'työkyvyttömyy*', 'sairaalahoido*', 'sairaalassa', 'leikattiin', 'leikkauksessa',
  'leikkaukseen', 'sairaana', 'sairaslomalla', 'sairaslomaa', 'vammainen', 'kehitysvamma*', 'näkövamma*',
  'kuulovamma*', 'päihdeongelma*', 'alkoholiongelma*', 'syömishäiriö*', 'adrenaliinikynä*',
  'päihdekuntoutu*', 'sydänkohtau*', 'sydänleikkau*', 'sydänsairau*', 'sydäninfarkt*', 'slidgigt*', 'leddgikt*', 'artros*', 'nivelrikko*',
  'afvænning*', 'avrusning*', 'avgiftning*', 'vieroitus*', 'endometrio*', 'aivotärähdy*', 'pyörätuoli*',
  'overgangsalder*', 'vannkopper', 'skoldkopper',
  'antibiootti*', 'vaihdevuo*', 'keuhkokuume*', 'vesirokko*', 'lungebetennelse*', 'magnetresonans*',
  'aivoinfarkt*', 'aivoverenvuoto*', 'syöpähoid*', 'psykologilla', 'psykologille', 'ruskjøring*',
  // colloquial Finnish: "saikulla burnarin takia"; a wheelchair, a guide dog in Danish and Finnish
  'saikku*', 'saikul*', 'burnari*', 'kørestol*', 'førerhund*', 'ledarhund*', 'guide dog', 'opaskoira*',
  'epileptisk*',
  // hearing and sight impairment in Norwegian and Danish, and the implant that goes with it
  'kemo', 'kemobehandling*', 'kemokur*', 'kemohoito*', 'sytostaattihoito*',
  'svagsynet', 'svaksynt', 'svaksynte', 'heikkonäköinen',
  'hørselshemme*', 'hørehemme*', 'synshemme*', 'bevegelseshemme*', 'hørenedsættelse*', 'høretab*',
  'cochleaimplantat*', 'cochlear implant*', 'sisäkorvaistute*',
];

/** Also said of machines, markets and projects: dropped in a technical sentence that names no one. */
// prettier-ignore
export const NORDIC_HEALTH_CAUTIOUS: readonly string[] = [
  'depresjon*', 'kreft', 'kreften', 'terapi', 'kræft', 'kræften', 'diagnosen', 'angst', 'angsten',
  'diagnoosi*', 'syöpä', 'syöpää', 'syövän', 'terapia*', 'mielenterveys*', 'diabetesta', 'astmaa',
  // "skal opereres" is said of a knee and, less often, of a plant ("anlegget opereres av kunden")
  'opereres', 'opereret',
  'fargeblind*', 'farveblind*', 'värisokea*', 'insuliini*', 'insulinpenn*',
];

/** Need a person or an HR setting in the same sentence. */
// prettier-ignore
export const NORDIC_HEALTH_WEAK: readonly string[] = [
  'sykdom*', 'smerter', 'vondt i', 'forkjølet', 'forkjølelse*', 'omgangssyke*', 'migrene', 'influensa',
  'sygdom*', 'ondt i', 'forkølet', 'forkølelse*', 'migræne*', 'betændelse*', 'inflammation*', 'infektion*',
  'infeksjon*', 'influenza', 'feber', 'gigt*', 'kirurg*', 'neurolog*', 'sairaus', 'sairauden',
  'sairaudesta', 'kuume*', 'flunssa*', 'kipeenä', 'lekuri*', 'blind', 'blinde', 'sokea', 'vatsatauti*', 'murtui', 'murtunut', 'kipeä', 'kipeänä', 'särky*',
  'kipsi*', 'migrän*', 'uupumu*', 'influenssa', 'influenssaa', 'influenssassa', 'influenssan', 'huimaus',
  // a walking frame: someone's, or a scenario a fall sensor is tested with
  'rollaattori*', 'rullator*', 'rollator*',
  // a person with a condition: someone named, or a group (see health-terms.ts)
  'epileptiker*', 'alkoholiker*', 'alkoholikar*', 'narkoman*', 'narkomaani*', 'diabeetikko*',
  'diabeetikoille', 'allergikko*', 'keliaakikko*', 'astmaatikko*', 'epileptikko*',
];

/** Places and professions of care: need a person and no technical words. */
// prettier-ignore
export const NORDIC_HEALTH_WEAK_CAUTIOUS: readonly string[] = [
  // "admitted" — or entered into a system ("inte inlagd i lönesystemet än")
  'inlagd', 'innlagt', 'indlagt',
  'legevakt*', 'fastlege*', 'lægen', 'læge', 'læger', 'lægerne', 'sygehus*', 'hospitalet', 'sairaala*',
  'lääkäri*', 'terveyskeskus*', 'työterveys*', 'operasjon', 'operasjonen', 'operation', 'leikkaus*',
  'hoidossa', 'företagshälsovård*', 'bedriftshelsetjeneste*',
  'occupational health',
];
