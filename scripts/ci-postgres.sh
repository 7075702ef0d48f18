# Starts a throw-away PostgreSQL cluster on loopback and exports MAILGUARD_TEST_PG_URL.
# Sourced by .ci/run; usable locally too: `source scripts/ci-postgres.sh`.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/mailguard-pg.XXXXXX)
  chown postgres "$pg_dir" 2>/dev/null || true
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  as_pg "$pg_bin/initdb -D $pg_dir/data -A trust -U mailguard >/dev/null"
  as_pg "$pg_bin/pg_ctl -D $pg_dir/data -o '-h 127.0.0.1 -p 55432 -k $pg_dir' -l $pg_dir/log -w start >/dev/null"
  export MAILGUARD_TEST_PG_URL="postgres://mailguard@127.0.0.1:55432/postgres"
  trap 'as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast stop >/dev/null" || true' EXIT
  echo "PostgreSQL for tests at $MAILGUARD_TEST_PG_URL"
else
  echo "PostgreSQL not installed: the PostgreSQL adapter tests will be skipped."
fi
