/** Hosts the real Mail Guard task pane beside the compose window, on the fake Office. */
import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { mountTaskpane } from '../../taskpane/mount';
import type { OfficeHost } from '../../addin';
import type { GraphAccess } from '../../taskpane/services';

const useStyles = makeStyles({
  pane: {
    // Outlook's narrowest task pane: everything must fit at this width.
    width: '320px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface TaskpaneHostProps {
  readonly office: OfficeHost;
  readonly label: string;
  /** A new value starts a fresh pane, as Outlook does when the pane is (re)opened or the language changes. */
  readonly launch: number;
  /** Microsoft Graph for the read pane (the loopback stand-in in tests). */
  readonly graph?: GraphAccess | undefined;
}

export function TaskpaneHost({ office, label, launch, graph }: TaskpaneHostProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return undefined;
    // A fresh container per launch: the previous pane's root is unmounted after this render, not during it.
    const element = document.createElement('div');
    element.style.minHeight = '100%';
    host.appendChild(element);
    const unmount = mountTaskpane(element, office, {
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      ...(graph ? { graph } : {}),
    });
    return () => {
      setTimeout(() => {
        unmount();
        element.remove();
      }, 0);
    };
  }, [office, launch, graph]);
  return <aside className={styles.pane} aria-label={label} ref={ref} />;
}
