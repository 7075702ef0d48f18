/**
 * A number the sender marks as their own: "ring mig på 070-…", "call me on …", "jag finns på …", "… (mitt nr)",
 * "… (mig)".
 * Like the signature, it is the sender's to give, so it is not a finding.
 */
import type { Span } from '../detection/types';

// "ring mig", "call me", "soita minulle", "mitt nr", "my mobile" … up to 25 characters before the number.
// "Call if anything comes up" names no one else to call: the writer is the one who answers.
const BEFORE =
  /(?:ring hvis|ring om det|ring om något|ring om noe|ring endelig|call if|call anytime|soita jos|ring mig|ring meg|ringa mig|call me|text me|reach me|soita minulle|mitt nr|mitt nummer|mitt mobilnummer|min mobil|mit nummer|min telefon|my number|my mobile|my phone|numeroni|puhelinnumeroni|jag finns på|jag nås på|nå mig på|når du mig på|jeg er på|nå meg på|når du meg på|jeg kan nås på|i can be reached|tavoitat minut)[^\n\d]{0,25}$/i;
// "(mitt nr)", "(mig)", "(me)", "(meg)", "(minä)", "— my number" right after it.
const AFTER = /^[\s,–-]{0,3}\(?\s*(?:mitt nr|mitt nummer|mig|meg|me|minä|my number|mit nummer|numeroni)\b/i;

/** Whether the sender marks the contact value at `span` of `text` as their own. */
export function markedAsOwn(text: string, span: Span): boolean {
  return (
    BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) ||
    AFTER.test(text.slice(span.end, span.end + 20))
  );
}
