/**
 * The banner's state, from the same send decision the on-send check makes (`decideSend` of the core, with the
 * same options), so the pane never says "fine" while Outlook's send would stop or ask, or the other way round.
 */
import { summariseVerdict } from '../../addin';
import {
  decideSend,
  notCheckedPlaces,
  type Place,
  type SendCover,
  type SendDecision,
} from '../../core/policy';
import type { Policy, Verdict } from '../../core/policy/types';

export type BannerKind = 'allow' | 'warn' | 'prompt' | 'block' | 'override';

export interface BannerState {
  readonly kind: BannerKind;
  /** Parts that were not fully checked, named in the banner whatever its kind. */
  readonly notChecked: readonly Place[];
}

/** The decision the on-send check will make for this verdict (the handler passes the same options). */
export function paneSendDecision(
  verdict: Verdict,
  policy: Policy,
  override: SendCover | undefined,
): SendDecision {
  return decideSend(summariseVerdict(verdict), {
    promptOnBulk: policy.bulk.promptOnSend,
    override,
    unchecked: policy.unchecked,
  });
}

/** Stopped, asked, decided, or (when send lets it go) still worth a look because it holds personal data. */
export function bannerState(verdict: Verdict, decision: SendDecision): BannerState {
  const notChecked = notCheckedPlaces(verdict.errors);
  switch (decision.kind) {
    case 'block':
      return { kind: 'block', notChecked };
    case 'prompt':
      return { kind: 'prompt', notChecked };
    case 'allow':
      if (decision.reason === 'override') return { kind: 'override', notChecked };
      return { kind: verdict.findings.some((f) => f.action === 'warn') ? 'warn' : 'allow', notChecked };
  }
}
