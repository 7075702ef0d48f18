/**
 * What a sub-command is. In its own file so the command list (which imports each command lazily) and the
 * commands themselves both depend on it, and not on each other.
 */

/** A sub-command: returns its exit status; long-running ones resolve when they stop. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}
