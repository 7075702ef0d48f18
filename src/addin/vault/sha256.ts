/** SHA-256 with Web Crypto (`crypto.subtle.digest`), as lower-case hex — the form `X-Content-SHA256` takes. */

/** The part of `SubtleCrypto` needed here (injectable; defaults to the page's). */
export interface Digester {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** Hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array, subtle: Digester = crypto.subtle): Promise<string> {
  const copy =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', copy));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
