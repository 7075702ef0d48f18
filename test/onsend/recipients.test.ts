/**
 * Recipient risk on send: the Smart Alert names it in one sentence, warn-level risks come with Send
 * anyway, and a block for sensitive data names the external domains the mail was going to.
 */
import type { HostEvent } from '../../src/addin';
import { alertText } from '../../src/onsend/alert-message';
import { createSendHandler } from '../../src/onsend/send-handler';
import { decideSend } from '../../src/onsend/send-decision';
import { runtimeDeps } from '../../src/onsend/runtime';
import { ALERT_STRINGS } from '../../src/onsend/strings';
import { fakeEvent, fakeOffice, type FakeDraft } from '../addin/fake-office';
import { finding, pnr, summary } from './summary-builders';

interface Answer {
  allowEvent: boolean;
  errorMessage?: string;
  sendModeOverride?: string;
}

async function send(draft: FakeDraft): Promise<Answer> {
  const { event, answer } = fakeEvent();
  createSendHandler(() => fakeOffice(draft).office, runtimeDeps())(event as HostEvent);
  return (await answer) as Answer;
}

const lookalike = finding({
  type: 'recipient-lookalike-domain',
  category: 'recipient',
  action: 'warn',
  clause: 'P1',
  part: 'recipients',
});

describe('send decision with recipient risks', () => {
  it('puts a warn-level recipient risk to the user with P1', () => {
    const d = decideSend(summary({ findings: [lookalike] }), { promptOnBulk: true });
    expect(d).toMatchObject({ kind: 'prompt', clause: 'P1' });
  });

  it('an informed override covering the risk lets the mail go', () => {
    const d = decideSend(summary({ findings: [lookalike] }), {
      promptOnBulk: true,
      override: { keys: [lookalike.key], notChecked: [] },
    });
    expect(d).toEqual({ kind: 'allow', reason: 'override' });
  });

  it.each(['en', 'sv'] as const)(
    'alert text (%s): one sentence for the risk, domains on a block, ≤ 500',
    (lang) => {
      const strings = ALERT_STRINGS[lang];
      const prompt = decideSend(summary({ findings: [lookalike] }), { promptOnBulk: true });
      if (prompt.kind === 'allow') throw new Error('expected a prompt');
      const text = alertText(prompt, strings).plain;
      expect(text).toContain(strings.recipientRisk['recipient-lookalike-domain']);
      expect(text).not.toContain(strings.bulk(''));
      const block = decideSend(summary({ findings: [pnr(), lookalike] }), {
        promptOnBulk: true,
        externalDomains: ['gmail.com', 'vinter.se', 'a.se', 'b.se'],
      });
      if (block.kind !== 'block') throw new Error('expected a block');
      const plain = alertText(block, strings).plain;
      expect(plain).toContain(
        strings.goingTo(strings.list(['gmail.com', 'vinter.se', 'a.se', strings.andMore(1)])),
      );
      expect(plain.length).toBeLessThanOrEqual(500);
    },
  );
});

describe('the send handler on real drafts', () => {
  it('a lookalike company domain on a clean mail: Send anyway, the risk named', async () => {
    const answer = await send({
      to: ['anna.berg@vinnter-se.com'],
      body: 'Hej Anna,\n\nMötet är flyttat till torsdag.',
    });
    expect(answer.allowEvent).toBe(false);
    expect(answer.sendModeOverride).toBe('promptUser');
    expect(answer.errorMessage).toContain('looks like a known domain');
    expect(answer.errorMessage).not.toContain('anna.berg');
  });

  it('a personnummer to private webmail: blocked, naming where it was going', async () => {
    const answer = await send({
      to: ['lisa.holm@gmail.com'],
      body: 'Hej Lisa,\n\nMitt personnummer är 19850709-9805.',
    });
    expect(answer.allowEvent).toBe(false);
    expect(answer.sendModeOverride).toBeUndefined();
    expect(answer.errorMessage).toContain('It was going to gmail.com.');
  });

  it('a colleague: no recipient risk, the mail goes', async () => {
    const answer = await send({
      to: ['anna.berg@vinnter.se'],
      body: 'Hej Anna,\n\nMötet är flyttat till torsdag.',
    });
    expect(answer).toEqual({ allowEvent: true });
  });
});
