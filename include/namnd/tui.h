/* The terminal UI (ncursesw): what `namnd` without a command opens. */
#ifndef NAMND_TUI_H
#define NAMND_TUI_H

#include <time.h>
#include "namnd/db.h"

/* Run the UI on db until the user quits. Needs a terminal on standard
 * input and output; returns 0, or non-zero (with nd_errmsg set) when the
 * terminal cannot be used. db stays owned by the caller. started is when
 * the program started (CLOCK_MONOTONIC), for the timing log that
 * NAMND_TUI_TIMING=FILE asks for (make bench); may be NULL. */
int tui_run(struct nd_db *db, const struct timespec *started);

#endif
