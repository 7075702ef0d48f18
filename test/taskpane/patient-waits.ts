/**
 * Waits for pane tests that run the real scanner. Every wait is for a state of the page (a verdict shown, a
 * finding counted, focus moved), never for a length of time; the limit only decides how long a wait that will
 * never be met takes to fail. A scan of real text through the real detection code in jsdom takes well under a
 * second on a quiet machine, but the first scan of a test file (modules compiled and loaded, dictionaries
 * built) took over a minute with a load average of 24 on two cores, so the limit is generous: a short one
 * fails correct code on a busy machine and proves nothing more.
 */
import { configure } from '@testing-library/react';

/** How long `waitFor` and the `findBy…` queries wait for the page to reach a state before failing. */
export const PANE_WAIT_MS = 180_000;

configure({ asyncUtilTimeout: PANE_WAIT_MS });
// A test waits for several states in turn.
jest.setTimeout(4 * PANE_WAIT_MS);
