/**
 * Mutations of a seed file: byte-level damage (flips, interesting values, cut, repeat, splice) and, for zip
 * containers, damage to one member re-packed into a well-formed zip, so the parsers behind the directory
 * are reached too. Text-level insertions aim at the parsers' edge cases (DOCTYPE, deep nesting, huge
 * numbers, long digit runs, odd references).
 */
import { unzipSync, zipSync } from 'fflate';
import type { Rng } from './rng';
import { below, pick } from './rng';

/** Values that trip length and offset arithmetic. */
const INTERESTING_32 = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff];

/** Fragments that parsers of XML, PDF, RTF, MIME and CSV treat specially. */
const FRAGMENTS = [
  '<',
  '>',
  '&',
  '&#xFFFFFFFF;',
  '&#0;',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<![CDATA[',
  ']]>',
  '<w:t>',
  '</w:p>',
  '<c r="XFD1048577" t="s"><v>99999999</v></c>',
  '<table:table-cell table:number-columns-repeated="2147483647"/>',
  '<table:table-row table:number-rows-repeated="999999999">',
  '\u0000',
  '\uFFFD',
  '"',
  ';;;;;;;;',
  '\r\n\r\n',
  '--b-outer\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  '=?utf-8?B?////?=',
  '{\\rtf1',
  '{{{{{{{{{{{{{{{{',
  '\\u-32768?',
  '\\bin999999999 ',
  '/Length 999999999',
  '<< /Type /Pages /Kids [1 0 R] /Count 999999 >>',
  'stream\n',
  'endobj',
  '9'.repeat(5000),
  '850709-9805',
  'BEGIN:VCARD\r\n',
];

function mutateBytes(input: Uint8Array, rng: Rng): Uint8Array {
  let bytes: Uint8Array = Uint8Array.from(input);
  const rounds = 1 + below(rng, 4);
  for (let r = 0; r < rounds; r++) {
    const at = bytes.length === 0 ? 0 : below(rng, bytes.length);
    switch (below(rng, 8)) {
      case 0: // flip a bit
        if (bytes.length > 0) bytes[at] = (bytes[at] as number) ^ (1 << below(rng, 8));
        break;
      case 1: // an interesting 32-bit value (sizes, offsets, counts)
        if (at + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(at, pick(rng, INTERESTING_32), true);
        break;
      case 2: // cut the end off
        bytes = bytes.slice(0, at);
        break;
      case 3: // cut a piece out
        bytes = concat(bytes.slice(0, at), bytes.slice(Math.min(bytes.length, at + 1 + below(rng, 512))));
        break;
      case 4: // repeat a piece
        bytes = concat(
          bytes.slice(0, at),
          repeat(bytes.slice(at, at + 1 + below(rng, 64)), 1 + below(rng, 50)),
          bytes.slice(at),
        );
        break;
      case 5: // insert a fragment
        bytes = concat(bytes.slice(0, at), Buffer.from(pick(rng, FRAGMENTS), 'utf8'), bytes.slice(at));
        break;
      case 6: // random bytes
        for (let i = 0, n = 1 + below(rng, 16); i < n && at + i < bytes.length; i++)
          bytes[at + i] = below(rng, 256);
        break;
      default: // a byte set to 0 or 0xFF
        if (bytes.length > 0) bytes[at] = rng() < 0.5 ? 0 : 0xff;
    }
  }
  return bytes;
}

function repeat(piece: Uint8Array, times: number): Uint8Array {
  return concat(...Array.from({ length: times }, () => piece));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** For a zip container: damage one member (its bytes, then re-packed), or the archive bytes themselves. */
function mutateZip(input: Uint8Array, rng: Rng): Uint8Array {
  if (rng() < 0.35) return mutateBytes(input, rng);
  const members: { [name: string]: Uint8Array } = unzipSync(input);
  const names = Object.keys(members);
  if (names.length === 0) return mutateBytes(input, rng);
  const name = pick(rng, names);
  members[name] = mutateBytes(members[name] as Uint8Array, rng);
  if (rng() < 0.1) members[`${name}.copy/${below(rng, 9)}`] = members[name] as Uint8Array;
  return zipSync(members, { level: rng() < 0.5 ? 0 : 6 });
}

/** One mutated input from `seed`. */
export function mutate(seed: Uint8Array, isZip: boolean, rng: Rng): Uint8Array {
  return isZip ? mutateZip(seed, rng) : mutateBytes(seed, rng);
}
