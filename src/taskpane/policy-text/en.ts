/** Vinnter AB's email policy (the published English text, with the clause labels Mail Guard cites). */
import type { PolicyDocument } from './types';

export const POLICY_EN: PolicyDocument = {
  intro: 'This policy regulates how we at Vinnter use our email.',
  sections: [
    {
      heading: 'How we are to work',
      blocks: [
        {
          kind: 'item',
          clause: 'P1',
          text: 'We will restrict the communication that takes place by email and will not send unnecessary personal data.',
        },
        {
          kind: 'item',
          clause: 'P2',
          text: 'We will avoid emailing sensitive personal data such as data concerning health and civil registration numbers.',
        },
        {
          kind: 'item',
          clause: 'P3',
          text: 'We will not use the email server as storage space, but instead will store the data on a separate secure server and then delete the email.',
        },
        {
          kind: 'item',
          clause: 'P4',
          text: 'At latest six months after an employee has left the company their email will be deleted.',
        },
        {
          kind: 'item',
          clause: 'P5',
          text: 'Employees must not store their emails containing personal information for more than 10 years.',
        },
      ],
    },
    {
      heading: 'Our aim',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The aim of the policy is to safeguard personal privacy by processing personal data securely and correctly in accordance with the EU General Data Protection Regulation (GDPR) and other data protection rules.',
        },
        { kind: 'paragraph', text: 'This means that privacy-sensitive data is not to be sent by email.' },
      ],
    },
    {
      heading: 'Why have a policy',
      blocks: [
        { kind: 'paragraph', text: 'We need to have a policy to protect the privacy of the data subjects.' },
        {
          kind: 'paragraph',
          text: 'The GDPR demands that personal data is not processed unnecessarily and that it is erased when it is no longer relevant. The GDPR also requires that personal data is processed only to the extent necessary and that no more data than necessary is used or stored for a period longer than necessary.',
        },
        {
          kind: 'item',
          clause: 'P6',
          text: 'The data subject has the right to object to the processing and may ask to see the personal data stored at any time. This data must then be able to be erased easily if the data subject so requests.',
        },
      ],
    },
    {
      heading: 'What is personal data',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Personal data means any information that can be linked to a living natural person, either directly or indirectly when combined with other data.',
        },
        {
          kind: 'paragraph',
          text: 'Names, telephone numbers, images and IP addresses can be personal data.',
        },
        {
          kind: 'paragraph',
          text: 'Bookings, behaviours and orders can also be personal data if, when combined with other data, they can be linked to a living natural person.',
        },
        {
          kind: 'paragraph',
          text: 'Actions taken involving personal data are classed as personal data processing, for example storage, collection, editing, erasure and dissemination.',
        },
        {
          kind: 'paragraph',
          text: 'All dealings involving email are considered to be processing of personal data.',
        },
      ],
    },
  ],
};
