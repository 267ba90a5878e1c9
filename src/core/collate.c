/* Swedish collation. Each character maps to one primary weight, read on
 * the fly from both strings (no allocation: this runs for every row of an
 * index). Weights, lowest first:
 *   end of string < ASCII space and punctuation (by code point)
 *   < digits < a … z å ä ö < every other code point (by code point)
 *   < bytes that are not valid UTF-8. */
#include "namnd/collate.h"

#include <stdint.h>
#include <string.h>

#include "namnd/text.h"

enum {
	W_END = 0,
	W_PUNCT = 1,          /* + ASCII code point */
	W_DIGIT = 0x100,      /* + 0..9 */
	W_LETTER = 0x200,     /* + 0..28: a..z, then å ä ö */
	W_OTHER = 0x1000,     /* + code point */
	W_BAD = W_OTHER + 0x110000 /* + byte */
};

/* Not a character of its own: skipped. */
#define W_IGNORE UINT32_MAX

enum { L_A = 0, L_O = 14, L_U = 20, L_Y = 24, L_AA = 26, L_AE = 27, L_OE = 28 };

/* Base letters of U+00C0–U+017F: 'a'–'z', '1' å, '2' ä, '3' ö, '.' not a
 * letter. Swedish usage: æ sorts as ä, ø œ ő as ö, ü ű as y. */
static const char latin_fold[] =
	"aaaa212c" "eeeeiiii" "dnoooo3." "3uuuyyts"  /* U+00C0 À … ß */
	"aaaa212c" "eeeeiiii" "dnoooo3." "3uuuyyty"  /* U+00E0 à … ÿ */
	"aaaaaa" "cccccccc" "dddd" "eeeeeeeeee"      /* U+0100 Ā … ě */
	"gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj"     /* U+011C Ĝ … ĵ */
	"kkk" "llllllllll" "nnnnnnnnn" "oooo" "33"   /* U+0136 Ķ … ő */
	"33" "rrrrrr" "ssssssss" "tttttt"            /* U+0152 Œ … ŧ */
	"uuuuuuuu" "yy" "uu" "ww" "yyy" "zzzzzz" "s"; /* U+0168 Ũ … ſ */

_Static_assert(sizeof latin_fold == 0x180 - 0xC0 + 1,
	       "latin_fold covers U+00C0..U+017F");

static uint32_t letter_weight(char base)
{
	switch (base) {
	case '1': return W_LETTER + L_AA;
	case '2': return W_LETTER + L_AE;
	case '3': return W_LETTER + L_OE;
	default: return W_LETTER + (uint32_t)(base - 'a');
	}
}

static uint32_t ascii_weight(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return W_DIGIT + (uint32_t)(c - '0');
	if (c >= 'a' && c <= 'z')
		return W_LETTER + (uint32_t)(c - 'a');
	if (c >= 'A' && c <= 'Z')
		return W_LETTER + (uint32_t)(c - 'A');
	return W_PUNCT + c;
}

static uint32_t cp_weight(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_weight((unsigned char)cp);
	/* No-break spaces are spaces (Swedish numbers use them). */
	if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F)
		return W_PUNCT + ' ';
	/* Soft hyphen and stray combining marks carry no letter. */
	if (cp == 0xAD || (cp >= 0x300 && cp <= 0x36F))
		return W_IGNORE;
	if (cp >= 0xC0 && cp < 0x180) {
		char base = latin_fold[cp - 0xC0];
		if (base != '.')
			return letter_weight(base);
	}
	/* Greek and Cyrillic capitals fold to their small letters. */
	if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
		cp += 0x20;
	else if (cp >= 0x400 && cp <= 0x40F)
		cp += 0x50;
	return W_OTHER + cp;
}

struct cursor {
	const unsigned char *p, *end;
};

/* Decomposed text (macOS, some web forms) writes Å as A + U+030A: read the
 * combining marks after a letter and give the letter they make. */
static uint32_t cursor_marks(struct cursor *c, uint32_t w)
{
	while (c->end - c->p >= 2) {
		uint32_t mark;
		unsigned char b0 = c->p[0], b1 = c->p[1];

		/* U+0300–U+036F is CC 80–CD AF. */
		if (!((b0 == 0xCC && b1 >= 0x80 && b1 <= 0xBF) ||
		      (b0 == 0xCD && b1 >= 0x80 && b1 <= 0xAF)))
			break;
		mark = ((uint32_t)(b0 & 0x1F) << 6) | (b1 & 0x3F);
		c->p += 2;
		if (w == W_LETTER + L_A && mark == 0x30A)
			w = W_LETTER + L_AA;
		else if (w == W_LETTER + L_A && mark == 0x308)
			w = W_LETTER + L_AE;
		else if (w == W_LETTER + L_O && (mark == 0x308 || mark == 0x30B))
			w = W_LETTER + L_OE;
		else if (w == W_LETTER + L_U && (mark == 0x308 || mark == 0x30B))
			w = W_LETTER + L_Y;
	}
	return w;
}

/* Next primary weight, W_END at the end. */
static uint32_t cursor_next(struct cursor *c)
{
	for (;;) {
		uint32_t w, cp;
		size_t n;

		if (c->p >= c->end)
			return W_END;
		if (*c->p < 0x80) {
			w = ascii_weight(*c->p++);
		} else {
			n = utf8_decode((const char *)c->p,
					(size_t)(c->end - c->p), &cp);
			if (n == 0)
				return W_BAD + *c->p++;
			c->p += n;
			w = cp_weight(cp);
			if (w == W_IGNORE)
				continue;
		}
		if (w >= W_LETTER + L_A && w <= W_LETTER + L_U)
			w = cursor_marks(c, w);
		return w;
	}
}

int sv_collate(const char *a, size_t alen, const char *b, size_t blen)
{
	struct cursor ca, cb;

	/* SQLite may hand over NULL for an empty value. */
	if (!a) {
		a = "";
		alen = 0;
	}
	if (!b) {
		b = "";
		blen = 0;
	}
	/* Bytes both strings share weigh the same in both: start at the
	 * last character boundary within them. An index keeps titles that
	 * begin alike ("Detaljplan för kvarteret ...") side by side, and
	 * every comparison when a row is inserted walked their whole common
	 * beginning. The boundary is an ASCII byte (never inside a UTF-8
	 * sequence, never a combining mark), or the end, in both strings:
	 * the character before it is then whole, with any marks after it. */
	size_t k = 0, lim = alen < blen ? alen : blen;
	while (k < lim && a[k] == b[k])
		k++;
	if (k == alen && k == blen)
		return 0;
	if (!((k == alen || (unsigned char)a[k] < 0x80) &&
	      (k == blen || (unsigned char)b[k] < 0x80)))
		while (k > 0 && (unsigned char)a[--k] >= 0x80)
			;
	ca.p = (const unsigned char *)a + k;
	ca.end = (const unsigned char *)a + alen;
	cb.p = (const unsigned char *)b + k;
	cb.end = (const unsigned char *)b + blen;
	for (;;) {
		uint32_t wa = cursor_next(&ca), wb = cursor_next(&cb);

		if (wa != wb)
			return wa < wb ? -1 : 1;
		if (wa == W_END)
			return 0;
	}
}

int sv_strcmp(const char *a, const char *b)
{
	return sv_collate(a, a ? strlen(a) : 0, b, b ? strlen(b) : 0);
}
