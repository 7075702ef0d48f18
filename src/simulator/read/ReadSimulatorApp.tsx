/** The read simulator page: an inbox, the open message, and the real Mail Guard pane beside it (read mode). */
import { useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GraphAccess } from '../../taskpane/services';
import { SimulatorShell } from '../components/SimulatorShell';
import { TaskpaneHost } from '../components/TaskpaneHost';
import type { SimLanguage } from '../office/compose-store';
import { INBOX, type InboxMessage } from './inbox';
import type { ReadOffice } from './read-office';
import { readSimStrings } from './strings';
import { useInbox } from './useInbox';

const useStyles = makeStyles({
  inbox: {
    width: '260px',
    flexShrink: 0,
    overflowY: 'auto',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  heading: { margin: 0, padding: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase300 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: tokens.spacingHorizontalM,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    font: 'inherit',
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  reading: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalL, minWidth: 0 },
  subject: { marginTop: 0, fontSize: tokens.fontSizeBase500 },
  text: { whiteSpace: 'pre-wrap', fontFamily: 'inherit' },
});

export interface ReadSimulatorAppProps {
  readonly office: ReadOffice;
  readonly initialLanguage: SimLanguage;
  readonly onLanguage: (language: SimLanguage) => void;
  readonly graph: GraphAccess | undefined;
}

export function ReadSimulatorApp({ office, initialLanguage, onLanguage, graph }: ReadSimulatorAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<SimLanguage>(initialLanguage);
  const [selected, setSelected] = useState<InboxMessage>(INBOX[0] as InboxMessage);
  const [launch, setLaunch] = useState(1);
  const strings = readSimStrings(language);
  const open = (message: InboxMessage) => {
    office.select(message);
    setSelected(message);
    // Outlook starts the pane afresh on another item.
    setLaunch((n) => n + 1);
  };
  const inbox = useInbox(graph);
  return (
    <SimulatorShell
      language={language}
      onLanguage={(next) => {
        onLanguage(next);
        setLanguage(next);
        setLaunch((n) => n + 1);
      }}
      title={strings.banner}
      detail={graph ? strings.bannerDetail : `${strings.bannerDetail} ${strings.noGraph}`}
      languageLabel={strings.language}
    >
      <nav aria-label={strings.inbox}>
        <h2 className={styles.heading}>{strings.inbox}</h2>
        <ul className={styles.inbox}>
          {inbox.map((m) => (
            <li key={m.itemId}>
              <button
                type="button"
                className={`${styles.item} ${m === selected ? styles.selected : ''}`}
                aria-current={m === selected ? 'true' : undefined}
                onClick={() => open(m)}
              >
                <strong>{m.from.displayName}</strong>
                <br />
                {m.subject}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className={styles.reading} aria-labelledby="read-subject">
        <h2 id="read-subject" className={styles.subject}>
          {selected.subject}
        </h2>
        <Text block>
          {strings.from}: {selected.from.displayName} &lt;{selected.from.emailAddress}&gt;
        </Text>
        <Text block>
          {strings.to}: {selected.to.map((t) => t.displayName).join(', ')}
        </Text>
        {selected.attachments.length > 0 ? (
          <Text block>
            {strings.attachments}: {selected.attachments.map((a) => a.name).join(', ')}
          </Text>
        ) : null}
        <pre className={styles.text}>{selected.body}</pre>
      </section>
      <TaskpaneHost office={office} label={strings.pane} launch={launch} graph={graph} />
    </SimulatorShell>
  );
}
