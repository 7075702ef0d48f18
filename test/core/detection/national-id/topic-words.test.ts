import { found } from './helpers';

// A topic word ("sak", "case", "project", "report", "PO") names a matter. Right before a number it is the
// number's label; a person named between the topic word and the number makes the number the person's.
describe('topic words label a number only when they stand right before it', () => {
  it.each([
    ['Danish case about a named person', 'Sag om Jens Hansen 130672-9647 er lukket', 'dk-cpr 130672-9647'],
    [
      'Norwegian case, name between',
      'Sak: Anna Berg 13097248022 må behandles i dag',
      'no-fodselsnummer 13097248022',
    ],
    [
      'Swedish project with a named consultant',
      'Projekt Nova, konsult Anna Berg 850709-9805',
      'se-personnummer 850709-9805',
    ],
    [
      'English report on a named applicant',
      'Report for applicant Anna Berg, 850709-9805, attached',
      'se-personnummer 850709-9805',
    ],
  ])('%s: found', (_label, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['case number', 'Sak 8507099805 är stängd'],
    ['case number with "nr"', 'Sak nr: 8507099805'],
    ['Danish case', 'Sag 1306729647 afsluttet'],
    ['purchase order', 'PO 850709-9805 levereras fredag'],
    ['report number', 'Rapport 8507099805 bifogas'],
    ['incident', 'Incident 8507099805 resolved'],
    ['transaction', 'Transaktion 8507099805 genomförd'],
    ['project number after the name', 'Projekt 8507099805 startar i januari'],
  ])('%s: quiet', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a parcel or a staff number is labelled as such', () => {
  it.each([
    ['a parcel', 'Kolli 850709-9805 skickat med DHL.'],
    ['a staff number', 'Anställningsnummer 8507099805 saknas i lönefilen.'],
  ])('%s: no identity number', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});
