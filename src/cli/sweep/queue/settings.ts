/**
 * Where the queue is and how long a job runs: `--queue URL` or `MAILGUARD_SWEEP_QUEUE`, the schema in
 * `MAILGUARD_SWEEP_QUEUE_SCHEMA` (default `mailguard_sweep`), a running job's heartbeat in
 * `MAILGUARD_SWEEP_HEARTBEAT_SECONDS` (default 30: a job silent for two minutes is retried elsewhere).
 */
import type { QueueSettings } from './queue-run';

const SCHEMA = /^[a-z_][a-z0-9_]{0,49}$/;
const URL_FORM = /^postgres(ql)?:\/\/./;

/** The settings, null without a queue, or the reason they cannot be used. */
export function queueSettings(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): QueueSettings | null | { problem: string } {
  const url = flag ?? env['MAILGUARD_SWEEP_QUEUE'];
  if (url === undefined || url === '') return null;
  if (!URL_FORM.test(url))
    return { problem: 'MAILGUARD_SWEEP_QUEUE must be a PostgreSQL URL (postgres://...)' };
  const schema = env['MAILGUARD_SWEEP_QUEUE_SCHEMA'] ?? 'mailguard_sweep';
  if (!SCHEMA.test(schema))
    return { problem: 'MAILGUARD_SWEEP_QUEUE_SCHEMA must be a lower-case name (letters, digits, _)' };
  const seconds = env['MAILGUARD_SWEEP_HEARTBEAT_SECONDS'] ?? '30';
  if (!/^[1-9][0-9]{0,3}$/.test(seconds))
    return { problem: 'MAILGUARD_SWEEP_HEARTBEAT_SECONDS must be a whole number of seconds (1-9999)' };
  return { url, schema, heartbeatSeconds: Number(seconds) };
}
