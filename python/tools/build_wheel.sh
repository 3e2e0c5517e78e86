#!/bin/sh
# Builds the quiverdb wheel that bundles the native libraries (make wheel, doc/install.md).
#
# Usage: build_wheel.sh PYTHON_SRC LIBDIR WORKDIR OUTDIR
#   PYTHON_SRC  the python/ directory of the source tree (pyproject.toml, setup.py, src/)
#   LIBDIR      libdir of a staged install (make install DESTDIR=...): the installed variant of
#               the libraries, which libtool relinked without RUNPATH
#   WORKDIR     scratch directory, replaced
#   OUTDIR      receives the .whl; older quiverdb wheels there are removed
# Environment: WHEEL_PY (python3 with setuptools >= 61, wheel and pip), PATCHELF, READELF,
#   VERSION (the package version), and CC, LDFLAGS, SQLITE_LIBS to find the libsqlite3 the
#   libraries were linked with.
#
# The copies of libquiver_c, libquiver and libsqlite3 get RUNPATH $ORIGIN, so each finds the
# next in the same directory; the files of the build and of any system install are not touched.
# setup.py puts the copies in quiverdb/_libs/ and tags the wheel from the glibc versions they need.
# shellcheck disable=SC2015,SC2016 # 'A && B || fail' fails when either fails; '$ORIGIN' is literal
set -eu
[ $# -eq 4 ] || { echo "usage: build_wheel.sh PYTHON_SRC LIBDIR WORKDIR OUTDIR" >&2; exit 2; }
src=$1 libdir=$2 work=$3 out=$4
: "${WHEEL_PY:?}" "${PATCHELF:?}" "${READELF:=readelf}" "${VERSION:?}" "${CC:=cc}"
: "${LDFLAGS:=}" "${SQLITE_LIBS:=}"

fail() { echo "build_wheel.sh: $*" >&2; exit 1; }

dynamic() { # dynamic TAG FILE: the values of one dynamic-section tag, one per line
    "$READELF" -d "$2" | sed -n "s/.*($1) *[^[]*\[\(.*\)\]\$/\1/p"
}

c_api=$(dynamic SONAME "$libdir/libquiver_c.so")
core=$(dynamic SONAME "$libdir/libquiver.so")
[ -n "$c_api" ] && [ -n "$core" ] || fail "no libquiver_c.so/libquiver.so with a SONAME in $libdir"
sqlite=$(dynamic NEEDED "$libdir/$core" | grep '^libsqlite3\.' || :)
[ -n "$sqlite" ] || fail "$libdir/$core does not link libsqlite3"

# The libsqlite3 the libraries were linked with: a -L directory of the build first, then the
# compiler's own search path, as the linker found it.
sqlite_path=
for word in $LDFLAGS $SQLITE_LIBS; do
    case $word in
    -L?*) [ -e "${word#-L}/$sqlite" ] && { sqlite_path=${word#-L}/$sqlite; break; } ;;
    esac
done
if [ -z "$sqlite_path" ]; then
    sqlite_path=$($CC -print-file-name="$sqlite")
    case $sqlite_path in
    /*) sqlite_path=$(readlink -f "$sqlite_path") ;;
    *) fail "cannot find $sqlite, which $core links (searched the -L directories and $CC's path)" ;;
    esac
fi

rm -rf "$work"
mkdir -p "$work/bundle" "$work/project/src/quiverdb" "$work/dist" "$out"
bundle=$work/bundle
for name in "$c_api" "$core" "$sqlite"; do
    case $name in
    "$sqlite") file=$sqlite_path ;;
    *) file=$libdir/$name ;;
    esac
    cp -L "$file" "$bundle/$name"  # the real file behind the symlinks, named by its SONAME
    chmod 644 "$bundle/$name"
    "$PATCHELF" --set-rpath '$ORIGIN' "$bundle/$name"
    runpath=$(dynamic RUNPATH "$bundle/$name")
    [ "$runpath" = '$ORIGIN' ] && [ -z "$(dynamic RPATH "$bundle/$name")" ] ||
        fail "$PATCHELF left $name with RUNPATH '$runpath'"
done

# setuptools writes build/ and *.egg-info next to the project: build a copy, never the source tree.
cp "$src/pyproject.toml" "$src/setup.py" "$src/README.md" "$work/project/"
cp "$src/src/quiverdb/"*.py "$src/src/quiverdb/py.typed" "$work/project/src/quiverdb/"
if ! QUIVERDB_BUNDLE_DIR=$(cd "$bundle" && pwd) PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        PIP_ROOT_USER_ACTION=ignore PYTHONDONTWRITEBYTECODE=1 \
        "$WHEEL_PY" -m pip wheel --no-build-isolation --no-deps --no-index -w "$work/dist" "$work/project" \
        >"$work/pip.log" 2>&1; then
    cat "$work/pip.log" >&2
    fail "$WHEEL_PY -m pip wheel failed"
fi

set -- "$work/dist"/*.whl
[ $# -eq 1 ] && [ -f "$1" ] || fail "pip wheel did not produce exactly one wheel in $work/dist"
wheel=$(basename "$1")
case $wheel in
quiverdb-"$VERSION"-py3-none-manylinux_2_*_*.whl) ;;
quiverdb-"$VERSION"-*) fail "unexpected tag in $wheel" ;;
*) fail "$wheel: the version in python/pyproject.toml is not $VERSION" ;;
esac
rm -f "$out"/quiverdb-*.whl
mv "$1" "$out/$wheel"
echo "wheel: $out/$wheel (bundles $c_api, $core, $sqlite from $sqlite_path)"
