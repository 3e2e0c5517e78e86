/*
 * The byte-level CSV writer (c-api-groups-timeseries-csv.md §7.4 with the
 * quoting superset of §10.2): what makes a field need quotes, and how it is
 * enclosed.  Lines are assembled in a buffer by the caller and written whole.
 */
#include <string.h>

#include "csv.h"

static int needs_quotes(const char *text, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        char c = text[i];
        /* ',', ' ' and LF are the Quiver 0.10 rule; '"' and CR make every text round-trip. */
        if (c == ',' || c == ' ' || c == '\n' || c == '"' || c == '\r')
            return 1;
    }
    return 0;
}

void qvi_csv_append_field(qvi_buf *line, const char *text, size_t length)
{
    if (!needs_quotes(text, length)) {
        qvi_buf_append_n(line, text, length);
        return;
    }
    qvi_buf_append_n(line, "\"", 1);
    const char *end = text + length;
    while (text < end) {
        const char *quote = memchr(text, '"', (size_t)(end - text));
        size_t run = quote ? (size_t)(quote - text) + 1 : (size_t)(end - text);
        qvi_buf_append_n(line, text, run);
        if (quote)
            qvi_buf_append_n(line, "\"", 1);
        text += run;
    }
    qvi_buf_append_n(line, "\"", 1);
}
