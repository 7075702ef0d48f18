import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecret } from '../crypto/ids';
import type { VaultContext } from '../services/context';
import type { PendingSignIn } from './oidc-flow';

/** Proof that a recipient signed in for one link. */
const SESSION_COOKIE = 'mg_link_session';
/** Binds an unfinished sign-in to the browser that started it (login CSRF protection). */
const FLOW_COOKIE = 'mg_signin_flow';
const LIFETIME_MS = 10 * 60_000;
/** Purpose of the key that seals pending sign-ins in the database, and of the cookie-signing key. */
export const LINK_SIGN_IN_PURPOSE = 'link-sign-in';
const PENDING_PURPOSE = 'pending-sign-in';

/** A sign-in taken back at the callback: the provider checks plus the link it was started for. */
export interface TakenSignIn {
  readonly pending: PendingSignIn;
  readonly linkHash: string;
  /** Only for the redirect back to the landing page; never in a cookie or log. */
  readonly token: string;
}

/** The secrets of a pending sign-in, AES-256-GCM under a key derived from the master key, bound to its state. */
function seal(key: Buffer, stateHash: string, value: object): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(stateHash, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

function unseal(key: Buffer, stateHash: string, sealed: string): Record<string, unknown> | null {
  const bytes = Buffer.from(sealed, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12)).setAAD(
      Buffer.from(stateHash, 'utf8'),
    );
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const plain = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
  } catch {
    return null; // another master key, or a row altered in the database
  }
}

/** A cookie value that is JSON, base64url-encoded so it needs no quoting (signed by @fastify/cookie). */
const encode = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function decode(value: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Link sign-in state. Unfinished sign-ins live in the metadata database (single use, sealed, expiring), so
 * the provider's callback may reach any vault instance; cookies are signed by `@fastify/cookie` with a key
 * every instance derives from the shared master key, and carry the link's hash — never its secret — and
 * the signed-in address.
 */
export class LinkSessions {
  private readonly sealKey: Buffer;

  constructor(private readonly ctx: VaultContext) {
    this.sealKey = ctx.masterKey.derive(PENDING_PURPOSE);
  }

  /** Records a new sign-in for the link and sets the browser-binding cookie. */
  async start(reply: FastifyReply, token: string, pending: PendingSignIn): Promise<void> {
    const expiresAt = this.ctx.now().getTime() + LIFETIME_MS;
    const stateHash = hashSecret(pending.state);
    const linkHash = hashSecret(token);
    const secrets = { t: token, n: pending.nonce, v: pending.codeVerifier };
    await this.ctx.meta.signIns.put({
      stateHash,
      linkHash,
      sealed: seal(this.sealKey, stateHash, secrets),
      expiresAt: new Date(expiresAt),
    });
    this.setCookie(reply, FLOW_COOKIE, encode({ s: pending.state, h: linkHash, x: expiresAt }));
  }

  /**
   * Takes (and forgets) the sign-in the callback's `state` belongs to, if this browser started it and it is
   * still fresh. A second use of the same state finds nothing, on whichever instance it arrives.
   */
  async take(request: FastifyRequest, reply: FastifyReply, state: string): Promise<TakenSignIn | null> {
    const flow = this.readCookie(request, FLOW_COOKIE);
    this.setCookie(reply, FLOW_COOKIE, '', 0);
    if (flow === null || flow['s'] !== state) return null;
    const stateHash = hashSecret(state);
    const row = await this.ctx.meta.signIns.take(stateHash);
    if (row === null || row.linkHash !== flow['h'] || row.expiresAt <= this.ctx.now()) return null;
    const secrets = unseal(this.sealKey, stateHash, row.sealed);
    const [token, nonce, codeVerifier] = [secrets?.['t'], secrets?.['n'], secrets?.['v']];
    if (typeof token !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string')
      return null;
    if (hashSecret(token) !== row.linkHash) return null;
    return { pending: { state, nonce, codeVerifier }, linkHash: row.linkHash, token };
  }

  /** Issues the proof for one link and one address. */
  signIn(reply: FastifyReply, linkHash: string, email: string): void {
    const expiresAt = this.ctx.now().getTime() + LIFETIME_MS;
    this.setCookie(reply, SESSION_COOKIE, encode({ h: linkHash, e: email, x: expiresAt }));
  }

  /** The address signed in for exactly this link, or null (no cookie, other link, expired, forged). */
  signedInFor(request: FastifyRequest, token: string): string | null {
    const value = this.readCookie(request, SESSION_COOKIE);
    if (value === null || value['h'] !== hashSecret(token)) return null;
    const expiresAt = value['x'];
    const email = value['e'];
    if (typeof expiresAt !== 'number' || expiresAt <= this.ctx.now().getTime()) return null;
    return typeof email === 'string' ? email : null;
  }

  /** The verified JSON of a signed cookie, or null (absent, tampered, signed with another key). */
  private readCookie(request: FastifyRequest, name: string): Record<string, unknown> | null {
    const raw = request.cookies[name];
    if (raw === undefined || raw === '') return null;
    const unsigned = request.unsignCookie(raw);
    return unsigned.valid && unsigned.value !== null ? decode(unsigned.value) : null;
  }

  private setCookie(reply: FastifyReply, name: string, value: string, maxAgeMs = LIFETIME_MS): void {
    reply.setCookie(name, value, {
      path: '/s/',
      maxAge: Math.floor(maxAgeMs / 1000),
      httpOnly: true,
      sameSite: 'lax',
      secure: this.ctx.publicUrl.startsWith('https:'),
      signed: value !== '',
    });
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
