/**
 * On-send figures: the decision time of the BUILT handler (dist/onsend.js, the file classic Outlook runs)
 * for the typical draft — a 10 KB body and a 1 MB docx — and the bundle's size, minified and gzipped. Office is a minimal in-memory fake answering at once, so the time is Mail Guard's own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'dist/onsend.js');
const RUNS = 15;

const PARAGRAPH =
  'Hej allihop! Här kommer en sammanfattning av veckans arbete med styrenheten. Vi har kört långtidstester på ' +
  'riggen i labbet och firmware 4.2.1 håller stabilt under belastning. Nästa steg är att gå igenom testprotokollet ' +
  'med kunden på torsdag och boka in en leverans till slutet av månaden. Hör av er om något är oklart. ';

/** 10 KB of ordinary business text. */
const body = (): string => PARAGRAPH.repeat(Math.ceil(10240 / PARAGRAPH.length)).slice(0, 10240);

/** A 1 MB .docx: about 100 KB of document text and a photo (incompressible bytes), as real reports have. */
function docx(): Uint8Array {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) => `<w:p><w:r><w:t>${i}. ${PARAGRAPH}</w:t></w:r></w:p>`,
  ).join('');
  let seed = 1;
  const photo = Uint8Array.from(
    { length: 1000 * 1024 },
    () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
  );
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
    ),
    'word/media/image1.jpeg': [photo, { level: 0 }],
  });
}

type Callback = (result: { status: 'succeeded'; value: unknown }) => void;
type Handler = (event: { completed(options?: unknown): void }) => void;

/** Just enough Office for one compose item; answers on the next microtask. */
function fakeOffice(text: string, file: Uint8Array, handlers: Map<string, Handler>): unknown {
  const reply = (cb: Callback, value: unknown): void =>
    void Promise.resolve().then(() => cb({ status: 'succeeded', value }));
  const recipients = {
    getAsync: (cb: Callback) => reply(cb, [{ emailAddress: 'kund@example.com', displayName: 'Kund' }]),
  };
  const content = Buffer.from(file).toString('base64');
  return {
    context: {
      displayLanguage: 'sv-SE',
      requirements: { isSetSupported: () => true },
      mailbox: {
        item: {
          subject: { getAsync: (cb: Callback) => reply(cb, 'Veckorapport') },
          to: recipients,
          cc: { getAsync: (cb: Callback) => reply(cb, []) },
          bcc: { getAsync: (cb: Callback) => reply(cb, []) },
          body: { getAsync: (_format: string, cb: Callback) => reply(cb, text) },
          sessionData: {
            getAsync: (_name: string, cb: (r: unknown) => void) =>
              void Promise.resolve().then(() =>
                cb({ status: 'failed', value: '', error: { message: 'not set' } }),
              ),
          },
          getAttachmentsAsync: (cb: Callback) =>
            reply(cb, [
              {
                id: 'a1',
                name: 'Veckorapport.docx',
                size: file.length,
                attachmentType: 'file',
                isInline: false,
                contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              },
            ]),
          getAttachmentContentAsync: (_id: string, cb: Callback) => reply(cb, { format: 'base64', content }),
        },
      },
    },
    actions: { associate: (name: string, fn: Handler) => void handlers.set(name, fn) },
  };
}

function ensureBundle(): string {
  if (!existsSync(BUNDLE)) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'onsend'],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  return readFileSync(BUNDLE, 'utf8');
}

/** Prints the on-send decision time for the typical draft and the bundle size (min + gzip). */
export async function benchOnSend(): Promise<void> {
  const source = ensureBundle();
  const gzipped = gzipSync(source, { level: 9 }).length;
  const text = body();
  const file = docx();
  const handlers = new Map<string, Handler>();
  const loadStart = performance.now();
  // Run as a plain script with `Office` in scope. (A node:vm context would add its own cost to every global
  // look-up — Math, String... — which no Outlook runtime has; the tests use node:vm for correctness only.)
  new Function('Office', 'setTimeout', 'clearTimeout', source)(
    fakeOffice(text, file, handlers),
    setTimeout,
    clearTimeout,
  );
  const loadMs = performance.now() - loadStart;
  const handler = handlers.get('onMessageSendHandler') as Handler;
  const times: number[] = [];
  let answer: unknown;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    answer = await new Promise((done) => handler({ completed: done }));
    times.push(performance.now() - start);
  }
  // The first send runs cold code (a fresh runtime, as after Outlook starts); later ones show the steady state.
  const cold = times[0] as number;
  const sorted = times.slice(1).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const worst = sorted[sorted.length - 1] as number;
  console.log(
    `on-send bundle: ${(source.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB min+gzip (budget 100 KB)`,
  );
  console.log(
    `on-send decision, 10 KB body + ${(file.length / 1048576).toFixed(2)} MB docx: script load ${loadMs.toFixed(1)} ms, first send ${cold.toFixed(1)} ms, ` +
      `then median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${sorted.length} sends (budget 150 ms); answer ${JSON.stringify(answer)}`,
  );
}

if (require.main === module) {
  benchOnSend().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
