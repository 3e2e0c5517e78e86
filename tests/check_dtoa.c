/*
 * Shortest round-trip double formatting (lib/dtoa.c, c-api-groups-timeseries-csv.md
 * §7.4 "Floats"): the spec's reference table, 7,000 cases whose expected text
 * was computed independently (tests/data/csv/make_dtoa_cases.py, from Python's
 * shortest repr), random bit patterns that must read back bit for bit with no
 * shorter text reading back, and independence from the process locale.
 * Links the core's internals only, so it does without tests/helpers.c.
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "dtoa.h"

static const struct {
    double value;
    const char *text;
} reference[] = {
    {1.0, "1"},
    {23.0, "23"},
    {9.99, "9.99"},
    {0.1, "0.1"},
    {0.001, "0.001"},
    {0.0001, "1e-04"},
    {1e-05, "1e-05"},
    {3.141592653589793, "3.141592653589793"},
    {-0.0, "-0"},
    {5e-324, "5e-324"},
    {100000.0, "1e+05"},
    {120000.0, "120000"},
    {1000000.0, "1e+06"},
    {12000000.0, "1.2e+07"},
    {12300000.0, "12300000"},
    {1234567.89, "1234567.89"},
    {1.2345678901234568e20, "123456789012345683968"},
    {1e21, "1e+21"},
    {1.7976931348623157e308, "1.7976931348623157e+308"},
    {-2.5, "-2.5"},
    /* beyond the table */
    {0.0, "0"},
    {12.5, "12.5"},
    {7.0, "7"},
    {40.25, "40.25"},
    {1e22, "1e+22"},
    {1e23, "1e+23"},
    {9007199254740993.0, "9007199254740992"},
    {2.2250738585072014e-308, "2.2250738585072014e-308"},
    {0.30000000000000004, "0.30000000000000004"},
    {123456.7, "123456.7"},
    {1e15, "1e+15"},
    {123e15, "1.23e+17"},
};

START_TEST(reference_table)
{
    char text[QVI_DTOA_SIZE];
    size_t length = qvi_dtoa(reference[_i].value, text);
    ck_assert_str_eq(text, reference[_i].text);
    ck_assert_uint_eq(length, strlen(reference[_i].text));
}
END_TEST

START_TEST(special_values)
{
    char text[QVI_DTOA_SIZE];
    qvi_dtoa(INFINITY, text);
    ck_assert_str_eq(text, "inf");
    qvi_dtoa(-INFINITY, text);
    ck_assert_str_eq(text, "-inf");
    qvi_dtoa(NAN, text);
    ck_assert_str_eq(text, "nan");
    qvi_dtoa(-NAN, text);
    ck_assert_str_eq(text, "-nan");
}
END_TEST

static double from_bits(unsigned long long bits)
{
    double value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

START_TEST(independent_cases)
{
    const char *directory = getenv("QUIVER_TEST_DATA");
    char path[4096];
    snprintf(path, sizeof path, "%s/csv/dtoa_cases.txt", directory && *directory ? directory : "tests/data");
    FILE *file = fopen(path, "r");
    ck_assert_ptr_nonnull(file);
    char line[128];
    size_t count = 0;
    while (fgets(line, sizeof line, file)) {
        unsigned long long bits;
        char expected[64];
        ck_assert_int_eq(sscanf(line, "%llx %63s", &bits, expected), 2);
        char text[QVI_DTOA_SIZE];
        qvi_dtoa(from_bits(bits), text);
        ck_assert_msg(strcmp(text, expected) == 0, "%016llx: expected %s, got %s", bits, expected, text);
        ++count;
    }
    fclose(file);
    ck_assert_uint_gt(count, 7000);
}
END_TEST

/* The number of significant digits of @p text: from its first to its last non-zero digit. */
static int significant_digits(const char *text)
{
    int position = 0, first = -1, last = -1;
    for (; *text && *text != 'e'; ++text) {
        if (*text < '0' || *text > '9')
            continue;
        if (*text != '0') {
            if (first < 0)
                first = position;
            last = position;
        }
        ++position;
    }
    return first < 0 ? 1 : last - first + 1;
}

START_TEST(random_round_trip)
{
    /* xorshift64: a fixed sequence, so a failure can be reproduced. */
    unsigned long long state = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 20000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        double value = from_bits(state);
        if (isnan(value))
            continue;
        char text[QVI_DTOA_SIZE];
        qvi_dtoa(value, text);
        double back = strtod(text, NULL);
        ck_assert_msg(memcmp(&back, &value, sizeof value) == 0, "%016llx -> %s does not read back", state,
                      text);
        /* No text with one digit fewer reads back (unless the text is an exact integer
         * past 2^53, whose printed digits outnumber its shortest ones). */
        int digits = significant_digits(text);
        int exact_integer = strpbrk(text, ".e") == NULL && fabs(value) >= 9007199254740992.0;
        if (digits > 1 && !isinf(value) && !exact_integer) {
            char shorter[64];
            snprintf(shorter, sizeof shorter, "%.*e", digits - 2, value);
            ck_assert_msg(strtod(shorter, NULL) != value, "%s is shorter than %s", shorter, text);
        }
    }
}
END_TEST

START_TEST(locale_independent)
{
    /* Where a locale with a decimal comma is installed, the output must not change. */
    const char *names[] = {"de_DE.UTF-8", "pt_BR.UTF-8", "fr_FR.UTF-8"};
    const char *previous = setlocale(LC_NUMERIC, NULL);
    char saved[64];
    snprintf(saved, sizeof saved, "%s", previous ? previous : "C");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; ++i) {
        if (setlocale(LC_NUMERIC, names[i]) == NULL)
            continue;
        char text[QVI_DTOA_SIZE];
        qvi_dtoa(1234567.89, text);
        ck_assert_str_eq(text, "1234567.89");
        qvi_dtoa(0.30000000000000004, text);
        ck_assert_str_eq(text, "0.30000000000000004");
        qvi_dtoa(1.5e-10, text);
        ck_assert_str_eq(text, "1.5e-10");
    }
    setlocale(LC_NUMERIC, saved);
}
END_TEST

static Suite *dtoa_suite(void)
{
    Suite *suite = suite_create("dtoa");
    TCase *table = tcase_create("table");
    tcase_add_loop_test(table, reference_table, 0, (int)(sizeof reference / sizeof reference[0]));
    tcase_add_test(table, special_values);
    suite_add_tcase(suite, table);
    TCase *bulk = tcase_create("bulk");
    tcase_set_timeout(bulk, 120);
    tcase_add_test(bulk, independent_cases);
    tcase_add_test(bulk, random_round_trip);
    tcase_add_test(bulk, locale_independent);
    suite_add_tcase(suite, bulk);
    return suite;
}

int main(void)
{
    SRunner *runner = srunner_create(dtoa_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
