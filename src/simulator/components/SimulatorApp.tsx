/** The simulator page: a clearly labelled stand-in for Outlook's compose window with the task pane beside it. */
import { useState } from 'react';
import {
  FluentProvider,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useSend } from '../hooks';
import type { ComposeStore, SimLanguage } from '../office/compose-store';
import type { FakeOffice } from '../office/fake-office';
import { simStrings } from '../strings';
import { ComposeWindow } from './ComposeWindow';
import { SmartAlert } from './SmartAlert';
import { TaskpaneHost } from './TaskpaneHost';

const PANE_BUTTON_ID = 'msgComposeOpenPaneButton';

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
});

export interface SimulatorAppProps {
  readonly store: ComposeStore;
  readonly office: FakeOffice;
  readonly bundleUrl: string;
}

export function SimulatorApp({ store, office, bundleUrl }: SimulatorAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<SimLanguage>(store.language);
  const [paneOpen, setPaneOpen] = useState(true);
  const [launch, setLaunch] = useState(1);
  const send = useSend(office, store, bundleUrl);
  const strings = simStrings(language);
  const openPane = (contextData: string | undefined) => {
    office.setInitializationContext(contextData);
    setPaneOpen(true);
    setLaunch((n) => n + 1);
  };
  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={language.slice(0, 2)}>
      <header className={styles.banner}>
        <div>
          <h1 className={styles.title}>{strings.banner}</h1>
          <Text size={200}>{strings.bannerDetail}</Text>
        </div>
        <Field label={strings.language} orientation="horizontal">
          <RadioGroup
            layout="horizontal"
            value={language}
            onChange={(_event, data) => {
              const next = data.value === 'sv-SE' ? 'sv-SE' : 'en-US';
              store.language = next;
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
        <ComposeWindow
          store={store}
          office={office}
          strings={strings}
          sendState={send.state}
          paneOpen={paneOpen}
          onSend={send.send}
          onTogglePane={() =>
            paneOpen ? (office.setInitializationContext(undefined), setPaneOpen(false)) : openPane(undefined)
          }
          onNewMessage={send.newMessage}
        />
        {paneOpen ? <TaskpaneHost office={office} label={strings.pane} launch={launch} /> : null}
      </div>
      <SmartAlert
        strings={strings}
        options={send.state.kind === 'alert' ? send.state.options : undefined}
        onSendAnyway={send.sendAnyway}
        onDontSend={send.dismiss}
        onTakeAction={() => {
          const options = send.state.kind === 'alert' ? send.state.options : undefined;
          send.dismiss();
          // A command id the manifest does not have only cancels the send, as in Outlook.
          if (options?.commandId === PANE_BUTTON_ID) openPane(options.contextData);
        }}
      />
    </FluentProvider>
  );
}
