/* UTF-8 text: decoding, validation, display width, sanitising and
 * truncation. No locale: widths come from text_width.h. */
#include "namnd/text.h"

#include <stdlib.h>
#include <string.h>

#include "text_width.h"

#define ELLIPSIS "\xE2\x80\xA6" /* U+2026 … */
#define ELLIPSIS_LEN 3
#define REPLACEMENT 0xFFFDu
#define QUOTE_MAX 60

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t n, i;

	if (len == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		if (cp)
			*cp = c;
		return 1;
	}
	/* 0x80–0xC1: a stray continuation byte or an overlong 2-byte lead. */
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		n = 2;
		c &= 0x1F;
	} else if (c < 0xF0) {
		n = 3;
		c &= 0x0F;
	} else if (c < 0xF5) {
		n = 4;
		c &= 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	if (cp)
		*cp = c;
	return n;
}

/* Surrogates and values past U+10FFFF cannot be encoded: they become
 * U+FFFD, so the output is always valid UTF-8. */
size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = REPLACEMENT;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Length of the broken sequence at s (utf8_decode returned 0): the lead
 * byte and the continuation bytes that could still have completed it
 * (Unicode's "maximal subpart"), so one broken character becomes one
 * U+FFFD rather than several. Always at least 1. */
static size_t utf8_bad_len(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		n = 2;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		n = 3;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		n = 4;
	else
		return 1;
	if (p[0] == 0xE0)
		lo = 0xA0; /* overlong */
	else if (p[0] == 0xED)
		hi = 0x9F; /* surrogates */
	else if (p[0] == 0xF0)
		lo = 0x90; /* overlong */
	else if (p[0] == 0xF4)
		hi = 0x8F; /* past U+10FFFF */
	for (i = 1; i < n && i < len; i++) {
		if (p[i] < lo || p[i] > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return i;
}

size_t text_invalid_at(const char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		n = utf8_decode(s + i, len - i, NULL);
		if (n == 0)
			return i;
		i += n;
	}
	return (size_t)-1;
}

bool text_valid_utf8(const char *s, size_t len)
{
	return text_invalid_at(s, len) == (size_t)-1;
}

bool text_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

int text_utf16_guess(const char *s, size_t len)
{
	const unsigned char *d = (const unsigned char *)s;
	size_t n = len < 8192 ? len : 8192, even = 0, odd = 0;
	n &= ~(size_t)1;
	if (n < 2)
		return 0;
	for (size_t i = 0; i < n; i += 2) {
		even += d[i] == 0;
		odd += d[i + 1] == 0;
	}
	/* Latin text in UTF-16 has a zero in nearly every other byte, on one
	 * side only; a binary file has them on both. */
	if (odd * 10 >= n / 2 * 4 && even * 20 <= n / 2)
		return 1;
	if (even * 10 >= n / 2 * 4 && odd * 20 <= n / 2)
		return 2;
	return 0;
}

bool text_is_invisible(uint32_t cp)
{
	static const struct { uint32_t lo, hi; } blank[] = {
		{ 0x0009, 0x000D }, { 0x0020, 0x0020 }, { 0x0085, 0x0085 },
		{ 0x00A0, 0x00A0 }, { 0x00AD, 0x00AD }, { 0x034F, 0x034F },
		{ 0x061C, 0x061C }, { 0x115F, 0x1160 }, { 0x1680, 0x1680 },
		{ 0x17B4, 0x17B5 }, { 0x180B, 0x180F }, { 0x2000, 0x200F },
		{ 0x2028, 0x202F }, { 0x205F, 0x206F }, { 0x2800, 0x2800 },
		{ 0x3000, 0x3000 }, { 0x3164, 0x3164 }, { 0xFE00, 0xFE0F },
		{ 0xFEFF, 0xFEFF }, { 0xFFA0, 0xFFA0 }, { 0x1D173, 0x1D17A },
		{ 0xE0000, 0xE007F }, { 0xE0100, 0xE01EF },
	};
	for (size_t i = 0; i < sizeof blank / sizeof *blank; i++)
		if (cp >= blank[i].lo && cp <= blank[i].hi)
			return true;
	return false;
}

bool text_is_blank(const char *s)
{
	size_t len = s ? strlen(s) : 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0 || !text_is_invisible(cp))
			return false;
		i += n;
	}
	return true;
}

