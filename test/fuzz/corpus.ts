/**
 * Seed files per container format: the repository's real-tool fixtures (LibreOffice, qpdf, zip) and a
 * .msg made with msgreader's writer. Every fuzz input is one of these, mutated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMsg } from '../core/extraction/builders/msg';

const FIXTURES = path.join(__dirname, '../fixtures');

export interface Seed {
  /** The file name the extractor is given (its extension steers format sniffing as in real mail). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FuzzFormat {
  readonly format: string;
  /** Zip-based: mutated member by member as well as byte by byte. */
  readonly zip: boolean;
  /** Read as a whole message (`parseMessage`) rather than as an attachment. */
  readonly message: boolean;
  readonly seeds: readonly Seed[];
}

const attachment = (file: string): Seed => ({
  name: file,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'attachments', file))),
});
const eml = (file: string): Seed => ({
  name: file,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'eml', file))),
});

function msgSeed(): Seed {
  const bytes = buildMsg({
    subject: 'Lönelista',
    body: 'Hej! Personnummer 850709-9805 finns i bilagan.',
    senderEmail: 'anna@vinnter.se',
    recipients: [{ name: 'Bertil', email: 'bertil@example.com' }],
    attachments: [{ name: 'lista.csv', bytes: Buffer.from('Namn;Personnummer\nÅsa;570428-9999\n') }],
  });
  return { name: 'lonelista.msg', bytes };
}

/** The formats fuzzed, each with its seeds. */
export function fuzzFormats(): readonly FuzzFormat[] {
  return [
    {
      format: 'ooxml',
      zip: true,
      message: false,
      seeds: [
        attachment('contract.personnummer.docx'),
        attachment('staff-list.personnummer.xlsx'),
        attachment('rehab-slides.personnummer.pptx'),
      ],
    },
    {
      format: 'odf',
      zip: true,
      message: false,
      seeds: [
        attachment('contract.personnummer.odt'),
        attachment('staff-list.personnummer.ods'),
        attachment('rehab-slides.personnummer.odp'),
      ],
    },
    { format: 'zip', zip: true, message: false, seeds: [attachment('archive.personnummer.zip')] },
    {
      format: 'pdf',
      zip: false,
      message: false,
      seeds: [attachment('payslip.personnummer.pdf'), attachment('datasheet.clean.pdf')],
    },
    {
      format: 'eml',
      zip: false,
      message: true,
      seeds: [
        eml('forwarded-thread-personnummer.block.eml'),
        eml('contract.block.eml'),
        eml('customers.warn.eml'),
      ],
    },
    { format: 'msg', zip: false, message: false, seeds: [msgSeed(), attachment('error.encrypted.docx')] },
    { format: 'rtf', zip: false, message: false, seeds: [attachment('contract.personnummer.rtf')] },
    {
      format: 'text',
      zip: false,
      message: false,
      seeds: [
        attachment('customers.phone-email.csv'),
        attachment('doctor-appointment.health.ics'),
        attachment('contact.personnummer.vcf'),
      ],
    },
  ];
}
