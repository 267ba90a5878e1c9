/* The digital anslagstavla as a static site: see publish.h. */
#define _GNU_SOURCE /* renameat2, nftw */
#include "namnd/publish.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/calendar.h"
#include "namnd/date.h"
#include "namnd/html.h"
#include "namnd/ident.h"
#include "namnd/meetdoc.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/opendata.h"
#include "namnd/protodoc.h"
#include "namnd/public.h"
#include "namnd/strbuf.h"
#include "namnd/text.h"

#define MARKER ".namnd-anslagstavla"
#define OOM() nd_fail(ND_ENOMEM, "Minnet räckte inte.")

struct site {
	struct nd_db *db;
	char *tmp;              /* the folder being built */
	bool mask;              /* personnummer: mask instead of stop */
	struct nd_date today;
	char today_iso[11];
	char *org, *host, *court;
	struct strbuf up;       /* index: the notices up */
	struct strbuf kallelser;/* index: the coming meetings */
	struct strbuf archive;  /* arkiv: rows */
	struct strbuf feed;     /* feed: entries */
	char feed_updated[11];  /* the newest entry's day */
	struct publish_counts *counts;
};

static const char style_css[] =
	"/* namnd: the digital anslagstavla. Colours meet WCAG 2.1 AA contrast. */\n"
	"html { font-family: \"DejaVu Sans\", Verdana, sans-serif; line-height: 1.5; "
	"color: #1a1a1a; background: #ffffff; }\n"
	"body { margin: 0; }\n"
	".skip { position: absolute; left: -9999px; }\n"
	".skip:focus { position: static; display: block; padding: .5em 1em; background: #ffffff; }\n"
	"header { background: #003a63; color: #ffffff; padding: .75em 1em; }\n"
	"header .org { margin: 0; font-size: 1.25em; font-weight: bold; }\n"
	"header nav ul { list-style: none; margin: .25em 0 0; padding: 0; }\n"
	"header nav li { display: inline-block; margin-right: 1.5em; }\n"
	"header a { color: #ffffff; }\n"
	"header a[aria-current] { font-weight: bold; }\n"
	"main { max-width: 60em; margin: 0 auto; padding: 1em; }\n"
	"footer { border-top: 1px solid #5c5c5c; padding: 1em; max-width: 60em; margin: 0 auto; }\n"
	"a { color: #0a4d8c; }\n"
	"a:focus { outline: 3px solid #b35900; outline-offset: 2px; }\n"
	"table { border-collapse: collapse; margin: .5em 0 1em; }\n"
	"th, td { text-align: left; vertical-align: top; padding: .25em .75em .25em 0; }\n"
	"table.list th, table.list td { border-bottom: 1px solid #767676; padding-left: .25em; }\n"
	"table.list thead th { background: #e6edf3; }\n"
	"td.num { text-align: right; }\n"
	".doc-header { font-weight: bold; }\n"
	".doc-kind { margin-left: 1em; }\n"
	"article.notice { border: 2px solid #003a63; padding: 0 1em; margin: 1em 0; }\n"
	".note { font-style: italic; }\n"
	"p, td { overflow-wrap: anywhere; }\n";

static enum nd_err put(struct site *s, const char *rel, const struct strbuf *b)
{
	char path[4200];
	FILE *f;
	if (b->oom)
		return OOM();
	snprintf(path, sizeof path, "%s/%s", s->tmp, rel);
	if (!(f = fopen(path, "wb")))
		return nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", rel, nd_errno_text(errno));
	const char *text = strbuf_str(b);
	size_t n = strlen(text);
	bool ok = fwrite(text, 1, n, f) == n && fflush(f) == 0 && fsync(fileno(f)) == 0;
	if (fclose(f) != 0 || !ok)
		return nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", rel, nd_errno_text(errno));
	return ND_OK;
}

static void esc(struct strbuf *b, const char *s)
{
	html_escape(b, s, false);
}

enum page { P_INDEX, P_PLAN, P_ARCHIVE, P_OTHER };

/* The page's head, header with the navigation, and <main> with the h1.
 * root: "" for pages at the top, "../" for those in a folder. */
