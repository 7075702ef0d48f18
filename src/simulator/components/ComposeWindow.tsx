/** The compose window: ribbon, notification bar, To/Cc/Subject, body, attachments and the send status. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStore, type SendState } from '../hooks';
import type { ComposeStore } from '../office/compose-store';
import type { FakeOffice } from '../office/fake-office';
import type { SimStrings } from '../strings';
import { Attachments } from './Attachments';
import { BodyEditor } from './BodyEditor';
import { RecipientField } from './RecipientField';
import { Notifications } from './Notifications';

const useStyles = makeStyles({
  root: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    overflowY: 'auto',
  },
  ribbon: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ComposeWindowProps {
  readonly store: ComposeStore;
  readonly office: FakeOffice;
  readonly strings: SimStrings;
  readonly sendState: SendState;
  readonly paneOpen: boolean;
  readonly onSend: () => void;
  readonly onTogglePane: () => void;
  readonly onNewMessage: () => void;
}

export function ComposeWindow({
  store,
  office,
  strings,
  sendState,
  paneOpen,
  onSend,
  onTogglePane,
  onNewMessage,
}: ComposeWindowProps) {
  const styles = useStyles();
  useStore(store);
  const busy = sendState.kind === 'checking';
  return (
    <section className={styles.root} aria-label={strings.newMessage}>
      <div className={styles.ribbon} role="toolbar" aria-label={strings.newMessage}>
        <Button appearance="primary" onClick={onSend} disabled={busy}>
          {strings.send}
        </Button>
        <Button
          id="msgComposeOpenPaneButton"
          aria-pressed={paneOpen}
          onClick={onTogglePane}
          icon={<img src="assets/icon-16.png" alt="" width={16} height={16} />}
        >
          {paneOpen ? strings.closePane : strings.openPane}
        </Button>
      </div>
      <Notifications notifications={office.notifications} />
      {sendState.kind === 'checking' ? (
        <Spinner size="tiny" labelPosition="after" label={sendState.slow ? strings.slow : strings.checking} />
      ) : null}
      {sendState.kind === 'sent' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <span role="status">{strings.sent}</span>{' '}
            <Button size="small" onClick={onNewMessage}>
              {strings.newMessage}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {sendState.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody role="alert">
            {strings.handlerFailed} {sendState.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <RecipientField
        label={strings.to}
        value={store.to}
        onChange={(list) => store.setRecipients('to', list)}
      />
      <RecipientField
        label={strings.cc}
        value={store.cc}
        onChange={(list) => store.setRecipients('cc', list)}
      />
      <RecipientField
        label={strings.bcc}
        value={store.bcc}
        onChange={(list) => store.setRecipients('bcc', list)}
      />
      <Field label={strings.subject} orientation="horizontal">
        <Input value={store.subject} onChange={(_event, data) => store.setSubject(data.value)} />
      </Field>
      <Attachments store={store} strings={strings} />
      <BodyEditor store={store} label={strings.body} />
    </section>
  );
}
