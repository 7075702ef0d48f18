import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { consoleApi } from './api';
import { SignIn } from './SignIn';
import { CONSOLE_STRINGS, type ConsoleLang } from './strings';
import { AuditView } from './views/AuditView';
import { DecisionsView } from './views/DecisionsView';
import { SubjectsView } from './views/SubjectsView';

const useStyles = makeStyles({
  page: { maxWidth: '72rem', margin: '0 auto', padding: tokens.spacingHorizontalXL },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

type TabId = 'decisions' | 'subjects' | 'audit';

/** The data protection officer's console: decisions, data-subject requests, the audit chain. */
export function App({ lang }: { lang: ConsoleLang }) {
  const strings = CONSOLE_STRINGS[lang];
  const styles = useStyles();
  const [token, setToken] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>('decisions');
  const api = useMemo(() => (token === null ? null : consoleApi(token)), [token]);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Text as="h1" size={600} weight="semibold">
            {strings.title}
          </Text>
          {api !== null && <Button onClick={() => setToken(null)}>{strings.signOut}</Button>}
        </header>
        {api === null ? (
          <SignIn strings={strings} onToken={setToken} />
        ) : (
          <>
            <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
              <Tab value="decisions">{strings.tabDecisions}</Tab>
              <Tab value="subjects">{strings.tabSubjects}</Tab>
              <Tab value="audit">{strings.tabAudit}</Tab>
            </TabList>
            {tab === 'decisions' && <DecisionsView api={api} strings={strings} />}
            {tab === 'subjects' && <SubjectsView api={api} strings={strings} />}
            {tab === 'audit' && <AuditView api={api} strings={strings} lang={lang} />}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
