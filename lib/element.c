/*
 * Elements: sorted name -> value maps for scalars and arrays.
 */
#include "element.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

qv_element *qv_element_new(void)
{
    return calloc(1, sizeof(qv_element));
}

void qvi_value_clear(qvi_value *value)
{
    if (value->type == QV_TYPE_STRING)
        free(value->as.string);
    value->type = QV_TYPE_NULL;
}

static void array_clear(qvi_array *array)
{
    for (size_t i = 0; i < array->count; ++i)
        qvi_value_clear(&array->cells[i]);
    free(array->cells);
    array->cells = NULL;
    array->count = 0;
}

void qv_element_clear(qv_element *element)
{
    for (size_t i = 0; i < element->scalar_count; ++i) {
        free(element->scalars[i].name);
        qvi_value_clear(&element->scalars[i].value);
    }
    for (size_t i = 0; i < element->array_count; ++i) {
        free(element->arrays[i].name);
        array_clear(&element->arrays[i]);
    }
    element->scalar_count = element->array_count = 0;
}

void qv_element_free(qv_element *element)
{
    if (element == NULL)
        return;
    qv_element_clear(element);
    free(element->scalars);
    free(element->arrays);
    free(element);
}

/* Binary search for @p name in a sorted array of entries whose first member is the name. */
static size_t lower_bound(const void *entries, size_t count, size_t size, const char *name, int *found)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *key = *(char *const *)((const char *)entries + mid * size);
        int c = strcmp(name, key);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    *found = 0;
    return lo;
}

/* The slot for @p name in a sorted entry array, inserting a zeroed entry (with
 * its name) when absent.  *fresh tells which.  NULL when out of memory. */
static void *slot(void **entries, size_t *count, size_t *capacity, size_t size, const char *name, int *fresh)
{
    int found;
    size_t at = lower_bound(*entries, *count, size, name, &found);
    *fresh = !found;
    if (found)
        return (char *)*entries + at * size;
    char *copy = strdup(name);
    if (copy == NULL)
        return NULL;
    if (*count == *capacity) {
        size_t n = *capacity ? *capacity * 2 : 8;
        void *p = realloc(*entries, n * size);
        if (p == NULL) {
            free(copy);
            return NULL;
        }
        *entries = p;
        *capacity = n;
    }
    char *base = *entries;
    memmove(base + (at + 1) * size, base + at * size, (*count - at) * size);
    memset(base + at * size, 0, size);
    *(char **)(base + at * size) = copy;
    (*count)++;
    return base + at * size;
}

static qv_status set_scalar(qv_element *element, const char *name, qvi_value value)
{
    int fresh;
    qvi_scalar *s = slot((void **)&element->scalars, &element->scalar_count, &element->scalar_capacity,
                         sizeof *s, name, &fresh);
    if (s == NULL) {
        qvi_value_clear(&value);
        return QV_ERROR;
    }
    if (!fresh)
        qvi_value_clear(&s->value);
    s->value = value;
    return QV_OK;
}

qv_status qv_element_set_integer(qv_element *element, const char *name, int64_t value)
{
    qvi_value v = {.type = QV_TYPE_INTEGER, .as.integer = value};
    return set_scalar(element, name, v);
}

qv_status qv_element_set_float(qv_element *element, const char *name, double value)
{
    qvi_value v = {.type = QV_TYPE_FLOAT, .as.real = value};
    return set_scalar(element, name, v);
}

qv_status qv_element_set_string(qv_element *element, const char *name, const char *value)
{
    qvi_value v = {.type = QV_TYPE_STRING, .as.string = strdup(value)};
    if (v.as.string == NULL)
        return QV_ERROR;
    return set_scalar(element, name, v);
}

qv_status qv_element_set_null(qv_element *element, const char *name)
{
    qvi_value v = {.type = QV_TYPE_NULL};
    return set_scalar(element, name, v);
}

/* Stores @p cells (ownership passes to the element) under @p name. */
static qv_status set_array(qv_element *element, const char *name, qv_data_type type, qvi_value *cells,
                           size_t count)
{
    int fresh;
    qvi_array *a = slot((void **)&element->arrays, &element->array_count, &element->array_capacity, sizeof *a,
                        name, &fresh);
    if (a == NULL) {
        for (size_t i = 0; i < count; ++i)
            qvi_value_clear(&cells[i]);
        free(cells);
        return QV_ERROR;
    }
    if (!fresh)
        array_clear(a);
    a->type = type;
    a->cells = cells;
    a->count = count;
    return QV_OK;
}

