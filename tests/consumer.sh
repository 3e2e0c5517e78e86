#!/bin/sh
# A C program builds against a staged install (make install DESTDIR=...) using
# only `pkg-config --cflags --libs quiver`, and runs.
set -eu
: "${top_builddir:?}" "${top_srcdir:?}" "${CC:=cc}" "${MAKE:=make}" "${prefix:?}"
# The builder's own CFLAGS/LDFLAGS (a sanitizer build needs them to link).
: "${CFLAGS:=}" "${LDFLAGS:=}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make check stages the install before the tests start (QUIVER_TEST_STAGE, see Makefile.am).
stage=${QUIVER_TEST_STAGE:-$work/stage}
if [ -z "${QUIVER_TEST_STAGE:-}" ]; then
    $MAKE -s -C "$top_builddir" install DESTDIR="$stage" >"$work/install.log" 2>&1 ||
        { cat "$work/install.log"; echo "FAIL: make install DESTDIR failed"; exit 1; }
fi

root="$stage$prefix"
pc=$(find "$stage" -name quiver.pc)
[ -n "$pc" ] || { echo "FAIL: quiver.pc not installed"; exit 1; }
PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH
libdir=$(pkg-config --define-variable=prefix="$root" --variable=libdir quiver)
flags=$(pkg-config --define-variable=prefix="$root" --cflags --libs quiver)

cat >"$work/consumer.c" <<'PROGRAM'
#include <quiver/c/database.h>
#include <quiver/c/element.h>
#include <quiver/quiver.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    quiver_database_t *db = NULL;
    quiver_database_options_t options = quiver_database_options_default();
    int64_t version = -1;
    options.console_level = QUIVER_LOG_OFF;
    if (quiver_database_open(":memory:", &options, &db) != QUIVER_OK)
        return 1;
    if (quiver_database_current_version(db, &version) != QUIVER_OK || version != 0)
        return 2;
    quiver_database_close(db);
    if (strcmp(quiver_version(), qv_version()) != 0 || strcmp(quiver_version(), QV_VERSION_STRING) != 0)
        return 3;
    printf("consumer ok %s\n", quiver_version());
    return 0;
}
PROGRAM
# shellcheck disable=SC2086 # $flags holds several compiler arguments
$CC -std=c11 -Wall -Wextra -Werror $CFLAGS $LDFLAGS -o "$work/consumer" "$work/consumer.c" $flags
output=$(LD_LIBRARY_PATH="$libdir" "$work/consumer")
[ "$output" = "consumer ok 0.10.0" ] || { echo "FAIL: consumer printed '$output'"; exit 1; }
echo "PASS: pkg-config consumer built against the staged install and ran ($output)"
