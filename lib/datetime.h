/*
 * Date-time text of the CSV functions (c-api-groups-timeseries-csv.md §7.2):
 * the ISO reader, the custom-format reader (strptime), the canonical form and
 * strftime over a broken-down time that carries the right weekday and day of
 * the year.  Callers run these under the "C" locale (qvi_c_locale_enter).
 */
#ifndef QVI_DATETIME_H
#define QVI_DATETIME_H

#include <locale.h>
#include <stddef.h>
#include <time.h>

/* Length of the canonical text's buffer: "%Y-%m-%dT%H:%M:%S" with a year of up to
 * four digits (the readers produce nothing wider) is at most 19 bytes. */
#define QVI_DATETIME_CANONICAL_SIZE 32

/* Reads the @p length bytes of @p text by the ISO grammar of §7.2 into @p out
 * (tm_isdst = 0, weekday and day of the year set); a NUL byte among them is no
 * end of input.  Returns 1 when accepted, 0 otherwise (@p out is then undefined). */
int qvi_datetime_read_iso(const char *text, size_t length, struct tm *out);

/* Reads @p text with strptime(@p format) from an all-zero struct tm; accepted when
 * strptime succeeds (also when the text ends where the format expects a literal or
 * white space) and the day of the month is at least 1.  %s reads seconds since the
 * epoch in UTC.  Returns 1 or 0. */
int qvi_datetime_read_format(const char *text, const char *format, struct tm *out);

/* The canonical text strftime("%Y-%m-%dT%H:%M:%S") of @p time into @p out. */
void qvi_datetime_canonical(const struct tm *time, char out[QVI_DATETIME_CANONICAL_SIZE]);

/* strftime(@p format) of @p time into @p out (@p size bytes), %s giving the seconds
 * since the epoch in UTC; returns strftime's result, 0 when the text is empty or
 * does not fit. */
size_t qvi_datetime_format(const struct tm *time, const char *format, char *out, size_t size);

/* The calling thread switched to the "C" locale, so strftime, strptime and
 * strtod behave the same whatever locale the application set, and back. */
typedef struct {
    locale_t c;
    locale_t previous;
} qvi_c_locale;

/* Returns 0 when the locale object cannot be created (out of memory). */
int qvi_c_locale_enter(qvi_c_locale *state);
void qvi_c_locale_leave(qvi_c_locale *state);

#endif
