/**
 * @file quiver/quiver.h
 * @brief Umbrella header of the quiver core library (libquiver): include this
 *        one header to use every area.  The flat C API for foreign callers is
 *        in <quiver/c/...> (libquiver_c).
 */
#ifndef QV_QUIVER_H
#define QV_QUIVER_H

#include <quiver/common.h>
#include <quiver/database.h>
#include <quiver/element.h>
#include <quiver/groups.h>
#include <quiver/time_series.h>
#include <quiver/time_series_rows.h>
#include <quiver/time_series_files.h>
#include <quiver/write.h>
#include <quiver/metadata.h>
#include <quiver/query.h>
#include <quiver/read.h>
#include <quiver/report.h>
#include <quiver/csv.h>

#endif
