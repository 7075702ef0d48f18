/** The simulator page: a clearly labelled stand-in for Outlook's compose window with the task pane beside it. */
import { useState } from 'react';
import { useSend } from '../hooks';
import type { ComposeStore, SimLanguage } from '../office/compose-store';
import type { FakeOffice } from '../office/fake-office';
import { simStrings } from '../strings';
import { ComposeWindow } from './ComposeWindow';
import { SimulatorShell } from './SimulatorShell';
import { SmartAlert } from './SmartAlert';
import { TaskpaneHost } from './TaskpaneHost';

const PANE_BUTTON_ID = 'msgComposeOpenPaneButton';

export interface SimulatorAppProps {
  readonly store: ComposeStore;
  readonly office: FakeOffice;
  readonly bundleUrl: string;
}

export function SimulatorApp({ store, office, bundleUrl }: SimulatorAppProps) {
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
    <SimulatorShell
      language={language}
      onLanguage={(next) => {
        store.language = next;
        setLanguage(next);
        setLaunch((n) => n + 1);
      }}
      title={strings.banner}
      detail={strings.bannerDetail}
      languageLabel={strings.language}
      overlay={
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
      }
    >
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
    </SimulatorShell>
  );
}
