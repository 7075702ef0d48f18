import type { FileRecord, LinkRecord } from '../storage/types';
import type { VaultContext } from './context';

/**
 * Tells the sender, once, that a recipient fetched their file (`MAILGUARD_NOTIFY_FIRST_DOWNLOAD=true` and
 * SMTP configured). `link` is the record read before this download was counted. Sent after the answer, so
 * a slow mail server never delays the download.
 */
export function notifyFirstDownload(
  ctx: VaultContext,
  link: LinkRecord,
  file: FileRecord,
  who: string,
): void {
  const mailer = ctx.mailer;
  if (!ctx.config.notifyFirstDownload || mailer === null || link.downloads !== 0) return;
  const at = ctx.now().toISOString().replace('T', ' ').slice(0, 16);
  ctx.background.run('first-download mail', () =>
    mailer.send({
      to: file.owner,
      subject: `Hämtad / Downloaded: ${file.fileName}`,
      text:
        `${who} hämtade ${file.fileName} ${at} UTC.\n` +
        `${who} downloaded ${file.fileName} at ${at} UTC.\n\n` +
        'Mail Guard: du ser alla hämtningar under "Mina delade filer". / See every download under "My shared files".',
    }),
  );
}
