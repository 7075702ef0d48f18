/** What the landing page shows besides its state: the company, its logo, the file and the next steps. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { BrandConfig } from '../config';
import type { VaultContext } from '../services/context';
import type { FileRecord, LinkRecord } from '../storage/types';
import type { PageOptions } from './landing-html';

/** A logo is a small picture; anything larger is a mistake in the configuration. */
const MAX_LOGO_BYTES = 100 * 1024;
const LOGO_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** The company as the page shows it; the logo is read once, at start-up. */
export interface Branding {
  readonly company: string;
  readonly logo?: string;
}

/** Reads the configured logo into a `data:` URI; a missing, unknown or oversized file stops the boot. */
export async function loadBranding(brand: BrandConfig): Promise<Branding> {
  if (brand.logoFile === null) return { company: brand.name };
  const type = LOGO_TYPES[extname(brand.logoFile).toLowerCase()];
  if (type === undefined) throw new Error('MAILGUARD_COMPANY_LOGO must be a .png, .jpg or .svg file.');
  const bytes = await readFile(brand.logoFile);
  if (bytes.length > MAX_LOGO_BYTES)
    throw new Error(`MAILGUARD_COMPANY_LOGO is over ${MAX_LOGO_BYTES / 1024} KB; use a smaller file.`);
  return { company: brand.name, logo: `data:${type};base64,${bytes.toString('base64')}` };
}

/** Page options for a valid link: who sent what, until when, and how the recipient proves who they are. */
export function linkPageOptions(
  ctx: VaultContext,
  branding: Branding,
  found: { file: FileRecord; link: LinkRecord } | null,
  signInHref?: string,
): PageOptions {
  return {
    company: branding.company,
    ...(branding.logo === undefined ? {} : { logo: branding.logo }),
    codes: ctx.mailer !== null,
    ...(signInHref === undefined ? {} : { signInHref }),
    ...(found === null
      ? {}
      : {
          file: {
            fileName: found.file.fileName,
            size: found.file.size,
            expiresAt: found.link.expiresAt,
            senderName: found.file.ownerName,
            senderEmail: found.file.owner,
          },
        }),
  };
}
