/** Which parts of a received message are stored: its file and attached-message attachments, and its EML. */
import { decodeBase64, encodeUtf8 } from '../base64';
import type { HostAttachmentDetails } from '../office-host';
import type { ReadMailbox } from '../read-item';

/** One file to store, read from the message. */
export interface ArchiveFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Reads the message for archiving. */
export type ArchiveSource = Pick<
  ReadMailbox,
  'subject' | 'getAttachments' | 'getAttachmentContent' | 'canGetAsFile' | 'getAsFile' | 'restId'
> &
  Partial<Pick<ReadMailbox, 'from' | 'getRecipients'>>;

/** Characters Windows and the vault's download names do not take, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\\/:*?"<>|]+/g;

/** `Subject.eml`, with characters no file system takes replaced and the length bounded. */
export function emlName(subject: string): string {
  const base = subject.replace(UNSAFE_NAME, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'message'}.eml`;
}

/** Attachments with bytes in the message: files (not inline images) and attached messages. */
export function storable(list: readonly HostAttachmentDetails[]): HostAttachmentDetails[] {
  return list.filter((a) => (a.attachmentType === 'file' && !a.isInline) || a.attachmentType === 'item');
}

/** The bytes of one attachment; attached messages come as EML text. Throws when Office gives neither. */
export async function readAttachment(
  source: ArchiveSource,
  details: HostAttachmentDetails,
): Promise<ArchiveFile> {
  const content = await source.getAttachmentContent(details.id);
  if (content.format === 'base64')
    return {
      name: details.name,
      contentType: details.contentType ?? 'application/octet-stream',
      bytes: decodeBase64(content.content),
    };
  if (content.format === 'eml')
    return {
      name: /\.eml$/i.test(details.name) ? details.name : `${details.name}.eml`,
      contentType: 'message/rfc822',
      bytes: encodeUtf8(content.content),
    };
  throw new Error(`attachment format ${content.format} has no bytes`);
}

/** The whole message as `Subject.eml`. */
export async function readWholeMessage(source: ArchiveSource): Promise<ArchiveFile> {
  return {
    name: emlName(source.subject),
    contentType: 'message/rfc822',
    bytes: decodeBase64(await source.getAsFile()),
  };
}
