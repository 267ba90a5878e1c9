/* One-line UTF-8 editing buffer (see ledit.h). */
#include "namnd/ledit.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

enum nd_err ledit_init(struct ledit *e, const char *initial, size_t max)
{
	char *clean = text_sanitize(initial ? initial : "", true);
	size_t n;
	memset(e, 0, sizeof *e);
	if (!clean || !(e->buf = malloc(max + 1))) {
		free(clean);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	for (char *p = clean; *p; p++)
		if (*p == '\n')
			*p = ' ';
	n = strlen(clean);
	if (n > max) {
		/* Back up to a character boundary. */
		n = max;
		while (n > 0 && ((unsigned char)clean[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(e->buf, clean, n);
	e->buf[n] = '\0';
	free(clean);
	e->len = n;
	e->max = max;
	e->cur = n;
	return ND_OK;
}

void ledit_free(struct ledit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

/* Code point at byte offset at, and its length (0 at the end). */
static size_t cp_at(const struct ledit *e, size_t at, uint32_t *cp)
{
	size_t n = at < e->len ? utf8_decode(e->buf + at, e->len - at, cp) : 0;
	return n ? n : (at < e->len ? 1 : 0);
}

/* Start of the code point that ends at byte offset at. */
static size_t cp_before(const struct ledit *e, size_t at)
{
	if (at == 0)
		return 0;
	at--;
	while (at > 0 && ((unsigned char)e->buf[at] & 0xC0) == 0x80)
		at--;
	return at;
}

static bool is_combining(const struct ledit *e, size_t at)
{
	uint32_t cp = 0;
	return cp_at(e, at, &cp) && text_cp_width(cp) == 0 && !text_is_control(cp);
}

/* One character: a code point and the combining marks after it. */
static size_t char_end(const struct ledit *e, size_t at)
{
	uint32_t cp;
	at += cp_at(e, at, &cp);
	while (at < e->len && is_combining(e, at))
		at += cp_at(e, at, &cp);
	return at;
}

static size_t char_start(const struct ledit *e, size_t at)
{
	at = cp_before(e, at);
	while (at > 0 && is_combining(e, at))
		at = cp_before(e, at);
	return at;
}

static void cut(struct ledit *e, size_t from, size_t to)
{
	memmove(e->buf + from, e->buf + to, e->len - to + 1);
	e->len -= to - from;
	e->cur = from;
}

bool ledit_insert(struct ledit *e, uint32_t cp)
{
	char enc[4];
	size_t n;
	if (text_is_control(cp) || cp == 0xFFFE || cp == 0xFFFF)
		return false;
	n = utf8_encode(cp, enc);
	if (e->len + n > e->max)
		return false;
	memmove(e->buf + e->cur + n, e->buf + e->cur, e->len - e->cur + 1);
	memcpy(e->buf + e->cur, enc, n);
	e->len += n;
	e->cur += n;
	return true;
}

void ledit_left(struct ledit *e)
{
	e->cur = char_start(e, e->cur);
}

void ledit_right(struct ledit *e)
{
	if (e->cur < e->len)
		e->cur = char_end(e, e->cur);
}

void ledit_home(struct ledit *e)
{
	e->cur = 0;
}

void ledit_end(struct ledit *e)
{
	e->cur = e->len;
}

static bool space_at(const struct ledit *e, size_t at)
{
	return e->buf[at] == ' ';
}

static size_t word_start(const struct ledit *e, size_t at)
{
	while (at > 0 && space_at(e, cp_before(e, at)))
		at = cp_before(e, at);
	while (at > 0 && !space_at(e, cp_before(e, at)))
		at = cp_before(e, at);
	return at;
}

void ledit_word_left(struct ledit *e)
{
	e->cur = word_start(e, e->cur);
}

void ledit_word_right(struct ledit *e)
{
	size_t at = e->cur;
	while (at < e->len && !space_at(e, at))
		at = char_end(e, at);
	while (at < e->len && space_at(e, at))
		at++;
	e->cur = at;
}

void ledit_backspace(struct ledit *e)
{
	if (e->cur > 0)
		cut(e, char_start(e, e->cur), e->cur);
}

void ledit_delete(struct ledit *e)
{
	if (e->cur < e->len)
		cut(e, e->cur, char_end(e, e->cur));
}

void ledit_delete_word(struct ledit *e)
{
	cut(e, word_start(e, e->cur), e->cur);
}

void ledit_kill_start(struct ledit *e)
{
	cut(e, 0, e->cur);
}

void ledit_kill_end(struct ledit *e)
{
	e->buf[e->cur] = '\0';
	e->len = e->cur;
}

size_t ledit_cursor_col(const struct ledit *e)
{
	char save = e->buf[e->cur];
	size_t w;
	e->buf[e->cur] = '\0';
	w = text_width(e->buf);
	e->buf[e->cur] = save;
	return w;
}
