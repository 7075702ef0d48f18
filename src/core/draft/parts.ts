/**
 * Attachments as scannable parts: text (with table cells) per file, zip members and the attachments of
 * attached messages flattened as `archive.zip/member.csv`, and a {@link ScanError} for what cannot be read.
 */
import type { TableCell } from '../detection/types';
import type { ExtractionResult, TextRegion } from '../extraction/types';
import type { DraftAttachment, ScanError } from './types';

/** One file's text to scan. `name` is the path shown to people (`archive.zip/member.csv`). */
export interface AttachmentText {
  readonly name: string;
  readonly text: string;
  readonly cells?: readonly TableCell[];
  /** Where stretches of `text` are in the file (pages, slides, rows), when extraction knows. */
  readonly regions?: readonly TextRegion[];
}

export interface AttachmentParts {
  /** Every file name, including members (their names are scanned as `attachment-name`). */
  readonly names: readonly string[];
  readonly texts: readonly AttachmentText[];
  readonly errors: readonly ScanError[];
}

type Content = DraftAttachment['content'];

function errorFor(name: string, content: Exclude<Content, { kind: 'text' }>): ScanError {
  const base = { part: 'attachment' as const, attachment: name };
  switch (content.kind) {
    case 'partial':
      return { ...base, code: 'partial', message: `partially scanned: ${content.reason}` };
    case 'unsupported':
      // Images are information only: text in pictures is out of reach, and every signature has a logo.
      return content.image === true
        ? { ...base, code: 'image', message: `image, not scanned: ${content.reason}` }
        : { ...base, code: 'unsupported', message: `not scanned: ${content.reason}` };
    case 'encrypted':
    case 'too-large':
    case 'failed':
    case 'not-read':
      return { ...base, code: content.kind, message: `not scanned: ${content.reason}` };
  }
}

function collect(
  name: string,
  content: Content | ExtractionResult,
  out: { names: string[]; texts: AttachmentText[]; errors: ScanError[] },
): void {
  out.names.push(name);
  if (content.kind !== 'text') out.errors.push(errorFor(name, content));
  if (content.kind !== 'text' && content.kind !== 'partial') return;
  out.texts.push({
    name,
    text: content.text,
    ...(content.cells ? { cells: content.cells } : {}),
    ...(content.regions ? { regions: content.regions } : {}),
  });
  for (const member of content.members ?? []) collect(`${name}/${member.name}`, member.result, out);
}

/** Flattens a draft's attachments, in order, members right after their container. */
export function attachmentParts(attachments: readonly DraftAttachment[]): AttachmentParts {
  const out = { names: [] as string[], texts: [] as AttachmentText[], errors: [] as ScanError[] };
  for (const a of attachments) collect(a.name, a.content, out);
  return out;
}
