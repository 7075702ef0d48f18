import { decisionSchemaSql } from './decision-store';
import { linkStoreSchemaSql } from './link-store';

/**
 * Migration 001 (see `migrations.ts`), frozen: the schema as releases before numbered migrations created it,
 * kept with `IF NOT EXISTS` so those databases are adopted unchanged. Later changes are new migrations.
 *
 * Tables shared by the SQLite and PostgreSQL stores. Times are epoch milliseconds; booleans are 0/1; lists
 * are JSON text. `search_text` is the lower-cased haystack for DSAR search (owner, name, recipients, file name).
 */
export function schemaSql(dialect: 'sqlite' | 'postgres'): string {
  return baseSchemaSql(dialect) + decisionSchemaSql(dialect) + linkStoreSchemaSql(dialect);
}

function baseSchemaSql(dialect: 'sqlite' | 'postgres'): string {
  const int = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
CREATE TABLE IF NOT EXISTS files (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, owner_name TEXT NOT NULL, file_name TEXT NOT NULL,
  content_type TEXT NOT NULL, size ${int} NOT NULL, sha256 TEXT NOT NULL, recipients TEXT NOT NULL,
  wrapped_key TEXT, created_at ${int} NOT NULL, retention_class TEXT NOT NULL, retain_until ${int} NOT NULL,
  legal_hold INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_retain_until ON files (retain_until);
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY, file_id TEXT NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL UNIQUE, expires_at ${int} NOT NULL, download_limit INTEGER,
  downloads INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS codes (
  link_id TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE, email TEXT NOT NULL, code_hash TEXT NOT NULL,
  expires_at ${int} NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (link_id, email));
CREATE TABLE IF NOT EXISTS uploads (
  id TEXT PRIMARY KEY, file_id TEXT NOT NULL, owner TEXT NOT NULL, owner_name TEXT NOT NULL,
  file_name TEXT NOT NULL, content_type TEXT NOT NULL, size ${int} NOT NULL, sha256 TEXT NOT NULL,
  recipients TEXT NOT NULL, retention_class TEXT NOT NULL, download_limit INTEGER,
  link_expiry_days INTEGER NOT NULL, wrapped_key TEXT NOT NULL, upload_offset ${int} NOT NULL,
  expires_at ${int} NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
  seq ${int} PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT, actor TEXT, detail TEXT,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_anchor (
  id INTEGER PRIMARY KEY, seq ${int} NOT NULL, hash TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS code_guard (
  link_id TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE, email TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0, locked_until ${int}, window_start ${int} NOT NULL,
  mails INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (link_id, email));
${dialect === 'sqlite' ? SQLITE_APPEND_ONLY : POSTGRES_APPEND_ONLY}`;
}

// The audit table refuses UPDATE and DELETE; the hash chain catches whoever bypasses this.
const SQLITE_APPEND_ONLY = `
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;`;

const POSTGRES_APPEND_ONLY = `
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'audit is append-only'; END; $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS audit_no_change ON audit;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();`;
