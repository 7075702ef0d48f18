/**
 * The wire contract as TypeBox schemas: the single source of the vault's route validation, its OpenAPI
 * document and the clients' runtime checks. The plain TypeScript types in `../*.ts` are derived from these.
 * Separate from `../index.ts` so a bundle that needs only types and constants never pulls in TypeBox.
 */
export * from './common';
export * from './decisions';
export * from './files';
export * from './links';
export * from './system';
