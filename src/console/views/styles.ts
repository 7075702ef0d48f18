import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the console's views; tables scroll sideways on a phone instead of squeezing. */
export const useViewStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    minWidth: 0,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Columns as wide as their content (addresses, dates); the region around scrolls when the page is narrow.
  table: { minWidth: '40rem', tableLayout: 'auto' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
