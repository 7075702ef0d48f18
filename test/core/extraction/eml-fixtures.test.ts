/**
 * The end-to-end messages in test/fixtures/eml/ made by scripts/make-fixtures.eml.mjs: each parses
 * into a Draft whose attachment is fully extracted (the policy tests assert the verdicts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../../../src/core/extraction';
import { stillClock } from './clock';

const DIR = join(__dirname, '../../fixtures/eml');

describe('end-to-end .eml fixtures', () => {
  it.each([
    ['staff-list.block.eml', 'staff-list.xlsx', '19460823-9986'],
    ['contract.block.eml', 'contract.docx', '570428-9999'],
    ['payslip.block.eml', 'payslip.pdf', '460823-9986'],
    ['customers.warn.eml', 'customers.csv', 'asa.oberg@example.se'],
    ['doctor-appointment.block.eml', 'doctor-appointment.ics', 'diabetes'],
    ['contact.block.eml', 'contact.vcf', '19570428-9999'],
    ['datasheet.allow.eml', 'datasheet.pdf', 'Supply voltage'],
    ['telemetry.allow.eml', 'telemetry.xlsx', 'VX7-0044-C'],
  ])('%s carries %s, extracted', async (file, attachmentName, expected) => {
    const draft = await parseMessage(readFileSync(join(DIR, file)), stillClock);
    expect(draft.from).toEqual({ address: 'anna.svensson@vinnter.se', name: 'Anna Svensson' });
    expect(draft.to).toHaveLength(1);
    expect(draft.body.length).toBeGreaterThan(0);
    expect(draft.attachments).toHaveLength(1);
    const [attachment] = draft.attachments;
    expect(attachment?.name).toBe(attachmentName);
    expect(attachment?.content.kind).toBe('text');
    expect(attachment?.content.kind === 'text' && attachment.content.text).toContain(expected);
  });
});
