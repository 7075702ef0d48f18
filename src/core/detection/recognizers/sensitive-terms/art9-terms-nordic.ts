/**
 * Other special categories (art. 9) and criminal data (art. 10) in Norwegian, Danish and Finnish, and the
 * names of groups said about people ("er same", "is Kurdish", "går i Pingstkyrkan"). Same shape and tiers
 * as `art9-terms.ts`; severity still follows who the term is about (`about-whom.ts`).
 */
import type { SpecialTerms } from './art9-terms';

// prettier-ignore
export const NORDIC_SPECIAL_TERMS: readonly SpecialTerms[] = [
  {
    kind: 'trade-union',
    strong: [
      'fagforeningsmedlem*', 'medlem av fagforeningen', 'medlem af fagforeningen', 'fagorganisert*', 'fagorganiseret*', 'ammattiliiton jäsen*',
      'liiton jäsen', 'liiton jäsenenä', 'ay-jäsen*', 'ammattiyhdistyksen jäsen*',
      // a union by its letters, inflected after a colon: "TEK:n jäseniä", "JHL:n jäsen"
      'tek:n jäsen*', 'jhl:n jäsen*', 'ytn:n jäsen*', 'pam:n jäsen*', 'tehyn jäsen*', 'akavan jäsen*',
      'erton jäsen*', 'jytyn jäsen*',
    ],
    anchored: ['ammattiliitto*', 'luottamusmie*', 'liiton edustaja*', 'fagforbund*', 'tillitsvalgt*'],
    // Finnish names inflect: "kuuluu Insinööriliittoon", "jäsenenä Tehyssä" (the genitive "Insinööriliiton
    // jäsen" is a strong term of its own)
    membership: [
      'insinööriliitto', 'insinööriliittoon', 'insinööriliitossa', 'jhl', 'tehy', 'tehyyn', 'tehyssä', 'akava',
      'akavaan', 'akavassa', 'fellesforbundet', 'dansk el-forbund', 'tekna', 'nito', 'negotia', 'fagforbundet',
      'dansk metal', 'djøf', 'krifa', 'teollisuusliitto', 'erto', 'ytn', 'tekistä', 'tekiin', 'tekissä',
    ],
  },
  {
    kind: 'religion',
    strong: ['religiøs overbevisning', 'religiøse overbevisning', 'uskonnollinen vakaumus'],
    anchored: [
      'jehovas vitne*', 'jehovas vidne*', 'jehovan todistaja*', 'katolikk', 'katolikker', 'pinsevenn*',
      'muslimi*', 'juutalai*', 'ortodoksi*', 'helluntailai*', 'uskonto*', 'paastoaa', 'ramadanin', 'ramadanen',
      'ramadanissa', 'bønnerom*', 'bederum*', 'rukou*', 'rukoil*', 'moskeij*', 'bønn', 'bøn', 'trosretning*',
      'trossamfunn*', 'trossamfund*', 'jødisk', 'jøde', 'jøder', 'frikirke*', 'frimenighet*', 'fredagsbøn*', 'fredagsbön*', 'friday prayer*',
      'går i kyrkan', 'går i kirken', 'går i kirke', 'går i moskén', 'går i moskeen',
      'går i moskéen', 'goes to church', 'goes to mass', 'goes to mosque', 'goes to the mosque', 'käy kirkossa',
      'religiøse grunner', 'religiøse årsager', 'religiösa skäl', 'religious reasons',
      'uskonnollisista syistä', 'hijab', 'niqab', 'burka', 'kippa', 'kippah', 'prays', 'slöja', 'huivi',
      'bar mitzva*', 'bat mitzva*', 'bibelgrupp*', 'bibelstudi*', 'bible group*', 'bible study', 'raamattupiiri*',
    ],
    membership: [
      'pinsekirken', 'pinsemenigheten', 'pingstkyrkan', 'pingstförsamling*', 'frälsningsarmén', 'frelsesarmeen',
      'missionskyrkan', 'baptistkirken', 'ortodoxa kyrkan', 'den katolske kirke', 'moskéen', 'moskén',
      'moskeen', 'synagogan', 'synagogen', 'ortodoksinen kirkko', 'helluntaiseurakun*',
    ],
  },
  {
    kind: 'ethnicity',
    strong: [
      'etnisk tillhörighet', 'etnisk tilhørighet', 'etnisk tilhørsforhold', 'etnisk bakgrunn', 'etnisk baggrund',
      'etnisk oprindelse', 'etnisk opprinnelse', 'etninen tausta', 'etnistä taustaa', 'etninen alkuperä',
      'racial or ethnic origin',
    ],
    anchored: [
      'kurdisk*', 'kurdish', 'kurd', 'kurder', 'kurdi', 'kurdit', 'är same', 'er same', 'är samer', 'er samer',
      'saamelai*', 'samer', 'romani', 'romanit', 'romanifolk*', 'romer', 'tatere', 'syriani*', 'assyri*',
      'uigur*', 'uyghur*', 'hazara*', 'pashtun*', 'sámi', 'härkomst', 'invandrarbakgrund', 'utländsk bakgrund',
      'utlandsfödd*', 'innvandrerbakgrunn', 'utenlandsk bakgrunn', 'indvandrerbaggrund', 'udenlandsk baggrund',
      'immigrant background', 'maahanmuuttajataust*', 'ulkomaalaistaust*', 'ethnic minority', 'etnisk minoritet',
      'ethnically',
    ],
    membership: [],
  },
  {
    kind: 'sexual-orientation',
    strong: ['seksuell legning', 'seksuel orientering', 'seksuaalinen suuntautuminen', 'kjønnsidentitet', 'kønsidentitet'],
    anchored: [
      'homoseksuel*', 'biseksuel*', 'homoseksuaali*', 'biseksuaali*', 'lesbo*', 'transsukupuoli*',
      'sprang ut som', 'sprunget ud som', 'kom ut som', 'kom ud som', 'tuli kaapista', 'on homo', 'er homo',
      'är homo', 'er lesbisk', 'er bifil', 'olevansa homo', 'homou*',
      // a man's husband, a woman's wife
      'hans mand', 'hans ektemann', 'mannen hans', 'hans make', 'his husband', 'hendes kone', 'hendes hustru',
      'kona hennes', 'hennes kone', 'hennes fru', 'hennar fru', 'her wife',
    ],
    membership: [],
  },
  {
    kind: 'political-opinion',
    strong: ['politisk overbevisning', 'poliittinen vakaumus', 'puolueen jäsen*', 'partimedlemskap*'],
    anchored: [],
    membership: [
      'perussuomalai*', 'vasemmistoliit*', 'kokoomu*', 'sdp', 'rkp', 'kristillisdemokraat*', 'krf', 'rødt', 'enhedslisten', 'radikale venstre',
      'socialistisk folkeparti', 'vihreät', 'vihreiden', 'vihreissä', 'vihreille', 'vihreitä', 'partiets', 'mdg',
      'frp', 'sosialistisk venstreparti', 'miljøpartiet de grønne', 'kristelig folkeparti',
      'liberal alliance', 'konservative folkeparti', 'alternativet', 'moderaterne', 'danmarksdemokraterne',
      // a party's local branch: "formand for partiforeningen"
      'partiforening*', 'partilag*', 'partiavdeling*', 'puolueosasto*', 'puolueyhdisty*',
      // a party's name in the genitive: "Dansk Folkepartis lokalafdeling"
      'dansk folkepartis', 'venstres', 'socialistisk folkepartis', 'konservative folkepartis', 'radikale venstres',
      'enhedslistens', 'høyres',
    ],
  },
  {
    kind: 'biometric-genetic',
    strong: [
      'fingerprint enrol*', 'fingerprint template*', 'biometric template*', 'fingeravtrycksmall*',
      'registrerade fingeravtryck', 'enrolled fingerprints', 'gentest*', 'dna-analyse*', 'dna-resultat*',
      'farskabssag*', 'farskapssak*', 'faderskapsmål*', 'faderskapstest*', 'farskabstest*', 'paternity test*',
      'farskapsrapport*', 'farskabsrapport*', 'paternity report*', 'dna-profil*', 'dna profile*', 'str-profil*',
    ],
    anchored: [
      'fingeravtrykk*', 'fingeraftryk*', 'sormenjälj*', 'ansiktsgjenkjenning*', 'ansigtsgenkendelse*',
      'kasvojentunnistu*', 'ansiktsgeometri*', 'facial geometry', 'face template*', 'irisskann*',
      'stemmeprofil*', 'röstprofil*', 'voiceprint*',
    ],
    membership: [],
    technicalVeto: true,
  },
  {
    kind: 'criminal-record',
    strong: [
      'straffedømt*', 'domfelt*', 'fengselsstraff*', 'fængselsstraf*', 'betinget dom', 'ubetinget fengsel',
      'betinget fengsel', 'betinget fængsel', 'ubetinget fængsel', 'dømt for',
      'rikosrekisteri*', 'rikostuomio*', 'vankeustuomio*', 'ehdollinen tuomio', 'ehdollista vankeutta',
      'rattijuopum*', 'straffet for', 'sonet en dom', 'sonet dommen', 'sonet straff*', 'soner en dom',
      'afsonet', 'afsonede', 'afsoner en dom', 'sittet i fengsel', 'satt i fengsel', 'siddet i fængsel',
      'sad i fængsel', 'vankeuteen', 'vankeutta', 'istui vankilassa', 'istunut vankilassa', 'istuu vankilassa',
      'sitter i fengsel', 'sidder i fængsel', 'soner for', 'soner på', 'sitter inne for', 'sidder inde for',
      'afsoner for', 'avtjener', 'istuu tuomiota', 'suorittaa vankeusrangaistus*',
    ],
    anchored: [
      'siktet for', 'tiltalt for', 'sigtet for', 'er siktet', 'ble siktet', 'blitt siktet', 'er sigtet',
      'ble dømt', 'blev dømt', 'blitt dømt', 'dømt i',
      'blev sigtet', 'anholdt for', 'har en dom for', 'fikk en dom for',
      'fik en dom for', 'fått en dom for', 'fået en dom for', 'har dom for', 'varetekt*', 'varetægt*',
      'tutkintavanke*', 'epäiltynä', 'epäillään', 'käräjäoikeu*', 'ajokielto*', 'under etterforskning for', 'under efterforskning for',
      'etterforsket for', 'efterforsket for', 'politietterforskning*',
      'politiefterforskning*', 'polisutredning*', 'förundersökning*', 'pidätetty*', 'tuomittiin', 'tuomittu*', 'tuomio*',
      'siktelse mot', 'sigtelse mod', 'tiltale mot', 'tiltale mod', 'anmeldt for', 'politianmeldt*', 'forelegg',
      'samfundstjeneste', 'samfunnsstraff', 'kriminalforsorgen', 'prøveløslat*', 'prøveløsladt', 'ehdonalai*',
      'rikostaustaot*', 'pahoinpitely*', 'syyteharkin*', 'syyttee*', 'syytetty*', 'syytettiin', 'esitutkin*',
      'promillekjøring*', 'fyllekjøring*', 'spritkørsel', 'spirituskørsel', 'rattijuoppo*', 'som mistenkt',
      'som mistænkt', 'innkalt til avhør', 'kalt inn til avhør', 'indkaldt til afhøring', 'kuulusteluun',
    ],
    membership: [],
    technicalVeto: true,
  },
];
