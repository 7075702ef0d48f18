/** The read simulator's own labels (the task pane has its own strings). */
import type { SimLanguage } from '../office/compose-store';

export interface ReadSimStrings {
  readonly banner: string;
  readonly bannerDetail: string;
  readonly noGraph: string;
  readonly language: string;
  readonly inbox: string;
  readonly from: string;
  readonly to: string;
  readonly attachments: string;
  readonly pane: string;
}

const EN: ReadSimStrings = {
  banner: 'Read simulator',
  bannerDetail: 'Not Outlook: a stand-in inbox that runs the real Mail Guard read pane.',
  noGraph: 'No Microsoft Graph connected (?graph=): archiving works, deleting will fail and say so.',
  language: 'Display language',
  inbox: 'Inbox',
  from: 'From',
  to: 'To',
  attachments: 'Attachments',
  pane: 'Mail Guard task pane',
};

const SV: ReadSimStrings = {
  banner: 'Lässimulator',
  bannerDetail: 'Inte Outlook: en låtsasinkorg som kör Mail Guards riktiga läsfönster.',
  noGraph:
    'Ingen Microsoft Graph ansluten (?graph=): arkivering fungerar, radering misslyckas och säger det.',
  language: 'Visningsspråk',
  inbox: 'Inkorg',
  from: 'Från',
  to: 'Till',
  attachments: 'Bilagor',
  pane: 'Mail Guards aktivitetsfönster',
};

export function readSimStrings(language: SimLanguage): ReadSimStrings {
  return language === 'sv-SE' ? SV : EN;
}
