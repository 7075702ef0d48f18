/** Links senders manage themselves (`/api/links`): list, change expiry and recipients, revoke, see downloads. */
import type { Wire } from './schema/common';
import type {
  LinkDownloadSchema,
  LinkStateSchema,
  LinkUpdateSchema,
  MyLinkSchema,
  MyLinksSchema,
} from './schema/links';

export { LINK_MAX_RECIPIENTS } from './vocabulary';

/** Where a link stands. `revoked`: the sender withdrew it; `expired`: past its expiry date. */
export type LinkState = Wire<typeof LinkStateSchema>;

/** One download: when, and by which address (or signed-in account). */
export type LinkDownload = Wire<typeof LinkDownloadSchema>;

/** One of my shared files with its link (`GET /api/links`); `id` is the file id. */
export type MyLink = Wire<typeof MyLinkSchema>;

/** `GET /api/links`. */
export type MyLinks = Wire<typeof MyLinksSchema>;

/**
 * Body of `PATCH /api/links/:id`; at least one field. `expiresAt` may move either way but not past
 * `maxExpiresAt`; recipients are added or removed (at least one must remain).
 */
export type LinkUpdate = Wire<typeof LinkUpdateSchema>;
