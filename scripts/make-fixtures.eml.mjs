// Writes the end-to-end messages in test/fixtures/eml/: each wraps fixture attachments from
// test/fixtures/attachments/ in a MIME message (base64 parts). Named `<what>.<expected verdict>.eml`.
// Run by scripts/make-fixtures.sh; deterministic (fixed dates and boundaries) so reruns give the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const attachments = join(root, 'test/fixtures/attachments');
const out = join(root, 'test/fixtures/eml');

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv',
  ics: 'text/calendar',
  vcf: 'text/vcard',
};

const base64 = (bytes) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
const encodeWord = (text) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

function message({ subject, to, body, files }) {
  const boundary = '----=_MailGuardFixture_0001';
  const lines = [
    'From: Anna Svensson <anna.svensson@vinnter.se>',
    `To: ${to}`,
    `Subject: ${encodeWord(subject)}`,
    'Date: Tue, 11 Mar 2025 09:30:00 +0100',
    'Message-ID: <fixture-' + subject.length + '@vinnter.se>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64(Buffer.from(body, 'utf8')),
  ];
  for (const file of files) {
    const extension = file.split('.').pop();
    const name = file.replace(/\.[a-z-]+\.([a-z]+)$/, '.$1');
    lines.push(
      `--${boundary}`,
      `Content-Type: ${TYPES[extension]}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64(readFileSync(join(attachments, file))),
    );
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}

const MESSAGES = [
  [
    'staff-list.block.eml',
    {
      subject: 'Personallista',
      to: 'Kund <kontakt@example.com>',
      body: 'Hej,\r\nhär kommer listan du bad om.\r\n/Anna',
      files: ['staff-list.personnummer.xlsx'],
    },
  ],
  [
    'contract.block.eml',
    {
      subject: 'Avtal för underskrift',
      to: 'Jurist <jurist@example.com>',
      body: 'Hej,\r\nbifogat finns avtalet.\r\n/Anna',
      files: ['contract.personnummer.docx'],
    },
  ],
  [
    'payslip.block.eml',
    {
      subject: 'Lönespec mars',
      to: 'Johan Berg <johan.berg@example.com>',
      body: 'Hej Johan,\r\nhär är din lönespecifikation.\r\n/Anna',
      files: ['payslip.personnummer.pdf'],
    },
  ],
  [
    'customers.warn.eml',
    {
      subject: 'Kundexport',
      to: 'Partner <partner@example.com>',
      body: 'Hej,\r\nexporten från kundregistret bifogas.\r\n/Anna',
      files: ['customers.phone-email.csv'],
    },
  ],
  [
    'doctor-appointment.block.eml',
    {
      subject: 'Läkartid',
      to: 'Chef <chef@example.com>',
      body: 'Hej,\r\njag är borta på förmiddagen, se bokningen.\r\n/Anna',
      files: ['doctor-appointment.health.ics'],
    },
  ],
  [
    'contact.block.eml',
    {
      subject: 'Kontaktuppgifter',
      to: 'Leverantör <order@example.com>',
      body: 'Hej,\r\nhär är kontaktkortet.\r\n/Anna',
      files: ['contact.personnummer.vcf'],
    },
  ],
  [
    'datasheet.allow.eml',
    {
      subject: 'VX-7 datasheet rev C',
      to: 'Integrator <eng@example.com>',
      body: 'Hi,\r\nplease find the updated datasheet attached.\r\nBest regards',
      files: ['datasheet.clean.pdf'],
    },
  ],
  [
    'telemetry.allow.eml',
    {
      subject: 'Telemetry export 2025-03-11',
      to: 'Integrator <eng@example.com>',
      body: 'Hi,\r\nattached is the telemetry from the field test (3 nodes).\r\nBest regards',
      files: ['telemetry.clean.xlsx'],
    },
  ],
];

mkdirSync(out, { recursive: true });
for (const [file, spec] of MESSAGES) writeFileSync(join(out, file), message(spec));
console.log(`wrote ${MESSAGES.length} messages to ${out}`);
