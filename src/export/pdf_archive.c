/* The PDF file's archival part (doc_pdf.c draws the pages): the memory
 * the PDF is written into, and PDF/A-2b as far as Cairo allows, added to
 * what Cairo wrote. Nothing here calls Cairo or Pango, so it needs none
 * of the lazily loaded libraries. */
#include "pdf_archive.h"

#include "namnd/date.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool pdf_mem_append(struct pdf_mem *m, const unsigned char *data, size_t len)
{
	if (m->fail)
		return false;
	if (m->n + len > m->cap) {
		size_t cap = m->cap ? m->cap : 65536;
		while (m->n + len > cap)
			cap *= 2;
		unsigned char *ns = realloc(m->s, cap);
		if (!ns) {
			m->fail = m->nomem = true;
			return false;
		}
		m->s = ns;
		m->cap = cap;
	}
	memcpy(m->s + m->n, data, len);
	m->n += len;
	return true;
}

/* The last occurrence of the NUL-terminated needle in m, or NULL. */
static const char *rfind(const struct pdf_mem *m, size_t end, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = end >= k ? end - k + 1 : 0; i-- > 0;)
		if (memcmp(m->s + i, needle, k) == 0)
			return (const char *)m->s + i;
	return NULL;
}

static void mem_printf(struct pdf_mem *m, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof buf)
		m->fail = true;
	else
		pdf_mem_append(m, (const unsigned char *)buf, (size_t)n);
}

static void mem_puts(struct pdf_mem *m, const char *s)
{
	pdf_mem_append(m, (const unsigned char *)s, strlen(s));
}

/* ---- PDF/A-2b, as far as Cairo allows ----
 *
 * Cairo 1.16 writes neither the XMP metadata stream nor the output intent
 * PDF/A requires, nor a trailer /ID, nor the catalog's /Lang. They are
 * added as an incremental update (as a PDF editor saves a change): the
 * catalog again with /Lang, /MarkInfo, /Metadata and /OutputIntents, the
 * XMP packet (declaring PDF/A-2b) with the same title, author, subject,
 * tool and dates as a new document information dictionary, an sRGB ICC
 * profile for the output intent, and a trailer with /ID. */

static void be32(unsigned char *b, uint32_t v)
{
	b[0] = (unsigned char)(v >> 24);
	b[1] = (unsigned char)(v >> 16);
	b[2] = (unsigned char)(v >> 8);
	b[3] = (unsigned char)v;
}

static void be16(unsigned char *b, unsigned v)
{
	b[0] = (unsigned char)(v >> 8);
	b[1] = (unsigned char)v;
}

/* An s15Fixed16Number. */
static void s15(unsigned char *b, double v)
{
	be32(b, (uint32_t)(int32_t)lround(v * 65536));
}

#define ICC_TRC 1024
#define ICC_SIZE 3072 /* the profile below is 2 540 bytes */

/* An ICC v2 display profile of sRGB (IEC 61966-2-1): the primaries and
 * white adapted to D50 as in the standard's own profile, the tone curve
 * as a table of the sRGB formula. Written here rather than shipped, so
 * nothing is copied and nothing is read at run time. Returns its size
 * (at most ICC_SIZE). */
