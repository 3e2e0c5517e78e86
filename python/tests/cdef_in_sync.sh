#!/bin/sh
# Fails when python/src/quiverdb/_declarations.py no longer matches include/quiver/c/*.h;
# regenerate it with python3 python/tools/gen_cdef.py. Needs only a Python 3 interpreter.
: "${PYTHON:?}" "${top_srcdir:?}"
exec "$PYTHON" "$top_srcdir/python/tools/gen_cdef.py" --check
