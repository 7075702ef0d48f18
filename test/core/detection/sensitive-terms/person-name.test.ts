import { personNameRecognizer } from '../../../../src/core/detection/recognizers/sensitive-terms';
import { scan, values } from './scan';

const names = [personNameRecognizer];

describe('person names: true positives', () => {
  it.each([
    ['Erik Larsson på inköp vill ha en ny prislista.', ['Erik Larsson']],
    ['Kontakta Anna Maria Lindqvist om avtalet.', ['Anna Maria Lindqvist']],
    ['Hej Anna,\nTack för igår.', ['Anna']],
    ['Dear John, thanks for the quick reply.', ['John']],
    ['Hälsningar,\nErik Larsson\nVinnter AB', ['Erik Larsson']],
    ['Med vänliga hälsningar\n\nSofia', ['Sofia']],
    ['Please ask Mark Jensen about the invoice.', ['Mark Jensen']],
    ['Per Andersson har godkänt offerten.', ['Per Andersson']],
    ['Mvh Kari Nordmann', ['Kari Nordmann']],
    ['The keynote was by John F. Kennedy Jr', ['John F. Kennedy']],
    ['Anna-Karin Svensson och Mikko Virtanen deltar.', ['Anna-Karin Svensson', 'Mikko Virtanen']],
    ['//Lars', ['Lars']],
    ['Möte med Lars Nilsson och Karin Berg kl 10.', ['Lars Nilsson', 'Karin Berg']],
    ['Olivia Marie Svensson har skickat CV:t.', ['Olivia Marie Svensson']],
    ['Bo Andersson ringde om leveransen.', ['Bo Andersson']],
    ['Tack Anna och Erik för hjälpen!', ['Anna']],
  ])('%s', (text, expected) => {
    expect(values(text, names)).toEqual(expected);
  });

  it('is info severity and masked', () => {
    const [finding] = scan('Erik Larsson på inköp.', names);
    expect(finding).toMatchObject({
      type: 'person-name',
      category: 'name',
      severity: 'info',
      masked: 'Er** *******',
    });
    expect(finding?.reasons).toContain('name:first-last');
  });
});

describe('person names: true negatives and traps', () => {
  it.each([
    'Mark the ticket as done before Friday.',
    'Will Smith-style demos are not our thing.',
    'Inga Problem med leveransen.',
    'Priset är 12 kr per styck.',
    'Klara Kunden först, sedan resten.',
    'Leveransen till Erik Larsson AB är försenad.',
    'Kontoret ligger på Karl Johans gate i Oslo.',
    'Mötet flyttas till Måndag September.',
    'Max Power mode drains the battery.',
    'Tom Lista returneras från API:t.',
    'Anna har skickat filen.',
    'Ask Siri Shortcuts to open the dashboard.',
    'KONTAKTA ANNA LARSSON OM DETTA',
    'Carl Zeiss Meditec levererar optiken.',
    'We use Julia Computing for the simulations.',
    'Max Sensors Per Gateway: 64',
    'Signe Avtalet Nu',
    'Marcus Wallenberg-hallen är bokad för kickoffen.',
    'Release Notes for Version 2.4',
    'Oscar Properties har köpt tomten.',
  ])('%s', (text) => {
    expect(values(text, names)).toEqual([]);
  });
});
