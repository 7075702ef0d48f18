// Saves a password-protected copy of an Office Open XML file (ECMA-376 agile encryption in a CFB
// container, as Office writes it) with officecrypto-tool. Used by scripts/make-fixtures.sh.
// Usage: node scripts/make-fixtures.encrypt.mjs <input.docx> <output.docx> <password>
import { readFileSync, writeFileSync } from 'node:fs';
import officeCrypto from 'officecrypto-tool';

const [input, output, password] = process.argv.slice(2);
if (!input || !output || !password) {
  console.error('usage: make-fixtures.encrypt.mjs <input> <output> <password>');
  process.exit(2);
}
const encrypted = officeCrypto.encrypt(readFileSync(input), { password });
if (!officeCrypto.isEncrypted(encrypted)) throw new Error('encryption did not produce an encrypted file');
writeFileSync(output, encrypted);
