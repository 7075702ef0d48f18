/** The mask of a Nordic bank account number, shared by the Swedish and Danish recognizers. */

/**
 * Shows the clearing number (the bank, not the person) and masks every later digit; labels and separators
 * stay, so "Clearingnummer … Kontonummer …" on two lines reads as what it is. Danish accounts lead with
 * their 4-digit registreringsnummer the same way.
 */
export function maskAccount(value: string): string {
  let digits = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const isDigit = ch >= '0' && ch <= '9';
    if (isDigit) digits++;
    out += isDigit && digits > 4 ? '*' : ch;
  }
  return out;
}
