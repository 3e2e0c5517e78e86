#!/bin/sh
# make check-dist (run by .ci/run after make check): the wheel of make wheel and a staged system
# install behave as doc/install.md says.
#   1. the wheel holds the package and the three bundled libraries as regular files, is tagged
#      with the highest glibc version they need, and each copy has RUNPATH exactly $ORIGIN;
#   2. installed with pip --target and imported with LD_LIBRARY_PATH and QUIVERDB_LIBRARY_PATH
#      unset, it runs a create/read script from its bundle ("bundled"), and no other copy of the
#      libraries (a system install, say) is mapped into the process, even one in reach;
#   3. with one bundled library removed, the import fails naming it and the places searched,
#      although a system copy is in reach on LD_LIBRARY_PATH;
#   4. the staged system install, found by the dynamic loader (LD_LIBRARY_PATH standing in for
#      ldconfig), loads through the versioned SONAME ("system");
#   5. the staged system install the dynamic loader cannot find gives the loader's message with
#      the ldconfig fix.
# Usage: distribution.sh WHEEL
# Environment (from make): WHEEL_PY (python3 with pip and cffi), PYTHON, READELF, VERSION,
#   STAGE (a make install DESTDIR), inst_libdir, inst_quiverpydir (empty: package not
#   installed, the source tree's is used), top_srcdir, top_builddir.
# shellcheck disable=SC2015,SC2016 # 'A && B || fail' fails when either fails; '$ORIGIN' is literal
set -u
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: distribution.sh WHEEL (run make wheel first)" >&2; exit 2; }
wheel=$1
: "${WHEEL_PY:?}" "${PYTHON:=}" "${READELF:=readelf}" "${VERSION:?}" "${STAGE:?}" "${inst_libdir:?}"
: "${inst_quiverpydir=}" "${top_srcdir:?}" "${top_builddir:?}"
[ -n "$PYTHON" ] || PYTHON=$WHEEL_PY  # configured --without-python
export LC_ALL=C PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
export PYTHONDONTWRITEBYTECODE=1
unset QUIVERDB_LIBRARY_PATH LD_LIBRARY_PATH
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
status=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; status=1; }
skip() { echo "SKIP: $*"; }
dynamic() { "$READELF" -d "$2" | sed -n "s/.*($1) *[^[]*\[\(.*\)\]\$/\1/p"; }
system_libdir=$(cd "$STAGE$inst_libdir" && pwd -P) || { echo "FAIL: no staged install in $STAGE"; exit 1; }

# The script each install runs: create and read a database in a temporary directory, then
# report how the library was loaded and every copy of the libraries the process maps.
cat >"$work/use.py" <<'PY'
import os
import tempfile

import quiverdb
from quiverdb import Database, LogLevel, _loader

with tempfile.TemporaryDirectory() as work:
    schema = os.path.join(work, "schema.sql")
    with open(schema, "w") as f:
        f.write("CREATE TABLE Configuration (id INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL) STRICT;\n"
                "CREATE TABLE Plant (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT UNIQUE NOT NULL,"
                " capacity REAL) STRICT;\n")
    path = os.path.join(work, "plants.db")
    with Database.from_schema(path, schema, console_level=LogLevel.OFF) as db:
        db.create_element("Plant", label="P1", capacity=12.5)
        db.create_element("Plant", label="P2", capacity=7.0)
    with Database.open(path, console_level=LogLevel.OFF) as db:
        assert db.read_scalar_strings("Plant", "label") == ["P1", "P2"]
        assert db.read_scalar_floats("Plant", "capacity") == [12.5, 7.0]
print(quiverdb.version(), _loader._load_source, _loader._loaded_library)
with open("/proc/self/maps") as maps:
    mapped = {fields[5] for fields in (line.split() for line in maps) if len(fields) == 6}
for path in sorted(mapped):
    if os.path.basename(path).startswith(("libquiver", "libsqlite3")):
        print("mapped", path)
PY

# run ENV... -- PYTHON ARGS: from an empty directory outside the tree, with only the given
# environment changes; stdout and stderr in $work/out.
run() {
    (cd "$work/empty" && env "$@") >"$work/out" 2>&1
}
mkdir "$work/empty"

# 1. The wheel itself.
mkdir "$work/unpacked"
package_src=$top_srcdir/python/src/quiverdb
if ! "$WHEEL_PY" - "$wheel" "$work/unpacked" "$package_src" "$VERSION" >"$work/out" 2>&1 <<'PY'
import os
import sys
import zipfile

