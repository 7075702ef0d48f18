/** The task pane root: Office's theme around the view, state from {@link useTaskpane}. */
import { FluentProvider, type Theme } from '@fluentui/react-components';
import { TaskpaneView } from './components/TaskpaneView';
import { useTaskpane } from './hooks/useTaskpane';
import { useMoveFeature } from './move';
import type { TaskpaneServices } from './services';

export interface AppProps {
  readonly services: TaskpaneServices;
  readonly theme: Theme;
}

export function App({ services, theme }: AppProps) {
  const model = useTaskpane(services);
  const move = useMoveFeature(services, model.language, model.strings.moveUnavailable);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
      <TaskpaneView model={model} move={move} />
    </FluentProvider>
  );
}