static void page_begin(struct strbuf *b, const struct site *s, const char *root,
		       enum page current, const char *h1)
{
	static const struct { enum page p; const char *href, *label; } nav[] = {
		{ P_INDEX, "index.html", "Anslagstavla" },
		{ P_PLAN, "plan.html", "Sammanträdesplan" },
		{ P_ARCHIVE, "arkiv.html", "Arkiv" },
	};
	strbuf_add(b, "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
		   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		   "<title>");
	esc(b, h1);
	if (*s->org) {
		strbuf_add(b, " – ");
		esc(b, s->org);
	}
	strbuf_printf(b, "</title>\n<link rel=\"stylesheet\" href=\"%sstyle.css\">\n"
		      "<link rel=\"alternate\" type=\"application/atom+xml\" "
		      "title=\"Anslagstavlan (Atom)\" href=\"%sfeed.xml\">\n</head>\n<body>\n"
		      "<a class=\"skip\" href=\"#innehall\">Till innehållet</a>\n<header>\n"
		      "<p class=\"org\">", root, root);
	esc(b, *s->org ? s->org : "Anslagstavla");
	strbuf_add(b, "</p>\n<nav aria-label=\"Anslagstavlan\">\n<ul>\n");
	for (size_t i = 0; i < sizeof nav / sizeof *nav; i++)
		strbuf_printf(b, "<li><a href=\"%s%s\"%s>%s</a></li>\n", root, nav[i].href,
			      nav[i].p == current ? " aria-current=\"page\"" : "", nav[i].label);
	strbuf_printf(b, "<li><a href=\"%sindex.html#overklaga\">Överklaga ett beslut</a></li>\n"
		      "</ul>\n</nav>\n</header>\n<main id=\"innehall\">\n<h1>", root);
	esc(b, h1);
	strbuf_add(b, "</h1>\n");
}

static void page_end(struct strbuf *b, const char *root)
{
	strbuf_printf(b, "</main>\n<footer>\n<ul>\n"
		      "<li><a href=\"%sfeed.xml\">Prenumerera på anslagstavlan (Atom)</a></li>\n"
		      "<li><a href=\"%ssammantraden.ics\">Sammanträdena i din kalender "
		      "(iCalendar)</a></li>\n"
		      "<li><a href=\"%sdata/body.json\">Öppna data (JSON enligt OParl)</a></li>\n"
		      "</ul>\n</footer>\n</body>\n</html>\n", root, root, root);
}

/* doc made public (doc_public) and rendered into b; frees doc. */
/* The PDF of a published document at rel. Cairo stamps the moment of
 * rendering as /CreationDate; it becomes the publishing day (same length,
 * so the offsets in the file hold), so that the same data on the same day
 * gives the same bytes. */
static enum nd_err put_pdf(struct site *s, const struct nd_doc *doc, const char *rel)
{
	unsigned char *pdf = NULL;
	size_t len = 0;
	enum nd_err e = doc_render_pdf(doc, &pdf, &len);
	if (e)
		return e;
	static const char key[] = "/CreationDate (D:";
	for (size_t i = 0; i + sizeof key - 1 + 14 <= len; i++) {
		if (memcmp(pdf + i, key, sizeof key - 1) == 0) {
			char stamp[16];
			snprintf(stamp, sizeof stamp, "%.4s%.2s%.2s000000", s->today_iso,
				 s->today_iso + 5, s->today_iso + 8);
			memcpy(pdf + i + sizeof key - 1, stamp, 14);
			break;
		}
	}
	struct strbuf b = { (char *)pdf, len, len, false };
	char path[4200];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", s->tmp, rel);
	if (!(f = fopen(path, "wb"))) {
		free(pdf);
		return nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", rel, nd_errno_text(errno));
	}
	bool ok = fwrite(b.s, 1, b.len, f) == b.len && fflush(f) == 0 && fsync(fileno(f)) == 0;
	if (fclose(f) != 0 || !ok)
		e = nd_fail(ND_EIO, "Kunde inte skriva %s (%s).", rel, nd_errno_text(errno));
	free(pdf);
	return e;
}

/* doc made public (doc_public) and rendered into b, and as a PDF at
 * pdf_rel when that is not NULL; frees doc. */
static enum nd_err render_pdf(struct site *s, struct nd_doc *doc, const char *where,
			      struct strbuf *b, const char *pdf_rel)
{
	enum nd_err e = doc ? doc_public(doc, where, s->mask) : OOM();
	if (!e)
		e = doc_render_html(doc, b);
	if (!e && pdf_rel)
		e = put_pdf(s, doc, pdf_rel);
	doc_free(doc);
	return e;
}

static enum nd_err render(struct site *s, struct nd_doc *doc, const char *where,
			  struct strbuf *b)
{
	return render_pdf(s, doc, where, b, NULL);
}

/* A meeting's slug: "ubn-2024-03-20", "ubn-2024-03-20-1300" when the
 * body met twice that day. Columns code, date, start, same-day count at
 * col.. col+3. */
static void slug_of(sqlite3_stmt *st, int col, char *buf, size_t size)
{
	ident_meeting_slug((const char *)sqlite3_column_text(st, col),
			   (const char *)sqlite3_column_text(st, col + 1),
			   (const char *)sqlite3_column_text(st, col + 2),
			   sqlite3_column_int(st, col + 3) > 1, buf, size);
}

