/** The read simulator page: an inbox, the open message, and the real Mail Guard pane beside it (read mode). */
import { useState } from 'react';
import {
  Field,
  FluentProvider,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { GraphAccess } from '../../taskpane/services';
import { TaskpaneHost } from '../components/TaskpaneHost';
import type { SimLanguage } from '../office/compose-store';
import { INBOX, type InboxMessage } from './inbox';
import type { ReadOffice } from './read-office';
import { readSimStrings } from './strings';

const useStyles = makeStyles({
  page: { height: '100%', display: 'flex', flexDirection: 'column' },
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  body: { flexGrow: 1, display: 'flex', minHeight: 0 },
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
  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={language.slice(0, 2)}>
      <header className={styles.banner}>
        <div>
          <h1 className={styles.title}>{strings.banner}</h1>
          <Text size={200}>
            {strings.bannerDetail} {graph ? '' : strings.noGraph}
          </Text>
        </div>
        <Field label={strings.language} orientation="horizontal">
          <RadioGroup
            layout="horizontal"
            value={language}
            onChange={(_event, data) => {
              const next = data.value === 'sv-SE' ? 'sv-SE' : 'en-US';
              onLanguage(next);
              setLanguage(next);
              setLaunch((n) => n + 1);
            }}
          >
            <Radio value="sv-SE" label="Svenska" />
            <Radio value="en-US" label="English" />
          </RadioGroup>
        </Field>
      </header>
      <div className={styles.body}>
        <nav aria-label={strings.inbox}>
          <h2 className={styles.heading}>{strings.inbox}</h2>
          <ul className={styles.inbox}>
            {INBOX.map((m) => (
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
      </div>
    </FluentProvider>
  );
}