static size_t srgb_icc(unsigned char *p, struct tm *when)
{
	static const char desc[] = "sRGB IEC61966-2.1";
	static const char cprt[] = "No copyright, use freely";
	static const double xyz[4][3] = {
		{ 0.964203, 1.0, 0.824905 }, /* wtpt: D50 */
		{ 0.436066, 0.222488, 0.013916 },
		{ 0.385147, 0.716873, 0.097076 },
		{ 0.143066, 0.060608, 0.714096 },
	};
	static const char *const xyz_tags[4] = { "wtpt", "rXYZ", "gXYZ", "bXYZ" };
	size_t at = 128 + 4 + 9 * 12, n = 0;
	memset(p, 0, ICC_SIZE);
	/* The tag table: offsets filled in as the tags are laid out. */
#define TAG(sig, off, len)                                 \
	do {                                               \
		memcpy(p + 132 + 12 * n, sig, 4);          \
		be32(p + 136 + 12 * n, (uint32_t)(off));   \
		be32(p + 140 + 12 * n, (uint32_t)(len));   \
		n++;                                       \
	} while (0)
	/* desc: textDescriptionType, ASCII only. */
	size_t start = at;
	memcpy(p + at, "desc", 4);
	be32(p + at + 8, (uint32_t)sizeof desc);
	memcpy(p + at + 12, desc, sizeof desc);
	at += 12 + sizeof desc + 4 + 4 + 2 + 1 + 67;
	TAG("desc", start, at - start);
	at = (at + 3) & ~(size_t)3;
	start = at;
	memcpy(p + at, "text", 4);
	memcpy(p + at + 8, cprt, sizeof cprt);
	at += 8 + sizeof cprt;
	TAG("cprt", start, at - start);
	at = (at + 3) & ~(size_t)3;
	for (int i = 0; i < 4; i++) {
		memcpy(p + at, "XYZ ", 4);
		for (int k = 0; k < 3; k++)
			s15(p + at + 8 + 4 * k, xyz[i][k]);
		TAG(xyz_tags[i], at, 20);
		at += 20;
	}
	/* One curve for the three channels (tags may share their data). */
	memcpy(p + at, "curv", 4);
	be32(p + at + 8, ICC_TRC);
	for (int i = 0; i < ICC_TRC; i++) {
		double v = (double)i / (ICC_TRC - 1);
		v = v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
		be16(p + at + 12 + 2 * i, (unsigned)lround(v * 65535));
	}
	TAG("rTRC", at, 12 + 2 * ICC_TRC);
	TAG("gTRC", at, 12 + 2 * ICC_TRC);
	TAG("bTRC", at, 12 + 2 * ICC_TRC);
	at += 12 + 2 * ICC_TRC;
#undef TAG
	be32(p + 128, (uint32_t)n);
	/* The header. */
	be32(p, (uint32_t)at);
	be32(p + 8, 0x02100000);     /* version 2.1 */
	memcpy(p + 12, "mntr", 4);   /* a display */
	memcpy(p + 16, "RGB ", 4);
	memcpy(p + 20, "XYZ ", 4);
	be16(p + 24, (unsigned)when->tm_year + 1900);
	be16(p + 26, (unsigned)when->tm_mon + 1);
	be16(p + 28, (unsigned)when->tm_mday);
	memcpy(p + 36, "acsp", 4);
	be32(p + 64, 0);             /* perceptual */
	for (int k = 0; k < 3; k++)  /* the PCS illuminant, D50 */
		s15(p + 68 + 4 * k, xyz[0][k]);
	return at;
}

/* s as a PDF text string: UTF-16BE in hex with its byte order mark. */
static void pdf_text(struct pdf_mem *m, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	mem_puts(m, "<FEFF");
	while (*u) {
		uint32_t c = *u++;
		int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
		if (more)
			c &= 0x3Fu >> more;
		for (; more > 0 && (*u & 0xC0) == 0x80; more--)
			c = c << 6 | (*u++ & 0x3F);
		if (c >= 0x10000) {
			c -= 0x10000;
			mem_printf(m, "%04X%04X", (unsigned)(0xD800 | c >> 10),
				   (unsigned)(0xDC00 | (c & 0x3FF)));
		} else {
			mem_printf(m, "%04X", (unsigned)c);
		}
	}
	mem_puts(m, ">");
}

/* s with XML's special characters escaped. */
static void xml_text(struct pdf_mem *m, const char *s)
{
	for (; *s; s++) {
		const char *r = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : NULL;
		if (r)
			mem_puts(m, r);
		else
			pdf_mem_append(m, (const unsigned char *)s, 1);
	}
}

/* The XMP packet: the PDF/A identification and the information
 * dictionary's entries, each with the same value. */
