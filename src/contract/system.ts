/** Wire types of the vault's system routes. */
import type { Wire } from './schema/common';
import type { ConsoleMeSchema, ConsoleSignInSchema } from './schema/system';

/** `GET /api/console/sign-in`: how the DPO console signs its user in on this vault. */
export type ConsoleSignIn = Wire<typeof ConsoleSignInSchema>;

/** `GET /api/console/me`: the signed-in user and whether they hold the DPO role. */
export type ConsoleMe = Wire<typeof ConsoleMeSchema>;
