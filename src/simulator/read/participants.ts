/**
 * A course's participant list for the read simulator: more people than the vault names on one archived copy
 * (100), so the read pane shows the people it left out. Every name and personnummer is made up: common
 * Swedish first and last names paired by rule, and birth dates with a Luhn check digit computed here.
 */
import { checkDigit } from '../../core/identifiers/checksums/luhn';

/** Participants in the list: with a personnummer each, 120 people, more than the vault's 100. */
export const PARTICIPANTS = 60;

const FIRST = ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Ulla', 'Sara', 'Nils'] as const;
const LAST = ['Andersson', 'Berg', 'Lindqvist', 'Holm', 'Nyström', 'Ek'] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** `YYMMDD-NNNC` for participant `i`: a valid date (day ≤ 28) and a serial number, C by Luhn. */
function personnummer(i: number): string {
  const date = `${two(85 + (i % 15))}${two(1 + (i % 12))}${two(1 + ((i * 7) % 28))}`;
  const serial = String(100 + ((i * 37) % 900));
  return `${date}-${serial}${checkDigit(date + serial)}`;
}

/** One line per participant, `Name; personnummer`, under a heading line. */
export function participantList(): string {
  const rows = ['Deltagare, första hjälpen 14 januari', '', 'Namn; Personnummer'];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const name = `${FIRST[i % FIRST.length] ?? ''} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? ''}`;
    rows.push(`${name}; ${personnummer(i)}`);
  }
  return `${rows.join('\n')}\n`;
}
