#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for tests/test_postgres.py and print its SQLAlchemy URL.
# Best effort: prints nothing (and the PostgreSQL tests are skipped) where no server is installed.
set -u
initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1)
[ -n "$initdb" ] || exit 0
bindir=$(dirname "$(readlink -f "$initdb")")
port=${TRACKER_TEST_PG_PORT:-54329}
dir=$(mktemp -d /tmp/tracker-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then
    id -u trackerpg >/dev/null 2>&1 || useradd --system --no-create-home trackerpg >/dev/null 2>&1 || exit 0
    chown trackerpg "$dir"
    run_as=(runuser -u trackerpg --)
fi
"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres >/dev/null 2>&1 || exit 0
"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=''" \
    -l "$dir/log" -w start >/dev/null 2>&1 || exit 0
"$bindir/createdb" -h "$dir" -p "$port" -U postgres tracker_test >/dev/null 2>&1 || exit 0
echo "postgresql+psycopg://postgres@/tracker_test?host=$dir&port=$port"
