/**
 * The one banner at the top of the pane: the send verdict the on-send check will also reach (see banner.ts),
 * the parts that were not fully checked, and — when the pane was opened by a stopped send — what to do now.
 */
import { forwardRef } from 'react';
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Place } from '../../core/policy';
import type { Strings } from '../strings';
import type { BannerKind, BannerState } from './banner';

const INTENT = {
  allow: 'success',
  warn: 'warning',
  prompt: 'warning',
  block: 'error',
  override: 'info',
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, outlineOffset: '2px' },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

export interface VerdictBannerProps {
  readonly strings: Strings;
  /** Undefined until the first scan finishes. */
  readonly banner: BannerState | undefined;
  readonly scanning: boolean;
  /** Opened by the Smart Alert of a stopped send. */
  readonly fromSend: boolean;
}

function title(strings: Strings, kind: BannerKind): string {
  if (kind === 'prompt') return strings.banner.promptTitle;
  if (kind === 'override') return strings.banner.overrideTitle;
  return strings.verdictTitle[kind];
}

function detail(strings: Strings, kind: BannerKind, fromSend: boolean): string {
  if (fromSend && (kind === 'block' || kind === 'prompt')) return strings.banner.fromSend;
  if (kind === 'prompt') return strings.banner.promptDetail;
  if (kind === 'override') return strings.banner.overrideDetail;
  return strings.verdictDetail[kind];
}

function placeText(strings: Strings, place: Place): string {
  if (place.kind === 'file') return place.name;
  return place.part === 'attachment'
    ? strings.where.attachment('').trim()
    : strings.position.inPart[place.part];
}

export const VerdictBanner = forwardRef<HTMLElement, VerdictBannerProps>(function VerdictBanner(
  { strings, banner, scanning, fromSend },
  ref,
) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.appTitle} ref={ref} tabIndex={-1}>
      <div role="status" aria-live="polite" aria-busy={scanning}>
        {banner === undefined ? (
          <Spinner size="small" label={strings.scanning} />
        ) : (
          // A rescan shows in place of the banner's icon: a row of its own that came and went would move
          // everything under it, and a click meant for one button would land on another.
          <MessageBar
            intent={INTENT[banner.kind]}
            layout="multiline"
            {...(scanning ? { icon: { children: <Spinner size="extra-tiny" aria-hidden /> } } : {})}
          >
            <MessageBarBody>
              <MessageBarTitle>{title(strings, banner.kind)}</MessageBarTitle>
              <span className={styles.detail}>{detail(strings, banner.kind, fromSend)}</span>
              {banner.notChecked.length > 0 ? (
                <span className={styles.detail}>
                  {strings.banner.notChecked(
                    strings.list(banner.notChecked.map((p) => placeText(strings, p))),
                  )}
                </span>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
});