#define SLUG_COLS \
	"k.code, m.date, m.start_time, (SELECT count(*) FROM meeting x " \
	"WHERE x.committee_id = m.committee_id AND x.date = m.date)"

static void feed_entry(struct site *s, const char *id, const char *day, const char *title,
		       const char *href, const char *summary)
{
	struct strbuf *f = &s->feed;
	strbuf_printf(f, "<entry>\n<id>tag:%s,%s:%s</id>\n<title>", s->host, day, id);
	esc(f, title);
	strbuf_printf(f, "</title>\n<updated>%sT00:00:00Z</updated>\n"
		      "<link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n<summary>", day,
		      href);
	esc(f, summary);
	strbuf_add(f, "</summary>\n</entry>\n");
	if (strcmp(day, s->feed_updated) > 0)
		snprintf(s->feed_updated, sizeof s->feed_updated, "%s", day);
}

/* The anslag page of one notice, its protokoll (or utdrag) page, and
 * its place on the board or in the archive. */
static enum nd_err notice(struct site *s, sqlite3_stmt *st)
{
	long long meeting = sqlite3_column_int64(st, 0);
	int number = sqlite3_column_int(st, 1);
	const char *body = (const char *)sqlite3_column_text(st, 6);
	const char *code = (const char *)sqlite3_column_text(st, 2);
	const char *date = (const char *)sqlite3_column_text(st, 3);
	char slug[96], rel[128], where[200], h1[400], takedown[11] = "", appeal[11] = "";
	char posted[11] = "", span[64] = "", justerat[11] = "";
	struct strbuf b = { 0 }, doc_html = { 0 };
	struct nd_doc *doc = NULL;
	enum nd_err e;

	slug_of(st, 2, slug, sizeof slug);
	if (number)
		snprintf(slug + strlen(slug), sizeof slug - strlen(slug), "-p%d", number);
	bool items = paragraph_items(s->db, meeting);
	snprintf(where, sizeof where, number ? "anslaget %s %s %s" : "anslaget %s %s", code, date,
		 PAR(items, number));
	s->counts->due++;
	e = number ? anslag_paragraph_build(s->db, meeting, number, NULL, &doc)
		   : anslag_build(s->db, meeting, NULL, &doc);
	/* One that cannot be made is left out, named; the rest goes up. */
	if (e && e != ND_ENOMEM && e != ND_EIO && e != ND_EDB) {
		struct strbuf w = { 0 };
		char *why = text_sanitize(nd_errmsg(), false);
		if (s->counts->why)
			strbuf_add(&w, s->counts->why);
		strbuf_printf(&w, "%s: %s\n", where, why ? why : "");
		free(why);
		free(s->counts->why);
		s->counts->why = w.s;
		s->counts->skipped++;
		nd_errclear();
		return w.oom ? OOM() : ND_OK;
	}
	if (e)
		return e;
	snprintf(takedown, sizeof takedown, "%s", doc_field_value(doc, "Anslaget tas ned"));
	snprintf(appeal, sizeof appeal, "%s", doc_field_value(doc, "Överklagandetiden går ut"));
	snprintf(posted, sizeof posted, "%s", doc_field_value(doc, "Anslaget sätts upp"));
	snprintf(justerat, sizeof justerat, "%s", doc_field_value(doc, "Justerat"));
	snprintf(span, sizeof span, "%s", doc_field_value(doc, number ? "Paragraf" : "Paragrafer"));
	if (!*span) /* items numbered per meeting (schema 025) */
		snprintf(span, sizeof span, "%s %s", number ? "punkt" : "punkterna",
			 doc_field_value(doc, number ? "Punkt" : "Punkter"));
	if ((e = render(s, doc, where, &doc_html)))
		goto out;
	bool up = strcmp(s->today_iso, takedown) < 0;
	snprintf(h1, sizeof h1, "Anslag: %s, sammanträde %s, %s", body, date, span);

	/* The protokoll (or the paragraph's utdrag) as published. */
	snprintf(where, sizeof where, number ? "protokollsutdraget %s %s %s" :
		 "protokollet %s %s", code, date, PAR(items, number));
	doc = NULL;
	e = number ? utdrag_build(s->db, meeting, number, &(struct doc_opts){ true }, &doc)
		   : protokoll_build(s->db, meeting, &(struct doc_opts){ true }, &doc);
	if (e)
		goto out;
	{
		char ph1[400];
		snprintf(ph1, sizeof ph1, number ? "Protokollsutdrag: %s, sammanträde %s, %s" :
			 "Protokoll: %s, sammanträde %s", body, date, span);
		char pdf[128];
		snprintf(pdf, sizeof pdf, "protokoll/%s.pdf", slug);
		page_begin(&b, s, "../", P_OTHER, ph1);
		strbuf_printf(&b, "<p class=\"note\">Den publicerade versionen: paragrafer som "
			      "omfattas av sekretess redovisas inte. <a href=\"%s.pdf\">%s som "
			      "PDF</a>.</p>\n", slug, number ? "Utdraget" : "Protokollet");
		if ((e = render_pdf(s, doc, where, &b, pdf)))
			goto out;
		strbuf_printf(&b, "<p><a href=\"../anslag/%s.html\">Anslaget om justeringen</a></p>\n",
			      slug);
		page_end(&b, "../");
		snprintf(rel, sizeof rel, "protokoll/%s.html", slug);
		if ((e = put(s, rel, &b)))
			goto out;
		strbuf_free(&b);
	}

