/** Attachments: a file picker, a drop zone, and the list with remove buttons. */
import { useRef, useState } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { encodeBase64 } from '../../addin';
import { formatBytes } from '../../taskpane/move/format';
import type { ComposeStore } from '../office/compose-store';
import type { SimStrings } from '../strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  chip: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hidden: { display: 'none' },
});

async function attachFiles(store: ComposeStore, files: FileList | null): Promise<void> {
  for (const file of Array.from(files ?? [])) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    store.addAttachment(file.name, file.type || 'application/octet-stream', file.size, encodeBase64(bytes));
  }
}

export function Attachments({
  store,
  strings,
}: {
  readonly store: ComposeStore;
  readonly strings: SimStrings;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <section
      aria-label={strings.attachments}
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void attachFiles(store, event.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        aria-label={strings.attach}
        onChange={(event) => {
          void attachFiles(store, event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <Button size="small" onClick={() => input.current?.click()}>
        {strings.attach}
      </Button>
      <Text size={200}>{strings.dropHint}</Text>
      <ul className={styles.list}>
        {store.attachments.map((a) => (
          <li key={a.id} className={styles.chip}>
            <Text size={200}>
              {a.name} ({formatBytes(a.size, store.language === 'sv-SE' ? 'sv' : 'en')})
            </Text>
            <Button
              size="small"
              appearance="transparent"
              aria-label={strings.remove(a.name)}
              onClick={() => store.removeAttachment(a.id)}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
