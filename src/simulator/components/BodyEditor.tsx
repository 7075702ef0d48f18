/** The rich-text body: a contenteditable area kept in step with the store both ways. */
import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ComposeStore } from '../office/compose-store';
import { htmlToPlainText } from '../office/html-text';

const useStyles = makeStyles({
  editor: {
    minHeight: '220px',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowY: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface BodyEditorProps {
  readonly store: ComposeStore;
  readonly label: string;
}

export function BodyEditor({ store, label }: BodyEditorProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      store.subscribe((event) => {
        if (event === 'body-replaced' && ref.current) ref.current.innerHTML = store.bodyHtml;
      }),
    [store],
  );
  return (
    <div
      ref={ref}
      className={styles.editor}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      tabIndex={0}
      onInput={(event) => {
        const html = event.currentTarget.innerHTML;
        store.setBody(html, htmlToPlainText(html));
      }}
    />
  );
}
