/** A received message for the archive tests: attachments, optional EML, a REST id; failures switchable. */
import type { ArchiveSource } from '../../../src/addin/archive';
import { OfficeApiError, type HostAttachmentDetails } from '../../../src/addin';

export interface FakeAttachment {
  readonly name: string;
  readonly bytes: Buffer;
  readonly kind?: 'file' | 'item' | 'cloud' | 'inline';
}

export interface FakeMessage extends ArchiveSource {
  /** Ids of attachments whose content Outlook refuses. */
  readonly refuse: Set<string>;
}

export function fakeMessage(
  subject: string,
  attachments: readonly FakeAttachment[],
  options: { eml?: Buffer; restId?: string | null } = {},
): FakeMessage {
  const details: HostAttachmentDetails[] = attachments.map((a, i) => ({
    id: `att-${i}`,
    name: a.name,
    contentType: a.kind === 'item' ? 'message/rfc822' : 'text/plain',
    size: a.bytes.length,
    attachmentType: a.kind === 'inline' ? 'file' : (a.kind ?? 'file'),
    isInline: a.kind === 'inline',
  }));
  const refuse = new Set<string>();
  return {
    subject,
    refuse,
    getAttachments: () => Promise.resolve(details),
    getAttachmentContent: (id) => {
      const i = details.findIndex((d) => d.id === id);
      const a = attachments[i];
      if (!a || refuse.has(id))
        return Promise.reject(new OfficeApiError('getAttachmentContentAsync', 'failed'));
      return Promise.resolve(
        a.kind === 'item'
          ? { format: 'eml', content: a.bytes.toString('utf8') }
          : a.kind === 'cloud'
            ? { format: 'url', content: 'https://example.com/x' }
            : { format: 'base64', content: a.bytes.toString('base64') },
      );
    },
    canGetAsFile: () => options.eml !== undefined,
    getAsFile: () =>
      options.eml !== undefined
        ? Promise.resolve(options.eml.toString('base64'))
        : Promise.reject(new OfficeApiError('getAsFileAsync', 'needs Mailbox 1.14')),
    restId: () =>
      options.restId === null
        ? Promise.reject(new OfficeApiError('convertToRestId', 'not available'))
        : Promise.resolve(options.restId ?? 'AAMkRest-1_2='),
  };
}