static qvi_value *new_cells(size_t count)
{
    return calloc(count ? count : 1, sizeof(qvi_value));
}

qv_status qv_element_set_array_integer(qv_element *element, const char *name, const int64_t *values,
                                       size_t count, const uint8_t *has_value)
{
    qvi_value *cells = new_cells(count);
    if (cells == NULL)
        return QV_ERROR;
    for (size_t i = 0; i < count; ++i) {
        if (has_value && !has_value[i]) {
            cells[i].type = QV_TYPE_NULL;
        } else {
            cells[i].type = QV_TYPE_INTEGER;
            cells[i].as.integer = values[i];
        }
    }
    return set_array(element, name, QV_TYPE_INTEGER, cells, count);
}

qv_status qv_element_set_array_float(qv_element *element, const char *name, const double *values, size_t count,
                                     const uint8_t *has_value)
{
    qvi_value *cells = new_cells(count);
    if (cells == NULL)
        return QV_ERROR;
    for (size_t i = 0; i < count; ++i) {
        if (has_value && !has_value[i]) {
            cells[i].type = QV_TYPE_NULL;
        } else {
            cells[i].type = QV_TYPE_FLOAT;
            cells[i].as.real = values[i];
        }
    }
    return set_array(element, name, QV_TYPE_FLOAT, cells, count);
}

qv_status qv_element_set_array_string(qv_element *element, const char *name, const char *const *values,
                                      size_t count, const uint8_t *has_value)
{
    qvi_value *cells = new_cells(count);
    if (cells == NULL)
        return QV_ERROR;
    for (size_t i = 0; i < count; ++i) {
        cells[i].type = QV_TYPE_NULL;
        if ((has_value && !has_value[i]) || values[i] == NULL)
            continue;
        cells[i].as.string = strdup(values[i]);
        if (cells[i].as.string == NULL) {
            for (size_t j = 0; j < i; ++j)
                qvi_value_clear(&cells[j]);
            free(cells);
            return QV_ERROR;
        }
        cells[i].type = QV_TYPE_STRING;
    }
    return set_array(element, name, QV_TYPE_STRING, cells, count);
}

size_t qv_element_scalar_count(const qv_element *element)
{
    return element->scalar_count;
}

size_t qv_element_array_count(const qv_element *element)
{
    return element->array_count;
}

static void render_value(qvi_buf *out, const qvi_value *v)
{
    switch (v->type) {
    case QV_TYPE_INTEGER:
        qvi_buf_appendf(out, "%lld", (long long)v->as.integer);
        break;
    case QV_TYPE_FLOAT:
        qvi_buf_appendf(out, "%f", v->as.real);
        break;
    case QV_TYPE_STRING:
        qvi_buf_appendf(out, "\"%s\"", v->as.string);
        break;
    default:
        qvi_buf_append(out, "null");
        break;
    }
}

char *qv_element_to_string(const qv_element *element)
{
    qvi_buf out = QVI_BUF_INIT;
    qvi_buf_append(&out, "Element {\n");
    if (element->scalar_count) {
        qvi_buf_append(&out, "  scalars:\n");
        for (size_t i = 0; i < element->scalar_count; ++i) {
            qvi_buf_appendf(&out, "    %s: ", element->scalars[i].name);
            render_value(&out, &element->scalars[i].value);
            qvi_buf_append(&out, "\n");
        }
    }
    if (element->array_count) {
        qvi_buf_append(&out, "  arrays:\n");
        for (size_t i = 0; i < element->array_count; ++i) {
            const qvi_array *a = &element->arrays[i];
            qvi_buf_appendf(&out, "    %s: [", a->name);
            for (size_t j = 0; j < a->count; ++j) {
                if (j)
                    qvi_buf_append(&out, ", ");
                render_value(&out, &a->cells[j]);
            }
            qvi_buf_append(&out, "]\n");
        }
    }
    qvi_buf_append(&out, "}");
    return qvi_buf_take(&out);
}