	/* The anslag's own page. */
	page_begin(&b, s, "../", P_OTHER, h1);
	if (!up)
		strbuf_printf(&b, "<p class=\"note\">Anslaget togs ned %s och finns kvar i "
			      "<a href=\"../arkiv.html\">arkivet</a>.</p>\n", takedown);
	strbuf_add(&b, strbuf_str(&doc_html));
	strbuf_printf(&b, "<h2>Protokollet</h2>\n<ul>\n<li><a href=\"../protokoll/%s.html\">%s "
		      "(webbsida)</a></li>\n<li><a href=\"../protokoll/%s.pdf\">%s (PDF)</a></li>\n"
		      "</ul>\n", slug, number ? "Protokollsutdraget" : "Protokollet",
		      slug, number ? "Protokollsutdraget" : "Protokollet");
	/* A body without an appeal period (its rules, namnd/rules.h) has no
	 * last day to appeal: its anslag has none to say. */
	if (*appeal)
		strbuf_printf(&b, "<h2>Överklaga</h2>\n<p>Sista dagen att överklaga beslut i %s "
			      "är %s. <a href=\"../index.html#overklaga\">Så överklagar du</a>."
			      "</p>\n", number ? "paragrafen" : "protokollet", appeal);
	page_end(&b, "../");
	snprintf(rel, sizeof rel, "anslag/%s.html", slug);
	if ((e = put(s, rel, &b)))
		goto out;

	if (up) {
		struct strbuf *u = &s->up;
		s->counts->notices++;
		strbuf_printf(u, "<article class=\"notice\" aria-labelledby=\"a-%s\">\n<h3 id=\"a-%s\">",
			      slug, slug);
		esc(u, body);
		strbuf_printf(u, ", sammanträde %s, ", date);
		esc(u, span);
		strbuf_add(u, "</h3>\n");
		strbuf_add(u, strbuf_str(&doc_html));
		strbuf_printf(u, "<ul>\n<li><a href=\"protokoll/%s.html\">%s, ", slug,
			      number ? "Protokollsutdraget" : "Protokollet");
		esc(u, body);
		strbuf_printf(u, " %s (webbsida)</a></li>\n<li><a href=\"protokoll/%s.pdf\">%s, ",
			      date, slug, number ? "Protokollsutdraget" : "Protokollet");
		esc(u, body);
		strbuf_printf(u, " %s (PDF)</a></li>\n<li><a href=\"anslag/%s.html\">Anslaget "
			      "som egen sida</a></li>\n</ul>\n</article>\n", date, slug);
		char id[140], summary[200];
		snprintf(id, sizeof id, "anslag/%s", slug);
		if (*appeal)
			snprintf(summary, sizeof summary, "Justerat %s. Anslaget sattes upp %s. "
				 "Sista dag att överklaga: %s. Anslaget tas ned %s.", justerat,
				 posted, appeal, takedown);
		else
			snprintf(summary, sizeof summary, "Justerat %s. Anslaget sattes upp %s. "
				 "Anslaget tas ned %s.", justerat, posted, takedown);
		snprintf(rel, sizeof rel, "anslag/%s.html", slug);
		feed_entry(s, id, posted, h1, rel, summary);
	} else {
		struct strbuf *a = &s->archive;
		s->counts->archived++;
		strbuf_printf(a, "<tr><th scope=\"row\"><a href=\"anslag/%s.html\">", slug);
		esc(a, body);
		strbuf_printf(a, "</a></th><td>%s</td><td>", date);
		esc(a, span);
		strbuf_printf(a, "</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", justerat, posted,
			      takedown);
	}
out:
	strbuf_free(&b);
	strbuf_free(&doc_html);
	if (!e && (b.oom || doc_html.oom))
		e = OOM();
	return e;
}

/* Every notice posted by today, newest first: the meetings' and the
 * omedelbart justerade paragraphs'. */
