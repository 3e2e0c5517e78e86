"""Prints the directory under PREFIX where the running interpreter looks for packages.

Used by configure to choose the default install directory of quiverdb (--with-pythondir):
Debian's python3 searches /usr/local/lib/python3.X/dist-packages and /usr/lib/python3/dist-packages,
not the site-packages directory AM_PATH_PYTHON proposes. The answer keeps PREFIX symbolic
(``${prefix}/lib/...``) so that ``make install prefix=...`` and ``make distcheck`` move it along.
Prints nothing when the interpreter searches no such directory under PREFIX.

Usage: python3 site_dir.py PREFIX
"""

import os
import site
import sys


def site_dir(prefix: str) -> str:
    prefix = os.path.normpath(prefix)
    candidates = list(sys.path)
    # Directories site.py adds only once they exist, as a fresh install's would not yet.
    if hasattr(site, "getsitepackages"):
        candidates += site.getsitepackages()
    for directory in candidates:
        if not directory.startswith(prefix + "/"):
            continue
        parts = directory[len(prefix) + 1:].split("/")
        if (len(parts) == 3 and parts[0] in ("lib", "lib64") and parts[1].startswith("python")
                and parts[2] in ("dist-packages", "site-packages")):
            return "${prefix}/" + "/".join(parts)
    return ""


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: site_dir.py PREFIX")
    print(site_dir(sys.argv[1]))
