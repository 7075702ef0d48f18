/** The task pane root: Office's theme around the view, state from {@link useTaskpane}. */
import { useMemo } from 'react';
import { FluentProvider, type Theme } from '@fluentui/react-components';
import { bodyReplacer } from '../addin/vault';
import { useRecipientFix } from './components/RecipientRiskFix';
import { TaskpaneView } from './components/TaskpaneView';
import { useTaskpane } from './hooks/useTaskpane';
import { useMask } from './mask/useMask';
import { useMoveFeature } from './move';
import { ReadApp } from './read/ReadApp';
import type { TaskpaneServices } from './services';

export interface AppProps {
  readonly services: TaskpaneServices;
  readonly theme: Theme;
}

/** The read pane for a received message, the compose pane for a draft: same bundle, mode from the item. */
export function App({ services, theme }: AppProps) {
  if (services.readMessage)
    return (
      <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
        <ReadApp services={services} message={services.readMessage} />
      </FluentProvider>
    );
  return <ComposeApp services={services} theme={theme} />;
}

function ComposeApp({ services, theme }: AppProps) {
  const model = useTaskpane(services);
  const move = useMoveFeature(services, model.language, model.strings.moveUnavailable);
  const maskDeps = useMemo(
    () => ({ mailbox: services.mailbox, replaceBodyHtml: bodyReplacer(services.host) }),
    [services.mailbox, services.host],
  );
  const mask = useMask(maskDeps);
  const recipientFix = useRecipientFix(services.mailbox);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
      <TaskpaneView model={model} move={move} mask={mask} recipientFix={recipientFix} />
    </FluentProvider>
  );
}
