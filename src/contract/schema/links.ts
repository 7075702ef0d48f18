/** Links senders manage themselves (`/api/links`). */
import { Type } from '@sinclair/typebox';
import { LINK_MAX_RECIPIENTS } from '../vocabulary';
import { Count, DateTime, Limit, OneOf } from './common';

export const LinkStateSchema = OneOf(['active', 'expired', 'revoked', 'used-up'] as const);

export const LinkDownloadSchema = Type.Object({ at: DateTime, by: Type.String() });

export const MyLinkSchema = Type.Object({
  id: Type.String({ description: 'The file id (one link per file)' }),
  fileName: Type.String(),
  size: Count,
  recipients: Type.Array(Type.String()),
  createdAt: DateTime,
  expiresAt: DateTime,
  maxExpiresAt: { ...DateTime, description: 'Latest expiry the policy allows for this link' },
  state: LinkStateSchema,
  downloads: Count,
  downloadLimit: Limit,
  downloadHistory: Type.Array(LinkDownloadSchema, {
    description: 'Newest first: when, and the address or work account that proved itself',
  }),
});

export const MyLinksSchema = Type.Object({ links: Type.Array(MyLinkSchema) });

const Addresses = Type.Array(Type.String({ maxLength: 254 }), { maxItems: LINK_MAX_RECIPIENTS });

export const LinkUpdateSchema = Type.Object(
  {
    expiresAt: Type.Optional({ ...DateTime, description: 'New expiry: after now, at most maxExpiresAt' }),
    addRecipients: Type.Optional(Addresses),
    removeRecipients: Type.Optional(Addresses),
  },
  { additionalProperties: false, minProperties: 1 },
);
