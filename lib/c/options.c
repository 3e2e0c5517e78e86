/*
 * options.h of the C API: the default option structs.
 */
#include <quiver/c/options.h>

quiver_database_options_t quiver_database_options_default(void)
{
    quiver_database_options_t options = {0, QUIVER_LOG_INFO};
    return options;
}

quiver_csv_options_t quiver_csv_options_default(void)
{
    quiver_csv_options_t options = {"", NULL, NULL, NULL, NULL, NULL, 0};
    return options;
}
