#!/usr/bin/env python3
"""Generates python/src/quiverdb/_declarations.py, the cffi cdef, from the C API headers.

The installed headers include/quiver/c/*.h are the one source of truth for the declarations the
binding uses. This script removes what cffi's parser cannot or must not see (comments, include
guards and other preprocessor lines, the C++ ``extern "C"`` wrapper, the ``QUIVER_C_API`` export
macro), drops exact repeats of a declaration (database.h repeats the element typedef so either
header can come first), and writes one declaration per line. The library version comes from
AC_INIT in configure.ac, so the loader can refuse a library of another major.minor.

    python3 python/tools/gen_cdef.py           # rewrite the generated module
    python3 python/tools/gen_cdef.py --check   # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[2]
HEADER_DIR = ROOT / "include" / "quiver" / "c"
# Dependency order: each header only uses types of the ones before it.
HEADERS = ["common.h", "options.h", "element.h", "database.h"]
OUTPUT = ROOT / "python" / "src" / "quiverdb" / "_declarations.py"
CONFIGURE_AC = ROOT / "configure.ac"

# Conditions the headers test, and their value for cffi (which parses C, not C++, and is not
# building the library).
_CONDITIONS = {"__cplusplus": False, "_WIN32": False, "QUIVER_C_EXPORTS": False}


class HeaderError(Exception):
    """A header uses a construct this generator does not know how to translate."""


def _strip_comments(text: str) -> str:
    # Keep newlines inside block comments so line-based preprocessing still sees whole lines.
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def _preprocess(text: str, name: str) -> str:
    """Drops preprocessor lines and the inactive branches of the conditionals the headers use."""
    out: List[str] = []
    stack: List[bool] = []  # activity of each open conditional
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        while line.rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line.rstrip()[:-1] + " " + lines[i]
        i += 1
        stripped = line.strip()
        if not stripped.startswith("#"):
            if all(stack):
                out.append(line)
            continue
        directive = stripped[1:].split()
        keyword = directive[0] if directive else ""
        if keyword in ("ifdef", "ifndef"):
            symbol = directive[1]
            if keyword == "ifndef" and re.fullmatch(r"QUIVER_C_\w+_H", symbol):
                stack.append(True)  # include guard
            elif symbol in _CONDITIONS:
                value = _CONDITIONS[symbol]
                stack.append(value if keyword == "ifdef" else not value)
            else:
                raise HeaderError(f"{name}: unknown condition #{keyword} {symbol}")
        elif keyword == "else":
            if not stack:
                raise HeaderError(f"{name}: #else without #if")
            stack[-1] = not stack[-1]
        elif keyword == "endif":
            if not stack:
                raise HeaderError(f"{name}: #endif without #if")
            stack.pop()
        elif keyword in ("include", "define"):
            pass  # system headers are known to cffi; the only macros are guards and QUIVER_C_API
        elif keyword == "if" or keyword == "elif":
            raise HeaderError(f"{name}: unsupported #{keyword}")
        else:
            raise HeaderError(f"{name}: unsupported directive #{keyword}")
    if stack:
        raise HeaderError(f"{name}: unterminated conditional")
    return "\n".join(out)


def _statements(text: str, name: str) -> List[str]:
    """Splits into top-level declarations, one normalised line each."""
    text = re.sub(r"\bQUIVER_C_API\b", "", text)
    statements: List[str] = []
    depth = 0
    current: List[str] = []
    for ch in text:
        current.append(ch)
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                raise HeaderError(f"{name}: unbalanced braces")
        elif ch == ";" and depth == 0:
            statements.append(" ".join("".join(current).split()))
            current = []
    if "".join(current).strip():
        raise HeaderError(f"{name}: trailing text {''.join(current).strip()!r}")
    return statements


def _format(statement: str) -> str:
    """Puts struct and enum members on their own lines, so the generated file diffs well."""
    match = re.fullmatch(r"(typedef (?:struct|enum)(?: \w+)? \{)(.*)(\} \w+;)", statement)
    if not match:
        return statement
    head, body, tail = match.groups()
    if head.startswith("typedef enum"):
        members = [m.strip() for m in body.split(",") if m.strip()]
        for member in members:
            if not re.fullmatch(r"\w+ = -?\d+", member):
                raise HeaderError(f"enum member without an explicit value: {member!r}")
        lines = [f"    {m}," for m in members]
    else:
        lines = [f"    {m.strip()};" for m in body.split(";") if m.strip()]
    return "\n".join([head] + lines + [tail])


def library_version() -> str:
    text = CONFIGURE_AC.read_text(encoding="utf-8")
    match = re.search(r"AC_INIT\(\[[^\]]*\],\s*\[([0-9]+\.[0-9]+\.[0-9]+)\]", text)
    if not match:
        raise HeaderError("configure.ac: no version in AC_INIT")
    return match.group(1)


def generate() -> str:
    seen = set()
    blocks: List[str] = []
    for header in HEADERS:
        text = (HEADER_DIR / header).read_text(encoding="utf-8")
        decls = []
        for statement in _statements(_preprocess(_strip_comments(text), header), header):
            if statement in seen:
                continue
            seen.add(statement)
            decls.append(_format(statement))
        blocks.append(f"/* {header} */\n" + "\n".join(decls))
    cdef = "\n\n".join(blocks)
    if '"""' in cdef or "\\" in cdef:
        raise HeaderError("declarations contain characters that cannot go into the generated module")
    return (
        "# Generated by python/tools/gen_cdef.py from include/quiver/c/*.h: do not edit.\n"
        "# make check verifies that it is in sync with the headers.\n"
        '"""C declarations of libquiver_c for cffi (ABI mode) and the version they describe."""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        f'VERSION = "{library_version()}"\n'
        "\n"
        f'CDEF = """\n{cdef}\n"""\n'
    )


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed module instead of writing it")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python3 python/tools/gen_cdef.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
