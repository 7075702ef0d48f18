import { SCAN_COMMAND } from './scan';
import { SWEEP_COMMAND } from './sweep';
import { vaultCommand } from './vault';

/** The CLI's sub-commands. Each returns its exit status; long-running ones resolve when they stop. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}

export const COMMANDS: readonly Command[] = [SCAN_COMMAND, SWEEP_COMMAND, vaultCommand];