static enum nd_err notices(struct site *s)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(
		s->db,
		"SELECT m.id, 0, " SLUG_COLS ", k.name, m.anslag_on FROM meeting m "
		"JOIN committee k ON k.id = m.committee_id "
		"WHERE m.anslag_on IS NOT NULL AND m.anslag_on <= ?1 "
		"UNION ALL "
		"SELECT m.id, p.number, " SLUG_COLS ", k.name, p.anslag_on FROM paragraph p "
		"JOIN meeting m ON m.id = p.meeting_id JOIN committee k ON k.id = m.committee_id "
		"WHERE p.anslag_on IS NOT NULL AND p.anslag_on <= ?1 "
		"ORDER BY 8 DESC, 4 DESC, 1 DESC, 2",
		&st);
	int rc;
	if (e)
		return e;
	sqlite3_bind_text(st, 1, s->today_iso, -1, SQLITE_STATIC);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW)
		e = notice(s, st);
	if (!e && rc != SQLITE_DONE)
		e = db_fail(s->db, "läsa anslagen");
	sqlite3_finalize(st);
	return e;
}

/* The public kallelser of the meetings from today on whose kallelse has
 * gone out. */
static enum nd_err kallelser(struct site *s)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	int rc;
	enum nd_err e = db_prepare(
		s->db,
		"SELECT m.id, " SLUG_COLS ", k.name, m.place FROM meeting m "
		"JOIN committee k ON k.id = m.committee_id "
		"WHERE m.date >= ?1 AND m.status <> 'planerat' "
		"ORDER BY m.date, m.start_time, k.name COLLATE sv, m.id",
		&st);
	if (e)
		return e;
	sqlite3_bind_text(st, 1, s->today_iso, -1, SQLITE_STATIC);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 1);
		const char *date = (const char *)sqlite3_column_text(st, 2);
		const char *start = (const char *)sqlite3_column_text(st, 3);
		const char *body = (const char *)sqlite3_column_text(st, 5);
		const char *place = (const char *)sqlite3_column_text(st, 6);
		char slug[96], rel[128], where[200], h1[400], *pub = NULL;
		struct nd_doc *doc = NULL;
		slug_of(st, 1, slug, sizeof slug);
		snprintf(where, sizeof where, "kallelsen %s %s", code, date);
		snprintf(h1, sizeof h1, "Kallelse: %s, sammanträde %s", body, date);
		if ((e = kallelse_build(s->db, sqlite3_column_int64(st, 0),
					&(struct doc_opts){ true }, &doc)))
			break;
		page_begin(&b, s, "../", P_OTHER, h1);
		if ((e = render(s, doc, where, &b)))
			break;
		page_end(&b, "../");
		snprintf(rel, sizeof rel, "kallelse/%s.html", slug);
		if ((e = put(s, rel, &b)))
			break;
		strbuf_free(&b);
		if ((e = public_text(place, where, "Plats", s->mask, &pub)))
			break;
		struct strbuf *k = &s->kallelser;
		strbuf_printf(k, "<tr><td>%s</td><th scope=\"row\"><a href=\"%s\">", date, rel);
		esc(k, body);
		strbuf_printf(k, "</a></th><td>%.2s.%.2s</td><td>", start, start + 3);
		esc(k, pub);
		strbuf_add(k, "</td></tr>\n");
		s->counts->kallelser++;
		char id[140], summary[600];
		snprintf(id, sizeof id, "kallelse/%s", slug);
		snprintf(summary, sizeof summary, "%s sammanträder %s kl. %.2s.%.2s%s%s.", body, date,
			 start, start + 3, *pub ? ", " : "", pub);
		free(pub);
		feed_entry(s, id, date, h1, rel, summary);
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(s->db, "läsa sammanträdena");
	sqlite3_finalize(st);
	strbuf_free(&b);
	return e;
}

/* The year's plan per nämnd (with its utskott) and the calendar of this
 * year and next. */
