import type { MoveStrings } from './types';

export const MOVE_EN: MoveStrings = {
  heading: 'Move attachments to the secure server',
  intro:
    'Each attachment is stored on the secure server, a link goes into the mail, and only then is the attachment removed. Only the recipients can open the links.',
  offeredFromSend:
    'The mail was stopped because of its attachments. Move them to the secure server and send links instead.',
  start: 'Move attachments to the secure server',
  cancel: 'Stop',
  undo: 'Undo',
  noAttachments: 'There are no attachments to move.',
  waiting: 'Waiting',
  reading: 'Reading the attachment…',
  uploading: (sent, total, percent) => `Uploading ${sent} of ${total} (${percent}%)`,
  verifying: 'The secure server is checking the file…',
  linking: 'Putting the link in the mail…',
  removing: 'Removing the attachment…',
  moved: 'Moved. The link is in the mail.',
  undoing: 'Putting the attachment back…',
  restored: 'The attachment is back and the link is gone.',
  restoredLinkLeft: 'The attachment is back. Delete the link block at the top of the mail by hand.',
  failedAt: {
    reading: 'Could not read the attachment.',
    uploading: 'Could not upload the attachment.',
    verifying: 'The secure server could not verify the file.',
    linking: 'Could not put the link in the mail.',
    removing: 'The link is in the mail, but the attachment could not be removed.',
    undo: 'Could not put the attachment back.',
  },
  problem: {
    'vault-unreachable': {
      message: 'The secure server cannot be reached.',
      tryThis: 'Check your connection and try again. If it keeps failing, contact IT.',
    },
    'vault-error': {
      message: 'The secure server had a problem.',
      tryThis: 'Try again in a minute. If it keeps failing, contact IT.',
    },
    'checksum-mismatch': {
      message: 'The file arrived damaged on the secure server, so it was not kept.',
      tryThis: 'Try again; the file in your mail is unchanged.',
    },
    'signed-out': {
      message: 'Your sign-in to the secure server has expired.',
      tryThis: 'Close and reopen Mail Guard to sign in again, then try again.',
    },
    'sign-in-unavailable': {
      message: 'This Outlook cannot sign in to the secure server.',
      tryThis: 'Use Outlook on the web or a current Outlook, or ask IT.',
    },
    'sign-in-cancelled': {
      message: 'Sign-in was cancelled.',
      tryThis: 'Try again and complete the sign-in.',
    },
    'too-large': {
      message: 'The file is larger than the secure server accepts.',
      tryThis: 'Split or compress the file, or ask IT about the limit.',
    },
    'refused-type': {
      message: 'The secure server does not accept this kind of file.',
      tryThis: 'Check that the file is what its name says, or ask IT.',
    },
    refused: {
      message: 'The secure server refused the file.',
      tryThis: 'Check the recipients and try again, or contact IT.',
    },
    'office-failed': {
      message: 'Outlook did not complete the request.',
      tryThis: 'Try again. If it keeps failing, restart Outlook.',
    },
    'not-removed': {
      message: 'Outlook still shows the attachment.',
      tryThis:
        'Remove the attachment by hand, or remove the link block if you want to send the file attached.',
    },
    'unsupported-attachment': {
      message: 'This kind of attachment (a cloud file or an attached mail) cannot be moved.',
      tryThis: 'Share it another way, or remove it.',
    },
    'no-recipients': {
      message: 'The mail has no recipients yet, so nobody could open the link.',
      tryThis: 'Add the recipients first, then move the attachments.',
    },
    cancelled: { message: 'Stopped.', tryThis: 'Start again when you are ready.' },
  },
  attachmentKept: 'Nothing was lost: the attachment is still in the mail.',
  bothKept: 'Both the link and the attachment are in the mail: remove one of them before sending.',
  undoFailedKept: 'The link is still in the mail and the file is still on the secure server.',
  progressLabel: (name) => `Upload of ${name}`,
  summary: (moved, failed) => (failed === 0 ? `${moved} moved.` : `${moved} moved, ${failed} not moved.`),
};
