/** Svenska: the compact view's text. */
import type { CompactStrings } from './compact-types';
import { countOf } from './grammar';

const join = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1] as string}`;

const numbered = (one: string, many: string) => (count: number, numbers: string) =>
  `${count === 1 ? one : many} ${numbers}`;

export const COMPACT_SV: CompactStrings = {
  list: join,
  position: {
    inPart: { subject: 'i ämnesraden', body: 'i meddelandet', recipients: 'bland mottagarna' },
    inQuoted: 'i det citerade meddelandet',
    inFile: (name) => `i ${name}`,
    fileName: (name) => `i filnamnet ${name}`,
    line: numbered('rad', 'rad'),
    page: numbered('sidan', 'sidorna'),
    slide: numbered('bild', 'bilderna'),
    morePlaces: (count) => countOf('sv', count, { one: 'ställe till', other: 'ställen till' }),
  },
  banner: {
    promptTitle: 'Kontrollera innan du skickar',
    promptDetail: 'Du får bekräfta när du skickar.',
    overrideTitle: 'Du har valt att skicka det som det är',
    overrideDetail: 'Ditt skäl är sparat. Det du lägger till kontrolleras igen när du skickar.',
    notChecked: (places) => `Kunde inte kontrolleras helt: ${places}.`,
    fromSend: 'Meddelandet skickades inte. Åtgärda det som står nedan och skicka sedan igen.',
  },
  fix: {
    mask: 'Maskera',
    maskLabel: (what) => `Maskera ${what} i meddelandet`,
    masked: (count) =>
      `${countOf('sv', count, { one: 'uppgift', other: 'uppgifter' })} maskerade i meddelandet.`,
    undo: 'Ångra',
    undone: 'Meddelandet är som förut.',
    maskFailed: 'Mail Guard kunde inte ändra meddelandet.',
    undoFailed: 'Det går inte att ångra: meddelandet har ändrats sedan dess. Ändra det för hand.',
    tryAgain: 'Försök igen',
    move: 'Flytta till den säkra servern',
    details: 'Detaljer',
    detailsLabel: (what) => `Detaljer: ${what}`,
    notPersonal: 'Inte personuppgifter',
    notPersonalLabel: (what) => `Markera ${what} som inte personuppgifter`,
    infoSummary: (count) =>
      `${countOf('sv', count, { one: 'annan uppgift', other: 'andra uppgifter' })} som inte kräver något`,
  },
  reasons: {
    dismissHeading: 'Inte personuppgifter?',
    dismissExplanation:
      'Det här är känsliga uppgifter (policy P2). Ange varför det inte är personuppgifter. Skälet sparas, utan själva uppgifterna.',
    dismissConfirm: 'Bekräfta',
    question: 'Skäl',
    option: {
      'not-personal-data': 'Det gäller ingen verklig person (test- eller exempeldata)',
      'recipient-entitled': 'Mottagaren har rätt till uppgifterna',
      'requested-by-data-subject': 'Personen det gäller har bett om det',
      'required-by-law': 'Krävs enligt lag',
      'internal-use': 'Endast för internt bruk',
      other: 'Annat skäl',
    },
    otherLabel: 'Ditt skäl (inga namn eller nummer)',
    missing: 'Välj ett skäl eller skriv ett.',
    problem: {
      'too-long': 'Håll skälet under 200 tecken.',
      'has-number': 'Skriv inga nummer i skälet.',
      'has-address': 'Skriv inga adresser i skälet.',
    },
    cancel: 'Gå tillbaka',
  },
};
