/** A headed list in the pane (lists of people, parts not fully checked): one look, one accessible name. */
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ListSectionProps {
  /** Id of the heading, which names the section for screen readers. */
  readonly id: string;
  readonly heading: string;
  /** The `<li>` items. */
  readonly children: ReactNode;
}

export function ListSection({ id, heading, children }: ListSectionProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}
