/**
 * The Smart Alert text: what was found and where, the clause, the way out. Plain text always (at most
 * {@link MAX_MESSAGE_CHARS}), Markdown for Mailbox 1.15. Names types, counts and file names; never values.
 */
import type { Category } from '../core/detection/types';
import { placeName, type AlertItem, type Place, type SendDecision } from './send-decision';
import type { AlertStrings } from './strings';

/** Smart Alerts shows at most 500 characters. */
export const MAX_MESSAGE_CHARS = 500;
/** Domains named when a block names where the data was going; the rest are counted. */
const MAX_DOMAINS_NAMED = 3;

/** Categories that are a kind of information rather than a countable thing: "health information", not "3 health". */
const UNCOUNTED: ReadonlySet<Category> = new Set<Category>(['health', 'special-category']);

export interface AlertText {
  readonly plain: string;
  readonly markdown: string;
}

type Style = (text: string) => string;
const PLAIN: Style = (text) => text;
/** Bold, with Markdown's special characters in file names escaped. */
const BOLD: Style = (text) => `**${text.replace(/([\\`*_[\]()#+!|<>~])/g, '\\$1')}**`;

/** Builds the alert text for a block or prompt decision, shortened to fit the limit. */
export function alertText(
  decision: Exclude<SendDecision, { kind: 'allow' }>,
  strings: AlertStrings,
): AlertText {
  return {
    plain: fitWithinLimit(decision, strings, PLAIN),
    markdown: fitWithinLimit(decision, strings, BOLD),
  };
}

/** Text for a check that failed outright (exception, API failure): say so and offer the way out. */
export function failureText(strings: AlertStrings): string {
  return `${strings.failed} ${strings.wayOutPrompt}`;
}

/** Tries the full list, then fewer items with "and N more", then a hard cut: always ≤ the limit. */
function fitWithinLimit(
  decision: Exclude<SendDecision, { kind: 'allow' }>,
  strings: AlertStrings,
  style: Style,
): string {
  const total = dataItems(decision).length + decision.notChecked.length;
  for (let shown = total; shown >= 1; shown--) {
    const text = compose(decision, strings, style, shown);
    if (text.length <= MAX_MESSAGE_CHARS) return text;
  }
  const shortest = compose(decision, strings, style, 1);
  return `${shortest.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}

function compose(
  decision: Exclude<SendDecision, { kind: 'allow' }>,
  strings: AlertStrings,
  style: Style,
  budget: number,
): string {
  const data = dataItems(decision);
  const shownItems = data.slice(0, budget);
  const items = byPlace(shownItems).map((group) => describeGroup(group, strings, style));
  const hiddenItems = data.length - shownItems.length;
  if (hiddenItems > 0) items.push(strings.andMore(hiddenItems));
  const left = Math.max(0, budget - data.length);
  const places = decision.notChecked.slice(0, Math.max(1, left)).map((p) => style(describePlace(p, strings)));
  const hiddenPlaces = decision.notChecked.length - places.length;
  if (hiddenPlaces > 0) places.push(strings.andMore(hiddenPlaces));

  const sentences: string[] = [];
  if (items.length > 0)
    sentences.push(
      decision.kind === 'block' ? strings.blocked(strings.list(items)) : strings.bulk(strings.list(items)),
    );
  sentences.push(...recipientSentences(decision, strings, style));
  const clause = decision.clause === undefined ? undefined : strings.clause[decision.clause];
  if (clause !== undefined) sentences.push(clause);
  if (decision.notChecked.length > 0) sentences.push(strings.notChecked(strings.list(places)));
  sentences.push(wayOut(decision, strings));
  return sentences.join(' ');
}

/** The way out names the secure server only when there is a file to move. */
function wayOut(decision: Exclude<SendDecision, { kind: 'allow' }>, strings: AlertStrings): string {
  if (decision.kind === 'prompt') return strings.wayOutPrompt;
  return decision.items.some((i) => i.place.kind === 'file') ? strings.wayOutBlock : strings.wayOutBlockText;
}

/** The items about data (what the draft carries); recipient risks get a sentence of their own. */
function dataItems(decision: Exclude<SendDecision, { kind: 'allow' }>): readonly AlertItem[] {
  return decision.items.filter((i) => i.category !== 'recipient');
}

/** The first recipient risk in one sentence, and for a block the external domains the data was going to. */
function recipientSentences(
  decision: Exclude<SendDecision, { kind: 'allow' }>,
  strings: AlertStrings,
  style: Style,
): string[] {
  const out: string[] = [];
  const risk = decision.items.filter((i) => i.category === 'recipient')[0];
  if (risk) out.push(strings.recipientRisk[risk.type] ?? strings.recipientRiskOther);
  if (decision.kind === 'block' && decision.goingTo && decision.goingTo.length > 0) {
    const shown = decision.goingTo.slice(0, MAX_DOMAINS_NAMED).map(style);
    const hidden = decision.goingTo.length - shown.length;
    out.push(strings.goingTo(strings.list(hidden > 0 ? shown.concat(strings.andMore(hidden)) : shown)));
  }
  return out;
}

/** Items in order of first appearance, gathered by place: "12 phone numbers and 12 e-mail addresses in X". */
function byPlace(items: readonly AlertItem[]): AlertItem[][] {
  const groups: AlertItem[][] = [];
  for (const item of items) {
    const group = groups.filter((g) => samePlace((g[0] as AlertItem).place, item.place))[0];
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

function samePlace(a: Place, b: Place): boolean {
  return a.kind === b.kind && placeName(a) === placeName(b);
}

/**
 * "3 personnummer and health information in X": types that read the same (a health term and a diagnosis
 * code are both "health information") are said once, their counts added.
 */
function describeGroup(group: readonly AlertItem[], strings: AlertStrings, style: Style): string {
  const labels: { forms: readonly [string, string]; count: number; uncounted: boolean }[] = [];
  for (const item of group) {
    const forms = strings.types[item.type] || strings.categories[item.category];
    const same = labels.find((l) => l.forms[0] === forms[0]);
    if (same) same.count += item.count;
    else labels.push({ forms, count: item.count, uncounted: UNCOUNTED.has(item.category) });
  }
  const what = labels.map((l) =>
    l.uncounted ? l.forms[0] : `${l.count} ${strings.plural(l.count) === 'one' ? l.forms[0] : l.forms[1]}`,
  );
  return `${strings.list(what)} ${strings.inWord} ${style(describePlace((group[0] as AlertItem).place, strings))}`;
}

function describePlace(place: Place, strings: AlertStrings): string {
  if (place.kind === 'file') return strings.where.inFile(place.name);
  return strings.where[place.part];
}

/** The place names an informed override records, for the task pane. */
export function notCheckedNames(decision: Exclude<SendDecision, { kind: 'allow' }>): readonly string[] {
  return decision.notChecked.map(placeName);
}
