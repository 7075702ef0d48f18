/**
 * Sweep benchmark: `mailguard sweep` (a freshly bundled CLI, in its own process) over a mailbox export of
 * 10,000 generated messages, a mix of clean business mail and mail with personal data (bodies and
 * attachments), dated 2005-2024. Two runs: every message scanned (`--older-than 1d`), and the default ten
 * years (younger mail is judged by its headers only). Prints messages/s, MB/s and the sweep's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli, removeCli } from '../test/cli/cli-harness';
import { eml, PNR, type Mail } from '../test/cli/sweep/mail';

const MESSAGES = 10_000;

const BUSINESS = [
  'Hi all, the release train leaves on Thursday. Please merge before noon and tag the build.',
  'Hej! Offerten för gateway-projektet är skickad till kunden, de återkommer efter helgen.',
  'The sensor firmware 4.2.1 fixes the drift on channel 3; order 20231187 ships next week.',
  'Mötet flyttas till rum Saturnus kl 14. Agenda: budget Q3, rekrytering, kundbesök i Göteborg.',
];

function mailOf(i: number): Mail {
  const body = Array.from({ length: 3 + (i % 20) }, (_, k) => BUSINESS[(i + k) % BUSINESS.length]).join(
    '\r\n\r\n',
  );
  const date = new Date(Date.UTC(2005, 0, 1) + ((i * 7919) % 7300) * 86_400_000).toUTCString();
  const kind = i % 10;
  if (kind < 7) return { subject: `Status ${i}`, body, date };
  if (kind < 9) {
    return {
      subject: `Ärende ${i}`,
      body: `${body}\r\n\r\nKunden Eva Nilsson, personnummer ${PNR}, tel 070-123 45 67, har ringt om sin sjukskrivning.`,
      date,
    };
  }
  const rows = Array.from(
    { length: 40 },
    (_, r) => `Person ${r};${PNR};eva${r}@example.com;070-123 45 ${String(r).padStart(2, '0')}`,
  );
  return {
    subject: `Lista ${i}`,
    body,
    date,
    attachment: { name: 'deltagare.csv', text: `Namn;Personnummer;E-post;Telefon\n${rows.join('\n')}` },
  };
}

/** Runs the bundled CLI with a preload that writes the process's peak RSS (KB) on exit. */
function run(
  cli: string,
  rssProbe: string,
  args: readonly string[],
): { seconds: number; cpuSeconds: number; rssMb: number; listed: number; status: number | null } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', rssProbe, cli, 'sweep', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = /maxrss=(\d+) cpu=(\d+)/.exec(result.stderr);
  const listed = result.stdout.split('\n').filter((l) => l.startsWith('{"file"')).length;
  return {
    seconds,
    // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
    cpuSeconds: rss ? Number(rss[2]) / 1e6 : Number.NaN,
    rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    listed,
    status: result.status,
  };
}

export async function benchSweep(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mailguard-bench-sweep-'));
  const cli = buildCli();
  try {
    await mkdir(join(dir, 'box'));
    let bytes = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const message = eml(mailOf(i));
      bytes += message.length;
      await writeFile(join(dir, 'box', `${String(i).padStart(5, '0')}.eml`), message);
    }
    const probe = join(dir, 'rss-probe.cjs');
    await writeFile(
      probe,
      "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`maxrss=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
    );
    const mb = bytes / 1_000_000;
    console.log(
      `${MESSAGES} messages, ${mb.toFixed(1)} MB (70% clean, 20% personal data in the body, 10% a CSV list of people)`,
    );
    for (const [label, age] of [
      ['every message scanned (--older-than 1d)', '1d'],
      ['default cutoff (--older-than 10y)', '10y'],
    ] as const) {
      const r = run(cli, probe, [
        '--json',
        '--older-than',
        age,
        '--fresh',
        '--checkpoint',
        join(dir, `ck-${age}`),
        join(dir, 'box'),
      ]);
      console.log(
        `${label}: ${(MESSAGES / r.seconds).toFixed(0)} messages/s, ${(mb / r.seconds).toFixed(1)} MB/s, ` +
          `${r.seconds.toFixed(1)} s wall (${(MESSAGES / r.cpuSeconds).toFixed(0)} messages and ` +
          `${(mb / r.cpuSeconds).toFixed(1)} MB per CPU second), peak RSS ${r.rssMb.toFixed(0)} MB, ${r.listed} listed (exit ${r.status})`,
      );
    }
  } finally {
    removeCli(cli);
    await rm(dir, { recursive: true, force: true });
  }
}
