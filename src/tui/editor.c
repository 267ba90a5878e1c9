/* Long texts in the user's editor: $VISUAL, else $EDITOR, else vi. The
 * text goes to a private temporary file; it comes back only when the
 * editor exits 0 and leaves something in it. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "namnd/text.h"

#define LONG_MAX_BYTES (1024 * 1024)

static bool write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		n -= (size_t)w;
	}
	return true;
}

/* Read the edited file; NULL with a message when it cannot be used. */
static char *read_back(struct tui *t, const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0;
	if (!f) {
		tui_msg(t, "Kan inte läsa tillbaka texten: %s", strerror(errno));
		return NULL;
	}
	if (!(buf = malloc(LONG_MAX_BYTES + 1))) {
		fclose(f);
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return NULL;
	}
	len = fread(buf, 1, LONG_MAX_BYTES + 1, f);
	fclose(f);
	if (len > LONG_MAX_BYTES) {
		free(buf);
		tui_msg(t, "Texten är för lång (över %d byte); den gamla texten behålls.",
			LONG_MAX_BYTES);
		t->msg_err = true;
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

int tui_on_terminal(struct tui *t, int (*fn)(void *ctx), void *ctx)
{
	struct sigaction ign, old_int, old_quit;
	int rc;
	(void)t;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	/* Like system(): ^C belongs to what runs there. */
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	def_prog_mode();
	endwin();
	rc = fn(ctx);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	return rc;
}

/* The editor on path (the terminal is handed over to it): its exit
 * status, or -1 when it could not be started. */
static int run_editor(void *ctx)
{
	const char *path = ctx;
	int status = -1;
	pid_t pid = fork();
	if (pid == 0) {
		struct sigaction dfl;
		memset(&dfl, 0, sizeof dfl);
		dfl.sa_handler = SIG_DFL;
		sigemptyset(&dfl.sa_mask);
		sigaction(SIGINT, &dfl, NULL);
		sigaction(SIGQUIT, &dfl, NULL);
		/* The shell splits "$VISUAL" into words ("emacs -nw"); the
		 * file name is passed as an argument, never as code. */
		execl("/bin/sh", "sh", "-c", "exec ${VISUAL:-${EDITOR:-vi}} \"$1\"", "sh",
		      path, (char *)NULL);
		_exit(127);
	}
	if (pid > 0) {
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
	}
	return status;
}

/* The editor on a private copy of old; *text (malloc'ed) is what it left,
 * as written. False with a message when the editor failed. */
static bool edit_file(struct tui *t, const char *old, char **text)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd, status;
	bool ok = false;

	*text = NULL;
	snprintf(path, sizeof path, "%s/namnd-XXXXXX", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		tui_msg(t, "Kan inte skapa en tillfällig fil för redigeraren: %s",
			strerror(errno));
		t->msg_err = true;
		return false;
	}
	if (!write_all(fd, old ? old : "", old ? strlen(old) : 0) ||
	    (old && *old && old[strlen(old) - 1] != '\n' && !write_all(fd, "\n", 1)) ||
	    close(fd) != 0) {
		tui_msg(t, "Kan inte skriva den tillfälliga filen %s.", path);
		t->msg_err = true;
		unlink(path);
		return false;
	}
	status = tui_on_terminal(t, run_editor, path);
	if (tui_signal_pending()) {
		/* The program is ending: what the editor left is not saved. */
		unlink(path);
		return false;
	}
	if (status != 0) {
		tui_msg(t, "Redigeraren avslutades med fel (status %d); texten är "
			"oförändrad.", status);
		t->msg_err = true;
	} else if ((*text = read_back(t, path)) != NULL) {
		ok = true;
	}
	unlink(path);
	return ok;
}

bool tui_edit_long(struct tui *t, const char *old, char **out)
{
	char *text = NULL, *clean = NULL;
	bool ok = false;
	size_t n;

	*out = NULL;
	if (!edit_file(t, old, &text))
		return false;
	/* The editor's final newline is not part of the text. */
	n = strlen(text);
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r' ||
			 text[n - 1] == ' ' || text[n - 1] == '\t'))
		text[--n] = '\0';
	if (n == 0) {
		tui_msg(t, "Texten blev tom; den gamla texten behålls.");
		goto out;
	}
	if (!(clean = text_sanitize(text, true))) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		goto out;
	}
	if (old && strcmp(clean, old) == 0) {
		tui_msg(t, "Texten är oförändrad.");
		goto out;
	}
	*out = clean;
	clean = NULL;
	ok = true;
out:
	free(text);
	free(clean);
	return ok;
}

bool tui_edit_paste(struct tui *t, const char *old, char **out)
{
	return edit_file(t, old, out);
}

bool tui_paste_strip(char *s)
{
	char *w = s;
	for (const char *r = s; *r;) {
		bool comment = *r == '#';
		while (*r && *r != '\n') {
			if (!comment)
				*w++ = *r;
			r++;
		}
		if (*r == '\n')
			*w++ = *r++;
	}
	*w = '\0';
	return s[strspn(s, " \t\r\n")] != '\0';
}
