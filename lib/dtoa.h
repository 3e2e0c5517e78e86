/*
 * Shortest round-trip formatting of doubles, byte for byte as C++17
 * std::to_chars(double) without format or precision (c-api-groups-timeseries-csv.md
 * §7.4 "Floats"): the fewest significant digits that read back to the same
 * double, nearest to the exact value, written in fixed or scientific notation,
 * whichever is shorter (fixed on a tie).  The result does not depend on the
 * process locale.
 */
#ifndef QVI_DTOA_H
#define QVI_DTOA_H

#include <stddef.h>

/* Enough for every result: the longest is a 17-digit significand in scientific
 * notation with sign and a three-digit exponent ("-1.2345678901234567e-308"). */
#define QVI_DTOA_SIZE 32

/* Writes the text of @p value into @p out (NUL-terminated) and returns its length. */
size_t qvi_dtoa(double value, char out[QVI_DTOA_SIZE]);

#endif
