/*
 * Shortest round-trip double formatting (see dtoa.h).
 *
 * Two exact methods, the first fast, the second for what the first cannot
 * reach.
 *
 * 1. Integer arithmetic (magnitudes from about 1e-13 to 1e38, with 128-bit
 *    integers).  The double v = m x 2^e and the two midpoints to its
 *    neighbours, which bound the decimals that read back as v, are scaled by
 *    10^k to 18 or 19 digit integers, exactly (floors, remembering whether
 *    anything was cut off).  Digits are then removed from the right while the
 *    scaled bounds still differ, and the last kept digit is rounded to
 *    nearest; this digit loop is the general case of Ulf Adams' Ryu
 *    ("Ryu: fast float-to-string conversion", PLDI 2018; reference code
 *    https://github.com/ulfjack/ryu, Apache-2.0 / Boost-1.0), written anew
 *    here.  Ryu gets the scaled values from tables of powers of five; here
 *    they are computed exactly on the fly, which the limited range allows.
 *
 * 2. Search through the C library, exact on glibc: printf("%.*e") rounds the
 *    binary value, strtod rounds a decimal back to the nearest double.  For a
 *    count p, the nearest p-digit decimal is the best p-digit candidate; when
 *    it does not read back, its upper neighbour still may, because at a power
 *    of two the gap to the next double is twice the gap to the previous one
 *    (the lower neighbour never can: it is farther away than the nearest
 *    candidate, on the narrower side).  "Some p-digit decimal reads back" only
 *    turns from false to true as p grows, so the shortest p is found by
 *    bisection over 1..17.  The p-digit roundings come from one printf with
 *    GUARD_DIGITS digits; only when the digits past p are 499...9 or 500...0
 *    (where that printf's own rounding could hide which side of the midpoint
 *    the exact value is on) is printf asked again for exactly p digits.  Only
 *    digits and the exponent are taken from printf's output and strtod is
 *    only given "<digits>e<exponent>", so the locale plays no part.
 *
 * tests/check_dtoa.c compares the results with an independent implementation.
 */
#include "dtoa.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_DIGITS = 17,  /* 17 significant digits always identify a double */
    GUARD_DIGITS = 26 /* digits of the one exact expansion the roundings start from */
};

typedef struct {
    char digits[GUARD_DIGITS + 1];
    int exponent; /* value ~ d1.d2d3... x 10^exponent */
} decimal;

/* Runs printf("%.*e") with @p count significant digits and keeps digits and exponent. */
static void expand(double magnitude, int count, decimal *out)
{
    char text[64];
    snprintf(text, sizeof text, "%.*e", count - 1, magnitude);
    const char *p = text;
    int n = 0;
    for (; *p != 'e'; ++p)
        if (*p >= '0' && *p <= '9')
            out->digits[n++] = *p;
    out->digits[n] = '\0';
    out->exponent = (int)strtol(p + 1, NULL, 10);
}

/* Adds one unit in the last of @p count places; a carry out of the first digit
 * gives "100..." one decade up. */
static void next_up(decimal *d, int count)
{
    int i = count - 1;
    while (i >= 0 && d->digits[i] == '9')
        d->digits[i--] = '0';
    if (i >= 0) {
        ++d->digits[i];
        return;
    }
    d->digits[0] = '1';
    ++d->exponent;
}

/* The first @p count digits of the exact value rounded to nearest. */
static void nearest(double magnitude, const decimal *exact, int count, decimal *out)
{
    int below = 1, above = 1; /* the guard digits are all 4...9 below / 5...0 above the midpoint */
    for (int i = count; i < GUARD_DIGITS; ++i) {
        below = below && exact->digits[i] == (i == count ? '4' : '9');
        above = above && exact->digits[i] == (i == count ? '5' : '0');
    }
    if (below || above) {
        expand(magnitude, count, out);
        return;
    }
    memcpy(out->digits, exact->digits, (size_t)count);
    out->digits[count] = '\0';
    out->exponent = exact->exponent;
    if (exact->digits[count] >= '5')
        next_up(out, count);
}

/* 1 when the @p count digits of @p d read back as @p value. */
static int reads_back(const decimal *d, int count, double value)
{
    char text[48];
    snprintf(text, sizeof text, "%.*se%d", count, d->digits, d->exponent - (count - 1));
    return strtod(text, NULL) == value;
}

/* A @p count-digit decimal that reads back as @p magnitude, the nearest one
 * when several do; 0 when none does. */
static int candidate(double magnitude, const decimal *exact, int count, decimal *out)
{
    nearest(magnitude, exact, count, out);
    if (reads_back(out, count, magnitude))
        return 1;
    next_up(out, count);
    return reads_back(out, count, magnitude);
}

