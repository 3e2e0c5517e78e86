#!/bin/sh
# Every installed header compiles on its own as C11 with strict warnings, and
# as C++ when a C++ compiler is present.
set -u
: "${top_builddir:=.}" "${top_srcdir:=.}" "${CC:=cc}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
cd "$top_srcdir/include" || exit 1
for header in quiver/*.h quiver/c/*.h; do
    printf '#include <%s>\n' "$header" > "$tmp/one.c"
    if ! $CC -std=c11 -Wall -Wextra -Werror -pedantic -fsyntax-only \
            -I "$top_srcdir/include" -I "$top_builddir/include" "$tmp/one.c"; then
        echo "FAIL: $header does not compile alone as C11"
        status=1
    fi
    if command -v c++ >/dev/null 2>&1; then
        cp "$tmp/one.c" "$tmp/one.cpp"
        if ! c++ -std=c++11 -Wall -Wextra -Werror -fsyntax-only \
                -I "$top_srcdir/include" -I "$top_builddir/include" "$tmp/one.cpp"; then
            echo "FAIL: $header does not compile alone as C++"
            status=1
        fi
    fi
done
[ $status -eq 0 ] && echo "PASS: every installed header compiles standalone"
exit $status
