/* Kallelse and protokollsutdrag by e-mail: see mail.h. */
#include "namnd/mail.h"
#include "namnd/meetstate.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#include <gmime/gmime.h>
#pragma GCC diagnostic pop

#include "meeting_doc.h"
#include "namnd/doc.h"
#include "namnd/ident.h"
#include "namnd/meetdoc.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/protodoc.h"
#include "namnd/strbuf.h"
#include "namnd/text.h"
#include "lazy_mail.h"

#define OOM() nd_fail(ND_ENOMEM, "Minnet räckte inte.")

struct attachment {
	char *name;              /* file name */
	unsigned char *pdf;
	size_t len;
};

struct sender {
	struct nd_db *db;
	const struct mail_opts *opts;
	struct meeting_info mi;
	char *from_name, *from_addr;
	char *host, *command;
	char slug[96];
	char when[80];           /* "onsdag 20 mars 2024 kl. 08.30" */
	int serial;
};

/* The sender: the committee's sekreterare with an address on the
 * meeting day, else the setting mail_from ("Name <addr>" or addr). */
static enum nd_err sender_load(struct sender *s)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(
		s->db, "SELECT p.name, p.email FROM membership m JOIN person p ON p.id = m.person_id "
		"WHERE m.committee_id = ?1 AND m.role = 'sekreterare' AND p.email IS NOT NULL "
		"AND m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2) "
		"ORDER BY m.id LIMIT 1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, s->mi.committee_id);
	sqlite3_bind_text(st, 2, s->mi.date_iso, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		s->from_name = strdup((const char *)sqlite3_column_text(st, 0));
		s->from_addr = strdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (!s->from_addr) {
		char *v = setting_get(s->db, "mail_from", ""), *lt = v ? strchr(v, '<') : NULL;
		if (!v)
			return OOM();
		if (lt && strchr(lt, '>')) {
			*strchr(lt, '>') = '\0';
			s->from_addr = strdup(lt + 1);
			while (lt > v && lt[-1] == ' ')
				lt--;
			*lt = '\0';
			s->from_name = strdup(v);
		} else if (*v) {
			s->from_addr = strdup(v);
			s->from_name = strdup("");
		}
		free(v);
		if (!s->from_addr)
			return nd_fail(ND_EINVAL, "Ingen avsändare: %s har ingen sekreterare med e-post "
				       "och inställningen mail_from saknas (namnd setting set "
				       "mail_from \"Namn <adress>\").", s->mi.code);
	}
	return s->from_name ? ND_OK : OOM();
}

static enum nd_err sender_open(struct sender *s, struct nd_db *db, long long meeting,
			       const struct mail_opts *opts)
{
	enum nd_err e;
	memset(s, 0, sizeof *s);
	s->db = db;
	s->opts = opts;
	if ((e = meeting_info_load(db, meeting, &s->mi)))
		return e;
	meeting_when(&s->mi, s->when, sizeof s->when);
	ident_meeting_slug(s->mi.code, s->mi.date_iso, NULL, false, s->slug, sizeof s->slug);
	if (!(s->host = ident_host(db)) || !(s->command = setting_get(db, "sendmail",
								     "sendmail -t -oi")))
		return OOM();
	return sender_load(s);
}

static void sender_close(struct sender *s)
{
	meeting_info_free(&s->mi);
	free(s->from_name);
	free(s->from_addr);
	free(s->host);
	free(s->command);
}

/* The message as RFC 5322 text (LF line ends, as sendmail and Maildir
 * take it). Returns g_malloc'ed text (g_free). */
static char *message_build(const struct sender *s, const char *to_name, const char *to_addr,
			   const char *subject, const char *text, const char *message_id,
			   const struct attachment *att, size_t natt)
{
	GMimeMessage *msg = g_mime_message_new(TRUE);
	GMimeMultipart *mp = g_mime_multipart_new_with_subtype("mixed");
	GMimeTextPart *body = g_mime_text_part_new_with_subtype("plain");
	GDateTime *now = g_date_time_new_now_local();
	char *out;

	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, s->from_name, s->from_addr);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, to_name, to_addr);
	g_mime_message_set_subject(msg, subject, "utf-8");
	g_mime_message_set_date(msg, now);
	g_mime_message_set_message_id(msg, message_id);
	g_mime_object_set_header((GMimeObject *)msg, "Content-Language", "sv", NULL);
	/* UTF-8 always (GMime would pick ISO-8859-1 for Swedish text),
	 * quoted-printable so that any relay can carry it. */
	GMimeStream *ts = g_mime_stream_mem_new_with_buffer(text, strlen(text));
	GMimeDataWrapper *tw = g_mime_data_wrapper_new_with_stream(ts, GMIME_CONTENT_ENCODING_DEFAULT);
	g_mime_part_set_content((GMimePart *)body, tw);
	g_mime_object_set_content_type_parameter((GMimeObject *)body, "charset", "utf-8");
	g_mime_part_set_content_encoding((GMimePart *)body, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
	g_object_unref(tw);
	g_object_unref(ts);
	g_mime_multipart_add(mp, (GMimeObject *)body);
	for (size_t i = 0; i < natt; i++) {
		GMimePart *part = g_mime_part_new_with_type("application", "pdf");
		GMimeStream *mem = g_mime_stream_mem_new_with_buffer((const char *)att[i].pdf,
								       att[i].len);
		GMimeDataWrapper *dw = g_mime_data_wrapper_new_with_stream(
			mem, GMIME_CONTENT_ENCODING_DEFAULT);
		g_mime_part_set_content(part, dw);
		g_mime_part_set_filename(part, att[i].name);
		g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
		g_mime_multipart_add(mp, (GMimeObject *)part);
		g_object_unref(dw);
		g_object_unref(mem);
		g_object_unref(part);
	}
	g_mime_message_set_mime_part(msg, (GMimeObject *)mp);
	out = g_mime_object_to_string((GMimeObject *)msg, NULL);
	g_date_time_unref(now);
	g_object_unref(body);
	g_object_unref(mp);
	g_object_unref(msg);
	return out;
}

