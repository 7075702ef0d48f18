import { Button, MessageBar, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { AuditVerification } from '../../contract';
import type { ConsoleApi } from '../api';
import { formatMoment } from '../format';
import { fill, type ConsoleLang, type ConsoleStrings } from '../strings';
import { useViewStyles } from './styles';

type Checked = { result: AuditVerification } | { error: string };

/** Verifies the audit chain and says the result and when the vault checked it. */
export function AuditView(props: { api: ConsoleApi; strings: ConsoleStrings; lang: ConsoleLang }) {
  const { api, strings, lang } = props;
  const styles = useViewStyles();
  const [checked, setChecked] = useState<Checked | null>(null);
  const verify = async (): Promise<void> => {
    try {
      setChecked({ result: await api.verifyAudit() });
    } catch (caught: unknown) {
      setChecked({ error: caught instanceof Error ? caught.message : String(caught) });
    }
  };
  return (
    <section className={styles.view} aria-label={strings.tabAudit}>
      <Text as="p">{strings.auditIntro}</Text>
      <div>
        <Button appearance="primary" onClick={() => void verify()}>
          {strings.verify}
        </Button>
      </div>
      {checked !== null && 'error' in checked && (
        <MessageBar intent="error">{fill(strings.failed, { message: checked.error })}</MessageBar>
      )}
      {checked !== null && 'result' in checked && (
        <MessageBar intent={checked.result.ok ? 'success' : 'error'}>
          {checked.result.ok
            ? fill(strings.auditOk, { n: checked.result.entries })
            : fill(strings.auditBroken, {
                at: checked.result.brokenAt ?? '?',
                n: checked.result.entries,
              })}{' '}
          {fill(strings.checkedAt, { at: formatMoment(checked.result.checkedAt, lang) })}
        </MessageBar>
      )}
    </section>
  );
}
