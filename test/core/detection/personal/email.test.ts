import { emailAddress, maskEmail } from '../../../../src/core/detection/recognizers/personal';
import { env, scan, values } from './helpers';

describe('email-address', () => {
  it.each([
    [
      'Swedish mail',
      'Skicka avtalet till anna.svensson@example.com så skriver hon under.',
      'anna.svensson@example.com',
    ],
    ['in angle brackets', 'From: Erik <erik+nyhetsbrev@kund.se>', 'erik+nyhetsbrev@kund.se'],
    ['subdomain and hyphen', 'mail p-o.nilsson@mail.kund-ab.co.uk!', 'p-o.nilsson@mail.kund-ab.co.uk'],
    ['end of sentence', 'Kontakta kalle@example.org.', 'kalle@example.org'],
    ['internationalised address', 'Maila åsa@företaget.se', 'åsa@företaget.se'],
    // a person's address with digits is still theirs; a hexadecimal-looking name too
    ['digits in a name', 'Skriv till anna.berg1987@gmail.com', 'anna.berg1987@gmail.com'],
    ['short hexadecimal name', 'Mejla face.cafe@kund.se', 'face.cafe@kund.se'],
  ])('finds %s', (_name, text, value) => {
    const findings = scan(text, [emailAddress]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('contact');
    expect(findings[0]?.reasons).toEqual(['check:format']);
  });

  it.each([
    ['role mailbox', 'Frågor? Mejla support@example.com'],
    ['noreply', 'Svara inte till noreply@example.com'],
    ['shared mailbox, Norwegian', 'Send fakturaen til post@fjordnet.no'],
    ['shared mailbox with a diacritic', 'Mejla växel@kommunen.se om numret'],
    ['a newsroom’s desk', 'Ny Teknik;fackpress;nyheter@nyteknik.se;redaktionen@di.se;tips@cs.se'],
    [
      'test account under a reserved domain',
      'Testbrugere: test01@glyconordic.test ... test06@glyconordic.test',
    ],
    ['reserved .example domain', 'Log in as anna.berg@demo.example'],
    ['message ID', 'Message-ID: <20260306074755.3F1A2C0B19@mail.dhl-levering-se.info>'],
    ['message ID as a UUID', 'Message-ID: <7e3c0a5f-2d81-4b61-bf0e-a3c2d47f9e15@posti-seuranta.info>'],
    ['bounce address', 'Return-Path: <bounce@mx2.sharepoint-docs-online.com>'],
    ['Finnish notification mailbox', 'Lähettäjä: "Posti" <ilmoitus@posti-seuranta.info>'],
    ['no TLD', 'user@localhost'],
    ['numeric TLD', 'anna@10.0.0.1'],
    ['not an address', 'Möte @ kontoret kl 10'],
    ['package scope', 'npm install @navikt/diagnosekoder'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [emailAddress])).toEqual([]);
  });

  it.each([
    ['anna.svensson@example.com', 'an**.********@example.com'],
    ['bo@example.com', 'bo@example.com'],
    ['p-o_nilsson@kund.se', 'p-*_*******@kund.se'],
  ])('masks %s as %s (the domain names an organisation, not the person)', (value, masked) => {
    expect(maskEmail(value)).toBe(masked);
  });

  it('uses its mask on findings', () => {
    expect(scan('till anna.svensson@example.com', [emailAddress])[0]?.masked).toBe(
      'an**.********@example.com',
    );
  });

  it('does not read a 200 000-character run as a local part (bounded, linear pattern)', () => {
    expect(scan(`${'a'.repeat(200_000)}@example.com`, [emailAddress])).toEqual([]);
    expect(values(scan(`${'a'.repeat(64)}@example.com`, [emailAddress]))).toHaveLength(1);
  });

  it.each([
    ['the recipient', { emails: ['anna.svensson@example.com'] }, []],
    ['an own domain', { ownDomains: ['example.com'] }, []],
    ['someone else', { emails: ['bo@example.com'] }, ['anna.svensson@example.com']],
  ])('leaves allow-listing to the engine: %s', (_name, allow, expected) => {
    expect(values(scan('till anna.svensson@example.com', [emailAddress], env(allow)))).toEqual(expected);
  });
});