static enum nd_err plan(struct site *s)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 };
	char h1[64], from[24], to[24], *ics = NULL, *checked = NULL;
	int year = s->today.y, n = 0, rc;
	enum nd_err e;

	snprintf(from, sizeof from, "%d-01-01", year);
	snprintf(to, sizeof to, "%d-12-31", year + 1);
	if ((e = calendar_ics(s->db, 0, from, to, NULL, &ics)) ||
	    (e = public_text(ics, "kalendern", NULL, s->mask, &checked)))
		goto out;
	for (const char *p = checked; (p = strstr(p, "BEGIN:VEVENT")); p++)
		s->counts->meetings++;
	struct strbuf c = { checked, strlen(checked), strlen(checked) + 1, false };
	if ((e = put(s, "sammantraden.ics", &c)))
		goto out;

	snprintf(h1, sizeof h1, "Sammanträdesplan %d", year);
	page_begin(&b, s, "", P_PLAN, h1);
	strbuf_add(&b, "<p><a href=\"sammantraden.ics\">Alla sammanträden i år och nästa år som "
		   "kalender (iCalendar)</a></p>\n");
	snprintf(to, sizeof to, "%d-12-31", year);
	if ((e = db_prepare(s->db,
			    "SELECT k.id, k.name, k.code FROM committee k WHERE k.parent_id IS NULL "
			    "AND EXISTS (SELECT 1 FROM meeting x JOIN committee xk ON "
			    "xk.id = x.committee_id WHERE (xk.id = k.id OR xk.parent_id = k.id) "
			    "AND x.date BETWEEN ?1 AND ?2) ORDER BY k.name COLLATE sv, k.id",
			    &st)))
		goto out;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct nd_doc *doc = NULL;
		char where[120];
		snprintf(where, sizeof where, "sammanträdesplanen %s %d", sqlite3_column_text(st, 2),
			 year);
		strbuf_printf(&b, "<section aria-labelledby=\"p-%d\">\n<h2 id=\"p-%d\">", n, n);
		esc(&b, (const char *)sqlite3_column_text(st, 1));
		strbuf_add(&b, "</h2>\n");
		n++;
		if (!(e = plan_doc_build(s->db, sqlite3_column_int64(st, 0), year, NULL, &doc)))
			e = render(s, doc, where, &b);
		strbuf_add(&b, "</section>\n");
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(s->db, "läsa sammanträdesplanen");
	if (e)
		goto out;
	if (n == 0)
		strbuf_printf(&b, "<p>Inga sammanträden är planerade för %d.</p>\n", year);
	page_end(&b, "");
	e = put(s, "plan.html", &b);
out:
	sqlite3_finalize(st);
	strbuf_free(&b);
	free(ics);
	free(checked);
	return e;
}

/* The permanent text on how to appeal (KL 13 kap.; LAW.md). */
static void appeal_text(struct strbuf *b, const struct site *s)
{
	strbuf_add(b, "<section aria-labelledby=\"overklaga\">\n<h2 id=\"overklaga\">Så överklagar "
		   "du ett beslut (laglighetsprövning)</h2>\n"
		   "<p>Den som är medlem i kommunen eller regionen får överklaga beslut genom "
		   "laglighetsprövning enligt 13 kap. kommunallagen (2017:725). Domstolen prövar då "
		   "om beslutet har kommit till på lagligt sätt, inte om det är lämpligt.</p>\n"
		   "<p>Ett beslut kan upphävas om det inte har kommit till på lagligt sätt, om det "
		   "gäller något som inte är en angelägenhet för kommunen eller regionen, om det "
		   "organ som fattade beslutet har överskridit sina befogenheter, eller om beslutet "
		   "strider mot lag eller annan författning.</p>\n"
		   "<p>Överklagandet ska vara skriftligt. Ange vilket beslut du överklagar (organ, "
		   "sammanträdesdatum och paragraf), varför beslutet ska upphävas och vad du stöder "
		   "det på. Skriv under med ditt namn och din adress.</p>\n"
		   "<p>Överklagandet ska ha kommit in till ");
	esc(b, s->court && *s->court ? s->court : "förvaltningsrätten");
	strbuf_add(b, " inom tre veckor från den dag då det anslogs på anslagstavlan att "
		   "protokollet justerats. Om den sista dagen är en lördag, söndag eller helgdag "
		   "räcker det att överklagandet kommer in nästa vardag. Varje anslag ovan anger "
		   "den sista dagen.</p>\n"
		   "<p>Vissa beslut överklagas i stället genom förvaltningsbesvär; hur det går "
		   "till står i så fall i beslutet.</p>\n</section>\n");
}

static enum nd_err index_page(struct site *s)
{
	struct strbuf b = { 0 };
	page_begin(&b, s, "", P_INDEX, "Anslagstavla");
	strbuf_add(&b, "<section aria-labelledby=\"anslag\">\n<h2 id=\"anslag\">Anslag om "
		   "justerade protokoll</h2>\n");
	if (s->counts->notices)
		strbuf_add(&b, strbuf_str(&s->up));
	else
		strbuf_add(&b, "<p>Inga anslag är uppsatta just nu.</p>\n");
	strbuf_add(&b, "<p><a href=\"arkiv.html\">Nedtagna anslag finns i arkivet</a>.</p>\n"
		   "</section>\n<section aria-labelledby=\"kallelser\">\n<h2 id=\"kallelser\">"
		   "Kallelser till kommande sammanträden</h2>\n");
	if (s->counts->kallelser)
		strbuf_printf(&b, "<table class=\"list\">\n<thead><tr><th scope=\"col\">Datum</th>"
			      "<th scope=\"col\">Organ</th><th scope=\"col\">Tid</th>"
			      "<th scope=\"col\">Plats</th></tr></thead>\n<tbody>\n%s</tbody>\n"
			      "</table>\n", strbuf_str(&s->kallelser));
	else
		strbuf_add(&b, "<p>Inga kallelser till kommande sammanträden är utskickade.</p>\n");
	strbuf_add(&b, "<p><a href=\"plan.html\">Årets sammanträdesplan</a></p>\n</section>\n");
	appeal_text(&b, s);
	page_end(&b, "");
	enum nd_err e = put(s, "index.html", &b);
	strbuf_free(&b);
	return e;
}

