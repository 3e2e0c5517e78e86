#!/bin/sh
# Sets up a fresh Debian machine for quiver and builds it: installs the Debian
# packages the build and the tests need, generates the build system,
# configures in build/ (Python tests required), builds, and runs the example.
# Usage: ./bootstrap.sh            (as root, or with sudo available)
set -eu
cd "$(dirname "$0")"

PACKAGES="build-essential autoconf automake libtool autoconf-archive pkg-config
libsqlite3-dev sqlite3 check libsubunit-dev valgrind
python3 python3-cffi python3-pytest python3-setuptools python3-wheel python3-pip
python3-build python3-venv patchelf binutils"

missing=
for p in $PACKAGES; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
    echo "bootstrap: installing$missing"
    # The dpkg lock may be held for a moment by another process: retry.
    for attempt in 1 2 3 4 5; do
        # shellcheck disable=SC2086 # $missing is a list of package names
        if $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing; then
            break
        fi
        [ "$attempt" -eq 5 ] && { echo "bootstrap: apt-get failed" >&2; exit 1; }
        sleep 5
    done
fi

./autogen.sh
mkdir -p build
cd build
../configure --enable-python-tests
make -j2
echo "bootstrap: running the example (doc/examples/quickstart)"
rm -f quickstart.db
./doc/examples/quickstart quickstart.db
