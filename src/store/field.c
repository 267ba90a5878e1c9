/* Checking field text and turning it into values to bind. */
#include "namnd/entity.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/text.h"
#include "quote.h"

const char *msgval(const char *text)
{
	static char bufs[4][TEXT_QUOTE_SIZE];
	static int next;
	char *buf = bufs[next++ % 4];
	text_quote(text, buf, sizeof bufs[0]);
	return buf;
}

void value_clear(struct nd_value *v)
{
	free(v->s);
	v->s = NULL;
	v->kind = V_NULL;
}

void value_bind(sqlite3_stmt *st, int i, const struct nd_value *v)
{
	switch (v->kind) {
	case V_NULL: sqlite3_bind_null(st, i); break;
	case V_TEXT: sqlite3_bind_text(st, i, v->s, -1, SQLITE_TRANSIENT); break;
	case V_INT: sqlite3_bind_int64(st, i, v->i); break;
	}
}

const struct nd_field *field_find(const struct nd_field *fields, const char *name)
{
	for (const struct nd_field *f = fields; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static enum nd_err set_text(struct nd_value *out, const char *s)
{
	out->kind = V_TEXT;
	out->s = strdup(s);
	return out->s ? ND_OK : nd_fail(ND_ENOMEM, "Slut på minne.");
}

/* Prefix the message a core parser left with the field's name. */
static enum nd_err refail(enum nd_err e, const struct nd_field *f)
{
	char msg[768];
	snprintf(msg, sizeof msg, "%s", nd_errmsg());
	return nd_fail(e, "Fältet \"%s\": %s", f->label, msg);
}

/* Text checks shared by the text-like types: valid UTF-8, no control
 * characters (newline and tab allowed in long texts), length in
 * characters within the field's bounds. */
static enum nd_err check_text(const struct nd_field *f, const char *s, bool multiline)
{
	size_t len = strlen(s), bad = text_invalid_at(s, len);
	if (bad != (size_t)-1)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" är inte giltig UTF-8-text "
			       "(felaktig byte 0x%02X på position %zu). Spara texten "
			       "som UTF-8 och försök igen.", f->label,
			       (unsigned char)s[bad], bad + 1);
	long chars = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		chars++;
		bool allowed = multiline && (cp == '\n' || cp == '\t' || cp == '\r');
		if (text_is_control(cp) && !allowed)
			return nd_fail(ND_EINVAL, "Fältet \"%s\" innehåller ett otillåtet "
				       "styrtecken (U+%04X) vid tecken %ld: \"%s\".",
				       f->label, (unsigned)cp, chars, msgval(s));
		i += n;
	}
	if (text_is_blank(s)) {
		/* Name what is there: the text itself shows nothing. */
		char cps[80] = "";
		size_t o = 0;
		int k = 0;
		for (size_t i = 0; i < len && o + 12 < sizeof cps;) {
			uint32_t cp;
			i += utf8_decode(s + i, len - i, &cp);
			if (k++ == 6) {
				o += (size_t)snprintf(cps + o, sizeof cps - o, " …");
				break;
			}
			o += (size_t)snprintf(cps + o, sizeof cps - o, "%sU+%04X",
					      o ? " " : "", (unsigned)cp);
		}
		return nd_fail(ND_EINVAL, "Fältet \"%s\" består bara av blanksteg eller "
			       "osynliga tecken (%s): skriv en synlig text.", f->label, cps);
	}
	if (f->max > 0 && chars > f->max)
		return nd_fail(ND_ETOOLONG, "Fältet \"%s\" är för långt: %ld tecken "
			       "(högst %ld).", f->label, chars, f->max);
	if (chars < f->min)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" är för kort: \"%s\" (minst %ld "
			       "tecken).", f->label, msgval(s), f->min);
	return ND_OK;
}

static enum nd_err parse_int(const struct nd_field *f, const char *s, long long *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || isspace((unsigned char)*s))
		return nd_fail(ND_EINVAL, "Fältet \"%s\" ska vara ett heltal, inte \"%s\".",
			       f->label, msgval(s));
	if (v < f->min || v > f->max)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" har värdet %lld, men måste "
			       "vara mellan %ld och %ld.", f->label, v, f->min, f->max);
	*out = v;
	return ND_OK;
}

static enum nd_err parse_enum(const struct nd_field *f, const char *s, struct nd_value *out)
{
	char list[512] = "";
	for (const char *const *c = f->choices; *c; c++) {
		if (strcmp(*c, s) == 0)
			return set_text(out, *c);
		size_t l = strlen(list);
		snprintf(list + l, sizeof list - l, "%s\"%s\"", l ? ", " : "", *c);
	}
	return nd_fail(ND_EINVAL, "Fältet \"%s\" kan inte vara \"%s\". Tillåtna "
		       "värden: %s.", f->label, msgval(s), list);
}

