/** Links senders manage themselves (`/api/links`): list, change expiry and recipients, revoke, see downloads. */

/** Where a link stands. `revoked`: the sender withdrew it; `expired`: past its expiry date. */
export type LinkState = 'active' | 'expired' | 'revoked' | 'used-up';

/** One download: when, and by which address (or signed-in account). */
export interface LinkDownload {
  readonly at: string;
  readonly by: string;
}

/** One of my shared files with its link (`GET /api/links`). */
export interface MyLink {
  /** The file id (one link per file), used in `PATCH`/`DELETE /api/links/:id`. */
  readonly id: string;
  readonly fileName: string;
  readonly size: number;
  readonly recipients: readonly string[];
  readonly createdAt: string;
  readonly expiresAt: string;
  /** Latest expiry the policy allows for this link (ISO 8601). */
  readonly maxExpiresAt: string;
  readonly state: LinkState;
  readonly downloads: number;
  readonly downloadLimit: number | null;
  /** Newest first. */
  readonly downloadHistory: readonly LinkDownload[];
}

/** `GET /api/links`. */
export interface MyLinks {
  readonly links: readonly MyLink[];
}

/**
 * Body of `PATCH /api/links/:id`; at least one field. `expiresAt` may move either way but not past
 * `maxExpiresAt`; recipients are added or removed (at least one must remain).
 */
export interface LinkUpdate {
  readonly expiresAt?: string;
  readonly addRecipients?: readonly string[];
  readonly removeRecipients?: readonly string[];
}