/* Where the bisection starts: values typed as short decimals expand to their
 * digits followed by a run of zeros or nines, so the count before such a run
 * is usually the answer and is confirmed by one more test. */
static int likely_count(const decimal *exact)
{
    enum { RUN = 6 };
    for (int i = 1; i < MAX_DIGITS; ++i) {
        int zeros = 1, nines = 1;
        for (int j = i; j < i + RUN; ++j) {
            zeros = zeros && exact->digits[j] == '0';
            nines = nines && exact->digits[j] == '9';
        }
        if (zeros || nines)
            return i;
    }
    return MAX_DIGITS;
}

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 u128;

/* floor(@p x * 2^@p e2 * 10^@p k) into *out, with *exact = nothing was cut off.
 * Returns 0 when the computation does not fit in 128 bits or the result in 64. */
static int scale(uint64_t x, int e2, int k, uint64_t *out, int *exact)
{
    u128 value;
    if (k >= 0) {
        if (k > 31) /* x < 2^55 and 5^31 < 2^72 */
            return 0;
        u128 t = x;
        for (int i = 0; i < k; ++i)
            t *= 5;
        int shift = e2 + k; /* 10^k = 5^k * 2^k */
        if (shift >= 0) {
            if (shift >= 64 || (t >> (64 - shift)) != 0)
                return 0;
            value = t << shift;
            *exact = 1;
        } else {
            if (-shift >= 128)
                return 0;
            value = t >> -shift;
            *exact = (t & (((u128)1 << -shift) - 1)) == 0;
        }
    } else {
        if (e2 < 0 || e2 > 72) /* x < 2^55 */
            return 0;
        u128 t = (u128)x << e2, divisor = 1;
        for (int i = 0; i < -k; ++i)
            divisor *= 10;
        value = t / divisor;
        *exact = t % divisor == 0;
    }
    if ((value >> 64) != 0)
        return 0;
    *out = (uint64_t)value;
    return 1;
}

/* Floor of @p n * log10(2), for |n| < 1650. */
static int floor_log10_pow2(int n)
{
    long long scaled = (long long)n * 78913; /* 78913 / 2^18 ~ log10(2) */
    return (int)(scaled >= 0 ? scaled >> 18 : -((-scaled + (1 << 18) - 1) >> 18));
}

/* Method 1 for a normal, positive @p magnitude: 1 with the digits in @p out and
 * their count in *count, 0 when out of range. */
static int exact_shortest(double magnitude, decimal *out, int *count)
{
    uint64_t bits;
    memcpy(&bits, &magnitude, sizeof bits);
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);
    int biased = (int)(bits >> 52);
    if (biased == 0)
        return 0; /* subnormal: far below the range anyway */
    uint64_t m2 = fraction | (UINT64_C(1) << 52);
    int e2 = biased - 1075 - 2;        /* value = 4*m2 * 2^e2 */
    int accept_bounds = (m2 & 1) == 0; /* round-half-even reads a midpoint back as the even one */
    int lower_gap_halves = fraction != 0 || biased <= 1; /* at a power of two the gap below is half */
    uint64_t mv = 4 * m2, mp = mv + 2, mm = mv - 1 - (uint64_t)lower_gap_halves;

    /* 10^estimate <= value < 10^(estimate + 2): scaled values get 18 or 19 digits. */
    int k = 17 - floor_log10_pow2(e2 + 54);
    uint64_t vr, vp, vm;
    int vr_exact, vp_exact, vm_exact;
    if (!scale(mv, e2, k, &vr, &vr_exact) || !scale(mp, e2, k, &vp, &vp_exact) ||
        !scale(mm, e2, k, &vm, &vm_exact))
        return 0;
    int vm_trailing_zeros = accept_bounds && vm_exact;
    int vr_trailing_zeros = vr_exact;
    if (!accept_bounds && vp_exact)
        --vp; /* the upper midpoint itself would read back as the neighbour */

    /* The bounds are at least 11 units apart, so at least one digit goes. */
    int removed = 0;
    unsigned last = 0;
    while (vp / 10 > vm / 10) {
        vm_trailing_zeros = vm_trailing_zeros && vm % 10 == 0;
        vr_trailing_zeros = vr_trailing_zeros && last == 0;
        last = (unsigned)(vr % 10);
        vr /= 10;
        vp /= 10;
        vm /= 10;
        ++removed;
    }
    if (vm_trailing_zeros) {
        while (vm % 10 == 0) {
            vr_trailing_zeros = vr_trailing_zeros && last == 0;
            last = (unsigned)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            ++removed;
        }
    }
    if (vr_trailing_zeros && last == 5 && vr % 2 == 0)
        last = 4; /* exactly halfway: round to even */
    uint64_t output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last >= 5);

    *count = snprintf(out->digits, sizeof out->digits, "%llu", (unsigned long long)output);
    out->exponent = *count - 1 + removed - k;
    return 1;
}
#else
/* Without 128-bit integers method 2 does everything. */
static int exact_shortest(double magnitude, decimal *out, int *count)
{
    (void)magnitude;
    (void)out;
    (void)count;
    return 0;
}
#endif

