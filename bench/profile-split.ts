/**
 * Where the time of one call goes, by stage: a CPU profile taken in-process (node:inspector), each
 * sample's self time charged to the stage of the code it was in. Native frames (regular expressions,
 * string built-ins) count for the nearest caller with a source file.
 */
import { Session } from 'node:inspector';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A stage: its label and how to recognise its frames (by source file, or by a calling function). */
export interface Stage {
  readonly label: string;
  /** Matches the source file of a frame. */
  readonly file?: RegExp;
  /** A frame of this function anywhere up the stack puts the sample in this stage (checked first). */
  readonly under?: string;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/** Runs `work` under the profiler and returns milliseconds of self time per stage label (plus gc, other). */
export async function profileSplit(
  work: () => Promise<void>,
  stages: readonly Stage[],
): Promise<Map<string, number>> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  await work();
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  return charge(profile, stages);
}

function charge(profile: Profile, stages: readonly Stage[]): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageOf = (id: number): string => {
    const chain: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) chain.push(node);
    }
    for (const node of chain)
      for (const stage of stages)
        if (stage.under !== undefined && node.callFrame.functionName === stage.under) return stage.label;
    if (chain[0]?.callFrame.functionName === '(garbage collector)') return 'garbage collection';
    const source = chain.find((node) => node.callFrame.url !== '');
    for (const stage of stages)
      if (stage.file && source && stage.file.test(source.callFrame.url)) return stage.label;
    return 'other';
  };
  const totals = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const label = stageOf(profile.samples[i] as number);
    totals.set(label, (totals.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return totals;
}
