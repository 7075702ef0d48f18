import type { Transporter } from 'nodemailer';

/** Sends one plain-text mail. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** Raised when the SMTP server refuses or cannot be reached. */
export class MailError extends Error {
  override name = 'MailError' as const;
}

/**
 * nodemailer over the configured `smtp://` / `smtps://` URL, loaded and connected on the first mail: a vault
 * that sends none (no external recipients yet) does not carry the library's ~12 MB.
 */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  let transport: Promise<Transporter> | null = null;
  let opened: Transporter | null = null;
  const open = async (): Promise<Transporter> => {
    const nodemailer = (await import('nodemailer')).default;
    opened = nodemailer.createTransport(url);
    return opened;
  };
  const forget = (error: unknown): never => {
    transport = null; // a later mail tries again
    throw error;
  };
  return {
    async send(message) {
      try {
        await (await (transport ??= open().catch(forget))).sendMail({ from, ...message });
      } catch (error: unknown) {
        throw new MailError('The one-time code could not be sent.', { cause: error });
      }
    },
    close() {
      opened?.close();
    },
  };
}
