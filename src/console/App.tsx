import {
  Button,
  FluentProvider,
  MessageBar,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ConsoleSignIn } from '../contract';
import { consoleApi } from './api';
import { NotDpoError, entraSession, signInMode, type Session } from './auth';
import { SignIn } from './SignIn';
import { CONSOLE_STRINGS, fill, type ConsoleLang } from './strings';
import { AuditView } from './views/AuditView';
import { DecisionsView } from './views/DecisionsView';
import { FilesView } from './views/FilesView';
import { SubjectsView } from './views/SubjectsView';

const useStyles = makeStyles({
  page: {
    maxWidth: '72rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'decisions' | 'files' | 'subjects' | 'audit';
/** `refused`: the account that came back from sign-in without the DPO role (it has no session). */
type Boot =
  | { state: 'loading' }
  | { state: 'ready'; mode: ConsoleSignIn; refused: string | null }
  | { state: 'failed'; error: string };

/** Asks the vault how to sign in and, on Entra vaults, picks up a session coming back from the redirect. */
function useSignIn(): { boot: Boot; session: Session | null; setSession: (s: Session | null) => void } {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const mode = await signInMode();
        let existing: Session | null = null;
        let refused: string | null = null;
        try {
          existing = mode.kind === 'entra' ? await entraSession(mode) : null;
        } catch (caught: unknown) {
          if (!(caught instanceof NotDpoError)) throw caught;
          refused = caught.who;
        }
        if (!live) return;
        setSession(existing);
        setBoot({ state: 'ready', mode, refused });
      } catch (caught: unknown) {
        if (live)
          setBoot({ state: 'failed', error: caught instanceof Error ? caught.message : String(caught) });
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return { boot, session, setSession };
}

/** The data protection officer's console: decisions, stored files, data-subject requests, the audit chain. */
export function App({ lang }: { lang: ConsoleLang }) {
  const strings = CONSOLE_STRINGS[lang];
  const styles = useStyles();
  const { boot, session, setSession } = useSignIn();
  const [tab, setTab] = useState<TabId>('decisions');
  const api = useMemo(() => (session === null ? null : consoleApi(session.token)), [session]);
  const signOut = (): void => {
    const ending = session;
    setSession(null);
    void ending?.signOut();
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Text as="h1" size={600} weight="semibold">
            {strings.title}
          </Text>
          {session !== null && (
            <div className={styles.who}>
              <Text>{fill(strings.signedInAs, { who: session.who })}</Text>
              <Button onClick={signOut}>{strings.signOut}</Button>
            </div>
          )}
        </header>
        {boot.state === 'loading' && <Spinner label={strings.loading} />}
        {boot.state === 'failed' && (
          <MessageBar intent="error">{fill(strings.failed, { message: boot.error })}</MessageBar>
        )}
        {boot.state === 'ready' && api === null && (
          <SignIn strings={strings} mode={boot.mode} refused={boot.refused} onSession={setSession} />
        )}
        {api !== null && (
          <>
            <nav aria-label={strings.sections}>
              <TabList
                className={styles.tabs}
                selectedValue={tab}
                onTabSelect={(_, data) => setTab(data.value as TabId)}
              >
                <Tab value="decisions">{strings.tabDecisions}</Tab>
                <Tab value="files">{strings.tabFiles}</Tab>
                <Tab value="subjects">{strings.tabSubjects}</Tab>
                <Tab value="audit">{strings.tabAudit}</Tab>
              </TabList>
            </nav>
            {tab === 'decisions' && <DecisionsView api={api} strings={strings} />}
            {tab === 'files' && <FilesView api={api} strings={strings} lang={lang} />}
            {tab === 'subjects' && <SubjectsView api={api} strings={strings} lang={lang} />}
            {tab === 'audit' && <AuditView api={api} strings={strings} lang={lang} />}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