wheel, target, package, version = sys.argv[1:]
info = f"quiverdb-{version}.dist-info/"
libs = ["libquiver_c.so.0", "libquiver.so.0", "libsqlite3.so.0"]
expected = {f"quiverdb/{name}" for name in os.listdir(package) if name.endswith(".py") or name == "py.typed"}
expected |= {f"quiverdb/_libs/{name}" for name in libs}
with zipfile.ZipFile(wheel) as archive:
    names = set(archive.namelist())
    problems = [f"missing {name}" for name in sorted(expected - names)]
    problems += [f"unexpected {name}" for name in sorted(names - expected) if not name.startswith(info)]
    problems += [f"missing {info}{name}" for name in ("METADATA", "WHEEL", "RECORD")
                 if info + name not in names]
    problems += [f"{entry.filename} is a symlink" for entry in archive.infolist()
                 if (entry.external_attr >> 28) == 0o12]
    meta = archive.read(info + "WHEEL").decode()
    tag = os.path.basename(wheel)[:-len(".whl")].split("-", 2)[2]
    if f"Tag: {tag}" not in meta.splitlines() or "Root-Is-Purelib: false" not in meta.splitlines():
        problems.append(f"{info}WHEEL does not match the tag {tag}:\n{meta}")
    for name in libs:
        archive.extract(f"quiverdb/_libs/{name}", target)
print("\n".join(problems))
print(tag)
sys.exit(1 if problems else 0)
PY
then
    fail "wheel $(basename "$wheel"):"; sed 's/^/    /' "$work/out"
