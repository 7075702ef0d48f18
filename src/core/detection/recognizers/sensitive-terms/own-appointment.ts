/**
 * The writer's own routine dental appointment, said to explain an absence ("Själv är jag hos tandläkaren
 * tisdag 14:00, så jag missar början av demon", "I'm at the dentist at 2pm", "I've got a dentist appointment at
 * 9:30"): a time in the calendar, no condition stated. Shown as `info`, never blocked. Only the writer (first
 * person), only a dentist or hygienist, and only with a time: "jag har tandvärk" states a condition, and "Anna
 * är hos tandläkaren" is someone else's.
 */
import type { ScanDocument, Span } from '../../types';

/** The dentist, or the dental hygienist, in the five languages (the hit as written, lower case). */
const DENTIST = /^(?:tandl[äæ]k|tannlege|hammas|dent)/;
/** The writer: the anchor is a first-person pronoun, alone or with its verb ("I'm", "I've", "I have"). */
const WRITER = /^(?:jag|mig|jeg|meg|i(?:\W.*)?|me|my|minä|mä|mulla|minulla)$/;
/** A clock time: "14:00", "kl 14", "klo 9", "2pm". */
const WHEN = /\d[:.]\d\d|kl\.? ?\d|klo ?\d|\d ?[ap]m/;

/** Whether the hit is a dentist word in a sentence where the writer names a time for it. */
export function isOwnDentalAppointment(
  doc: ScanDocument,
  sentence: Span,
  hit: Span,
  anchor: string,
): boolean {
  return (
    WRITER.test(anchor) &&
    DENTIST.test(doc.lower.slice(hit.start, hit.end)) &&
    WHEN.test(doc.lower.slice(sentence.start, sentence.end))
  );
}
