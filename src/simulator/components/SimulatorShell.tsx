/**
 * The frame both simulator pages share: the yellow banner that says this is not Outlook, the display-language
 * choice, and the body below it. Each page fills the body (a compose window or an inbox) and may add
 * overlays after it (the Smart Alert).
 */
import type { ReactNode } from 'react';
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
import type { SimLanguage } from '../office/compose-store';

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

export interface SimulatorShellProps {
  readonly language: SimLanguage;
  /** The user picked another display language. */
  readonly onLanguage: (language: SimLanguage) => void;
  readonly title: string;
  readonly detail: string;
  /** The label of the language choice. */
  readonly languageLabel: string;
  /** The page's body: the window and the task pane beside it. */
  readonly children: ReactNode;
  /** Rendered after the body, outside its flex row (dialogs). */
  readonly overlay?: ReactNode;
}

export function SimulatorShell(props: SimulatorShellProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={props.language.slice(0, 2)}>
      <header className={styles.banner}>
        <div>
          <h1 className={styles.title}>{props.title}</h1>
          <Text size={200}>{props.detail}</Text>
        </div>
        <Field label={props.languageLabel} orientation="horizontal">
          <RadioGroup
            layout="horizontal"
            value={props.language}
            onChange={(_event, data) => props.onLanguage(data.value === 'sv-SE' ? 'sv-SE' : 'en-US')}
          >
            <Radio value="sv-SE" label="Svenska" />
            <Radio value="en-US" label="English" />
          </RadioGroup>
        </Field>
      </header>
      <div className={styles.body}>{props.children}</div>
      {props.overlay}
    </FluentProvider>
  );
}
