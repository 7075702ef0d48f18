// What the CLI's help says about the formats of the format table. Apart from the table so the on-send
// bundle, which never shows them, leaves these strings out.
import { FORMATS, isImage } from './format-table';

/** What the CLI's help calls each format. */
export const FORMAT_LABELS: { readonly [format: string]: string } = {
  zip: 'Office documents and zip archives',
  cfb: 'Outlook messages (.doc .xls .ppt: recognised, not read)',
  pdf: 'PDF',
  rtf: 'Rich Text',
  eml: 'e-mail messages',
  csv: 'CSV',
  tsv: 'tab-separated values',
  text: 'plain text',
  html: 'HTML',
  json: 'JSON',
  xml: 'XML',
  ics: 'calendar invitations',
  vcf: 'contact cards',
  png: 'PNG images',
  jpeg: 'JPEG images',
  gif: 'GIF images',
  tiff: 'TIFF images',
  webp: 'WebP images',
  heif: 'HEIF and AVIF images',
  image: 'other images',
};

/**
 * The formats for a help text, one line each: extensions, then what they are; images in one line at the
 * end, since they are recognised but never read.
 */
export function formatHelpLines(): string[] {
  const lines: string[] = [];
  const images: string[] = [];
  for (const d of FORMATS) {
    const extensions = d.extensions.map((e) => `.${e}`).join(' ');
    if (isImage(d)) images.push(extensions);
    else lines.push(`  ${extensions}: ${FORMAT_LABELS[d.format] ?? d.format}`);
  }
  lines.push(`  ${images.join(' ')}: images (recognised, not read)`);
  return lines;
}
