/**
 * Where quoted or forwarded history starts in a body: Outlook's "Från: … Skickat:" block, the
 * "-----Original Message-----" rule, Gmail's "On … wrote:" and Swedish "Den … skrev:".
 */
import type { Line } from './lines';

/** `-----Original Message-----`, `---------- Forwarded message ---------` and their Nordic forms. */
const RULE_MARKER =
  /^-{2,}\s*(?:original message|ursprungligt meddelande|originalmeddelande|forwarded message|vidarebefordrat meddelande|videresendt melding|opprinnelig melding|alkuperäinen viesti)\s*-{2,}$/i;
/** Apple Mail's forward header. */
const BEGIN_FORWARDED = /^(?:begin forwarded message|vidarebefordrat brev|början på vidarebefordrat brev):$/i;
/** First line of a header block: `From:`/`Från:` (and Nordic forms). */
const FROM_HEADER = /^(?:from|från|fra|lähettäjä)\s*:/i;
/** A later line of the same header block. */
const BLOCK_HEADER = /^(?:sent|skickat|date|datum|sendt|dato|to|till|til|subject|ämne|emne|lähetetty)\s*:/i;
/** `On Mon, 3 Nov 2025 at 10:12, Anna <anna@example.com> wrote:` and `Den 3 nov. 2025 kl. 10:12 skrev Anna:`. */
// Apple Mail in Swedish starts with the date itself: `24 nov. 2026 kl. 08:12 skrev Jonas Berg <…>:`.
const ATTRIBUTION_START = /^(?:on|den|am|le|\d{1,4}[\s./-])/i;
// The verb may come before the name (`skrev Karin Berg <karin@kund.se>:`); bounded, so linear.
const ATTRIBUTION_END = /(?:wrote|skrev|schrieb|kirjoitti)(?:\s[^\n]{0,200})?:$/i;
/** Outlook on the web draws a line of underscores above the header block. */
const UNDERSCORE_RULE = /^_{8,}$/;

function headerBlockAt(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || !FROM_HEADER.test(line.text)) return false;
  for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
    const next = lines[j];
    if (next && BLOCK_HEADER.test(next.text)) return true;
  }
  return false;
}

function attributionAt(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  // Attributions carry a date or time; "Den nya versionen skrev över filen:" does not.
  if (!line || !ATTRIBUTION_START.test(line.text) || line.text.length > 300 || !/\d/.test(line.text))
    return false;
  if (ATTRIBUTION_END.test(line.text)) return true;
  // Clients wrap long attributions onto a second line.
  const next = lines[i + 1];
  return next !== undefined && next.text.length < 200 && ATTRIBUTION_END.test(next.text);
}

/** Whether a history block starts at line `i`. */
export function isHistoryStart(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.text === '') return false;
  if (RULE_MARKER.test(line.text) || BEGIN_FORWARDED.test(line.text)) return true;
  if (UNDERSCORE_RULE.test(line.text)) return headerBlockAt(lines, i + 1) || headerBlockAt(lines, i + 2);
  return headerBlockAt(lines, i) || attributionAt(lines, i);
}

/** A line of a quoted message's header block (`Till: …`, `Cc: …`), in the languages Outlook writes. */
const HEADER_LINE =
  /^(?:from|från|fra|sent|skickat|sendt|date|datum|dato|to|till|til|cc|kopia|kopi|bcc|subject|ämne|emne|aihe|lähettäjä|lähetetty|vastaanottaja)\s*:/i;

/**
 * The line after the header block of the history block starting at `i`: the marker line (and a wrapped
 * attribution's second line) and the `From:`/`Till:`/`Cc:` lines below it. Addresses and names there are
 * the thread's own metadata, not content someone chose to send.
 */
export function headerBlockEnd(lines: readonly Line[], i: number): number {
  let j = i + 1;
  const first = lines[i];
  if (first && ATTRIBUTION_START.test(first.text) && !ATTRIBUTION_END.test(first.text)) j++;
  while (j < lines.length) {
    const line = lines[j];
    // One blank line may separate a rule from its header lines (Outlook on the web).
    const blankBeforeHeader = j === i + 1 && line?.text === '' && HEADER_LINE.test(lines[j + 1]?.text ?? '');
    if ((line && HEADER_LINE.test(line.text)) || blankBeforeHeader) j++;
    else break;
  }
  return j;
}

/** Indexes of every line where a history block starts (each begins one earlier message). */
export function historyStarts(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isHistoryStart(lines, i)) out.push(i);
  return out;
}