/* Method 2 for a positive @p magnitude: returns the digit count. */
static int searched_shortest(double magnitude, decimal *out)
{
    decimal exact;
    expand(magnitude, GUARD_DIGITS, &exact);
    /* Invariant: the answer lies in low..high, and *out holds a high-digit candidate. */
    int low = 1, high = MAX_DIGITS;
    decimal trial;
    int guess = likely_count(&exact);
    if (candidate(magnitude, &exact, guess, out)) {
        high = guess;
        if (guess > 1 && candidate(magnitude, &exact, guess - 1, &trial)) {
            high = guess - 1;
            *out = trial;
        } else {
            low = guess;
        }
    } else {
        low = guess + 1;
        candidate(magnitude, &exact, high, out); /* the nearest 17-digit decimal always reads back */
    }
    while (low < high) {
        int middle = (low + high) / 2;
        if (candidate(magnitude, &exact, middle, &trial)) {
            high = middle;
            *out = trial;
        } else {
            low = middle + 1;
        }
    }
    return high;
}

/* The shortest digits (no trailing zeros) and decimal exponent of @p magnitude,
 * a finite non-negative double: magnitude ~ d1.d2...dn x 10^exponent.  Returns n. */
static int shortest(double magnitude, decimal *out)
{
    int count;
    if (magnitude < 9007199254740992.0 && magnitude == floor(magnitude)) {
        /* An integer below 2^53 is its own shortest form: doubles there are at
         * most 1 apart, so no other integer reads back as it. */
        count = snprintf(out->digits, sizeof out->digits, "%llu", (unsigned long long)magnitude);
        out->exponent = count - 1;
    } else if (!exact_shortest(magnitude, out, &count)) {
        count = searched_shortest(magnitude, out);
    }
    while (count > 1 && out->digits[count - 1] == '0')
        --count;
    return count;
}

static size_t decimal_width(int value)
{
    size_t width = 1;
    for (; value >= 10; value /= 10)
        ++width;
    return width;
}

size_t qvi_dtoa(double value, char out[QVI_DTOA_SIZE])
{
    int negative = signbit(value) != 0;
    const char *special = NULL;
    if (isnan(value))
        special = negative ? "-nan" : "nan";
    else if (isinf(value))
        special = negative ? "-inf" : "inf";
    if (special) {
        strcpy(out, special);
        return strlen(out);
    }

    decimal d;
    int n = shortest(fabs(value), &d);
    const char *digits = d.digits;
    int exponent = d.exponent;

    size_t exponent_width = decimal_width(abs(exponent));
    size_t scientific_length = (size_t)n + (n > 1) + 2 + (exponent_width < 2 ? 2 : exponent_width);
    size_t fixed_length;
    if (exponent >= n - 1)
        fixed_length = (size_t)exponent + 1;
    else if (exponent >= 0)
        fixed_length = (size_t)n + 1;
    else
        fixed_length = (size_t)(n + 1 - exponent);

    char *p = out;
    if (negative)
        *p++ = '-';
    if (fixed_length <= scientific_length) {
        if (exponent >= n - 1) {
            /* Integral: the exact value, which past 2^53 has more digits than d1...dn. */
            p += snprintf(p, QVI_DTOA_SIZE - 1, "%.0f", fabs(value));
        } else if (exponent >= 0) {
            memcpy(p, digits, (size_t)exponent + 1);
            p += exponent + 1;
            *p++ = '.';
            memcpy(p, digits + exponent + 1, (size_t)(n - exponent - 1));
            p += n - exponent - 1;
        } else {
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < -exponent - 1; ++i)
                *p++ = '0';
            memcpy(p, digits, (size_t)n);
            p += n;
        }
    } else {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)n - 1);
            p += n - 1;
        }
        p += snprintf(p, 8, "e%c%02d", exponent < 0 ? '-' : '+', abs(exponent));
    }
    *p = '\0';
    return (size_t)(p - out);
}
