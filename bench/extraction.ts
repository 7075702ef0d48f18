/**
 * Extraction benchmarks (docs/quality-targets.md): a 10 MB .xlsx (target ≤ 400 ms) and a 5 MB PDF
 * (target ≤ 2 s), each extraction + scan with all recognizers, and a typical draft attachment (1 MB
 * .docx). Inputs are generated here, deterministically. Prints medians of several runs.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import { analyze, DEFAULT_RECOGNIZERS } from '../src/core/detection';
import { extract } from '../src/core/extraction';
import type { ExtractionResult } from '../src/core/extraction';
import { makePdf } from '../test/core/extraction/builders/pdf';

const MB = 1024 * 1024;
const SCAN_ENV = {
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: ['vinnter.se'] },
  maxChars: 16 * MB,
};
const FIRST = [
  'Anna',
  'Johan',
  'Sara',
  'Ali',
  'Maria',
  'Erik',
  'Lena',
  'Per',
  'Åsa',
  'Pär',
  'Fatima',
  'Oskar',
];
const LAST = [
  'Svensson',
  'Berg',
  'Lind',
  'Hassan',
  'Nilsson',
  'Ek',
  'Öberg',
  'Ström',
  'Karlsson',
  'Andersson',
];
const DEPARTMENTS = ['Utveckling', 'Ekonomi', 'Support', 'Försäljning', 'Produktion', 'HR'];
const VALID_PERSONNUMMER = ['19570428-9999', '19460823-9986', '20000229-2399', '20000405-9937'];

/** Deterministic pseudo-random numbers (xorshift32), so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
}

/** A staff/telemetry-like workbook of about `targetBytes` on disk. */
export function makeXlsx(targetBytes: number): Uint8Array {
  const next = random(42);
  const shared = [
    ...FIRST,
    ...LAST,
    ...DEPARTMENTS,
    'Namn',
    'Efternamn',
    'Avdelning',
    'Personnummer',
    'Serienummer',
    'E-post',
  ];
  const index = (s: string): number => shared.indexOf(s);
  const header = ['Namn', 'Efternamn', 'Avdelning', 'Personnummer', 'Serienummer', 'E-post'];
  const rows: string[] = [
    `<row r="1">${header.map((h, c) => `<c r="${String.fromCharCode(65 + c)}1" t="s"><v>${index(h)}</v></c>`).join('')}<c r="G1" t="inlineStr"><is><t>Anställd</t></is></c><c r="H1" t="inlineStr"><is><t>Lön</t></is></c></row>`,
  ];
  let size = 0;
  for (let r = 2; size < targetBytes * 7; r++) {
    const first = FIRST[Math.floor(next() * FIRST.length)] as string;
    const last = LAST[Math.floor(next() * LAST.length)] as string;
    const pnr = next() < 0.02 ? (VALID_PERSONNUMMER[r % 4] as string) : `SN-${Math.floor(next() * 1e9)}`;
    const row =
      `<row r="${r}"><c r="A${r}" t="s"><v>${index(first)}</v></c><c r="B${r}" t="s"><v>${index(last)}</v></c>` +
      `<c r="C${r}" t="s"><v>${index(DEPARTMENTS[r % DEPARTMENTS.length] as string)}</v></c>` +
      `<c r="D${r}" t="inlineStr"><is><t>${pnr}</t></is></c><c r="E${r}"><v>${Math.floor(next() * 1e7)}</v></c>` +
      `<c r="F${r}" t="inlineStr"><is><t>${escapeXml(`${first}.${last}${r}@example.com`.toLowerCase())}</t></is></c>` +
      `<c r="G${r}" s="1"><v>${40000 + Math.floor(next() * 6000)}</v></c><c r="H${r}"><v>${(30000 + next() * 40000).toFixed(2)}</v></c></row>`;
    rows.push(row);
    size += row.length;
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Personal" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    'xl/styles.xml': strToU8(
      '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

/** Mail-like prose with the occasional identifier, `chars` long. */
function prose(chars: number, seed: number): string {
  const next = random(seed);
  const words = [
    'leveransen',
    'projektet',
    'mötet',
    'sensorn',
    'kunden',
    'avtalet',
    'rapporten',
    'firmware',
    'the',
    'device',
    'schedule',
    'och',
    'att',
    'för',
    'med',
    'till',
    'om',
    'version',
    'budget',
  ];
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const word =
      next() < 0.002
        ? `personnummer ${VALID_PERSONNUMMER[Math.floor(next() * 4)] as string}`
        : (words[Math.floor(next() * words.length)] as string);
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/**
 * A Word document of about `targetBytes` on disk shaped like a real one: ~40 pages of text (200 000
 * characters) and the rest an embedded picture (incompressible, stored: extraction never inflates media).
 */
export function makeDocx(targetBytes: number): Uint8Array {
  const text = prose(200_000, 7);
  const paragraphs: string[] = [];
  for (let i = 0; i < text.length; i += 400)
    paragraphs.push(`<w:p><w:r><w:t xml:space="preserve">${text.slice(i, i + 400)}</w:t></w:r></w:p>`);
  const next = random(3);
  const picture = new Uint8Array(targetBytes);
  for (let i = 0; i < picture.length; i++) picture[i] = Math.floor(next() * 256);
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(
      `<w:document xmlns:w="w"><w:body>${paragraphs.join('')}</w:body></w:document>`,
    ),
    'word/media/image1.png': [picture, { level: 0 }],
    'docProps/core.xml': strToU8(
      '<cp:coreProperties xmlns:dc="dc" xmlns:cp="cp"><dc:creator>Anna Svensson</dc:creator></cp:coreProperties>',
    ),
  });
}

/** A text-only PDF of about `targetBytes` (~230 dense pages of 100-character lines: a worst case). */
export function makeBigPdf(targetBytes: number): Uint8Array {
  const text = prose(targetBytes, 11);
  const pages: string[][] = [];
  const perPage = 12000;
  for (let p = 0; p < text.length; p += perPage) {
    const lines: string[] = [];
    for (let l = p; l < Math.min(p + perPage, text.length); l += 100) lines.push(text.slice(l, l + 100));
    pages.push(lines);
  }
  return makePdf(pages);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function measure(
  label: string,
  bytes: Uint8Array,
  name: string,
  runs: number,
  target: string,
): Promise<void> {
  const extractTimes: number[] = [];
  const totalTimes: number[] = [];
  let last: ExtractionResult | undefined;
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    last = await extract(bytes, name, { now: () => performance.now() });
    const extracted = performance.now();
    if (last.kind === 'text' || last.kind === 'partial') {
      findings = analyze(
        { text: last.text, ...(last.cells ? { cells: last.cells } : {}) },
        SCAN_ENV,
        DEFAULT_RECOGNIZERS,
      ).findings.length;
    }
    extractTimes.push(extracted - start);
    totalTimes.push(performance.now() - start);
  }
  const chars = last && (last.kind === 'text' || last.kind === 'partial') ? last.text.length : 0;
  console.log(
    `${label}: ${(bytes.length / MB).toFixed(1)} MB file → ${(chars / MB).toFixed(1)} M chars (${last?.kind}), ${findings} findings`,
  );
  console.log(
    `  median of ${runs}: extraction ${median(extractTimes).toFixed(0)} ms, extraction + scan ${median(totalTimes).toFixed(0)} ms (target ${target})`,
  );
}

/** Prints extraction (+ scan) figures for the quality targets. */
export async function benchExtraction(): Promise<void> {
  console.log('Extraction (inputs generated in-process; scan = analyze() with all recognizers)');
  // Medians on a shared 2-core machine swing with its load: print it so figures can be compared.
  console.log(
    `  load average: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  await measure('xlsx', makeXlsx(10 * MB), 'staff.xlsx', 5, '≤ 400 ms');
  await measure('pdf (text only, dense)', makeBigPdf(5 * MB), 'report.pdf', 3, '≤ 2 s');
  await measure(
    'docx (typical draft attachment: 40 pages + a picture)',
    makeDocx(1 * MB),
    'avtal.docx',
    7,
    'part of ≤ 150 ms per draft',
  );
}