static void xmp(struct pdf_mem *m, const char *title, const char *author, const char *subject,
		const char *producer, const char *date)
{
	mem_puts(m, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
		 "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
		 " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
		 "  <rdf:Description rdf:about=\"\"\n"
		 "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
		 "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
		 "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
		 "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
		 "   <pdfaid:part>2</pdfaid:part>\n"
		 "   <pdfaid:conformance>B</pdfaid:conformance>\n"
		 "   <dc:format>application/pdf</dc:format>\n"
		 "   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>\n"
		 "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
	xml_text(m, title);
	mem_puts(m, "</rdf:li></rdf:Alt></dc:title>\n");
	if (author) {
		mem_puts(m, "   <dc:creator><rdf:Seq><rdf:li>");
		xml_text(m, author);
		mem_puts(m, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	if (subject) {
		mem_puts(m, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
		xml_text(m, subject);
		mem_puts(m, "</rdf:li></rdf:Alt></dc:description>\n");
	}
	mem_puts(m, "   <xmp:CreatorTool>namnd</xmp:CreatorTool>\n   <pdf:Producer>");
	xml_text(m, producer);
	mem_printf(m, "</pdf:Producer>\n   <xmp:CreateDate>%s</xmp:CreateDate>\n"
		   "   <xmp:ModifyDate>%s</xmp:ModifyDate>\n", date, date);
	mem_puts(m, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
}

/* FNV-1a: the trailer's /ID from the file and its date. */
static uint64_t fnv(const unsigned char *s, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ull;
	return h;
}

/* The moment a document is dated: the start (UTC) of namnd's today, not
 * the second, so the same document made twice on a day is the same file
 * (a repeated publish is byte-identical). */
time_t pdf_made_on(void)
{
	struct nd_date d;
	struct tm tm;
	if (date_today(&d) != ND_OK)
		return time(NULL);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = d.y - 1900;
	tm.tm_mon = d.m - 1;
	tm.tm_mday = d.d;
	return timegm(&tm);
}

void pdf_archive_update(struct pdf_mem *m, const struct nd_doc *doc, time_t now,
			const char *cairo_version)
{
	const char *trailer = rfind(m, m->n, "trailer"), *sx = rfind(m, m->n, "startxref");
	long root = 0, size = 0, prev = 0;
	char key[32], pdate[32], xdate[32], producer[64];
	struct tm tm;
	if (m->fail || !trailer || !sx || sx < trailer || !gmtime_r(&now, &tm))
		return;
	const char *r = strstr(trailer, "/Root "), *z = strstr(trailer, "/Size ");
	if (!r || !z || r > sx || z > sx || sscanf(r, "/Root %ld 0 R", &root) != 1 ||
	    sscanf(z, "/Size %ld", &size) != 1 || sscanf(sx, "startxref %ld", &prev) != 1)
		return;
	snprintf(key, sizeof key, "\n%ld 0 obj\n", root);
	const char *obj = rfind(m, (size_t)(trailer - (const char *)m->s), key);
	const char *open = obj ? strstr(obj, "<<") : NULL;
	const char *end = open ? strstr(open, "endobj") : NULL;
	const char *close = end ? rfind(m, (size_t)(end - (const char *)m->s), ">>") : NULL;
	if (!close || close < open || !strstr(open, "/Type /Catalog") ||
	    strstr(open, "/Type /Catalog") > close)
		return;
	size_t o_open = (size_t)(open - (const char *)m->s),
	       o_close = (size_t)(close - (const char *)m->s);
	const char *mk = strstr(open, "/MarkInfo");
	bool marked = mk && mk < close;
	for (const char *k = open; k < close; k++)
		if (strncmp(k, "/Lang", 5) == 0 || strncmp(k, "/Metadata", 9) == 0 ||
		    strncmp(k, "/OutputIntents", 14) == 0)
			return; /* not the catalog Cairo 1.16 writes */

	const struct doc_block *h = doc->n > 0 && doc->blocks[0].kind == B_HEADER ?
		&doc->blocks[0] : NULL;
	const char *title = doc->title ? doc->title : doc->name;
	const char *author = doc->author ? doc->author : h && h->nlines > 0 ? h->lines[0].a : NULL;
	if (author && !*author)
		author = NULL;
	strftime(pdate, sizeof pdate, "D:%Y%m%d%H%M%SZ", &tm);
	strftime(xdate, sizeof xdate, "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(producer, sizeof producer, "cairo %s (https://cairographics.org)",
		 cairo_version);
	uint64_t id0 = fnv(m->s, m->n, 0xcbf29ce484222325ull),
		 id1 = fnv((const unsigned char *)pdate, strlen(pdate), id0);

	/* Cairo's catalog, copied before m grows (and may move). */
	char *cat = malloc(o_close - o_open + 1);
	if (!cat) {
		m->fail = true;
		return;
	}
	memcpy(cat, m->s + o_open, o_close - o_open);
	cat[o_close - o_open] = '\0';
	/* New objects: size (XMP), size + 1 (ICC), size + 2 (Info). */
	size_t off[4];
	off[0] = m->n + 1;
	mem_printf(m, "\n%ld 0 obj\n", root);
	mem_puts(m, cat);
	free(cat);
	if (!marked)
		mem_puts(m, "   /MarkInfo << /Marked true >>\n");
	mem_printf(m, "   /Lang (sv-SE)\n   /ViewerPreferences << /DisplayDocTitle true >>\n"
		   "   /Metadata %ld 0 R\n"
		   "   /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1\n"
		   "      /OutputConditionIdentifier (sRGB IEC61966-2.1)\n"
		   "      /RegistryName (http://www.color.org)\n"
		   "      /Info (sRGB IEC61966-2.1) /DestOutputProfile %ld 0 R >> ]\n"
		   ">>\nendobj\n", size, size + 1);

	struct pdf_mem x = { 0 };
	xmp(&x, title, author, doc->subject, producer, xdate);
	if (x.fail) {
		free(x.s);
		m->fail = true;
		return;
	}
	off[1] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /Type /Metadata /Subtype /XML /Length %zu >>\nstream\n",
		   size, x.n);
	pdf_mem_append(m, x.s, (unsigned)x.n);
	mem_puts(m, "\nendstream\nendobj\n");
	free(x.s);

	unsigned char icc[ICC_SIZE];
	size_t ni = srgb_icc(icc, &tm);
	off[2] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /N 3 /Length %zu >>\nstream\n", size + 1, ni);
	pdf_mem_append(m, icc, (unsigned)ni);
	mem_puts(m, "\nendstream\nendobj\n");

	off[3] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /Title ", size + 2);
	pdf_text(m, title);
	if (author) {
		mem_puts(m, "\n   /Author ");
		pdf_text(m, author);
	}
	if (doc->subject) {
		mem_puts(m, "\n   /Subject ");
		pdf_text(m, doc->subject);
	}
	mem_printf(m, "\n   /Creator (namnd)\n   /Producer (%s)\n"
		   "   /CreationDate (%s)\n   /ModDate (%s)\n>>\nendobj\n", producer, pdate, pdate);

	size_t xref = m->n;
	mem_printf(m, "xref\n%ld 1\n%010zu 00000 n \n%ld 3\n", root, off[0], size);
	for (int i = 1; i < 4; i++)
		mem_printf(m, "%010zu 00000 n \n", off[i]);
	mem_printf(m, "trailer\n<< /Size %ld\n   /Root %ld 0 R\n   /Info %ld 0 R\n"
		   "   /ID [<%016llx%016llx> <%016llx%016llx>]\n",
		   size + 3, root, size + 2, (unsigned long long)id0, (unsigned long long)id1,
		   (unsigned long long)id0, (unsigned long long)id1);
	mem_printf(m, "   /Prev %ld\n>>\nstartxref\n%zu\n%%%%EOF\n", prev, xref);
}
