/**
 * Exactly one `event.completed(...)` per event, on every path: the first answer wins, later ones are
 * dropped, and the budget timer is cleared so nothing can answer again after the event is done.
 */
import type { HostEvent, SendCompletedOptions } from '../addin';

export interface Timers {
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

export interface Completion {
  /** Answers the event unless it was already answered; returns whether this call answered it. */
  complete(options?: SendCompletedOptions): boolean;
  /** Runs `onBudget` after `ms` unless the event was answered first. */
  startBudget(ms: number, onBudget: () => void): void;
  readonly done: boolean;
}

export function completeOnce(event: HostEvent, timers: Timers): Completion {
  let done = false;
  let timer: unknown;
  const stopTimer = (): void => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  return {
    get done() {
      return done;
    },
    complete(options) {
      if (done) return false;
      done = true;
      stopTimer();
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch {
        // Nothing else can be done: the event has had its one answer attempt.
      }
      return true;
    },
    startBudget(ms, onBudget) {
      stopTimer();
      timer = timers.setTimeout(() => {
        timer = undefined;
        if (!done) onBudget();
      }, ms);
    },
  };
}