static enum nd_err parse_series(const struct nd_field *f, const char *s, struct nd_value *out)
{
	char buf[64];
	size_t n = 0;
	/* Up-case ASCII and å ä ö so "ubn" and "UBN" are the same series. */
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (n + 3 >= sizeof buf)
			return nd_fail(ND_ETOOLONG, "Fältet \"%s\" är för långt: \"%s\" "
				       "(högst %ld tecken).", f->label, msgval(s), f->max);
		if (p[0] == 0xC3 && (p[1] == 0xA5 || p[1] == 0xA4 || p[1] == 0xB6)) {
			buf[n++] = (char)0xC3;
			buf[n++] = (char)(p[1] - 0x20);
			p++;
		} else if (p[0] == 0xC3 && (p[1] == 0x85 || p[1] == 0x84 || p[1] == 0x96)) {
			buf[n++] = (char)p[0];
			buf[n++] = (char)p[1];
			p++;
		} else if (isalnum(*p)) {
			buf[n++] = (char)toupper(*p);
		} else {
			return nd_fail(ND_EINVAL, "Fältet \"%s\" får bara innehålla bokstäver "
				       "A–Ö och siffror, inte \"%s\".", f->label, msgval(s));
		}
	}
	buf[n] = '\0';
	if (!isalpha((unsigned char)buf[0]) && (unsigned char)buf[0] != 0xC3)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" måste börja med en bokstav: "
			       "\"%s\".", f->label, msgval(s));
	return set_text(out, buf);
}

static enum nd_err parse_email(const struct nd_field *f, const char *s, struct nd_value *out)
{
	const char *at = strchr(s, '@');
	bool ok = at && at != s && !strchr(at + 1, '@') && strchr(at + 1, '.') &&
		  at[1] != '.' && s[strlen(s) - 1] != '.' && strlen(s) <= 254 &&
		  !strpbrk(s, " ,;<>\t\"");
	if (!ok)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" är ingen giltig e-postadress: "
			       "\"%s\" (t.ex. namn@kommun.se).", f->label, msgval(s));
	return set_text(out, s);
}

static enum nd_err parse_phone(const struct nd_field *f, const char *s, struct nd_value *out)
{
	size_t digits = 0, len = strlen(s);
	for (const char *p = s; *p; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (!strchr(" +()-", *p))
			return nd_fail(ND_EINVAL, "Fältet \"%s\" får bara innehålla siffror, "
				       "mellanslag och + - ( ): \"%s\".", f->label, msgval(s));
	}
	if (digits < 3 || len > 30)
		return nd_fail(ND_EINVAL, "Fältet \"%s\" är inget giltigt telefonnummer: "
			       "\"%s\".", f->label, msgval(s));
	return set_text(out, s);
}

static enum nd_err parse_ref(struct nd_db *db, const struct nd_field *f, const char *s,
			     nd_resolve_fn fn, struct nd_value *out)
{
	enum nd_err e = fn(db, s, &out->i);
	if (e)
		return refail(e, f);
	out->kind = V_INT;
	return ND_OK;
}

enum nd_err field_parse(struct nd_db *db, const struct nd_field *f,
			const char *text, struct nd_value *out)
{
	enum nd_err e;
	out->kind = V_NULL;
	out->s = NULL;
	if (!text || !*text)
		return ND_OK;
	/* Text fields count characters below; anything else is short. */
	if (f->type != FT_LONGTEXT && f->type != FT_TEXT && strlen(text) > 1000)
		return nd_fail(ND_ETOOLONG, "Fältet \"%s\" är för långt: %zu byte.",
			       f->label, strlen(text));
	switch (f->type) {
	case FT_TEXT:
	case FT_LONGTEXT:
		if ((e = check_text(f, text, f->type == FT_LONGTEXT)))
			return e;
		return set_text(out, text);
	case FT_DATE: {
		struct nd_date d;
		char buf[11];
		if ((e = date_parse(text, &d)))
			return refail(e, f);
		date_format(d, buf);
		return set_text(out, buf);
	}
	case FT_TIME: {
		int min;
		char buf[6];
		if ((e = time_parse(text, &min)))
			return refail(e, f);
		time_format(min, ':', buf);
		return set_text(out, buf);
	}
	case FT_INT:
		out->kind = V_INT;
		return parse_int(f, text, &out->i);
	case FT_BOOL:
		out->kind = V_INT;
		if (!strcmp(text, "ja") || !strcmp(text, "1") || !strcmp(text, "true")) {
			out->i = 1;
			return ND_OK;
		}
		if (!strcmp(text, "nej") || !strcmp(text, "0") || !strcmp(text, "false")) {
			out->i = 0;
			return ND_OK;
		}
		out->kind = V_NULL;
		return nd_fail(ND_EINVAL, "Fältet \"%s\" ska vara \"ja\" eller \"nej\", "
			       "inte \"%s\".", f->label, msgval(text));
	case FT_ENUM: return parse_enum(f, text, out);
	case FT_SERIES: return parse_series(f, text, out);
	case FT_EMAIL: return parse_email(f, text, out);
	case FT_PHONE: return parse_phone(f, text, out);
	case FT_PERSON: return parse_ref(db, f, text, person_resolve, out);
	case FT_COMMITTEE: return parse_ref(db, f, text, committee_resolve, out);
	case FT_CASE: return parse_ref(db, f, text, case_resolve, out);
	case FT_MEETING: return parse_ref(db, f, text, meeting_resolve, out);
	}
	return nd_fail(ND_EINVAL, "Okänd fälttyp.");
}
