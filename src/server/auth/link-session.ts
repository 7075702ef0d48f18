import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecret } from '../crypto/ids';
import type { VaultContext } from '../services/context';
import { CookieSigner, cookieHeader, readCookie } from './signed-cookie';
import type { PendingSignIn } from './oidc-flow';

/** Proof that a recipient signed in for one link. */
const SESSION_COOKIE = 'mg_link_session';
/** Binds an unfinished sign-in to the browser that started it (login CSRF protection). */
const FLOW_COOKIE = 'mg_signin_flow';
const LIFETIME_MS = 10 * 60_000;
/** Unfinished sign-ins kept at once; the oldest are dropped beyond this (anyone may start one). */
const MAX_PENDING = 10_000;

interface PendingEntry {
  readonly pending: PendingSignIn;
  readonly linkHash: string;
  /** Only in memory, only for the redirect back to the landing page; never in a cookie or log. */
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * Link sign-in state: unfinished sign-ins (server-side, single use) and the short-lived signed cookies
 * that carry the link's hash — never its secret — and the signed-in address.
 */
export class LinkSessions {
  private readonly signer: CookieSigner;
  private readonly pending = new Map<string, PendingEntry>();

  constructor(private readonly ctx: VaultContext) {
    this.signer = new CookieSigner(ctx.masterKey, 'link-sign-in');
  }

  /** Remembers a new sign-in for the link and sets the browser-binding cookie. */
  start(reply: FastifyReply, token: string, pending: PendingSignIn): void {
    const now = this.ctx.now().getTime();
    for (const [state, entry] of this.pending) {
      if (entry.expiresAt > now && this.pending.size < MAX_PENDING) break;
      this.pending.delete(state); // insertion order = age order
    }
    const entry = { pending, linkHash: hashSecret(token), token, expiresAt: now + LIFETIME_MS };
    this.pending.set(pending.state, entry);
    const flow = { s: pending.state, h: entry.linkHash, x: entry.expiresAt };
    this.setCookie(reply, FLOW_COOKIE, this.signer.sign(flow));
  }

  /**
   * Takes (and forgets) the sign-in the callback's `state` belongs to, if this browser started it and it is
   * still fresh. A second use of the same state finds nothing.
   */
  take(request: FastifyRequest, reply: FastifyReply, state: string): PendingEntry | null {
    const flow = this.signer.verify(readCookie(request.headers.cookie, FLOW_COOKIE) ?? '');
    this.setCookie(reply, FLOW_COOKIE, '', 0);
    if (flow === null || flow['s'] !== state) return null;
    const entry = this.pending.get(state);
    if (entry === undefined) return null;
    this.pending.delete(state);
    if (entry.linkHash !== flow['h'] || entry.expiresAt <= this.ctx.now().getTime()) return null;
    return entry;
  }

  /** Issues the proof for one link and one address. */
  signIn(reply: FastifyReply, linkHash: string, email: string): void {
    const expiresAt = this.ctx.now().getTime() + LIFETIME_MS;
    this.setCookie(reply, SESSION_COOKIE, this.signer.sign({ h: linkHash, e: email, x: expiresAt }));
  }

  /** The address signed in for exactly this link, or null (no cookie, other link, expired, forged). */
  signedInFor(request: FastifyRequest, token: string): string | null {
    const value = this.signer.verify(readCookie(request.headers.cookie, SESSION_COOKIE) ?? '');
    if (value === null || value['h'] !== hashSecret(token)) return null;
    const expiresAt = value['x'];
    const email = value['e'];
    if (typeof expiresAt !== 'number' || expiresAt <= this.ctx.now().getTime()) return null;
    return typeof email === 'string' ? email : null;
  }

  private setCookie(reply: FastifyReply, name: string, value: string, maxAgeMs = LIFETIME_MS): void {
    const header = cookieHeader(name, value, {
      path: '/s/',
      maxAgeSeconds: Math.floor(maxAgeMs / 1000),
      secure: this.ctx.publicUrl.startsWith('https:'),
    });
    reply.header('set-cookie', header); // Fastify appends further Set-Cookie headers
  }
}

const sessions = new WeakMap<VaultContext, LinkSessions>();

/** The vault's one {@link LinkSessions} (created on first use). */
export function linkSessions(ctx: VaultContext): LinkSessions {
  let found = sessions.get(ctx);
  if (found === undefined) {
    found = new LinkSessions(ctx);
    sessions.set(ctx, found);
  }
  return found;
}
