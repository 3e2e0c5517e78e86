#!/bin/sh
# Runs the quiverdb pytest suite from make check against the freshly built, uninstalled
# libquiver_c: the source tree's package (PYTHONPATH) and the build tree's library
# (QUIVERDB_LIBRARY_PATH, and LD_LIBRARY_PATH, which outranks any RUNPATH, so an installed copy
# cannot be picked up). Nothing is written into the source tree: no bytecode, no pytest cache.
# QUIVER_PYTHON_PRELOAD (CI's sanitizer pass) preloads the ASan/UBSan runtimes into Python.
set -u
: "${PYTHON:?PYTHON must name the interpreter that has cffi and pytest}"
: "${top_srcdir:?}" "${top_builddir:?}"

libdir="$top_builddir/lib/.libs"
if [ ! -f "$libdir/libquiver_c.so.0" ]; then
    echo "run_pytest.sh: $libdir/libquiver_c.so.0 has not been built" >&2
    exit 1
fi
# A missing module must fail the suite, never skip it.
"$PYTHON" -c 'import cffi, pytest' || exit 1

QUIVERDB_LIBRARY_PATH="$libdir/libquiver_c.so.0"
LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
PYTHONPATH="$top_srcdir/python/src${PYTHONPATH:+:$PYTHONPATH}"
PYTHONDONTWRITEBYTECODE=1
export QUIVERDB_LIBRARY_PATH LD_LIBRARY_PATH PYTHONPATH PYTHONDONTWRITEBYTECODE
unset QUIVERDB_TEST_INSTALLED

if [ -n "${QUIVER_PYTHON_PRELOAD:-}" ]; then
    LD_PRELOAD="$QUIVER_PYTHON_PRELOAD${LD_PRELOAD:+:$LD_PRELOAD}"
    # The interpreter itself is not built with ASan: its own allocations would be reported as leaks.
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
    export LD_PRELOAD ASAN_OPTIONS
fi

exec "$PYTHON" -m pytest -p no:cacheprovider -ra "$top_srcdir/python/tests"
