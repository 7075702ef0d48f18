import nodemailer from 'nodemailer';

/** Sends one plain-text mail. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** Raised when the SMTP server refuses or cannot be reached. */
export class MailError extends Error {
  override name = 'MailError' as const;
}

/** nodemailer over the configured `smtp://` / `smtps://` URL. */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
      } catch (error: unknown) {
        throw new MailError('The one-time code could not be sent.', { cause: error });
      }
    },
    close() {
      transport.close();
    },
  };
}
