import { Button, Field, Input, MessageBar, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ConsoleSignIn } from '../contract';
import { devSession, entraSignIn, type Session } from './auth';
import { fill, type ConsoleStrings } from './strings';
import { useViewStyles } from './views/styles';

/**
 * Sign-in as the vault offers it: Microsoft Entra ID (MSAL redirect; the DPO app role is checked by the vault
 * on every call), or with `--dev-auth` a local DPO token for any address. `refused` names an account that
 * signed in without the DPO role.
 */
export function SignIn(props: {
  strings: ConsoleStrings;
  mode: ConsoleSignIn;
  refused: string | null;
  onSession: (session: Session) => void;
}) {
  const { strings, mode, refused, onSession } = props;
  const styles = useViewStyles();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const attempt = async (work: () => Promise<void>): Promise<void> => {
    setProblem(null);
    try {
      await work();
    } catch (caught: unknown) {
      setProblem(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void attempt(async () => onSession(await devSession(email.trim())));
  };
  return (
    <section className={styles.view} aria-label={strings.signInHeading}>
      <Text as="h2" size={500} weight="semibold">
        {strings.signInHeading}
      </Text>
      <Text as="p">{strings.signInHint}</Text>
      {refused !== null && <MessageBar intent="error">{fill(strings.notDpo, { who: refused })}</MessageBar>}
      {mode.kind === 'dev' && (
        <form className={styles.filters} onSubmit={submit}>
          <Field label={strings.devEmail} hint={strings.devHint}>
            <Input
              type="email"
              required
              autoComplete="email"
              value={email}
              onChange={(_, d) => setEmail(d.value)}
            />
          </Field>
          <Button appearance="primary" type="submit">
            {strings.signIn}
          </Button>
        </form>
      )}
      {mode.kind === 'entra' && (
        <div>
          <Button
            appearance="primary"
            onClick={() => void attempt(() => entraSignIn(mode, { chooseAccount: refused !== null }))}
          >
            {strings.signInEntra}
          </Button>
        </div>
      )}
      {mode.kind === 'none' && <MessageBar intent="warning">{strings.noSignIn}</MessageBar>}
      {problem !== null && (
        <MessageBar intent="error">{fill(strings.failed, { message: problem })}</MessageBar>
      )}
    </section>
  );
}
