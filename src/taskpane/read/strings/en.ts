/** English text of the read pane. */
import type { ReadStrings } from './types';

const files = (n: number): string => (n === 1 ? '1 file' : `${n} files`);

export const READ_EN: ReadStrings = {
  scanning: 'Checking this message…',
  scanFailed: 'Mail Guard could not check this message.',
  retry: 'Check again',
  carries: (sensitive, types, places) =>
    `This message carries ${sensitive ? 'sensitive personal data' : 'personal data'}: ${types}, in ${places}.`,
  inText: 'the text',
  and: 'and',
  clean: 'No personal data that needs your attention was found in this message.',
  ask: 'Policy P3: the mailbox is not storage. Store it on the secure server and delete the mail.',
  retention: (name) => `Kept on the secure server under the retention class “${name}”.`,
  retentionDefault: "Kept on the secure server under the server's standard retention.",
  wholeMessage: 'Also store the whole message (.eml)',
  wholeMessageUnsupported: 'This Outlook cannot save the whole message: only the attachments will be stored.',
  archive: 'Store on the secure server and delete',
  keep: 'Keep in mailbox',
  keepHeading: 'Keep this message in your mailbox?',
  keepExplanation:
    'Your reason is recorded for the data protection officer, without any of the personal data.',
  keepConfirm: 'Keep and record my reason',
  kept: 'Kept in your mailbox. Your reason was recorded.',
  step: {
    reading: 'reading the message',
    uploading: 'storing it on the secure server',
    verifying: 'checking the stored copy',
    deleting: 'deleting the mail',
  },
  reading: 'Reading the message…',
  uploading: (name, index, count) => `Storing “${name}” on the secure server (${index} of ${count})…`,
  verifying: (name) => `Checking the stored copy of “${name}”…`,
  deleting: 'Copies verified. Deleting the mail…',
  done: (n, until) =>
    `Stored on the secure server (${files(n)}, kept until ${until}) and deleted from your mailbox.`,
  alreadyDeleted: (n, until) =>
    `Stored on the secure server (${files(n)}, kept until ${until}). The mail had already been deleted.`,
  attachmentsOnly: 'This Outlook could not save the whole message, so only the attachments were stored.',
  peopleLeftOut: (n) =>
    `${n === 1 ? '1 person' : `${n} people`} in this message could not be listed with the copies (the list was full), so the data protection officer cannot find the copies by searching for ${n === 1 ? 'that person' : 'them'}.`,
  failedNothingDeleted: (step) => `Nothing was deleted. The step that failed: ${step}.`,
  failedDelete: 'Your copy is stored and verified on the secure server, but the mail could not be deleted.',
  problem: {
    'not-readable': 'Outlook would not give the message or one of its attachments.',
    'nothing-to-store':
      'There is nothing Mail Guard can store (no attachments, and this Outlook cannot save the whole message).',
    'vault-unreachable': 'The secure server could not be reached. Try again in a while.',
    'vault-refused': 'The secure server refused the file. Ask IT (retention class, size or file type).',
    'sign-in': 'Signing in failed. Try again; if it keeps failing, ask IT.',
    checksum: 'The stored copy did not match the message, so it was discarded.',
    'graph-unreachable': 'Microsoft 365 could not be reached. Try again, or delete the mail yourself.',
    'graph-refused':
      'Microsoft 365 refused to delete the mail (permission Mail.ReadWrite). Delete it yourself, or ask IT.',
    'no-rest-id': 'Outlook could not name the message for Microsoft 365. Delete the mail yourself.',
    cancelled: 'Cancelled.',
  },
  tryAgain: 'Try again',
  notConfigured: 'The secure server is not configured (policy.json vault.url). Ask IT.',
};