static enum nd_err archive_page(struct site *s)
{
	struct strbuf b = { 0 };
	page_begin(&b, s, "", P_ARCHIVE, "Arkiv: nedtagna anslag");
	if (s->counts->archived)
		strbuf_printf(&b, "<table class=\"list\">\n<thead><tr><th scope=\"col\">Organ</th>"
			      "<th scope=\"col\">Sammanträde</th><th scope=\"col\">Paragrafer</th>"
			      "<th scope=\"col\">Justerat</th><th scope=\"col\">Uppsatt</th>"
			      "<th scope=\"col\">Nedtaget</th></tr></thead>\n<tbody>\n%s</tbody>\n"
			      "</table>\n", strbuf_str(&s->archive));
	else
		strbuf_add(&b, "<p>Inga anslag har tagits ned ännu.</p>\n");
	page_end(&b, "");
	enum nd_err e = put(s, "arkiv.html", &b);
	strbuf_free(&b);
	return e;
}

static enum nd_err feed_file(struct site *s)
{
	struct strbuf b = { 0 };
	const char *updated = *s->feed_updated ? s->feed_updated : s->today_iso;
	strbuf_add(&b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		   "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sv\">\n<title>");
	esc(&b, "Anslagstavla");
	if (*s->org) {
		strbuf_add(&b, " – ");
		esc(&b, s->org);
	}
	strbuf_printf(&b, "</title>\n<id>tag:%s,2000:anslagstavla</id>\n"
		      "<updated>%sT00:00:00Z</updated>\n<author><name>", s->host, updated);
	esc(&b, *s->org ? s->org : "Anslagstavla");
	strbuf_printf(&b, "</name></author>\n<link rel=\"self\" href=\"feed.xml\"/>\n"
		      "<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n%s</feed>\n",
		      strbuf_str(&s->feed));
	enum nd_err e = put(s, "feed.xml", &b);
	strbuf_free(&b);
	return e;
}

static enum nd_err opendata_dir(struct site *s)
{
	char data[4200];
	snprintf(data, sizeof data, "%s/data", s->tmp);
	return opendata_write(s->db, data, s->today_iso, s->mask);
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void rm_tree(const char *path)
{
	nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* dir missing (its parent there), an empty folder, or an earlier
 * publish. *exists tells which. */
static enum nd_err dir_check(const char *dir, const char *parent, bool *exists)
{
	struct stat st;
	char *q = text_sanitize(dir, false);
	enum nd_err e = ND_OK;
	*exists = false;
	if (stat(dir, &st) == 0) {
		char marker[4200];
		*exists = true;
		snprintf(marker, sizeof marker, "%s/" MARKER, dir);
		if (!S_ISDIR(st.st_mode)) {
			e = nd_fail(ND_EINVAL, "%s finns och är ingen mapp; anslagstavlan skrivs "
				    "till en mapp.", q ? q : "");
		} else if (access(marker, F_OK) != 0 && rmdir(dir) != 0) {
			/* rmdir succeeds only on an empty folder: then it is
			 * simply made anew. */
			e = nd_fail(ND_EEXIST, "Mappen %s finns redan och är ingen anslagstavla "
				    "som namnd har skrivit (filen " MARKER " saknas); välj en ny "
				    "eller tom mapp. Inget skrevs.", q ? q : "");
		} else if (access(marker, F_OK) != 0) {
			*exists = false;
		}
	} else if (errno != ENOENT || stat(parent, &st) != 0 || !S_ISDIR(st.st_mode)) {
		char *qp = text_sanitize(parent, false);
		e = nd_fail(ND_EIO, "Mappen %s finns inte; anslagstavlan skrevs inte.",
			    qp ? qp : "");
		free(qp);
	}
	free(q);
	return e;
}

static enum nd_err swap_in(const char *tmp, const char *dir, bool exists)
{
	char *q = text_sanitize(dir, false);
	enum nd_err e = ND_OK;
	if (!exists) {
		if (rename(tmp, dir) != 0)
			e = nd_fail(ND_EIO, "Kunde inte flytta den nya anslagstavlan till %s (%s).",
				    q ? q : "", nd_errno_text(errno));
	} else if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE) != 0) {
		/* No atomic exchange on this file system: the old site moves
		 * aside and the new one in, a moment apart. */
		char old[4200];
		snprintf(old, sizeof old, "%s.old", tmp);
		if (rename(dir, old) != 0 || rename(tmp, dir) != 0) {
			e = nd_fail(ND_EIO, "Kunde inte byta ut anslagstavlan i %s (%s).", q ? q : "",
				    nd_errno_text(errno));
			rename(old, dir);
		} else {
			rm_tree(old);
		}
	}
	free(q);
	return e;
}

