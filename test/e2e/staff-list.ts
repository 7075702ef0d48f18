/** Generated lists of people (CSV) for the bulk-data tests. */

/** Luhn check digit over the 9 digits YYMMDDNNN (Skatteverket's personnummer rule). */
function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Sara', 'Per', 'Eva', 'Nils'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson'];

/** `rows` people with name and personnummer (YYMMDD-NNNC), one per line, semicolon-separated. */
export function staffListCsv(rows: number): string {
  const lines = ['Namn;Personnummer;Avdelning'];
  for (let i = 0; i < rows; i++) {
    const yy = String(60 + (i % 35)).padStart(2, '0');
    const mm = String(1 + (i % 12)).padStart(2, '0');
    const dd = String(1 + (i % 28)).padStart(2, '0');
    const serial = String(100 + i * 7).padStart(3, '0');
    const nine = `${yy}${mm}${dd}${serial}`;
    lines.push(
      `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]};${yy}${mm}${dd}-${serial}${luhnDigit(nine)};Produktion`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `rows` external contacts with name, e-mail and mobile number: ordinary personal data in bulk. */
export function contactListCsv(rows: number): string {
  const lines = ['Namn;E-post;Mobil'];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[(i * 3) % LAST.length] as string;
    const mobile = `070-${String(1000000 + i * 7919).slice(-7, -4)} ${String(10 + i).padStart(2, '0')} ${String(40 + i).slice(-2)}`;
    lines.push(
      `${first} ${last};${first.toLowerCase()}.${last.toLowerCase()}@kund${i % 3}.example;${mobile}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
