/**
 * `archive`: what retention class received mail gets when the read pane archives it to the vault (P3, P5).
 * Optional: without it the vault's default class applies. Rules are tried in order; a rule matches when one
 * of its words is a whole word of the subject or of an attachment's name (`CV Anna.pdf` → `recruitment`).
 */
import type { Errors } from './fields';
import { checkKeys, isRecord, readObject, readString, readStringList } from './fields';
import type { ArchivePolicy, ArchiveRule } from './types';

/** The vault's retention class names (`^[a-z0-9-]{1,40}$`, as its upload header). */
const CLASS_NAME = { regex: /^[a-z0-9-]{1,40}$/, describe: 'a retention class name (a-z, 0-9, -)' };
const WORD = { regex: /^[^\s]{1,60}$/u, describe: 'one word' };

function readRule(value: unknown, path: string, errors: Errors): ArchiveRule | undefined {
  if (!isRecord(value)) {
    errors.push({ path, message: 'must be an object' });
    return undefined;
  }
  checkKeys(value, ['words', 'retentionClass'], path, errors);
  const before = errors.length;
  const words = readStringList(value['words'] ?? null, `${path}.words`, [], errors, {
    shape: WORD,
    nonEmpty: true,
  });
  const retentionClass = readString(
    value['retentionClass'] ?? null,
    `${path}.retentionClass`,
    '',
    errors,
    CLASS_NAME,
  );
  return errors.length > before ? undefined : { words: words.map((w) => w.toLowerCase()), retentionClass };
}

export function readArchive(value: unknown, errors: Errors): ArchivePolicy | undefined {
  const object = readObject(value, 'archive', errors);
  if (!object) return undefined;
  checkKeys(object, ['retentionClass', 'rules'], 'archive', errors);
  const before = errors.length;
  const retentionClass =
    object['retentionClass'] === undefined
      ? undefined
      : readString(object['retentionClass'], 'archive.retentionClass', '', errors, CLASS_NAME);
  const rules: ArchiveRule[] = [];
  const list = object['rules'];
  if (list !== undefined && !Array.isArray(list))
    errors.push({ path: 'archive.rules', message: 'must be a list' });
  if (Array.isArray(list))
    list.forEach((rule: unknown, i) => {
      const read = readRule(rule, `archive.rules[${i}]`, errors);
      if (read) rules.push(read);
    });
  // A half-read archive section would file mail under the wrong retention: drop it whole, say why.
  if (errors.length > before) return undefined;
  return { ...(retentionClass ? { retentionClass } : {}), rules };
}
