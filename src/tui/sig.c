/* Signals that end the program (SIGHUP, SIGINT, SIGQUIT, SIGTERM): the
 * terminal is given back as it was, and nothing is half-saved.
 *
 * The handler never calls curses. While the UI waits for a key nothing
 * is being written, so the handler itself restores the terminal with
 * async-signal-safe calls only (write of strings saved at start,
 * tcsetattr of the termios saved before curses took the terminal) and
 * ends the program with the same signal. At any other moment (a save, an
 * export, the external editor) it only notes the signal; the work runs
 * to its end (or its transaction is not committed), and the next wait
 * for a key ends the program through endwin from the main loop. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

static const int fatal[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };

static volatile sig_atomic_t pending; /* the signal noted, or 0 */
static volatile sig_atomic_t waiting; /* blocked in the read of a key */
static struct termios saved_tio;
static bool have_tio;
/* Leaving the alternate screen, the cursor visible, attributes off. */
static char restore[256];
static size_t restore_len;

static void die_now(int sig)
{
	struct sigaction dfl;
	sigset_t set;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	raise(sig);
	/* In the handler the signal is blocked until it is let through. */
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static void on_signal(int sig)
{
	int saved_errno = errno;
	if (!waiting) {
		pending = sig;
		errno = saved_errno;
		return;
	}
	if (restore_len > 0 && write(STDOUT_FILENO, restore, restore_len) < 0) {
		/* Nothing more can be done about a terminal gone. */
	}
	if (have_tio)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
	die_now(sig);
	errno = saved_errno;
}

void tui_signals_install(void)
{
	struct sigaction sa;
	have_tio = tcgetattr(STDIN_FILENO, &saved_tio) == 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++)
		sigaddset(&sa.sa_mask, fatal[i]);
	/* No SA_RESTART: a signal wakes the blocking read of a key. */
	sa.sa_flags = 0;
	for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++)
		sigaction(fatal[i], &sa, NULL);
}

static void add_cap(const char *name)
{
	char *s = tigetstr(name);
	size_t n;
	if (!s || s == (char *)-1)
		return;
	n = strlen(s);
	if (restore_len + n >= sizeof restore)
		return;
	memcpy(restore + restore_len, s, n);
	restore_len += n;
}

void tui_signals_ready(void)
{
	/* CAN first: it ends an escape sequence the UI may have been in
	 * the middle of writing. */
	restore[0] = '\030';
	restore_len = 1;
	add_cap("sgr0");
	add_cap("cnorm");
	add_cap("rmkx");
	add_cap("rmcup");
}

bool tui_signal_pending(void)
{
	return pending != 0;
}

void tui_signals_check(void)
{
	int sig = pending;
	if (!sig)
		return;
	if (!isendwin())
		endwin();
	die_now(sig);
}

void tui_signals_wait(bool on)
{
	waiting = on;
	/* A signal noted just before the wait began. */
	if (on && pending) {
		waiting = 0;
		tui_signals_check();
	}
}

void tui_signals_uninstall(void)
{
	struct sigaction dfl;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++)
		sigaction(fatal[i], &dfl, NULL);
	tui_signals_check();
}
