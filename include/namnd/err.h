/* Error codes and the last error message (Swedish, for the user). */
#ifndef NAMND_ERR_H
#define NAMND_ERR_H

enum nd_err {
	ND_OK = 0,
	ND_EINVAL,     /* bad input: a field has a value that is not allowed */
	ND_ENOTFOUND,  /* the named thing does not exist */
	ND_EEXIST,     /* the thing exists already */
	ND_ETOOLONG,   /* a field is longer than allowed */
	ND_ENOMEM,     /* out of memory */
	ND_EIO,        /* file could not be read or written */
	ND_EDB,        /* database error */
	ND_ENOTDB,     /* the file is not a namnd/SQLite database */
	ND_ENEWER,     /* the database was written by a newer namnd */
	ND_EREADONLY,  /* the database cannot be written */
	ND_EBUSY,      /* the database is locked by another process */
	ND_ELOCKED,    /* the record is locked (justerat protokoll) */
	ND_ECONSTRAINT /* the change would break a rule of the data */
};

/* Short Swedish description of an error code. Static string. */
const char *nd_strerror(enum nd_err e);

/* The reason for a system error (errno) in Swedish for the common
 * cases, else the C library's text. Static string. */
const char *nd_errno_text(int err);

/* Record a detailed message for the user (printf format, Swedish) and
 * return e, so callers can write `return nd_fail(ND_EINVAL, "...", ...)`. */
enum nd_err nd_fail(enum nd_err e, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* After nd_fail: how to do it on the command line (the option to give,
 * the verb that adds what was missing), for the CLI to add to the
 * message; the UI leaves it out, since it has its own way. A hint in
 * parentheses goes before the message's final full stop, another after
 * it. Cleared by nd_fail and nd_errclear. Returns e. */
enum nd_err nd_hint(enum nd_err e, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* The hint, or "" when none. Static buffer. */
const char *nd_errhint(void);

/* The last message recorded by nd_fail, or "" when none. Static buffer,
 * valid until the next nd_fail/nd_errclear. */
const char *nd_errmsg(void);
void nd_errclear(void);

#endif
