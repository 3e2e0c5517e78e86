#!/usr/bin/env python3
"""Writes dtoa_cases.txt for tests/check_dtoa.c: one double per line, as the
hex of its IEEE-754 bits, a space, and its text by the rules of
c-api-groups-timeseries-csv.md §7.4 "Floats" (C++17 std::to_chars).

The shortest digits come from Python's repr (David Gay's shortest, nearest
algorithm), an implementation independent of lib/dtoa.c.  Deterministic:
the random generator is seeded.  Run: python3 make_dtoa_cases.py > dtoa_cases.txt
"""
import math
import random
import struct
from decimal import Decimal


def to_chars(x):
    if math.isnan(x):
        return "-nan" if math.copysign(1, x) < 0 else "nan"
    sign = "-" if math.copysign(1, x) < 0 else ""
    x = abs(x)
    if math.isinf(x):
        return sign + "inf"
    if x == 0:
        digits, exponent = "0", 0
    else:
        t = Decimal(repr(x)).normalize().as_tuple()
        digits = "".join(map(str, t.digits))
        exponent = len(digits) - 1 + t.exponent
    n = len(digits)
    sci = digits[0] + ("." + digits[1:] if n > 1 else "") + "e" + ("-" if exponent < 0 else "+") + "%02d" % abs(exponent)
    if exponent >= n - 1:
        fixed = str(int(x))
    elif exponent >= 0:
        fixed = digits[:exponent + 1] + "." + digits[exponent + 1:]
    else:
        fixed = "0." + "0" * (-exponent - 1) + digits
    return sign + (fixed if len(fixed) <= len(sci) else sci)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def main():
    rng = random.Random(20240115)
    values = []
    for e in range(-1074, 1024):           # every power of two: binade boundaries
        values.append(math.ldexp(1.0, e))
    for e in range(-323, 309):             # powers of ten and their neighbours
        v = float("1e%d" % e)
        values += [v, math.nextafter(v, 0), math.nextafter(v, math.inf)]
    for _ in range(1500):                  # any bit pattern except NaN (either sign)
        v = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if not math.isnan(v):
            values.append(v)
    for _ in range(500):                   # values typed as short decimals
        values.append(float("%d.%0*d" % (rng.randrange(10 ** 6), rng.randrange(1, 4), rng.randrange(1000))))
        values.append(float("%de%d" % (rng.randrange(1, 10 ** rng.randrange(1, 16)), rng.randrange(-30, 30))))
    for _ in range(200):                   # results of arithmetic
        values.append(rng.randrange(1, 10 ** 6) * 0.1)
        values.append(rng.random() * 10 ** rng.randrange(-10, 25))
    for _ in range(100):                   # integers beyond 2^53 and subnormals
        values.append(float(rng.randrange(2 ** 53, 2 ** 80)))
        values.append(struct.unpack("<d", struct.pack("<Q", rng.randrange(1, 2 ** 52)))[0])
    values += [0.0, -0.0, math.inf, -math.inf, -5e-324, -2.2250738585072014e-308, -1.7976931348623157e308,
               -2.5, -0.1, -100000.0]
    for v in values:
        print("%016x %s" % (bits(v), to_chars(v)))


main()
