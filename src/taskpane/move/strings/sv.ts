import type { MoveStrings } from './types';

export const MOVE_SV: MoveStrings = {
  heading: 'Flytta bilagor till den säkra servern',
  intro:
    'Varje bilaga sparas på den säkra servern, en länk läggs i mejlet och först därefter tas bilagan bort. Bara mottagarna kan öppna länkarna.',
  offeredFromSend:
    'Mejlet stoppades på grund av bilagorna. Flytta dem till den säkra servern och skicka länkar i stället.',
  start: 'Flytta bilagor till den säkra servern',
  cancel: 'Avbryt',
  undo: 'Ångra',
  noAttachments: 'Det finns inga bilagor att flytta.',
  waiting: 'Väntar',
  reading: 'Läser bilagan…',
  uploading: (sent, total, percent) => `Laddar upp ${sent} av ${total} (${percent} %)`,
  verifying: 'Den säkra servern kontrollerar filen…',
  linking: 'Lägger in länken i mejlet…',
  removing: 'Tar bort bilagan…',
  moved: 'Flyttad. Länken finns i mejlet.',
  undoing: 'Lägger tillbaka bilagan…',
  restored: 'Bilagan är tillbaka och länken borttagen.',
  restoredLinkLeft: 'Bilagan är tillbaka. Ta bort länkrutan överst i mejlet för hand.',
  failedAt: {
    reading: 'Det gick inte att läsa bilagan.',
    uploading: 'Det gick inte att ladda upp bilagan.',
    verifying: 'Den säkra servern kunde inte kontrollera filen.',
    linking: 'Det gick inte att lägga in länken i mejlet.',
    removing: 'Länken finns i mejlet, men bilagan kunde inte tas bort.',
    undo: 'Det gick inte att lägga tillbaka bilagan.',
  },
  problem: {
    'vault-unreachable': {
      message: 'Den säkra servern går inte att nå.',
      tryThis: 'Kontrollera anslutningen och försök igen. Kontakta IT om det fortsätter.',
    },
    'vault-error': {
      message: 'Den säkra servern fick ett fel.',
      tryThis: 'Försök igen om en minut. Kontakta IT om det fortsätter.',
    },
    'checksum-mismatch': {
      message: 'Filen kom fram skadad till den säkra servern och sparades inte.',
      tryThis: 'Försök igen; filen i mejlet är oförändrad.',
    },
    'signed-out': {
      message: 'Din inloggning till den säkra servern har gått ut.',
      tryThis: 'Stäng och öppna Mail Guard igen för att logga in, och försök sedan igen.',
    },
    'sign-in-unavailable': {
      message: 'Den här Outlook-versionen kan inte logga in på den säkra servern.',
      tryThis: 'Använd Outlook på webben eller en aktuell Outlook, eller fråga IT.',
    },
    'sign-in-cancelled': {
      message: 'Inloggningen avbröts.',
      tryThis: 'Försök igen och slutför inloggningen.',
    },
    'too-large': {
      message: 'Filen är större än den säkra servern tar emot.',
      tryThis: 'Dela upp eller komprimera filen, eller fråga IT om gränsen.',
    },
    'refused-type': {
      message: 'Den säkra servern tar inte emot den här typen av fil.',
      tryThis: 'Kontrollera att filen är vad namnet säger, eller fråga IT.',
    },
    refused: {
      message: 'Den säkra servern tog inte emot filen.',
      tryThis: 'Kontrollera mottagarna och försök igen, eller kontakta IT.',
    },
    'office-failed': {
      message: 'Outlook slutförde inte begäran.',
      tryThis: 'Försök igen. Starta om Outlook om det fortsätter.',
    },
    'not-removed': {
      message: 'Outlook visar fortfarande bilagan.',
      tryThis: 'Ta bort bilagan för hand, eller ta bort länkrutan om du vill skicka filen som bilaga.',
    },
    'unsupported-attachment': {
      message: 'Den här typen av bilaga (molnfil eller bifogat mejl) kan inte flyttas.',
      tryThis: 'Dela den på annat sätt eller ta bort den.',
    },
    'no-recipients': {
      message: 'Mejlet har inga mottagare ännu, så ingen skulle kunna öppna länken.',
      tryThis: 'Lägg till mottagarna först och flytta sedan bilagorna.',
    },
    cancelled: { message: 'Avbrutet.', tryThis: 'Börja om när du är redo.' },
  },
  attachmentKept: 'Inget har gått förlorat: bilagan finns kvar i mejlet.',
  bothKept: 'Både länken och bilagan finns i mejlet: ta bort den ena innan du skickar.',
  undoFailedKept: 'Länken finns kvar i mejlet och filen finns kvar på den säkra servern.',
  progressLabel: (name) => `Uppladdning av ${name}`,
  summary: (moved, failed) =>
    failed === 0 ? `${moved} flyttade.` : `${moved} flyttade, ${failed} inte flyttade.`,
};
