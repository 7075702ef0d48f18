/**
 * A fingerprint of draft content, so the on-send check can tell whether the task pane's cached scan still
 * describes the draft. Not a security hash: it only detects change. FNV-1a (32-bit) run twice with different
 * offsets gives 64 bits, enough that an edit colliding by chance is negligible.
 */

const FNV_PRIME = 0x01000193;
/** Bound once: a global lookup per character is measurably slow in some runtimes (e.g. node:vm contexts). */
const imul = Math.imul;

/** Incremental hasher over strings (UTF-16 code units); cheap enough for a few MB of base64. */
export class ContentHasher {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;

  /** Adds a string; a separator is mixed in so `('ab','c')` and `('a','bc')` differ. */
  add(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = imul(a ^ code, FNV_PRIME);
      b = imul(b ^ code, FNV_PRIME);
    }
    this.a = imul(a ^ 0x1f, FNV_PRIME);
    this.b = imul(b ^ 0x1e, FNV_PRIME);
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    return hex(this.a) + hex(this.b);
  }
}

function hex(value: number): string {
  const text = (value >>> 0).toString(16);
  return '00000000'.slice(text.length) + text;
}

/** Hash of one string. */
export function hashText(text: string): string {
  return new ContentHasher().add(text).digest();
}
