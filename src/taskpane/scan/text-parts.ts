/** The parts the task pane polls for changes (Outlook has no body-changed event in compose). */
import type { Mailbox } from '../../addin/mailbox';

/** Subject and body as one string; compared with the last scanned one to decide whether to scan again. */
export async function readTextParts(mailbox: Mailbox): Promise<string> {
  const [subject, body] = await Promise.all([mailbox.getSubject(), mailbox.getBody('text')]);
  return `${subject}\u0000${body}`;
}
