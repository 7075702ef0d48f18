/** The read pane's text (received mail, P3): one module per language. */
import type { ArchiveProblem, ArchiveStep } from '../../../addin/archive';

export interface ReadStrings {
  readonly scanning: string;
  readonly scanFailed: string;
  readonly retry: string;
  /** "This message carries personal data: personnummer, in “CV Anna Lind.txt”." */
  readonly carries: (sensitive: boolean, types: string, places: string) => string;
  readonly inText: string;
  readonly and: string;
  readonly clean: string;
  /** What P3 asks of received mail with personal data. */
  readonly ask: string;
  readonly retention: (retentionClass: string) => string;
  readonly retentionDefault: string;
  readonly wholeMessage: string;
  readonly wholeMessageUnsupported: string;
  readonly archive: string;
  readonly keep: string;
  readonly keepHeading: string;
  readonly keepExplanation: string;
  readonly keepConfirm: string;
  readonly kept: string;
  readonly step: { readonly [S in ArchiveStep]: string };
  readonly uploading: (name: string, index: number, count: number) => string;
  readonly verifying: (name: string) => string;
  readonly reading: string;
  readonly deleting: string;
  readonly done: (files: number, until: string) => string;
  readonly alreadyDeleted: (files: number, until: string) => string;
  readonly attachmentsOnly: string;
  /**
   * The copies could not name this many of the people the message is about (the server's list was full), so
   * the data protection officer's search will not find the copies by them.
   */
  readonly peopleLeftOut: (people: number) => string;
  readonly failedNothingDeleted: (step: string) => string;
  readonly failedDelete: string;
  readonly problem: { readonly [P in ArchiveProblem]: string };
  readonly tryAgain: string;
  readonly notConfigured: string;
}
