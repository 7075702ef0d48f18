/** Den svenska texten i läsfönstret. */
import type { ReadStrings } from './types';

const files = (n: number): string => (n === 1 ? '1 fil' : `${n} filer`);

export const READ_SV: ReadStrings = {
  scanning: 'Kontrollerar mejlet…',
  scanFailed: 'Mail Guard kunde inte kontrollera mejlet.',
  retry: 'Kontrollera igen',
  carries: (sensitive, types, places) =>
    `Mejlet innehåller ${sensitive ? 'känsliga personuppgifter' : 'personuppgifter'}: ${types}, i ${places}.`,
  inText: 'texten',
  and: 'och',
  clean: 'Inga personuppgifter som behöver din uppmärksamhet hittades i mejlet.',
  ask: 'Policy P3: mejlservern är ingen lagringsplats. Spara det på den säkra servern och radera mejlet.',
  retention: (name) => `Sparas på den säkra servern med lagringsklassen ”${name}”.`,
  retentionDefault: 'Sparas på den säkra servern med serverns vanliga lagringstid.',
  wholeMessage: 'Spara även hela mejlet (.eml)',
  wholeMessageUnsupported: 'Den här Outlook kan inte spara hela mejlet: bara bilagorna sparas.',
  archive: 'Spara på säkra servern och radera',
  keep: 'Behåll i brevlådan',
  keepHeading: 'Behålla mejlet i brevlådan?',
  keepExplanation: 'Ditt skäl registreras för dataskyddsombudet, utan några av personuppgifterna.',
  keepConfirm: 'Behåll och registrera skälet',
  kept: 'Mejlet finns kvar i brevlådan. Ditt skäl registrerades.',
  step: {
    reading: 'läsa mejlet',
    uploading: 'spara på den säkra servern',
    verifying: 'kontrollera den sparade kopian',
    deleting: 'radera mejlet',
  },
  reading: 'Läser mejlet…',
  uploading: (name, index, count) => `Sparar ”${name}” på den säkra servern (${index} av ${count})…`,
  verifying: (name) => `Kontrollerar den sparade kopian av ”${name}”…`,
  deleting: 'Kopiorna är kontrollerade. Raderar mejlet…',
  done: (n, until) =>
    `Sparat på den säkra servern (${files(n)}, sparas till ${until}) och raderat från brevlådan.`,
  alreadyDeleted: (n, until) =>
    `Sparat på den säkra servern (${files(n)}, sparas till ${until}). Mejlet var redan raderat.`,
  attachmentsOnly: 'Den här Outlook kunde inte spara hela mejlet, så bara bilagorna sparades.',
  peopleLeftOut: (n) =>
    `${n === 1 ? '1 person' : `${n} personer`} i mejlet kunde inte listas med kopiorna (listan var full), så dataskyddsombudet hittar inte kopiorna genom att söka på ${n === 1 ? 'den personen' : 'dem'}.`,
  failedNothingDeleted: (step) => `Inget raderades. Steget som misslyckades: ${step}.`,
  failedDelete: 'Din kopia är sparad och kontrollerad på den säkra servern, men mejlet kunde inte raderas.',
  problem: {
    'not-readable': 'Outlook lämnade inte ut mejlet eller en av bilagorna.',
    'nothing-to-store':
      'Det finns inget Mail Guard kan spara (inga bilagor, och den här Outlook kan inte spara hela mejlet).',
    'vault-unreachable': 'Den säkra servern gick inte att nå. Försök igen om en stund.',
    'vault-refused': 'Den säkra servern tog inte emot filen. Fråga IT (lagringsklass, storlek eller filtyp).',
    'sign-in': 'Inloggningen misslyckades. Försök igen; fråga IT om det fortsätter.',
    checksum: 'Den sparade kopian stämde inte med mejlet och togs bort.',
    'graph-unreachable': 'Microsoft 365 gick inte att nå. Försök igen, eller radera mejlet själv.',
    'graph-refused':
      'Microsoft 365 lät inte Mail Guard radera mejlet (behörigheten Mail.ReadWrite). Radera det själv eller fråga IT.',
    'no-rest-id': 'Outlook kunde inte ange mejlets id för Microsoft 365. Radera mejlet själv.',
    cancelled: 'Avbrutet.',
  },
  tryAgain: 'Försök igen',
  notConfigured: 'Den säkra servern är inte inställd (policy.json vault.url). Fråga IT.',
};
