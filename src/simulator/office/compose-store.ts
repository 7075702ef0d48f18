/**
 * The simulated compose window's state: what Outlook would hold for the draft. The compose UI edits it,
 * the fake Office object reads it, and both subscribe to its changes.
 */
export interface SimRecipient {
  readonly emailAddress: string;
  readonly displayName: string;
}

export interface SimAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly base64: string;
}

export type SimLanguage = 'sv-SE' | 'en-US';
export type StoreEvent = 'recipients' | 'attachments' | 'body-replaced' | 'changed';

export class ComposeStore {
  subject = '';
  to: readonly SimRecipient[] = [];
  cc: readonly SimRecipient[] = [];
  bcc: readonly SimRecipient[] = [];
  bodyHtml = '';
  bodyText = '';
  attachments: readonly SimAttachment[] = [];
  readonly sessionData = new Map<string, string>();
  readonly roaming = new Map<string, unknown>();
  language: SimLanguage;
  private nextAttachment = 1;
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(language: SimLanguage) {
    this.language = language;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    for (const listener of Array.from(this.listeners)) listener(event);
    if (event !== 'changed') for (const listener of Array.from(this.listeners)) listener('changed');
  }

  setRecipients(field: 'to' | 'cc' | 'bcc', list: readonly SimRecipient[]): void {
    const same =
      this[field].map((r) => r.emailAddress).join(',') === list.map((r) => r.emailAddress).join(',');
    this[field] = list;
    if (!same) this.emit('recipients');
  }

  setSubject(subject: string): void {
    this.subject = subject;
    this.emit('changed');
  }

  /** From the editor: the user typed. */
  setBody(html: string, text: string): void {
    this.bodyHtml = html;
    this.bodyText = text;
    this.emit('changed');
  }

  /** From the API (prependAsync, setSelectedDataAsync): the editor must show the new body. */
  replaceBody(html: string, text: string): void {
    this.setBody(html, text);
    this.emit('body-replaced');
  }

  addAttachment(name: string, contentType: string, size: number, base64: string): string {
    const id = `sim-attachment-${this.nextAttachment++}`;
    this.attachments = this.attachments.concat([{ id, name, contentType, size, base64 }]);
    this.emit('attachments');
    return id;
  }

  removeAttachment(id: string): boolean {
    const before = this.attachments.length;
    this.attachments = this.attachments.filter((a) => a.id !== id);
    if (this.attachments.length === before) return false;
    this.emit('attachments');
    return true;
  }

  /** A new, empty draft (after a simulated send). Session data belongs to the item, so it goes too. */
  reset(): void {
    this.subject = '';
    this.to = [];
    this.cc = [];
    this.bcc = [];
    this.attachments = [];
    this.sessionData.clear();
    this.replaceBody('', '');
    this.emit('recipients');
    this.emit('attachments');
  }
}

/**
 * Splits at `;`, and at `,` once the part so far holds a whole address: `"Berg, Anna" <a@x.se>` and
 * `Berg, Anna <a@x.se>` stay one recipient, as Outlook resolves them.
 */
function splitRecipients(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    const complete = current.indexOf('@') >= 0 && !angle && !quoted;
    if (ch === ';' || (ch === ',' && complete)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Parses "Anna <anna@x.se>; bo@y.se" into recipients; anything without an @ is left out (unresolved). */
export function parseRecipients(text: string): SimRecipient[] {
  const out: SimRecipient[] = [];
  for (const part of splitRecipients(text)) {
    const trimmed = part.trim();
    const angle = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(trimmed);
    const name = (angle?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    if (angle) out.push({ displayName: name || (angle[2] ?? ''), emailAddress: angle[2] ?? '' });
    else if (/^[^\s@]+@[^\s@]+$/.test(trimmed)) out.push({ displayName: trimmed, emailAddress: trimmed });
  }
  return out;
}
