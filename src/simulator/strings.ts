/** The simulator's own labels (the task pane has its own strings). */
import type { SimLanguage } from './office/compose-store';

export interface SimStrings {
  readonly banner: string;
  readonly bannerDetail: string;
  readonly language: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly attach: string;
  readonly dropHint: string;
  readonly attachments: string;
  readonly remove: (name: string) => string;
  readonly send: string;
  readonly checking: string;
  readonly sent: string;
  readonly newMessage: string;
  readonly openPane: string;
  readonly closePane: string;
  readonly pane: string;
  readonly alertTitle: string;
  readonly sendAnyway: string;
  readonly dontSend: string;
  /** Outlook's default text of the button `commandId` adds. */
  readonly takeAction: string;
  readonly closeAlert: string;
  /** What the simulator cannot know: the button layout differs in older Outlook clients. */
  readonly alertNote: string;
  readonly handlerFailed: string;
  readonly slow: string;
}

const EN: SimStrings = {
  banner: 'Compose simulator',
  bannerDetail:
    'Not Outlook: a stand-in compose window that runs the real Mail Guard task pane and on-send check.',
  language: 'Display language',
  to: 'To',
  cc: 'Cc',
  bcc: 'Bcc',
  subject: 'Subject',
  body: 'Message body',
  attach: 'Attach file',
  dropHint: 'or drop files here',
  attachments: 'Attachments',
  remove: (name) => `Remove ${name}`,
  send: 'Send',
  checking: 'Mail Guard is checking your message…',
  sent: 'Sent (simulated): the message would have left Outlook now.',
  newMessage: 'New message',
  openPane: 'Check for personal data',
  closePane: 'Close Mail Guard',
  pane: 'Mail Guard task pane',
  alertTitle: 'Mail Guard',
  sendAnyway: 'Send Anyway',
  dontSend: 'Don’t Send',
  takeAction: 'Take Action',
  closeAlert: 'Close (does not send)',
  alertNote:
    'Simulated: buttons as in Outlook on the web and new Outlook. Classic Outlook before version 2412 and older Outlook on Mac put this label on Don’t Send instead.',
  handlerFailed: 'The on-send handler failed; Outlook would not send the message:',
  slow: 'Mail Guard is taking longer than expected…',
};

const SV: SimStrings = {
  banner: 'Skrivfönstersimulator',
  bannerDetail:
    'Inte Outlook: ett skrivfönster som kör Mail Guards riktiga aktivitetsfönster och kontroll vid sändning.',
  language: 'Visningsspråk',
  to: 'Till',
  cc: 'Kopia',
  bcc: 'Hemlig kopia',
  subject: 'Ämne',
  body: 'Meddelandetext',
  attach: 'Bifoga fil',
  dropHint: 'eller släpp filer här',
  attachments: 'Bilagor',
  remove: (name) => `Ta bort ${name}`,
  send: 'Skicka',
  checking: 'Mail Guard kontrollerar ditt meddelande…',
  sent: 'Skickat (simulerat): meddelandet hade lämnat Outlook nu.',
  newMessage: 'Nytt meddelande',
  openPane: 'Sök personuppgifter',
  closePane: 'Stäng Mail Guard',
  pane: 'Mail Guards aktivitetsfönster',
  alertTitle: 'Mail Guard',
  sendAnyway: 'Skicka ändå',
  dontSend: 'Skicka inte',
  takeAction: 'Vidta åtgärd',
  closeAlert: 'Stäng (skickar inte)',
  alertNote:
    'Simulerat: knapparna som i Outlook på webben och nya Outlook. Klassiska Outlook före version 2412 och äldre Outlook för Mac sätter den här texten på Skicka inte i stället.',
  handlerFailed: 'Hanteraren vid sändning misslyckades; Outlook skulle inte skicka meddelandet:',
  slow: 'Mail Guard tar längre tid än väntat…',
};

export function simStrings(language: SimLanguage): SimStrings {
  return language === 'sv-SE' ? SV : EN;
}
