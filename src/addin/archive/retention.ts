/** The retention class a received message is archived under: policy.json `archive` (ADR 0030). */
import type { ArchivePolicy } from '../../core/policy/types';

/** Lower-case whole words of a subject or a file name (`CV_Anna-Lind.pdf` → cv, anna, lind, pdf). */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
}

/**
 * The first rule with one of its words in the subject or an attachment's name, else the section's default
 * class; undefined without an `archive` section (the vault's default class applies).
 */
export function retentionClassFor(
  archive: ArchivePolicy | undefined,
  message: { readonly subject: string; readonly attachmentNames: readonly string[] },
): string | undefined {
  if (!archive) return undefined;
  const words = wordsOf([message.subject, ...message.attachmentNames].join(' '));
  const rule = archive.rules.find((r) => r.words.some((w) => words.has(w)));
  return rule ? rule.retentionClass : archive.retentionClass;
}