static bool range_find(const struct width_range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	if (n == 0 || cp < r[0].lo || cp > r[n - 1].hi)
		return false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

int text_cp_width(uint32_t cp)
{
	if (text_is_control(cp))
		return 0;
	/* Nothing below U+0300 is zero-width or wide: skip the searches. */
	if (cp < 0x300)
		return 1;
	if (range_find(zero_width, sizeof zero_width / sizeof zero_width[0], cp))
		return 0;
	if (range_find(wide_width, sizeof wide_width / sizeof wide_width[0], cp))
		return 2;
	return 1;
}

/* One step through s: bytes used and columns taken. A broken sequence is
 * one column, as it is shown as U+FFFD once sanitised. */
static size_t text_step(const char *s, size_t len, int *width)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);

	if (n == 0) {
		*width = 1;
		return utf8_bad_len(s, len);
	}
	*width = text_cp_width(cp);
	return n;
}

size_t text_width(const char *s)
{
	size_t len, i = 0, cols = 0;
	int w;

	if (!s)
		return 0;
	len = strlen(s);
	while (i < len) {
		i += text_step(s + i, len - i, &w);
		cols += (size_t)w;
	}
	return cols;
}

char *text_sanitize(const char *s, bool keep_newlines)
{
	size_t len = s ? strlen(s) : 0, i = 0, o = 0, n;
	uint32_t cp;
	char *out;

	/* Worst case every byte is broken and becomes a 3-byte U+FFFD. */
	if (len > (SIZE_MAX - 1) / 3)
		return NULL;
	out = malloc(len * 3 + 1);
	if (!out)
		return NULL;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			i += utf8_bad_len(s + i, len - i);
			o += utf8_encode(REPLACEMENT, out + o);
			continue;
		}
		i += n;
		if (cp == '\t') {
			out[o++] = ' ';
		} else if (cp == '\r' || cp == '\n') {
			/* "\r\n" and a lone "\r" are one line break. Without
			 * keep_newlines a break becomes a space rather than
			 * vanishing, so the words either side stay apart. */
			if (cp == '\r' && i < len && s[i] == '\n')
				i++;
			out[o++] = keep_newlines ? '\n' : ' ';
		} else if (!text_is_control(cp)) {
			memcpy(out + o, s + i - n, n);
			o += n;
		}
	}
	out[o] = '\0';
	return out;
}

size_t text_fit_bytes(const char *s, size_t cols)
{
	size_t len, i = 0, used = 0, n;
	int w;

	if (!s)
		return 0;
	len = strlen(s);
	while (i < len) {
		n = text_step(s + i, len - i, &w);
		/* Zero-width marks after the last character that fits still
		 * fit, so a character never loses its accents. */
		if (used + (size_t)w > cols)
			break;
		used += (size_t)w;
		i += n;
	}
	return i;
}

static char *text_copy(const char *s, size_t n, const char *tail)
{
	size_t tlen = tail ? strlen(tail) : 0;
	char *out = malloc(n + tlen + 1);

	if (!out)
		return NULL;
	if (n)
		memcpy(out, s, n);
	if (tlen)
		memcpy(out + n, tail, tlen);
	out[n + tlen] = '\0';
	return out;
}

char *text_truncate(const char *s, size_t cols)
{
	if (!s)
		s = "";
	if (text_width(s) <= cols)
		return text_copy(s, strlen(s), NULL);
	if (cols == 0)
		return text_copy(s, 0, NULL);
	return text_copy(s, text_fit_bytes(s, cols - 1), ELLIPSIS);
}

void text_quote(const char *s, char *buf, size_t bufsz)
{
	size_t len, i = 0, o = 0, n, max;
	uint32_t cp;

	if (bufsz == 0)
		return;
	if (!s)
		s = "";
	len = strlen(s);
	max = bufsz > ELLIPSIS_LEN + 1 ? bufsz - ELLIPSIS_LEN - 1 : 0;
	if (max > QUOTE_MAX)
		max = QUOTE_MAX;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0 || text_is_control(cp)) {
			n = n ? n : 1;
			if (o + 1 > max)
				break;
			buf[o++] = '?';
		} else {
			if (o + n > max)
				break;
			memcpy(buf + o, s + i, n);
			o += n;
		}
		i += n;
	}
	if (i < len && o + ELLIPSIS_LEN < bufsz) {
		memcpy(buf + o, ELLIPSIS, ELLIPSIS_LEN);
		o += ELLIPSIS_LEN;
	}
	buf[o] = '\0';
}

char *text_upper(const char *s)
{
	size_t len = s ? strlen(s) : 0, i = 0, o = 0, n;
	uint32_t cp;
	char *out = malloc(len + 1);

	if (!out)
		return NULL;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			out[o++] = s[i++];
			continue;
		}
		if (cp >= 'a' && cp <= 'z')
			cp -= 0x20;
		else if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
			cp -= 0x20;
		/* Same length in UTF-8: both halves are 2-byte sequences. */
		o += utf8_encode(cp, out + o);
		i += n;
	}
	out[o] = '\0';
	return out;
}