void publish_counts_free(struct publish_counts *counts)
{
	free(counts->why);
	counts->why = NULL;
}

enum nd_err publish_site(struct nd_db *db, const char *dir_in, struct publish_counts *counts)
{
	struct site s = { 0 };
	char *dir = NULL, *parent = NULL, *pnr = NULL;
	bool exists = false;
	enum nd_err e;

	memset(counts, 0, sizeof *counts);
	s.db = db;
	s.counts = counts;
	if (!dir_in || !*dir_in)
		return nd_fail(ND_EINVAL, "Ange en mapp att publicera till (--out MAPP).");
	if (!(dir = strdup(dir_in)) || !(parent = malloc(strlen(dir_in) + 32))) {
		free(dir);
		return OOM();
	}
	for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
		dir[n - 1] = '\0';
	const char *slash = strrchr(dir, '/');
	if (!slash)
		strcpy(parent, ".");
	else if (slash == dir)
		strcpy(parent, "/");
	else
		snprintf(parent, strlen(dir_in) + 32, "%.*s", (int)(slash - dir), dir);
	if ((e = date_today(&s.today)))
		goto out;
	date_format(s.today, s.today_iso);
	s.org = setting_get(db, "org_name", "");
	s.court = setting_get(db, "appeal_court", "");
	pnr = setting_get(db, "personnummer", "stoppa");
	s.host = ident_host(db);
	if (!s.org || !s.court || !pnr || !s.host) {
		e = OOM();
		goto out;
	}
	s.mask = strcmp(pnr, "maskera") == 0;
	if ((e = dir_check(dir, parent, &exists)))
		goto out;
	size_t n = strlen(dir) + 32;
	if (!(s.tmp = malloc(n))) {
		e = OOM();
		goto out;
	}
	snprintf(s.tmp, n, "%s/.%s.ny-XXXXXX", parent, slash ? slash + 1 : dir);
	if (!mkdtemp(s.tmp)) {
		char *qp = text_sanitize(parent, false);
		e = nd_fail(ND_EIO, "Kan inte skriva i mappen %s (%s); anslagstavlan skrevs inte.",
			    qp ? qp : "", nd_errno_text(errno));
		free(qp);
		free(s.tmp);
		s.tmp = NULL;
		goto out;
	}
	/* A web site is read by the web server: modes from the umask. */
	mode_t mask = umask(0);
	umask(mask);
	chmod(s.tmp, 0777 & ~mask);
	static const char *const folders[] = { "anslag", "protokoll", "kallelse", "data" };
	for (size_t i = 0; i < sizeof folders / sizeof *folders; i++) {
		char sub[4200];
		snprintf(sub, sizeof sub, "%s/%s", s.tmp, folders[i]);
		if (mkdir(sub, 0777) != 0) {
			e = nd_fail(ND_EIO, "Kunde inte skapa mappen %s (%s).", folders[i],
				    nd_errno_text(errno));
			goto out;
		}
	}
	struct strbuf css = { (char *)style_css, sizeof style_css - 1, sizeof style_css, false };
	struct strbuf marker = { (char *)"namnd: anslagstavla\n", 20, 21, false };
	if ((e = notices(&s)) || (e = kallelser(&s)) || (e = plan(&s)) || (e = index_page(&s)) ||
	    (e = archive_page(&s)) || (e = feed_file(&s)) || (e = put(&s, "style.css", &css)) ||
	    (e = opendata_dir(&s)) ||
	    (e = put(&s, MARKER, &marker)))
		goto out;
	if (s.up.oom || s.kallelser.oom || s.archive.oom || s.feed.oom) {
		e = OOM();
		goto out;
	}
	if ((e = swap_in(s.tmp, dir, exists)))
		goto out;
	if (exists)
		rm_tree(s.tmp); /* the old site, swapped out */
	free(s.tmp);
	s.tmp = NULL;
out:
	if (s.tmp) {
		rm_tree(s.tmp);
		free(s.tmp);
	}
	strbuf_free(&s.up);
	strbuf_free(&s.kallelser);
	strbuf_free(&s.archive);
	strbuf_free(&s.feed);
	free(s.org);
	free(s.court);
	free(s.host);
	free(pnr);
	free(dir);
	free(parent);
	return e;
}