else
    tag=$(tail -1 "$work/out")
    pass "wheel $(basename "$wheel") holds the package and three bundled regular files"
    libs=$work/unpacked/quiverdb/_libs
    # The tag's glibc level, recomputed here from the version needs (readelf -V) of the files.
    level=$(for f in "$libs"/*; do "$READELF" -V --wide "$f"; done |
        sed -n 's/.*Name: GLIBC_2\.\([0-9][0-9]*\).*/\1/p' | sort -n | tail -1)
    [ "${level:-0}" -lt 17 ] && level=17
    machine=$(uname -m)
    if [ "$tag" = "py3-none-manylinux_2_${level}_$machine" ]; then
        pass "tag $tag: GLIBC_2.$level is the highest glibc version the bundled files need"
    else
        fail "tag $tag, but the bundled files need GLIBC_2.$level" \
            "(expected py3-none-manylinux_2_${level}_$machine)"
    fi
    for f in "$libs"/*; do
        name=$(basename "$f")
        runpath=$(dynamic RUNPATH "$f") rpath=$(dynamic RPATH "$f")
        if [ "$runpath" = '$ORIGIN' ] && [ -z "$rpath" ]; then
            pass "wheel's $name: RUNPATH \$ORIGIN, no RPATH"
        else
            fail "wheel's $name: RUNPATH '$runpath', RPATH '$rpath' (expected RUNPATH \$ORIGIN only)"
        fi
    done
    dynamic NEEDED "$libs/libquiver_c.so.0" | grep -qx libquiver.so.0 ||
        fail "bundled libquiver_c does not need libquiver.so.0"
    dynamic NEEDED "$libs/libquiver.so.0" | grep -qx libsqlite3.so.0 ||
        fail "bundled libquiver does not need libsqlite3.so.0"
fi
# $ORIGIN was set on copies only: the build's and the installed libraries are untouched.
for f in "$top_builddir"/lib/.libs/libquiver.so.0 "$top_builddir"/lib/.libs/libquiver_c.so.0 \
        "$system_libdir"/libquiver.so.0 "$system_libdir"/libquiver_c.so.0; do
    if "$READELF" -d "$f" | grep -q 'ORIGIN'; then fail "$f has \$ORIGIN in its run-time search path"; fi
done

# 2. Installed with pip, imported with nothing else to fall back on.
site=$work/site
if ! "$WHEEL_PY" -m pip install --no-deps --no-index --target "$site" "$wheel" >"$work/out" 2>&1; then
    fail "pip install --target failed:"; sed 's/^/    /' "$work/out"
else
    libs=$site/quiverdb/_libs
    runpath=$(dynamic RUNPATH "$libs/libquiver_c.so.0")
    case $runpath in
    '$ORIGIN') pass "installed wheel: readelf -d _libs/libquiver_c.so.0: RUNPATH \$ORIGIN, no absolute path" ;;
    *) fail "installed wheel: _libs/libquiver_c.so.0 has RUNPATH '$runpath'" ;;
    esac
    for reach in "" "$system_libdir"; do
        if [ -z "$reach" ]; then
            what="LD_LIBRARY_PATH unset"
            run PYTHONPATH="$site" "$WHEEL_PY" "$work/use.py"
        else
            what="a system install in reach on LD_LIBRARY_PATH"
            run PYTHONPATH="$site" LD_LIBRARY_PATH="$reach" "$WHEEL_PY" "$work/use.py"
        fi
        first=$(head -1 "$work/out")
        elsewhere=$(sed -n 's/^mapped //p' "$work/out" | grep -v "^$libs/")
        if [ "$first" = "$VERSION bundled $libs/libquiver_c.so.0" ] && [ -z "$elsewhere" ] &&
            [ "$(grep -c "^mapped $libs/" "$work/out")" -eq 3 ]; then
            pass "installed wheel, $what: create/read ran, _load_source 'bundled'," \
                "only the bundled libraries mapped"
        else
            fail "installed wheel, $what:"; sed 's/^/    /' "$work/out"
        fi
    done
    run PYTHONPATH="$site" "$WHEEL_PY" -m quiverdb._loader
    if [ "$(head -1 "$work/out")" = "OK: loaded via 'bundled'" ]; then
        pass "installed wheel: python -m quiverdb._loader reports 'bundled'"
    else
        fail "installed wheel: python -m quiverdb._loader:"; sed 's/^/    /' "$work/out"
    fi

    # 3. One bundled library missing: an error naming it, never a system copy.
    for name in libquiver_c.so.0 libquiver.so.0 libsqlite3.so.0; do
        rm -rf "$work/broken" && cp -R "$site" "$work/broken" && rm "$work/broken/quiverdb/_libs/$name"
        run PYTHONPATH="$work/broken" LD_LIBRARY_PATH="$system_libdir" "$WHEEL_PY" "$work/use.py"
        code=$?
        if [ $code -ne 0 ] &&
            grep -qx "RuntimeError: Cannot load native library $name. Searched:" "$work/out" &&
            grep -qx "  - QUIVERDB_LIBRARY_PATH: (not set)" "$work/out" &&
            grep -qx "  - bundled: $work/broken/quiverdb/_libs/$name (missing from the bundle)" "$work/out" &&
            ! grep -q '^mapped' "$work/out"; then
            pass "wheel without _libs/$name: the import fails naming it and the places searched"
        else
            fail "wheel without _libs/$name (exit $code):"; sed 's/^/    /' "$work/out"
        fi
    done
fi

# 4. and 5. The system install: found by the dynamic loader, then not.
if [ -n "$inst_quiverpydir" ]; then
    package=$STAGE$inst_quiverpydir
    [ -f "$package/quiverdb/__init__.py" ] || fail "the staged install has no $inst_quiverpydir/quiverdb"
else
    package=$top_srcdir/python/src  # configured --without-python
fi
run PYTHONPATH="$package" LD_LIBRARY_PATH="$system_libdir" "$PYTHON" "$work/use.py"
elsewhere=$(sed -n 's/^mapped //p' "$work/out" | grep '/libquiver' | grep -v "^$system_libdir/")
if [ "$(head -1 "$work/out")" = "$VERSION system libquiver_c.so.0" ] && [ -z "$elsewhere" ]; then
    pass "system install found by the dynamic loader: create/read ran," \
        "_load_source 'system' (libquiver_c.so.0)"
else
    fail "system install found by the dynamic loader:"; sed 's/^/    /' "$work/out"
fi
if run "$PYTHON" -c 'import ctypes; ctypes.CDLL("libquiver_c.so.0")'; then
    skip "this machine's dynamic loader finds a libquiver_c.so.0 (ldconfig -p):" \
        "cannot stage an install it does not find"
else
    run PYTHONPATH="$package" "$PYTHON" "$work/use.py"
    code=$?
    if [ $code -ne 0 ] &&
        grep -qx "RuntimeError: Cannot load native library libquiver_c.so.0. Searched:" "$work/out" &&
        grep -q "^  - system: libquiver_c.so.0 (dlopen failed: " "$work/out" &&
        grep -q "run 'ldconfig' as root" "$work/out"; then
        pass "system install the dynamic loader does not find: the loader's message with the ldconfig fix"
    else
        fail "system install the dynamic loader does not find (exit $code):"; sed 's/^/    /' "$work/out"
    fi
fi

[ $status -eq 0 ] && echo "check-dist: all passed" || echo "check-dist: FAILED"
exit $status
