/**
 * Part 1 of the identifier benchmark, Swedish numbers: the test list and generated numbers in four
 * layouts, embedded in Swedish and English sentences that name the kind of number (as people do when
 * they send one). The other Nordic schemes are in `nordic-ids.ts`.
 */
import { fill, type Case } from './cases';
import type { Random } from './random';
import { generatedNumber, listedNumbers, render, SE_LAYOUTS, type SeNumber } from './se-numbers';

const SSN_SENTENCES = [
  'Mitt personnummer är {id}.',
  'Kandidatens personnummer: {id}',
  'Kan du lägga in pnr {id} i lönesystemet innan den 25:e?',
  'Hej! Jag heter {name} och mitt personnr är {id}, tack på förhand.',
  'My personal identity number is {id}.',
  "The candidate's personal identity number is {id}.",
  'Swedish personnummer {id} for the travel insurance form.',
  "{name}'s civic registration number is {id}, please add it to payroll.",
];
const CON_SENTENCES = [
  'Mitt samordningsnummer är {id}.',
  'Han har bara ett samordningsnummer ({id}) än så länge.',
  'My coordination number is {id}, I do not have a personnummer yet.',
  "The new hire's Swedish coordination number: {id}",
];
const NAMES = ['Eva Lind', 'Ahmed Yilmaz', 'Karin Ek', 'Jonas Widell', 'Sara Holm', 'Li Wei'];

/** Cases for the Swedish numbers: every number in each of the four layouts. */
export function swedishCases(random: Random, today: Date, generated: number): Case[] {
  const numbers: SeNumber[] = [...listedNumbers()];
  for (let i = 0; i < generated; i++) numbers.push(generatedNumber(random, 'personnummer'));
  for (let i = 0; i < generated / 4; i++) numbers.push(generatedNumber(random, 'samordningsnummer'));
  for (let i = 0; i < generated / 12; i++) numbers.push(generatedNumber(random, 'samordningsnummer, day 60'));
  const cases: Case[] = [];
  for (const n of numbers) {
    // Samordningsnummer are often called "personnummer" in mail, so half of them get those sentences.
    const sentences = n.kind === 'personnummer' || random.next() < 0.5 ? SSN_SENTENCES : CON_SENTENCES;
    for (const layout of SE_LAYOUTS) {
      const id = render(n, layout, today);
      cases.push(
        fill(
          n.source === 'test list' ? `SE test list ${layout}` : `SE ${n.kind} ${layout}`,
          random.pick(sentences),
          {
            id: { text: id, category: 'national-id', kind: `se-${layout}` },
            name: random.pick(NAMES),
          },
        ),
      );
    }
  }
  return cases;
}
