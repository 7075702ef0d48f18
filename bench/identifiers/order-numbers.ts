/**
 * Part 2 of the identifier benchmark: random 10-digit numbers that pass the personnummer date and Luhn
 * checks (about 0.7 % of all 10-digit strings do), written where business mail puts such numbers: next
 * to order, invoice, serial, OCR and ticket words. None of them is anyone's identity number.
 */
import { isRealDate, luhnValid } from './checks';
import { fill, type Case } from './cases';
import type { Random } from './random';

const SENTENCES: { readonly [word: string]: readonly string[] } = {
  order: [
    'Order {n} shipped today.',
    'Ordernummer {n} levereras vecka 12.',
    'Your order no. {n} is confirmed.',
    'Vi har tagit emot er order {n}.',
  ],
  invoice: [
    'Fakturanr {n}',
    'Invoice {n} is overdue since 15 March.',
    'Faktura {n} förfaller den 30:e.',
    'Please find invoice no {n} attached.',
  ],
  serial: [
    'Serial number {n} failed the end-of-line test.',
    'Serienr {n}, batch 26-031.',
    'S/N {n} reports low signal.',
    'Enhet med serienummer {n} har bytts.',
  ],
  ocr: [
    'Betala till bankgiro 5012-3454 med OCR {n}.',
    'OCR-nummer: {n}',
    'Use OCR reference {n} when you pay.',
    'Ange OCR {n} vid betalning.',
  ],
  ticket: [
    'Ticket {n} resolved.',
    'Ärende {n} är stängt.',
    'Re: [Support #{n}] gateway offline',
    'Your ticket {n} has been escalated.',
  ],
};

/** A random 10-digit string whose first six digits are a real YYMMDD date and whose last is a Luhn digit. */
export function dateLuhnNumber(random: Random): string {
  for (;;) {
    const candidate = random.digits(10);
    const yy = Number(candidate.slice(0, 2));
    const month = Number(candidate.slice(2, 4));
    const day = Number(candidate.slice(4, 6));
    // 29 February counts when either century has it; 20yy does for every yy divisible by 4.
    if (isRealDate(2000 + yy, month, day) && luhnValid(candidate)) return candidate;
  }
}

/** `count` cases spread evenly over the five kinds of business number. */
export function orderNumberCases(random: Random, count: number): Case[] {
  const words = Object.keys(SENTENCES);
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const word = words[i % words.length] ?? 'order';
    // No gold span: nothing in these sentences should be reported.
    cases.push(fill(word, random.pick(SENTENCES[word] ?? []), { n: dateLuhnNumber(random) }));
  }
  return cases;
}
