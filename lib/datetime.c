/*
 * Date-time reading and formatting for CSV export and import (see datetime.h).
 */
#define _DEFAULT_SOURCE /* struct tm's tm_gmtoff and tm_zone */
#include "datetime.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads 1 to @p max_digits digits before @p end into *out; returns the number read. */
static int read_number(const char **text, const char *end, int max_digits, int *out)
{
    int count = 0, value = 0;
    while (count < max_digits && *text < end && is_digit(**text)) {
        value = value * 10 + (**text - '0');
        ++*text;
        ++count;
    }
    *out = value;
    return count;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static long days_from_civil(long year, int month, int day)
{
    year -= month <= 2;
    long era = (year >= 0 ? year : year - 399) / 400;
    long year_of_era = year - era * 400;
    long day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

/* Sets the weekday and day of the year from the date, so %a, %A, %j, %U ... are right,
 * and the zone to UTC, so %z and %Z do not depend on the TZ environment. */
static void complete(struct tm *time)
{
    long year = time->tm_year + 1900L;
    long days = days_from_civil(year, time->tm_mon + 1, time->tm_mday);
    time->tm_wday = (int)(((days + 4) % 7 + 7) % 7); /* 1970-01-01 was a Thursday */
    time->tm_yday = (int)(days - days_from_civil(year, 1, 1));
    time->tm_isdst = 0;
    time->tm_gmtoff = 0;
    time->tm_zone = "UTC";
}

int qvi_datetime_read_iso(const char *text, size_t length, struct tm *out)
{
    const char *end = text + length;
    int year, month, day, hour = 0, minute = 0, second = 0;
    while (text < end && is_space(*text))
        ++text;
    if (!read_number(&text, end, 4, &year) || text == end || *text++ != '-')
        return 0;
    if (!read_number(&text, end, 2, &month) || month < 1 || month > 12 || text == end || *text++ != '-')
        return 0;
    if (!read_number(&text, end, 2, &day) || day < 1 || day > 31)
        return 0;
    if (text < end) {
        if (*text == 'T' || *text == 't')
            ++text;
        else
            while (text < end && is_space(*text))
                ++text;
        if (!read_number(&text, end, 2, &hour) || hour > 23)
            return 0;
        if (text < end) {
            if (*text++ != ':' || !read_number(&text, end, 2, &minute) || minute > 59)
                return 0;
            if (text < end) {
                /* Anything may follow a complete second ("Z", ".123", "+03:00"). */
                if (*text++ != ':' || !read_number(&text, end, 2, &second) || second > 60)
                    return 0;
            }
        }
    }
    memset(out, 0, sizeof *out);
    out->tm_year = year - 1900;
    out->tm_mon = month - 1;
    out->tm_mday = day;
    out->tm_hour = hour;
    out->tm_min = minute;
    out->tm_sec = second;
    complete(out);
    return 1;
}

/* The length of the directive starting at format[0] == '%': flags, width, an E or O
 * modifier and the conversion character. */
static size_t directive_length(const char *format)
{
    size_t i = 1;
    while (format[i] && (is_digit(format[i]) || strchr("_-^#+", format[i])))
        ++i;
    if (format[i] == 'E' || format[i] == 'O')
        ++i;
    return format[i] ? i + 1 : i;
}

/* glibc's strftime and strptime take %s (seconds since the epoch) in the local
 * time zone, through mktime and localtime; §7.2 treats date-times as UTC.  So a
 * format is cut into pieces at its %s directives (flags and width allowed, as
 * glibc allows them; no E or O modifier), which are handled here in UTC, and
 * the pieces between them go to the C library.  Returns the offset of the first
 * such directive at or after @p from (strlen(format) when none) and its length. */
static size_t find_epoch(const char *format, size_t from, size_t *length)
{
    size_t i = from;
    while (format[i]) {
        if (format[i] != '%') {
            ++i;
            continue;
        }
        size_t n = directive_length(format + i);
        if (n >= 2 && format[i + n - 1] == 's' && format[i + n - 2] != 'E' && format[i + n - 2] != 'O') {
            *length = n;
            return i;
        }
        i += n;
    }
    *length = 0;
    return i;
}

/* Seconds since 1970-01-01T00:00:00 UTC. */
static long long utc_seconds(const struct tm *time)
{
    long long days = days_from_civil(time->tm_year + 1900L, time->tm_mon + 1, time->tm_mday);
    return days * 86400 + time->tm_hour * 3600LL + time->tm_min * 60LL + time->tm_sec;
}

/* strptime over @p format with its %s directives read in UTC (see find_epoch): the
 * digits of one (glibc's %s takes digits only) give every field, as gmtime does;
 * what follows may override some.  Returns the end of what was read, or NULL. */
static const char *read_utc(const char *text, const char *format, struct tm *out)
{
    size_t epoch_length;
    size_t at = find_epoch(format, 0, &epoch_length);
    if (format[at] == '\0')
        return strptime(text, format, out);
    char *pieces = strdup(format);
    if (pieces == NULL)
        return NULL; /* out of memory: read as not a date-time */
    for (size_t from = 0; text != NULL && format[from] != '\0';) {
        at = find_epoch(format, from, &epoch_length);
        pieces[at] = '\0';
        if (at > from)
            text = strptime(text, pieces + from, out);
        if (text == NULL || format[at] == '\0')
            break;
        if (!is_digit(*text)) {
            text = NULL;
            break;
        }
        long long seconds = 0;
        for (; is_digit(*text) && seconds <= (LLONG_MAX - 9) / 10; ++text)
            seconds = seconds * 10 + (*text - '0');
        time_t value = (time_t)seconds;
        if (is_digit(*text) || gmtime_r(&value, out) == NULL)
            text = NULL;
        from = at + epoch_length;
    }
    free(pieces);
    return text;
}

/* strptime from an all-zero struct tm; with @p whole, the text must be consumed entirely. */
static int parse(const char *text, const char *format, struct tm *out, int whole)
{
    memset(out, 0, sizeof *out);
    const char *end = read_utc(text, format, out);
    return end != NULL && (!whole || *end == '\0');
}

/* §7.2 recommends accepting text that ends exactly where the format expects a
 * literal character or white space, as the Linux build of the Quiver 0.10 C API
 * does: retry with the format cut before each such position, longest first,
 * requiring the text to be used up.  Formats longer than the buffer get no retry. */
static int parse_truncated(const char *text, const char *format, struct tm *out)
{
    char prefix[256];
    size_t length = strlen(format);
    if (length >= sizeof prefix)
        return 0;
    size_t cuts[sizeof prefix];
    size_t cut_count = 0;
    for (size_t i = 0; i < length;) {
        cuts[cut_count++] = i;
        i += format[i] == '%' && format[i + 1] != '%' ? directive_length(format + i)
             : format[i] == '%'                       ? 2
                                                      : 1;
    }
    while (cut_count > 1) {
        size_t cut = cuts[--cut_count];
        if (format[cut] == '%' && format[cut + 1] != '%')
            continue; /* the text ended where a conversion was expected: not accepted */
        memcpy(prefix, format, cut);
        prefix[cut] = '\0';
        if (parse(text, prefix, out, 1))
            return 1;
    }
    return 0;
}

int qvi_datetime_read_format(const char *text, const char *format, struct tm *out)
{
    if (!parse(text, format, out, 0) && !parse_truncated(text, format, out))
        return 0;
    if (out->tm_mday < 1)
        return 0;
    complete(out);
    return 1;
}

void qvi_datetime_canonical(const struct tm *time, char out[QVI_DATETIME_CANONICAL_SIZE])
{
    if (strftime(out, QVI_DATETIME_CANONICAL_SIZE, "%Y-%m-%dT%H:%M:%S", time) == 0)
        out[0] = '\0';
}

/* strftime(@p piece) appended to @p out at *used; 0 when it does not fit.  The piece
 * is formatted behind one leading byte, which tells an empty result from one that
 * does not fit.  @p scratch holds size + 1 bytes. */
static int append_piece(char *out, size_t size, size_t *used, char *piece, const struct tm *time,
                        char *scratch)
{
    size_t n = strftime(scratch, size - *used + 1, piece, time);
    if (n == 0)
        return 0;
    memcpy(out + *used, scratch + 1, n - 1);
    *used += n - 1;
    return 1;
}

size_t qvi_datetime_format(const struct tm *time, const char *format, char *out, size_t size)
{
    size_t epoch_length;
    size_t at = find_epoch(format, 0, &epoch_length);
    if (format[at] == '\0')
        return strftime(out, size, format, time);
    /* Each %s directive is formatted by strftime itself, so its flags and width are
     * glibc's, from the local time of the UTC seconds, which mktime maps back to them. */
    time_t seconds = (time_t)utc_seconds(time);
    struct tm local;
    size_t length = strlen(format);
    char *pieces = malloc(length + 2 + size + 1);
    if (pieces == NULL || localtime_r(&seconds, &local) == NULL) {
        free(pieces);
        return 0; /* as if it did not fit: the stored text is written */
    }
    char *scratch = pieces + length + 2;
    size_t used = 0;
    int fits = 1;
    for (size_t from = 0; fits && from < length;) {
        at = find_epoch(format, from, &epoch_length);
        pieces[0] = 'x';
        memcpy(pieces + 1, format + from, at - from);
        pieces[1 + at - from] = '\0';
        fits = at == from || append_piece(out, size, &used, pieces, time, scratch);
        if (fits && at < length) {
            memcpy(pieces + 1, format + at, epoch_length);
            pieces[1 + epoch_length] = '\0';
            fits = append_piece(out, size, &used, pieces, &local, scratch);
        }
        from = at + epoch_length;
    }
    free(pieces);
    if (!fits)
        return 0;
    out[used] = '\0';
    return used;
}

int qvi_c_locale_enter(qvi_c_locale *state)
{
    state->c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (state->c == (locale_t)0)
        return 0;
    state->previous = uselocale(state->c);
    return 1;
}

void qvi_c_locale_leave(qvi_c_locale *state)
{
    uselocale(state->previous);
    freelocale(state->c);
}
