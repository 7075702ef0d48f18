import { Button, Field, Input, MessageBar, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { devToken } from './api';
import type { ConsoleStrings } from './strings';
import { useViewStyles } from './views/styles';

/**
 * Sign-in. With `--dev-auth` the vault issues a local token with the DPO role for any address; a vault on
 * Entra ID answers 404 to that route, and the console says sign-in through Entra is not there yet.
 */
export function SignIn({ strings, onToken }: { strings: ConsoleStrings; onToken: (token: string) => void }) {
  const styles = useViewStyles();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    try {
      const token = await devToken(email.trim());
      if (token === null) setProblem(strings.noDevSignIn);
      else onToken(token);
    } catch (caught: unknown) {
      setProblem(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <section className={styles.view} aria-label={strings.signInHeading}>
      <Text as="h2" size={500} weight="semibold">
        {strings.signInHeading}
      </Text>
      <Text as="p">{strings.signInHint}</Text>
      <form className={styles.filters} onSubmit={(event) => void submit(event)}>
        <Field label={strings.devEmail}>
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
      {problem !== null && <MessageBar intent="error">{problem}</MessageBar>}
    </section>
  );
}
