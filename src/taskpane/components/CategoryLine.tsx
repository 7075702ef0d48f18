/**
 * One line per category: "3 personnummer · in personallista.xlsx, Blad1!B2:B4", the fix that applies right
 * on it (mask in the body, move the attachments, or "not personal data"), and the explanation behind
 * "Details". Waving sensitive data away takes a reason (see ReasonStep).
 */
import { forwardRef, useState } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DecisionReason } from '../../contract';
import type { Language, RatedFinding } from '../../core/policy/types';
import type { ChosenReason } from '../decisions/record';
import { countOf } from '../strings/grammar';
import { entityTypeName, type Strings } from '../strings';
import { limitPerAttachment } from './bulk';
import { FindingCard } from './FindingCard';
import type { CategoryLine as Line } from './lines';
import { describePlaces } from './location';
import { ReasonStep } from './ReasonStep';

const DISMISS_REASONS: readonly DecisionReason[] = ['not-personal-data', 'internal-use', 'other'];

const useStyles = makeStyles({
  line: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sensitive: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  summary: { outlineOffset: '2px' },
  count: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  details: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface CategoryLineProps {
  readonly strings: Strings;
  readonly language: Language;
  readonly line: Line;
  /** Move all attachments to the secure server; undefined where the move does not apply. */
  readonly onMove: (() => void) | undefined;
  readonly onMask: (findings: readonly RatedFinding[]) => void;
  readonly onDismiss: (findings: readonly RatedFinding[], reason: ChosenReason | undefined) => void;
}

/** "3 personnummer", "2 phone numbers and 1 email address". */
export function countsText(strings: Strings, language: Language, line: Line): string {
  return strings.list(
    line.counts.map((c) => {
      const one = entityTypeName(strings, c.type);
      return countOf(language, c.count, { one, other: strings.entityType(c.type, c.count) });
    }),
  );
}

export const CategoryLine = forwardRef<HTMLDivElement, CategoryLineProps>(function CategoryLine(props, ref) {
  const { strings, language, line, onMove, onMask, onDismiss } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<readonly RatedFinding[] | undefined>(undefined);
  const what = countsText(strings, language, line);
  const detailsId = `details-${line.category}`;
  const dismiss = (findings: readonly RatedFinding[]): void => {
    if (findings.some((f) => f.severity === 'sensitive' || f.action === 'block')) setPending(findings);
    else onDismiss(findings, undefined);
  };
  const limited = limitPerAttachment(line.findings);
  return (
    <li className={mergeClasses(styles.line, line.sensitive && styles.sensitive)}>
      <div ref={ref} tabIndex={-1} className={styles.summary} id={`line-${line.category}`}>
        <Text className={styles.count}>{what}</Text>
        <Text> · {describePlaces(strings, line.findings)}</Text>
      </div>
      <div className={styles.actions}>
        {line.maskable.length > 0 ? (
          <Button
            size="small"
            appearance="primary"
            aria-label={strings.fix.maskLabel(what)}
            onClick={() => onMask(line.maskable)}
          >
            {strings.fix.mask}
          </Button>
        ) : null}
        {line.inAttachments && onMove ? (
          <Button size="small" appearance="primary" onClick={onMove}>
            {strings.fix.move}
          </Button>
        ) : null}
        <Button
          size="small"
          appearance="secondary"
          aria-label={strings.fix.notPersonalLabel(what)}
          onClick={() => dismiss(line.findings)}
        >
          {strings.fix.notPersonal}
        </Button>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={strings.fix.detailsLabel(what)}
          onClick={() => setOpen(!open)}
        >
          {strings.fix.details} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </Button>
      </div>
      {pending ? (
        <ReasonStep
          strings={strings}
          heading={strings.reasons.dismissHeading}
          explanation={strings.reasons.dismissExplanation}
          confirmLabel={strings.reasons.dismissConfirm}
          reasons={DISMISS_REASONS}
          onConfirm={(reason) => {
            onDismiss(pending, reason);
            setPending(undefined);
          }}
          onCancel={() => setPending(undefined)}
        />
      ) : null}
      {open ? (
        <div id={detailsId}>
          <p className={styles.muted}>
            {strings.advice[line.category]}
            {line.inAttachments ? ` ${strings.attachmentAdvice}` : ''}
          </p>
          <ul className={styles.details}>
            {limited.shown.map((finding, index) => (
              <FindingCard
                key={`${finding.key}:${index}`}
                strings={strings}
                finding={finding}
                onDismiss={(f) => dismiss([f])}
              />
            ))}
          </ul>
          {limited.hidden > 0 ? (
            <p className={styles.muted}>{strings.moreInAttachments(limited.hidden)}</p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
