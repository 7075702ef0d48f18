/** Svenska: the task pane's Swedish UI text. */
import { COMPACT_SV } from './compact-sv';
import { entityLabelOf } from '../../addin/entity-labels';
import type { Strings } from './types';

export const SV: Strings = {
  ...COMPACT_SV,
  appTitle: 'Mail Guard',
  scanning: 'Kontrollerar ditt utkast…',
  scanFailed: 'Mail Guard kunde inte kontrollera utkastet.',
  retry: 'Kontrollera igen',
  verdictTitle: {
    allow: 'Inget att oroa sig för',
    warn: 'Personuppgifter — överväg',
    block: 'Känsliga uppgifter — måste åtgärdas',
  },
  verdictDetail: {
    allow: 'Inga personuppgifter som kräver din uppmärksamhet hittades i utkastet.',
    warn: 'Utkastet innehåller personuppgifter. Skicka bara det mottagaren behöver.',
    block:
      'Utkastet innehåller känsliga personuppgifter. Det stoppas vid sändning tills du har åtgärdat det.',
  },
  category: {
    'national-id': 'Personnummer och samordningsnummer',
    'identity-document': 'Id-handlingar',
    health: 'Hälsouppgifter',
    'special-category': 'Känsliga personuppgifter',
    'financial-card': 'Betalkort',
    financial: 'Bankuppgifter',
    contact: 'Kontaktuppgifter',
    network: 'IP-adresser',
    vehicle: 'Registreringsnummer',
    'date-of-birth': 'Födelsedatum',
    name: 'Namn',
    recipient: 'Mottagare',
  },
  advice: {
    'national-id':
      'Ta bort numret om mottagaren inte verkligen behöver det; skicka aldrig listor med nummer.',
    'identity-document': 'Ta bort dokumentnumret, eller dela det via den säkra servern.',
    health: 'Ta bort hälsouppgifterna; dela dem bara via den säkra servern om de måste delas.',
    'special-category': 'Ta bort uppgifterna om de inte är absolut nödvändiga; använd den säkra servern.',
    'financial-card': 'Skicka aldrig kortnummer med e-post. Ta bort numret.',
    financial: 'Kontrollera att mottagaren behöver kontouppgifterna; ta annars bort dem.',
    contact: 'Kontrollera att mottagaren behöver kontaktuppgifterna.',
    network: 'Kontrollera att mottagaren behöver IP-adressen; ta annars bort den.',
    vehicle: 'Kontrollera att mottagaren behöver registreringsnumret.',
    'date-of-birth': 'Kontrollera att mottagaren behöver födelsedatumet; ta annars bort det.',
    name: 'Kontrollera att mottagaren behöver namnen.',
    recipient: 'Kontrollera vem meddelandet går till innan du skickar det.',
  },
  attachmentAdvice: 'Eller flytta bilagan till den säkra servern och skicka en länk i stället (P3).',
  clause: {
    P1: 'P1 — skicka inte onödiga personuppgifter med e-post.',
    P2: 'P2 — undvik att mejla känsliga personuppgifter, t.ex. hälsouppgifter och personnummer.',
    P3: 'P3 — lagra uppgifter på den säkra servern, inte i e-posten.',
    P4: 'P4 — en avgången medarbetares e-post raderas inom sex månader.',
    P5: 'P5 — spara inte e-post med personuppgifter längre än 10 år.',
    P6: 'P6 — den registrerade får se, invända mot och radera sina uppgifter.',
  },
  findingsHeading: (count) => (count === 1 ? '1 fynd' : `${count} fynd`),
  where: {
    subject: 'Ämnesraden',
    body: 'Meddelandetexten',
    quotedBody: 'Citerat tidigare meddelande',
    recipients: 'Mottagare',
    attachment: (name) => `Bilagan ${name}`,
    attachmentName: (name) => `Filnamnet ${name}`,
  },
  labels: { where: 'Var', why: 'Varför', policy: 'Policy', todo: 'Gör så här' },
  why: {
    pattern: (type) => `Ser ut som ${type}.`,
    valid: (check) => `Kontrollen ${check} stämmer.`,
    weak: (check, why) => `Kontrollen ${check} bevisar lite här (${why}).`,
    notChecked: 'Den här sortens uppgift har ingen kontrollsiffra.',
    boosted: (word) => `Ordet ”${word}” i närheten gör det mer sannolikt.`,
    lowered: (word) => `Ordet ”${word}” i närheten gör det mindre sannolikt.`,
    term: (word) => `Ordet ”${word}” är en sådan uppgift.`,
    anchor: (word) =>
      word === 'name' ? 'Det sägs om en namngiven person.' : `Det sägs om en person (”${word}”).`,
    checkName: {
      luhn: 'Luhn',
      mod11: 'mod-11',
      mod97: 'IBAN mod-97',
      'mod-31': 'kontrolltecken',
      date: 'datum',
      format: 'format',
    },
  },
  bulk: (count, type, attachment) => `${count} ${type} i ${attachment}`,
  moreInAttachments: (count) => `…och ${count} till av samma slag i bilagorna.`,
  bulkHeading: 'Listor med personer',
  errorsHeading: 'Inte helt kontrollerat',
  errorCode: {
    'not-read': 'Kunde inte läsas',
    unsupported: 'Filtypen stöds inte',
    encrypted: 'Lösenordsskyddad',
    'too-large': 'För stor för att kontrolleras',
    failed: 'Kunde inte kontrolleras',
    partial: 'Bara delvis kontrollerad',
    truncated: 'Bara början kontrollerades',
    image: 'Bild: text i bilder kontrolleras inte',
  },
  dismiss: 'Inte personuppgifter',
  dismissLabel: (type, masked) => `Markera ${type} ${masked} som inte personuppgifter i det här utkastet`,
  dismissedCount: (count) =>
    count === 1
      ? '1 fynd markerat som inte personuppgifter.'
      : `${count} fynd markerade som inte personuppgifter.`,
  restoreDismissed: 'Visa dem igen',
  moveAttachments: 'Flytta bilagor till den säkra servern',
  moveUnavailable: 'Kräver en nyare Outlook (Mailbox 1.8) för att läsa och ersätta bilagor.',
  openPolicy: 'Läs e-postpolicyn',
  closePolicy: 'Stäng',
  policyTitle: 'Vinnter AB — E-postpolicy',
  openedFromSend: 'Mejlet skickades inte. Åtgärda fynden nedan och skicka sedan igen.',
  sendAnyway: {
    heading: 'Skicka ändå',
    open: 'Jag har skäl att skicka det som det är…',
    explanation:
      'Mejlpolicyn (P2) säger att känsliga personuppgifter inte ska skickas med mejl: den säkra servern är det säkra sättet. ' +
      'Om du har ett lagligt skäl att skicka precis det som visas ovan bekräftar du det här. Beslutet gäller bara det här utkastet; ' +
      'det du lägger till efteråt kontrolleras igen när du skickar.',
    confirm: 'Skicka som det är',
    cancel: 'Gå tillbaka',
    recorded: 'Ditt beslut är sparat: kontrollen vid sändning släpper igenom utkastet som det ser ut nu.',
    withdraw: 'Ångra beslutet',
  },
  policyFileProblem: 'Policyfilen innehåller fel; Mail Guard använder de inbyggda reglerna.',
  entityType: (type, count) => entityLabelOf(type, 'sv', count),
};
