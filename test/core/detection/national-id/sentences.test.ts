import { found } from './helpers';

// Realistic HR, payroll and support mail with embedded numbers (all numbers are published test values).
describe('identity numbers in realistic mail', () => {
  it.each([
    [
      'sv: HR onboarding',
      'Hej Maria!\nVälkommen till oss. Kan du bekräfta dina uppgifter: personnummer 19850709-9805, bankkonto enligt bifogad blankett.\nMvh Personalavdelningen',
      ['se-personnummer 19850709-9805'],
    ],
    [
      'sv: payroll list with a coordination number',
      'Lönekörning november:\n- Anna A, 850709-9805, 32 000 kr\n- Oleksandr K (samordningsnummer) 730288-9931, 28 500 kr\nOrdernr 2103150013 gäller kontorsmaterial.',
      ['se-personnummer 850709-9805', 'se-samordningsnummer 730288-9931'],
    ],
    [
      'sv: support mail with only business numbers',
      'Hej, ärende 2103150013 gäller routern med serienummer 8507099805. Ring växeln 0317401234 om det strular. Faktura 556016-0680 betald.',
      [],
    ],
    [
      'en: visa application',
      "For the work permit we need the new hire's Swedish personal identity number (8507099805) and passport number 87654321.",
      ['se-personnummer 8507099805', 'identity-document 87654321'],
    ],
    [
      'no: lønn',
      'Hei! Her er opplysningene til Kari: fødselsnummer 130972 48022, kontonummer 1234.56.78903.',
      ['no-fodselsnummer 130972 48022'],
    ],
    [
      'da: ansættelse',
      'Kære Lars, vi mangler dit CPR-nummer (130672-9647) for at kunne oprette dig i lønsystemet.',
      ['dk-cpr 130672-9647'],
    ],
    [
      'fi: palkanlaskenta',
      'Hei, uuden työntekijän henkilötunnus on 010594Y9032 ja aloituspäivä 2025-01-07.',
      ['fi-hetu 010594Y9032'],
    ],
    [
      'sv: interim number from a hospital',
      'Patienten saknar personnummer, interimsnummer 20000101-T220 används tills vidare.',
      ['se-interimsnummer 20000101-T220'],
    ],
    [
      'sv: very old relative with + separator',
      'Farmor är född 090527+1474 och bor på äldreboendet.',
      ['se-personnummer 090527+1474'],
    ],
    [
      'en: forwarded thread with several numbers',
      '> From: HR\n> Employees missing documents:\n> 850709-9805 (passport pending)\n> 19000405-9937\n> 4608239986\nThanks!',
      ['se-personnummer 850709-9805', 'se-personnummer 19000405-9937'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
