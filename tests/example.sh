#!/bin/sh
# The quickstart example (doc/examples/quickstart) runs in an empty directory,
# creates quickstart.db there by default, prints exactly the expected lines,
# and reports a failing call with the last error and exit status 1.
set -u
: "${top_builddir:=.}"
program=$(cd "$top_builddir" && pwd)/doc/examples/quickstart
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

cat > expected <<'END'
Created database quickstart.db
Created Configuration 'Quickstart study' (id 1)
Created Plant 'Riverside' (id 1): capacity 120.0 MW, 3 monthly outputs, 2 fuel(s)
Created Plant 'Hilltop' (id 2): capacity 80.0 MW, 3 monthly outputs, 1 fuel(s)
Created Plant 'Seaside' (id 3): capacity 200.0 MW, 3 monthly outputs, 2 fuel(s)
Plants with capacity >= 100.0 MW: 2
Largest plant of North Energy: Riverside
Total output of plants burning gas: 331.0
END

if ! "$program" > actual 2> errors; then
    echo "FAIL: quickstart exited with an error"
    cat errors
    exit 1
fi
if ! diff -u expected actual; then
    echo "FAIL: unexpected output of quickstart"
    exit 1
fi
if [ ! -s quickstart.db ]; then
    echo "FAIL: quickstart.db was not created in the current directory"
    exit 1
fi
# Running it again replaces the database, so the ids start over.
if ! "$program" > again 2> errors || ! cmp -s expected again; then
    echo "FAIL: a second run did not reproduce the output"
    cat errors again
    exit 1
fi
# A failing call is reported with quiver_get_last_error() and exit status 1.
if "$program" other.db missing.sql > actual 2> errors; then
    echo "FAIL: quickstart succeeded with a missing schema"
    exit 1
fi
if ! grep -qxF "quickstart: quiver_database_from_schema failed: Schema file not found: missing.sql" errors; then
    echo "FAIL: unexpected error report of quickstart:"
    cat errors
    exit 1
fi
echo "PASS: quickstart example"
