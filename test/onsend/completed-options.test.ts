import { parseSendContext } from '../../src/addin';
import { MAX_MESSAGE_CHARS } from '../../src/onsend/alert-message';
import {
  completedOptions,
  failureOptions,
  MAX_CANCEL_LABEL_CHARS,
  OPEN_PANE_COMMAND_ID,
  type AlertCapabilities,
} from '../../src/onsend/completed-options';
import { decideSend } from '../../src/onsend/send-decision';
import { ALERT_STRINGS, alertLanguage, type AlertLanguage } from '../../src/onsend/strings';
import { email, health, notRead, pnr, summary } from './summary-builders';

const ALL: AlertCapabilities = { actions: true, markdown: true };
const LANGUAGES: AlertLanguage[] = ['sv', 'en'];
const decide = (scan: ReturnType<typeof summary>) => decideSend(scan, { promptOnBulk: true });

describe('completedOptions', () => {
  it('allows a clean draft silently', () => {
    expect(completedOptions({ kind: 'allow', reason: 'clean' }, 'sv', ALL)).toEqual({ allowEvent: true });
  });

  it.each<[AlertLanguage, string]>([
    [
      'en',
      'Mail Guard stopped this message: 2 personnummer in Personallista.xlsx and health information in the body. Sensitive personal data must not be sent by e-mail (policy P2).',
    ],
    [
      'sv',
      'Mail Guard stoppade meddelandet: 2 personnummer i Personallista.xlsx och hälsouppgifter i meddelandet. Känsliga personuppgifter får inte skickas med e-post (policy P2).',
    ],
  ])('blocks sensitive data naming what and where, the clause and the way out (%s)', (language, start) => {
    const options = completedOptions(
      decide(summary({ findings: [pnr('Personallista.xlsx'), pnr('Personallista.xlsx'), health()] })),
      language,
      ALL,
    );
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain(start);
    expect(options.errorMessage).toContain(ALERT_STRINGS[language].cancelLabel);
    expect(options).toMatchObject({
      cancelLabel: ALERT_STRINGS[language].cancelLabel,
      commandId: OPEN_PANE_COMMAND_ID,
    });
    expect(options.sendModeOverride).toBeUndefined();
    expect(options.errorMessageMarkdown).toContain('**Personallista.xlsx**');
  });

  it('puts bulk personal data to the user with Send anyway', () => {
    const scan = summary({
      findings: [email('Kunder.xlsx')],
      bulk: [{ attachment: 'Kunder.xlsx', type: 'email-address', category: 'contact', count: 38 }],
    });
    const options = completedOptions(decide(scan), 'en', ALL);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(options.errorMessage).toContain('38 email addresses in Kunder.xlsx');
    expect(options.errorMessage).toContain('P3');
  });

  it('names an attachment it could not check, with Send anyway', () => {
    const options = completedOptions(decide(summary({ errors: [notRead('offert.pdf')] })), 'sv', ALL);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(options.errorMessage).toContain('Kunde inte kontrolleras: offert.pdf.');
  });

  it('says so when the attachment list itself could not be read', () => {
    const options = completedOptions(
      decide(summary({ errors: [{ part: 'attachment', code: 'not-read', message: 'failed' }] })),
      'sv',
      ALL,
    );
    expect(options.errorMessage).toContain('Kunde inte kontrolleras: bilagorna.');
  });

  it('carries a value-free summary for the task pane in contextData', () => {
    const options = completedOptions(
      decide(summary({ findings: [pnr('Lista.xlsx')], errors: [notRead('b.pdf')] })),
      'en',
      ALL,
    );
    expect(parseSendContext(options.contextData)).toEqual({
      source: 'mailguard-onsend',
      version: 1,
      decision: 'block',
      items: [{ type: 'se-personnummer', category: 'national-id', count: 1, place: 'Lista.xlsx' }],
      notChecked: ['b.pdf'],
    });
  });

  it('leaves out what the client cannot show: Markdown before 1.15, actions before 1.14', () => {
    const decision = decide(summary({ errors: [notRead('a.docx')] }));
    expect(
      completedOptions(decision, 'en', { actions: true, markdown: false }).errorMessageMarkdown,
    ).toBeUndefined();
    const old = completedOptions(decision, 'en', { actions: false, markdown: false });
    expect(Object.keys(old).sort()).toEqual(['allowEvent', 'errorMessage']);
  });

  it.each(LANGUAGES)('keeps every message within %s limits however much is found', (language) => {
    const findings = Array.from({ length: 60 }, (_, i) =>
      pnr(`Mycket_langt_filnamn_for_personallistan_nummer_${i}_version_slutlig.xlsx`),
    );
    const errors = Array.from({ length: 20 }, (_, i) =>
      notRead(`rapport_${i}_med_ett_valdigt_langt_namn.pdf`),
    );
    for (const scan of [summary({ findings, errors }), summary({ errors })]) {
      const options = completedOptions(decide(scan), language, ALL);
      expect((options.errorMessage as string).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect((options.errorMessageMarkdown as string).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(options.errorMessage).toMatch(language === 'sv' ? /\d+ till/ : /\d+ more/);
    }
  });

  it.each(LANGUAGES)('has a cancel label of at most 20 characters (%s)', (language) => {
    expect(ALERT_STRINGS[language].cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL_CHARS);
  });
});

describe('failureOptions', () => {
  it.each(LANGUAGES)(
    'tells the user the check failed and offers Send anyway, never a silent allow (%s)',
    (language) => {
      const options = failureOptions(language, ALL);
      expect(options).toMatchObject({
        allowEvent: false,
        sendModeOverride: 'promptUser',
        commandId: OPEN_PANE_COMMAND_ID,
      });
      expect(options.errorMessage).toContain(ALERT_STRINGS[language].failed);
      expect((options.errorMessage as string).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    },
  );
});

describe('alertLanguage', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['SV', 'sv'],
    ['en-US', 'en'],
    ['nb-NO', 'en'],
    ['fi-FI', 'en'],
    ['', 'en'],
  ])('%s → %s', (display, language) => {
    expect(alertLanguage(display)).toBe(language);
  });
});
