/** English text of the compact view. */
import type { CompactStrings } from './compact-types';
import { countOf } from './grammar';

const join = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;

const numbered = (one: string, many: string) => (count: number, numbers: string) =>
  `${count === 1 ? one : many} ${numbers}`;

export const COMPACT_EN: CompactStrings = {
  list: join,
  position: {
    inPart: { subject: 'in the subject', body: 'in the body', recipients: 'in the recipients' },
    inQuoted: 'in the quoted earlier message',
    inFile: (name) => `in ${name}`,
    fileName: (name) => `in the file name ${name}`,
    line: numbered('line', 'lines'),
    page: numbered('page', 'pages'),
    slide: numbered('slide', 'slides'),
    morePlaces: (count) => countOf('en', count, { one: 'more place', other: 'more places' }),
  },
  banner: {
    promptTitle: 'Check before sending',
    promptDetail: 'You will be asked to confirm when you send.',
    overrideTitle: 'You decided to send it as it is',
    overrideDetail: 'Your reason is recorded. Anything you add is checked again when you send.',
    notChecked: (places) => `Not fully checked: ${places}.`,
    fromSend: 'Your message was not sent. Fix what is listed below, then send again.',
  },
  fix: {
    mask: 'Mask',
    maskLabel: (what) => `Mask ${what} in the message`,
    masked: (count) => `${countOf('en', count, { one: 'value', other: 'values' })} masked in the message.`,
    undo: 'Undo',
    undone: 'The message is as it was.',
    maskFailed: 'Mail Guard could not change the message.',
    undoFailed: 'Undo is not possible: the message has changed since. Edit it by hand.',
    tryAgain: 'Try again',
    move: 'Move to the secure server',
    details: 'Details',
    detailsLabel: (what) => `Details: ${what}`,
    notPersonal: 'Not personal data',
    notPersonalLabel: (what) => `Mark ${what} as not personal data`,
    infoSummary: (count) =>
      count === 1 ? '1 other item that needs no action' : `${count} other items that need no action`,
  },
  reasons: {
    dismissHeading: 'Not personal data?',
    dismissExplanation:
      'This is sensitive data (policy P2). Say why it is not personal data. Your reason is recorded, without the data itself.',
    dismissConfirm: 'Confirm',
    question: 'Reason',
    option: {
      'not-personal-data': 'It is not about a real person (test or example data)',
      'recipient-entitled': 'The recipient is entitled to it',
      'requested-by-data-subject': 'The person it is about asked for it',
      'required-by-law': 'Required by law',
      'internal-use': 'Internal use only',
      other: 'Another reason',
    },
    otherLabel: 'Your reason (no names or numbers)',
    missing: 'Choose a reason, or type one.',
    problem: {
      'too-long': 'Keep the reason under 200 characters.',
      'has-number': 'Leave numbers out of the reason.',
      'has-address': 'Leave addresses out of the reason.',
    },
    cancel: 'Go back',
  },
};
