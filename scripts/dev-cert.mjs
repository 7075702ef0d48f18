// Development HTTPS certificate for https://localhost:3000 (Outlook only loads add-ins over HTTPS).
// Generated once into .cert/ (gitignored) and reused; trust .cert/localhost.crt in your OS/browser to sideload.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

const CERT_DIR = fileURLToPath(new URL('../.cert/', import.meta.url));
const KEY_FILE = `${CERT_DIR}localhost.key`;
const CERT_FILE = `${CERT_DIR}localhost.crt`;
const VALID_DAYS = 365;

/**
 * Returns the development key and certificate, creating them on first use.
 * @returns {Promise<{ key: string; cert: string; certFile: string }>}
 */
export async function devCertificate() {
  if (!existsSync(KEY_FILE) || !existsSync(CERT_FILE)) {
    const notAfterDate = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    await mkdir(CERT_DIR, { recursive: true });
    await writeFile(KEY_FILE, pems.private, { mode: 0o600 });
    await writeFile(CERT_FILE, pems.cert);
  }
  return {
    key: await readFile(KEY_FILE, 'utf8'),
    cert: await readFile(CERT_FILE, 'utf8'),
    certFile: CERT_FILE,
  };
}
