/**
 * Detection quality on generated mail (not a test: it prints figures). Ordinary business mails must
 * give `allow` (false alarms per 100 mails are counted); mails with one planted item must give a
 * finding of the planted category (recall per category is printed).
 */
import { checkDraft, type Draft } from '../src/core/draft';
import { DEFAULT_POLICY } from '../src/core/policy';
import { CLEAN_SENTENCES, GREETINGS, PLANTS, SIGNOFFS, pick, seeded, type Rng } from './quality-corpus';

const TODAY = { year: 2026, month: 11, day: 25 };
const MAILS = 200;

function draftOf(body: string): Draft {
  return {
    subject: 'Uppföljning',
    body,
    from: { address: 'peter.holm@vinnter.se', name: 'Peter Holm' },
    to: [{ address: 'kund@example.com' }],
    cc: [],
    bcc: [],
    attachments: [],
  };
}

function cleanBody(rng: Rng, extra?: string): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(rng() * 4);
  for (let i = 0; i < count; i++) sentences.push(pick(rng, CLEAN_SENTENCES));
  if (extra !== undefined) sentences.splice(Math.floor(rng() * (sentences.length + 1)), 0, extra);
  return `${pick(rng, GREETINGS)}\n\n${sentences.join(' ')}\n\n${pick(rng, SIGNOFFS)}\n`;
}

export async function benchQuality(): Promise<void> {
  const rng = seeded(20261125);
  let falseAlarms = 0;
  const alarmTypes: { [type: string]: number } = {};
  for (let i = 0; i < MAILS; i++) {
    const { verdict } = checkDraft(draftOf(cleanBody(rng)), { today: TODAY, policy: DEFAULT_POLICY });
    if (verdict.kind === 'allow') continue;
    falseAlarms++;
    for (const f of verdict.findings)
      if (f.action === 'block' || f.action === 'warn') alarmTypes[f.type] = (alarmTypes[f.type] ?? 0) + 1;
  }
  console.log(
    `ordinary business mails: ${MAILS}, false alarms: ${falseAlarms} (${((100 * falseAlarms) / MAILS).toFixed(1)} per 100)`,
  );
  if (falseAlarms > 0) console.log(`  false alarms by type: ${JSON.stringify(alarmTypes)}`);

  const caught: { [category: string]: [number, number] } = {};
  for (let i = 0; i < MAILS; i++) {
    const plant = pick(rng, PLANTS);
    const { verdict } = checkDraft(draftOf(cleanBody(rng, plant.make(rng))), {
      today: TODAY,
      policy: DEFAULT_POLICY,
    });
    const tally = caught[plant.category] ?? [0, 0];
    tally[1]++;
    if (verdict.findings.some((f) => f.category === plant.category)) tally[0]++;
    caught[plant.category] = tally;
  }
  for (const [category, [hit, total]] of Object.entries(caught)) {
    console.log(
      `planted ${category.padEnd(18)} recall ${hit}/${total} (${((100 * hit) / total).toFixed(0)} %)`,
    );
  }
}
