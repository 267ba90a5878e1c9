/* Writing a rendered document to a file atomically: a temporary file in
 * the same folder, written, flushed to disk, renamed over the target. */
#include "doc_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/text.h"

/* The folder of path ("." when it has none), malloc'ed. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	size_t n = (size_t)(slash - path);
	char *dir = malloc(n + 1);
	if (dir) {
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	return dir;
}

/* The system's reason in Swedish; a missing folder is caught before. */
static const char *reason(int err)
{
	return err == ENOENT ? "mappen tar inte emot filer" : nd_errno_text(err);
}

static enum nd_err write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return ND_EIO;
		s += w;
		n -= (size_t)w;
	}
	return ND_OK;
}

/* Flush the file at path (or the folder) to disk. */
static bool sync_path(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0 || errno == EINVAL;
	close(fd);
	return ok;
}

/* Paths are named whole in messages (not cut like other values), with
 * control characters removed. */
static enum nd_err folder_check(const char *dir, const char *path, const char *qd,
				const char *qp)
{
	struct stat st;
	if (stat(dir, &st) != 0)
		return nd_fail(ND_EIO, "Mappen %s finns inte; %s skrevs inte.", qd, qp);
	if (!S_ISDIR(st.st_mode))
		return nd_fail(ND_EIO, "%s är ingen mapp; %s skrevs inte.", qd, qp);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return nd_fail(ND_EIO, "%s är en mapp; ange ett filnamn att skriva till.", qp);
	return ND_OK;
}

/* The temporary file being written, removed when a signal ends the
 * program before it is renamed (unlink is async-signal-safe): a killed
 * export leaves nothing behind. A signal the program handles itself (the
 * UI's orderly exit) goes to its handler, and the export then ends as
 * usual, removing the file on failure. */
static char pending[PATH_MAX + 32];
static volatile sig_atomic_t pending_set;
static const int caught[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ, SIGPIPE };
#define NCAUGHT (sizeof caught / sizeof *caught)
static struct sigaction before[NCAUGHT];
static bool installed[NCAUGHT];

static void on_signal(int sig)
{
	int saved = errno;
	for (size_t i = 0; i < NCAUGHT; i++) {
		if (caught[i] != sig)
			continue;
		if (!(before[i].sa_flags & SA_SIGINFO) && before[i].sa_handler != SIG_DFL &&
		    before[i].sa_handler != SIG_IGN) {
			before[i].sa_handler(sig);
		} else {
			/* The signal ends the program: the file goes first. */
			if (pending_set) {
				unlink(pending);
				pending_set = 0;
			}
			signal(sig, SIG_DFL);
			raise(sig);
		}
	}
	errno = saved;
}

static void guard_begin(const char *tmp)
{
	snprintf(pending, sizeof pending, "%s", tmp);
	pending_set = 1;
	for (size_t i = 0; i < NCAUGHT; i++) {
		struct sigaction sa, old;
		installed[i] = false;
		if (sigaction(caught[i], NULL, &old) != 0 ||
		    (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_IGN))
			continue; /* an ignored signal stays ignored */
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		if (sigaction(caught[i], &sa, &before[i]) == 0)
			installed[i] = true;
	}
}

static void guard_end(void)
{
	pending_set = 0;
	for (size_t i = 0; i < NCAUGHT; i++)
		if (installed[i])
			sigaction(caught[i], &before[i], NULL);
}

enum nd_err doc_write_file(const char *path, doc_file_fn fn, void *ctx)
{
	char *dir = NULL, *tmp = NULL, *qd = NULL, *qp = NULL;
	int fd = -1;
	enum nd_err e;

	if (!path || !*path)
		return nd_fail(ND_EINVAL, "Ange en fil att skriva till.");
	dir = folder_of(path);
	qp = text_sanitize(path, false);
	qd = dir ? text_sanitize(dir, false) : NULL;
	if (!dir || !qp || !qd) {
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
		goto out;
	}
	if ((e = folder_check(dir, path, qd, qp)))
		goto out;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = strlen(dir) + strlen(base) + 16;
	if (!(tmp = malloc(n))) {
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
		goto out;
	}
	snprintf(tmp, n, "%s/.%s.XXXXXX", dir, base);
	if (strlen(tmp) >= sizeof pending) {
		e = nd_fail(ND_EIO, "Filnamnet %s är för långt.", qp);
		free(tmp);
		tmp = NULL;
		goto out;
	}
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	fd = mkstemp(tmp);
	if (fd >= 0)
		guard_begin(tmp);
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0) {
		e = nd_fail(ND_EIO, "Kan inte skriva i mappen %s (%s); %s skrevs inte.", qd,
			    reason(errno), qp);
		free(tmp);
		tmp = NULL;
		goto out;
	}
	/* An exported document is an ordinary file: mode from the umask, or
	 * the mode of the file it replaces (a shared folder's group rights). */
	struct stat was;
	if (stat(path, &was) == 0 && S_ISREG(was.st_mode)) {
		fchmod(fd, was.st_mode & 07777);
	} else {
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if (close(fd) != 0) {
		fd = -1;
		e = nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", qp, reason(errno));
		goto out;
	}
	fd = -1;
	if ((e = fn(ctx, tmp)))
		goto out;
	if (!sync_path(tmp)) {
		e = nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", qp, reason(errno));
		goto out;
	}
	if (rename(tmp, path) != 0) {
		e = nd_fail(ND_EIO, "Kunde inte byta namn till %s (%s).", qp, reason(errno));
		goto out;
	}
	guard_end();
	free(tmp);
	tmp = NULL;
	sync_path(dir);
	e = ND_OK;
out:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		unlink(tmp);
		guard_end();
		free(tmp);
	}
	free(dir);
	free(qd);
	free(qp);
	return e;
}

struct bytes {
	const char *s;
	size_t n;
};

static enum nd_err write_bytes_file(void *ctx, const char *tmp)
{
	const struct bytes *b = ctx;
	int fd = open(tmp, O_WRONLY | O_TRUNC);
	enum nd_err e = ND_OK;
	if (fd < 0 || write_all(fd, b->s, b->n) || fsync(fd) != 0) {
		char *q = text_sanitize(tmp, false);
		e = nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", q ? q : "", reason(errno));
		free(q);
	}
	if (fd >= 0)
		close(fd);
	return e;
}

enum nd_err doc_write_string(const char *path, const char *text)
{
	struct bytes b = { text, strlen(text) };
	return doc_write_file(path, write_bytes_file, &b);
}

static enum nd_err write_xlsx_file(void *ctx, const char *tmp)
{
	return doc_render_xlsx(ctx, tmp);
}

enum nd_err doc_write(const struct nd_doc *doc, enum doc_format fmt, int width,
		      const char *path)
{
	enum nd_err e;
	char *text = NULL;
	if (!doc || doc->err)
		return doc ? doc->err : ND_ENOMEM;
	/* Render first: nothing touches the folder until there is
	 * something whole to write. */
	if (fmt == DOC_TEXT && !(text = doc_render_text(doc, width)))
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	if (fmt == DOC_PDF) {
		struct bytes b;
		unsigned char *pdf;
		if ((e = doc_render_pdf(doc, &pdf, &b.n)))
			return e;
		b.s = (const char *)pdf;
		e = doc_write_file(path, write_bytes_file, &b);
		free(pdf);
		return e;
	}
	if (fmt == DOC_TEXT) {
		struct bytes b = { text, strlen(text) };
		e = doc_write_file(path, write_bytes_file, &b);
	} else
		e = doc_write_file(path, write_xlsx_file, (void *)doc);
	free(text);
	return e;
}