static enum nd_err deliver_sendmail(const struct sender *s, const char *text, const char *to)
{
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	FILE *p = popen(s->command, "w");
	enum nd_err e = ND_OK;
	char *q = text_sanitize(s->command, false);
	if (!p) {
		e = nd_fail(ND_EIO, "Kunde inte starta \"%s\" (inställningen sendmail): %s.",
			    q ? q : "", nd_errno_text(errno));
	} else {
		size_t n = strlen(text);
		bool ok = fwrite(text, 1, n, p) == n;
		int status = pclose(p);
		if (!ok || status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			e = nd_fail(ND_EIO, "\"%s\" (inställningen sendmail) tog inte emot "
				    "meddelandet till %s (status %d); det skickades inte.", q ? q : "",
				    to, status == -1 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128);
	}
	signal(SIGPIPE, old);
	free(q);
	return e;
}

static enum nd_err maildir_folder(const char *dir, const char *sub, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", dir, *sub ? "/" : "", sub);
	if (mkdir(buf, 0700) != 0 && errno != EEXIST) {
		char *q = text_sanitize(buf, false);
		enum nd_err e = nd_fail(ND_EIO, "Kunde inte skapa Maildir-mappen %s: %s.", q ? q : "",
					nd_errno_text(errno));
		free(q);
		return e;
	}
	return ND_OK;
}

/* Maildir delivery: written whole into tmp/, then moved into new/. */
static enum nd_err deliver_maildir(struct sender *s, const char *text)
{
	char dir[4200], tmp[4400], dst[4400], name[200];
	enum nd_err e;
	const char *root = s->opts->maildir;
	if ((e = maildir_folder(root, "", dir, sizeof dir)) ||
	    (e = maildir_folder(root, "tmp", dir, sizeof dir)) ||
	    (e = maildir_folder(root, "cur", dir, sizeof dir)) ||
	    (e = maildir_folder(root, "new", dir, sizeof dir)))
		return e;
	snprintf(name, sizeof name, "%lld.P%ldQ%d.namnd", (long long)time(NULL), (long)getpid(),
		 ++s->serial);
	snprintf(tmp, sizeof tmp, "%s/tmp/%s", root, name);
	snprintf(dst, sizeof dst, "%s/new/%s", root, name);
	FILE *f = fopen(tmp, "wb");
	size_t n = strlen(text);
	bool ok = f && fwrite(text, 1, n, f) == n && fflush(f) == 0 && fsync(fileno(f)) == 0;
	if (f && fclose(f) != 0)
		ok = false;
	if (!ok || rename(tmp, dst) != 0) {
		unlink(tmp);
		return nd_fail(ND_EIO, "Kunde inte lägga meddelandet i Maildir %s: %s.", root,
			       nd_errno_text(errno));
	}
	return ND_OK;
}

static void now_iso(char buf[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static enum nd_err record(struct sender *s, long long paragraph, const char *kind,
			  long long person, const char *recipient, const char *address,
			  const char *message_id)
{
	sqlite3_stmt *st = NULL;
	char at[32];
	enum nd_err e = db_prepare(s->db, "INSERT INTO sent_mail (meeting_id, paragraph_id, kind, "
				   "person_id, recipient, address, message_id, sent_at, via) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", &st);
	if (e)
		return e;
	now_iso(at);
	sqlite3_bind_int64(st, 1, s->mi.id);
	if (paragraph)
		sqlite3_bind_int64(st, 2, paragraph);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	if (person)
		sqlite3_bind_int64(st, 4, person);
	sqlite3_bind_text(st, 5, recipient, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, address, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, message_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, at, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, s->opts->maildir ? "maildir" : "sendmail", -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(s->db, "anteckna det skickade meddelandet");
	sqlite3_finalize(st);
	return e;
}

/* Build, deliver and return the Message-ID (without <>) in id. */
static enum nd_err send_one(struct sender *s, const char *name, const char *address,
			    const char *subject, const char *text, const struct attachment *att,
			    size_t natt, char *id, size_t idsize)
{
	snprintf(id, idsize, "namnd.%lld.%lld.%ld.%d@%s", s->mi.id, (long long)time(NULL),
		 (long)getpid(), ++s->serial, s->host);
	char *msg = message_build(s, name, address, subject, text, id, att, natt);
	if (!msg)
		return OOM();
	enum nd_err e = s->opts->maildir ? deliver_maildir(s, msg)
					 : deliver_sendmail(s, msg, address);
	g_free(msg);
	return e;
}

/* ND_EEXIST when kind was sent for the meeting before (and not again). */
static enum nd_err sent_before(struct sender *s, const char *kind, const char *what)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(s->db, "SELECT count(DISTINCT address), min(sent_at) FROM sent_mail "
				   "WHERE meeting_id = ?1 AND kind = ?2", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, s->mi.id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0 && !s->opts->again)
		e = nd_fail(ND_EEXIST, "%s för %s %s skickades redan %.10s till %d %s. Skicka "
			    "igen med --again.", what, s->mi.code, s->mi.date_iso,
			    (const char *)sqlite3_column_text(st, 1), sqlite3_column_int(st, 0),
			    sqlite3_column_int(st, 0) == 1 ? "mottagare" : "mottagare");
	sqlite3_finalize(st);
	return e;
}

static enum nd_err pdf_of(struct nd_doc *doc, const char *name, struct attachment *a)
{
	enum nd_err e = doc ? doc_render_pdf(doc, &a->pdf, &a->len) : OOM();
	doc_free(doc);
	if (!e && !(a->name = strdup(name)))
		e = OOM();
	return e;
}

/* Those the kallelse calls: members on the day, standing invitees,
 * those invited to the meeting, presenters; each person once. */
static const char called_sql[] =
	"SELECT p.id, p.name, p.email FROM ("
	"  SELECT m.person_id AS pid, CASE m.role WHEN 'ordförande' THEN 1 "
	"    WHEN '1:e vice ordförande' THEN 2 WHEN '2:e vice ordförande' THEN 3 "
	"    WHEN 'ledamot' THEN 4 WHEN 'ersättare' THEN 5 ELSE 6 END * 1000000 "
	"    + coalesce(m.ersattare_order, 0) * 1000 + m.id AS k FROM membership m "
	"   WHERE m.committee_id = ?1 AND m.role <> 'sekreterare' AND m.valid_from <= ?2 "
	"     AND (m.valid_to IS NULL OR m.valid_to >= ?2) "
	"  UNION ALL SELECT a.person_id, 7000000000 + a.id FROM attendance a "
	"   WHERE a.meeting_id = ?3 AND a.status = 'övrig' "
	"  UNION ALL SELECT i.presenter_id, 8000000000 + i.position FROM agenda_item i "
	"   WHERE i.meeting_id = ?3 AND i.presenter_id IS NOT NULL"
	") x JOIN person p ON p.id = x.pid WHERE p.vacant = 0 GROUP BY p.id ORDER BY min(x.k)";

enum nd_err kallelse_send(struct nd_db *db, long long meeting, const struct mail_opts *opts,
			  mail_report_fn fn, void *ctx, int *sent)
{
	struct sender s;
	struct attachment att = { 0 };
	sqlite3_stmt *st = NULL;
	struct strbuf subject = { 0 };
	struct nd_doc *doc = NULL;
	char file[160];
	enum nd_err e;
	int rc;

	*sent = 0;
	if ((e = lazy_load(&lazy_mail_group)))
		return e;
	g_mime_init();
	if ((e = sender_open(&s, db, meeting, opts)) || (e = kallelse_sendable(db, meeting)) ||
	    (e = sent_before(&s, "kallelse", "Kallelsen")))
		goto out;
	if ((e = kallelse_build(db, meeting, &(struct doc_opts){ false }, &doc)))
		goto out;
	snprintf(file, sizeof file, "kallelse-%s.pdf", s.slug);
	if ((e = pdf_of(doc, file, &att)))
		goto out;
	strbuf_printf(&subject, "Kallelse: %s %s", s.mi.committee, s.when);
	if ((e = db_prepare(db, called_sql, &st)))
		goto out;
	sqlite3_bind_int64(st, 1, s.mi.committee_id);
	sqlite3_bind_text(st, 2, s.mi.date_iso, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, s.mi.id);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long person = sqlite3_column_int64(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		const char *addr = (const char *)sqlite3_column_text(st, 2);
		char id[300];
		if (!addr) {
			fn(ctx, name, NULL, NULL, NULL);
			continue;
		}
		struct strbuf t = { 0 };
		strbuf_printf(&t, "Hej %s!\n\nDu kallas till sammanträde med %s %s", name,
			      s.mi.committee, s.when);
		if (s.mi.place)
			strbuf_printf(&t, ", %s", s.mi.place);
		strbuf_printf(&t, ".\n\nKallelsen med föredragningslistan finns i den bifogade "
			      "PDF-filen (%s).\n\nFörhinder anmäls till ", file);
		if (*s.from_name)
			strbuf_printf(&t, "%s, %s", s.from_name, s.from_addr);
		else
			strbuf_add(&t, s.from_addr);
		strbuf_printf(&t, ".\n\nMed vänliga hälsningar\n%s\n",
			      *s.from_name ? s.from_name : s.from_addr);
		if (t.oom)
			e = OOM();
		else if (!(e = send_one(&s, name, addr, strbuf_str(&subject), strbuf_str(&t), &att, 1,
					id, sizeof id)) &&
			 !(e = record(&s, 0, "kallelse", person, name, addr, id))) {
			(*sent)++;
			fn(ctx, name, addr, id, NULL);
		}
		strbuf_free(&t);
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(db, "läsa mottagarna");
	/* The kallelse went out (to some, even if sendmail later refused
	 * one): the meeting is kallat, a fact made by the act. */
	if (*sent > 0) {
		enum nd_err e2 = kallelse_record_sent(db, s.mi.id, NULL);
		if (!e)
			e = e2;
	}
out:
	sqlite3_finalize(st);
	strbuf_free(&subject);
	free(att.name);
	free(att.pdf);
	sender_close(&s);
	return e;
}

/* The address in a recipient text "Name <addr>", or NULL. Allocated. */
static char *address_in(const char *text, char **name)
{
	const char *lt = strrchr(text, '<'), *gt = lt ? strchr(lt, '>') : NULL;
	*name = NULL;
	if (!lt || !gt || gt - lt < 4 || !memchr(lt, '@', (size_t)(gt - lt)))
		return NULL;
	const char *end = lt;
	while (end > text && end[-1] == ' ')
		end--;
	*name = strndup(text, (size_t)(end - text));
	return strndup(lt + 1, (size_t)(gt - lt - 1));
}

/* Paragraphs justerade (the protokoll's or their own) with their
 * recipients, by recipient. */
static const char expedite_sql[] =
	"SELECT r.recipient, p.id, p.number, "
	"  (SELECT x.id FROM person x WHERE x.name = r.recipient COLLATE BINARY "
	"     AND x.email IS NOT NULL ORDER BY x.id LIMIT 1), "
	"  (SELECT x.email FROM person x WHERE x.name = r.recipient COLLATE BINARY "
	"     AND x.email IS NOT NULL ORDER BY x.id LIMIT 1) "
	"FROM paragraph_recipient r JOIN paragraph p ON p.id = r.paragraph_id "
	"JOIN meeting m ON m.id = p.meeting_id "
	"WHERE m.id = ?1 AND (m.justerad_on IS NOT NULL OR p.justerad_on IS NOT NULL) "
	"ORDER BY r.recipient COLLATE BINARY, p.number";

struct group {
	char *recipient;
	long long person;
	char *address, *name;
	long long para[64];
	int num[64], n;
};

static void group_clear(struct group *g)
{
	free(g->recipient);
	free(g->address);
	free(g->name);
	memset(g, 0, sizeof *g);
}

static enum nd_err group_send(struct sender *s, struct group *g, mail_report_fn fn, void *ctx,
			      int *sent)
{
	struct attachment att[64];
	struct strbuf what = { 0 }, subject = { 0 }, t = { 0 };
	char id[300];
	enum nd_err e = ND_OK;
	int natt = 0;
	for (int i = 0; i < g->n; i++) {
		char num[PARNUM_MAX];
		strbuf_printf(&what, "%s%s", i ? ", " : "",
			      paragraph_name(s->db, g->para[i], num, sizeof num));
	}
	if (!g->address) {
		fn(ctx, g->recipient, NULL, NULL, strbuf_str(&what));
		strbuf_free(&what);
		return ND_OK;
	}
	memset(att, 0, sizeof att);
	for (int i = 0; i < g->n && !e; i++) {
		struct nd_doc *doc = NULL;
		char file[160];
		snprintf(file, sizeof file, "protokollsutdrag-%s-p%d.pdf", s->slug, g->num[i]);
		if (!(e = utdrag_build(s->db, s->mi.id, g->num[i], &(struct doc_opts){ false }, &doc)))
			e = pdf_of(doc, file, &att[natt++]);
	}
	if (!e) {
		strbuf_printf(&subject, "Protokollsutdrag: %s %s, %s", s->mi.committee, s->mi.date_iso,
			      strbuf_str(&what));
		strbuf_printf(&t, "Hej!\n\nHär är protokollsutdrag från %s sammanträde %s (%s), "
			      "justerade, som PDF-filer.\n\nMed vänliga hälsningar\n%s\n",
			      s->mi.committee, s->mi.date_iso, strbuf_str(&what),
			      *s->from_name ? s->from_name : s->from_addr);
		const char *to = g->name && *g->name ? g->name : g->recipient;
		if (subject.oom || t.oom)
			e = OOM();
		else if (!(e = send_one(s, to, g->address, strbuf_str(&subject), strbuf_str(&t), att,
					(size_t)natt, id, sizeof id))) {
			for (int i = 0; i < g->n && !e; i++)
				e = record(s, g->para[i], "utdrag", g->person, g->recipient,
					   g->address, id);
			if (!e) {
				(*sent)++;
				fn(ctx, g->recipient, g->address, id, strbuf_str(&what));
			}
		}
	}
	for (int i = 0; i < natt; i++) {
		free(att[i].name);
		free(att[i].pdf);
	}
	strbuf_free(&what);
	strbuf_free(&subject);
	strbuf_free(&t);
	return e;
}

enum nd_err expedite_send(struct nd_db *db, long long meeting, const struct mail_opts *opts,
			  mail_report_fn fn, void *ctx, int *sent)
{
	struct sender s;
	struct group g = { 0 };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	int rc, rows = 0;

	*sent = 0;
	if ((e = lazy_load(&lazy_mail_group)))
		return e;
	g_mime_init();
	if ((e = sender_open(&s, db, meeting, opts)) ||
	    (e = sent_before(&s, "utdrag", "Protokollsutdragen")) ||
	    (e = db_prepare(db, expedite_sql, &st)))
		goto out;
	sqlite3_bind_int64(st, 1, meeting);
	while (!e && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		rows++;
		if (!g.recipient || strcmp(g.recipient, r) != 0 || g.n == 64) {
			if (g.recipient && (e = group_send(&s, &g, fn, ctx, sent)))
				break;
			group_clear(&g);
			if (!(g.recipient = strdup(r))) {
				e = OOM();
				break;
			}
			if ((g.address = address_in(r, &g.name)) == NULL) {
				const char *mail = (const char *)sqlite3_column_text(st, 4);
				g.person = sqlite3_column_int64(st, 3);
				g.address = mail ? strdup(mail) : NULL;
			}
		}
		g.para[g.n] = sqlite3_column_int64(st, 1);
		g.num[g.n++] = sqlite3_column_int(st, 2);
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(db, "läsa expedieringen");
	if (!e && g.recipient)
		e = group_send(&s, &g, fn, ctx, sent);
	if (!e && rows == 0)
		e = nd_fail(ND_EINVAL, "Inget att expediera för %s %s: inget är justerat, eller "
			    "ingen paragraf har mottagare (namnd expedite add).", s.mi.code,
			    s.mi.date_iso);
out:
	group_clear(&g);
	sqlite3_finalize(st);
	sender_close(&s);
	return e;
}
