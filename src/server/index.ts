/** The vault: a Fastify app over pluggable storage (see docs/vault.md). */
export { createApp } from './app';
export type { VaultDeps, VaultHandle } from './app';
export { ConfigError, MAX_RETENTION_DAYS, configProblems, isLoopback } from './config';
export type { VaultConfig } from './config';
export { defaultConfig, loadConfig } from './config-env';
export type { VaultFlags } from './config-env';
export { buildDeps, loadMasterKey, openBlobs, openMetadata } from './deps';
export { startVault } from './main';
export type { RunningVault } from './main';
export { sweep } from './services/retention';
export type { SweepReport } from './services/retention';
