#!/bin/sh
# Each built library exports exactly its public prefix: libquiver only qv_*,
# libquiver_c only quiver_*.  Also, every function declared in the C API's
# installed headers is exported by libquiver_c (nothing declared is missing),
# and every qv_ function declared in the core's headers is exported by libquiver.
set -u
: "${top_builddir:=.}" "${top_srcdir:=.}" "${NM:=nm}"
status=0

exported() {
    $NM -D --defined-only "$1" | awk '$2 ~ /^[TDBRVW]$/ { print $3 }' | sed 's/@.*//' | sort -u
}

check_library() {
    lib="$top_builddir/lib/.libs/$1.so"
    prefix=$2
    if [ ! -f "$lib" ]; then
        echo "FAIL: $lib not built"
        status=1
        return
    fi
    stray=$(exported "$lib" | grep -v "^$prefix" | grep -v -E '^(_init|_fini|_edata|_end|__bss_start)$')
    if [ -n "$stray" ]; then
        echo "FAIL: $1 exports symbols outside '$prefix':"
        echo "$stray"
        status=1
    fi
}

check_declared() {
    name=$1
    lib="$top_builddir/lib/.libs/$name.so"
    prefix=$2
    shift 2
    # Function names declared in the headers (a declaration may span lines).
    missing=$(cat "$@" | tr '\n' ' ' | grep -o -E "\b${prefix}[a-z0-9_]+ *\(" | sed 's/ *($//' | sort -u |
        comm -23 - "$(exported_file "$lib")")
    if [ -n "$missing" ]; then
        echo "FAIL: declared in the headers of $name but not exported:"
        echo "$missing"
        status=1
    fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
exported_file() {
    exported "$1" > "$tmp/exported"
    echo "$tmp/exported"
}

check_library libquiver qv_
check_library libquiver_c quiver_
check_declared libquiver_c quiver_ "$top_srcdir"/include/quiver/c/*.h
check_declared libquiver qv_ "$top_srcdir"/include/quiver/*.h

[ $status -eq 0 ] && echo "PASS: exported symbols of libquiver and libquiver_c"
exit $status
