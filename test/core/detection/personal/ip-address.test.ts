import { ipAddress } from '../../../../src/core/detection/recognizers/personal';
import { isPrivateIpv4, parseIpv4 } from '../../../../src/core/detection/recognizers/personal/ip-ranges';
import { isPrivateIpv6, parseIpv6 } from '../../../../src/core/detection/recognizers/personal/ipv6';
import { analyze } from '../../../../src/core/detection';
import { env, scan, trickyCase, values } from './helpers';

describe('ip-address', () => {
  it.each([
    [
      'user logged in from a public IPv4',
      'Användaren loggade in från 203.0.113.7 i natt.',
      '203.0.113.7',
      'keyword:användaren',
    ],
    [
      'customer IP in English',
      'The customer connected from 198.51.100.23 twice',
      '198.51.100.23',
      'keyword:customer',
    ],
    ['his IP', 'Hans IP var 192.0.2.15 enligt loggen', '192.0.2.15', 'keyword:hans'],
    ['IPv6 of a user', 'User anna logged in from 2001:db8::1', '2001:db8::1', 'keyword:user'],
    ['a home router of a person', 'His home router is at 81.227.45.12 now', '81.227.45.12', 'keyword:his'],
    [
      'full IPv6 of a subscriber',
      'Abonnenten har 2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      'keyword:abonnenten',
    ],
  ])('finds %s', (_name, text, value, keyword) => {
    const findings = scan(text, [ipAddress]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('network');
    expect(findings[0]?.reasons).toEqual(['check:format', keyword]);
  });

  it.each([
    ['a server without a person (tricky case, documentation ranges)', trickyCase('Server 192.0.2.15').text],
    ['firmware version (tricky case)', trickyCase('Firmware 1.2.3.4').text],
    ['lab gateway even next to a user', 'Användaren når gatewayen på 192.168.1.20'],
    ['10/8 device inventory', 'Sensor 14: 10.0.4.21, user admin'],
    ['172.16/12', 'user login via 172.20.1.1'],
    ['loopback', 'the user hit 127.0.0.1'],
    ['link-local IPv6', 'user on fe80::1ff:fe23:4567:890a'],
    ['unique-local IPv6', 'customer at fd12:3456:789a::1'],
    ['a private IPv4 embedded in IPv6', 'Jeg har tjekket loggen: Client Address: ::ffff:10.40.0.25'],
    ['version string with v', 'Kunden kör v1.2.3.4'],
    ['OID', 'User OID 1.3.6.1.2.1.1.3 i SNMP'],
    ['octet out of range', 'user from 300.1.2.3'],
    ['leading zeros', 'user from 010.001.002.003'],
    ['MAC address', 'Användaren har MAC 00:1A:2B:3C:4D:5E'],
    ['time of day', 'Användaren loggade in 10:22:01'],
    ["a certificate's serial, eight bytes", 'Jeg har rullet nyt cert ud (serial 4F:A2:19:7C:0D:E3:55:81)'],
    ['public IP without a person word', 'DNS 8.8.8.8 svarar'],
    ['a network range', 'Oskar og jeg har fundet frem til: Göteborg kontor 194.17.48.0/26'],
    ['the company VPN exit', 'Jeg har tjekket det: VPN-udgang 194.17.48.62'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [ipAddress])).toEqual([]);
  });

  it.each([
    ['203.0.113.7', [203, 0, 113, 7], false],
    ['192.168.1.20', [192, 168, 1, 20], true],
    ['172.31.255.255', [172, 31, 255, 255], true],
    ['172.32.0.1', [172, 32, 0, 1], false],
    ['100.64.0.1', [100, 64, 0, 1], true],
    ['224.0.0.1', [224, 0, 0, 1], true],
  ])('IPv4 %s', (value, octets, isPrivate) => {
    expect(parseIpv4(value)).toEqual(octets);
    expect(isPrivateIpv4(octets)).toBe(isPrivate);
  });

  it.each([
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1], false],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1], true],
    ['fe80::1', [0xfe80, 0, 0, 0, 0, 0, 0, 1], true],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8], false],
  ])('IPv6 %s', (value, groups, isPrivate) => {
    expect(parseIpv6(value)).toEqual(groups);
    expect(isPrivateIpv6(groups)).toBe(isPrivate);
  });

  it.each(['1:2:3:4:5:6', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::1', '10:22:01'])(
    'not IPv6: %s',
    (value) => {
      expect(parseIpv6(value)).toBeNull();
    },
  );
});

describe('ip-address in Norwegian', () => {
  it('does not read "her" (here) as a person', () => {
    expect(scan('Her er loggen fra 203.0.113.7', [ipAddress])).toEqual([]);
  });
});

describe('ip-address of a home connection', () => {
  it.each([
    ['Mun kotiliittymän julkinen IP on 91.154.27.183 (Elisa kuitu).', ['91.154.27.183']],
    ['Hemmanätverket har adressen 81.232.14.9 just nu.', ['81.232.14.9']],
  ])('%j', (text, expected) => {
    expect(values(scan(text, [ipAddress]))).toEqual(expected);
  });

  it('trap: a server’s address in Finnish stays quiet', () => {
    expect(scan('Palvelimen IP on 91.154.27.183.', [ipAddress])).toEqual([]);
  });
});

describe('ip-address in a row of people', () => {
  it.each([
    ['Juha Korhonen   85.76.142.203   (kiinteä IP)', ['85.76.142.203']],
    ['- Aleksi Nurmi: 91.155.38.77', ['91.155.38.77']],
  ])('a public address on a line that opens with a name is that person’s: %j', (text, expected) => {
    const findings = scan(text, [ipAddress]);
    expect(values(findings)).toEqual(expected);
    expect(findings[0]?.reasons).toContain('person:line');
  });

  it.each([
    // a sentence that starts with a name, the address far into it: a host
    ['Sigrid, kan du lägga till servern vi pratade om igår i listan: 85.76.142.203'],
    // private ranges stay infrastructure whoever is named
    ['Juha Korhonen   10.30.4.12'],
  ])('trap: %j', (text) => {
    expect(values(scan(text, [ipAddress]))).toEqual([]);
  });

  // a subject line names a host more often than someone's connection
  it('not in a heading', () => {
    const findings = analyze({ text: 'Juha Korhonen 85.76.142.203', heading: true }, env(), [ipAddress]);
    expect(findings.findings).toEqual([]);
  });
});
