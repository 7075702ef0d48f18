/**
 * Finding a message's signature block: the sign-off ("Med vänliga hälsningar", "Best regards", "-- ")
 * and the name, title, phone, e-mail and address lines that follow it at the end of the message.
 */
import type { Line } from './lines';

/** Sign-off phrases (sv, en, no, da, fi), matched at the start of a trimmed line, case-insensitively. */
const SIGN_OFF =
  /^(?:thanks (?:&|and) (?:best |kind )?regards|tack och hälsningar|med vänliga? hälsningar|med vänlig hälsning|vänliga? hälsningar|vänlig hälsning|bästa hälsningar|hälsningar|mvh|vh|best regards|kind regards|warm regards|regards|best wishes|br|cheers|many thanks|thanks|thank you|tack|sincerely|yours sincerely|med vennlig hilsen|med venlig hilsen|vennlig hilsen|venlig hilsen|venlige hilsner|vennlige hilsener|de bedste hilsner|bedste hilsner|beste hilsen|hilsner|hilsen|ystävällisin terveisin|ystävällisesti|parhain terveisin|kiittäen|terveisin|all the best|best)/i;
/** What may follow a sign-off on its line: punctuation and at most a capitalised name ("Mvh Anna"). */
const AFTER_SIGN_OFF =
  /^[\s,.!:/-]*(?:[A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæøéü'-]*(?:\s+[A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæøéü'-]*){0,2})?[\s.!]*$/;
/**
 * The Usenet delimiter `-- ` (trimmed to `--`), and the Swedish habit of signing `/Anna`, with the sender's
 * number or title after a comma or bar on the same line (`/Karin, 0708-22 14 55`).
 */
const DELIMITER =
  /^(?:--|\/\s*[A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæøéü'-]*(?:\s+[A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæøéü'-]*)?(?:\s*[,|]\s*[^,|]{1,60})?)$/;
/** A signature is short: more lines than this after the marker and it is ordinary text. */
const MAX_SIGNATURE_LINES = 15;
/** Without a sign-off, the sender's name must start one of the last lines to begin a signature. */
const NAME_LINE_WINDOW = 8;

function isSignOff(text: string): boolean {
  if (DELIMITER.test(text)) return true;
  const m = SIGN_OFF.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length);
  // Bilingual sign-offs: "Med vänliga hälsningar / Best regards".
  const second = /^\s*[/|]\s*/.exec(rest);
  if (second !== null && SIGN_OFF.test(rest.slice(second[0].length)))
    return isSignOff(rest.slice(second[0].length));
  return AFTER_SIGN_OFF.test(rest);
}

/** `anna svensson`, `anna svensson | säljare`, `anna svensson, vinnter ab`: the name alone or before a separator. */
function isNameLine(lower: string, name: string): boolean {
  if (lower === name || lower === `${name}.`) return true;
  if (lower.indexOf(name) !== 0 || lower.length > name.length + 40) return false;
  return /^\s*[,|\-–]/.test(lower.slice(name.length));
}

function nonEmptyAfter(lines: readonly Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (lines[i]?.text !== '') n++;
  return n;
}

/**
 * The offset where the signature of the message in `lines[from..to)` starts, or `undefined`.
 * Looks for the last sign-off line whose remainder is short enough to be a signature; failing that,
 * a line near the end that starts with one of `senderNames` (a signature without a sign-off).
 */
export function signatureStart(
  lines: readonly Line[],
  from: number,
  to: number,
  senderNames: readonly string[],
): number | undefined {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i];
    if (!line || line.text === '' || !isSignOff(line.text)) continue;
    if (nonEmptyAfter(lines, i, to) <= MAX_SIGNATURE_LINES) return line.start;
    break;
  }
  const names = senderNames.map((n) => n.toLowerCase()).filter((n) => n.length >= 3);
  if (names.length === 0) return undefined;
  let seen = 0;
  for (let i = to - 1; i >= from && seen < NAME_LINE_WINDOW; i--) {
    const line = lines[i];
    if (!line || line.text === '') continue;
    seen++;
    const lower = line.text.toLowerCase();
    for (const name of names) if (isNameLine(lower, name)) return line.start;
  }
  return undefined;
}
