/* Cairo and Pango, loaded when first needed (lazy.h), for doc_pdf.c.
 * Include after the library's header; every entry point calls
 * lazy_load(&lazy_pdf_group) before anything else here is used. */
#include "lazy.h"

#define LAZY_PDF_SYMS(X) \
	X(cairo_create) \
	X(cairo_destroy) \
	X(cairo_fill) \
	X(cairo_font_options_create) \
	X(cairo_font_options_destroy) \
	X(cairo_font_options_set_hint_metrics) \
	X(cairo_font_options_set_hint_style) \
	X(cairo_line_to) \
	X(cairo_move_to) \
	X(cairo_pdf_surface_create_for_stream) \
	X(cairo_pdf_surface_set_metadata) \
	X(cairo_rectangle) \
	X(cairo_restore) \
	X(cairo_save) \
	X(cairo_set_line_width) \
	X(cairo_set_source_rgb) \
	X(cairo_show_page) \
	X(cairo_status_to_string) \
	X(cairo_stroke) \
	X(cairo_surface_destroy) \
	X(cairo_surface_finish) \
	X(cairo_surface_status) \
	X(cairo_tag_begin) \
	X(cairo_tag_end) \
	X(cairo_version_string) \
	X(g_object_unref) \
	X(pango_attr_font_features_new) \
	X(pango_attr_list_insert) \
	X(pango_attr_list_new) \
	X(pango_attr_list_unref) \
	X(pango_cairo_context_set_font_options) \
	X(pango_cairo_context_set_resolution) \
	X(pango_cairo_font_map_new) \
	X(pango_cairo_show_layout_line) \
	X(pango_context_set_language) \
	X(pango_context_set_round_glyph_positions) \
	X(pango_font_description_free) \
	X(pango_font_description_from_string) \
	X(pango_font_map_create_context) \
	X(pango_language_from_string) \
	X(pango_layout_get_font_description) \
	X(pango_layout_get_iter) \
	X(pango_layout_get_line_readonly) \
	X(pango_layout_get_size) \
	X(pango_layout_get_text) \
	X(pango_layout_iter_at_last_line) \
	X(pango_layout_iter_free) \
	X(pango_layout_iter_get_baseline) \
	X(pango_layout_iter_get_line_extents) \
	X(pango_layout_iter_get_line_readonly) \
	X(pango_layout_iter_get_line_yrange) \
	X(pango_layout_iter_next_line) \
	X(pango_layout_new) \
	X(pango_layout_set_alignment) \
	X(pango_layout_set_attributes) \
	X(pango_layout_set_ellipsize) \
	X(pango_layout_set_font_description) \
	X(pango_layout_set_height) \
	X(pango_layout_set_text) \
	X(pango_layout_set_width) \
	X(pango_layout_set_wrap) \
	X(pango_units_from_double) \
	X(pango_units_to_double)

struct lazy_pdf {
	LAZY_PDF_SYMS(LAZY_MEMBER)
};
#define LAZY_PDF_ENTRY(f) LAZY_ENTRY(lazy_pdf, f)
static struct lazy_pdf lazy_pdf;
static const struct lazy_sym lazy_pdf_syms[] = { LAZY_PDF_SYMS(LAZY_PDF_ENTRY) };
static const char *const lazy_pdf_libs[] = { ND_SONAME_CAIRO, ND_SONAME_PANGOCAIRO, NULL };
/* Empty when the build could not read the library's soname (readelf). */
_Static_assert(sizeof ND_SONAME_CAIRO > 1, "the soname of the cairo library was not found at build time: is binutils (readelf) installed?");
_Static_assert(sizeof ND_SONAME_PANGOCAIRO > 1, "the soname of the pangocairo library was not found at build time: is binutils (readelf) installed?");
static struct lazy_group lazy_pdf_group = {
	lazy_pdf_libs, lazy_pdf_syms, sizeof lazy_pdf_syms / sizeof *lazy_pdf_syms,
	&lazy_pdf, "PDF-filen", false
};

/* Every call below goes through the table. */
#define cairo_create (*lazy_pdf.cairo_create)
#define cairo_destroy (*lazy_pdf.cairo_destroy)
#define cairo_fill (*lazy_pdf.cairo_fill)
#define cairo_font_options_create (*lazy_pdf.cairo_font_options_create)
#define cairo_font_options_destroy (*lazy_pdf.cairo_font_options_destroy)
#define cairo_font_options_set_hint_metrics (*lazy_pdf.cairo_font_options_set_hint_metrics)
#define cairo_font_options_set_hint_style (*lazy_pdf.cairo_font_options_set_hint_style)
#define cairo_line_to (*lazy_pdf.cairo_line_to)
#define cairo_move_to (*lazy_pdf.cairo_move_to)
#define cairo_pdf_surface_create_for_stream (*lazy_pdf.cairo_pdf_surface_create_for_stream)
#define cairo_pdf_surface_set_metadata (*lazy_pdf.cairo_pdf_surface_set_metadata)
#define cairo_rectangle (*lazy_pdf.cairo_rectangle)
#define cairo_restore (*lazy_pdf.cairo_restore)
#define cairo_save (*lazy_pdf.cairo_save)
#define cairo_set_line_width (*lazy_pdf.cairo_set_line_width)
#define cairo_set_source_rgb (*lazy_pdf.cairo_set_source_rgb)
#define cairo_show_page (*lazy_pdf.cairo_show_page)
#define cairo_status_to_string (*lazy_pdf.cairo_status_to_string)
#define cairo_stroke (*lazy_pdf.cairo_stroke)
#define cairo_surface_destroy (*lazy_pdf.cairo_surface_destroy)
#define cairo_surface_finish (*lazy_pdf.cairo_surface_finish)
#define cairo_surface_status (*lazy_pdf.cairo_surface_status)
#define cairo_tag_begin (*lazy_pdf.cairo_tag_begin)
#define cairo_tag_end (*lazy_pdf.cairo_tag_end)
#define cairo_version_string (*lazy_pdf.cairo_version_string)
#define g_object_unref (*lazy_pdf.g_object_unref)
#define pango_attr_font_features_new (*lazy_pdf.pango_attr_font_features_new)
#define pango_attr_list_insert (*lazy_pdf.pango_attr_list_insert)
#define pango_attr_list_new (*lazy_pdf.pango_attr_list_new)
#define pango_attr_list_unref (*lazy_pdf.pango_attr_list_unref)
#define pango_cairo_context_set_font_options (*lazy_pdf.pango_cairo_context_set_font_options)
#define pango_cairo_context_set_resolution (*lazy_pdf.pango_cairo_context_set_resolution)
#define pango_cairo_font_map_new (*lazy_pdf.pango_cairo_font_map_new)
#define pango_cairo_show_layout_line (*lazy_pdf.pango_cairo_show_layout_line)
#define pango_context_set_language (*lazy_pdf.pango_context_set_language)
#define pango_context_set_round_glyph_positions (*lazy_pdf.pango_context_set_round_glyph_positions)
#define pango_font_description_free (*lazy_pdf.pango_font_description_free)
#define pango_font_description_from_string (*lazy_pdf.pango_font_description_from_string)
#define pango_font_map_create_context (*lazy_pdf.pango_font_map_create_context)
#define pango_language_from_string (*lazy_pdf.pango_language_from_string)
#define pango_layout_get_font_description (*lazy_pdf.pango_layout_get_font_description)
#define pango_layout_get_iter (*lazy_pdf.pango_layout_get_iter)
#define pango_layout_get_line_readonly (*lazy_pdf.pango_layout_get_line_readonly)
#define pango_layout_get_size (*lazy_pdf.pango_layout_get_size)
#define pango_layout_get_text (*lazy_pdf.pango_layout_get_text)
#define pango_layout_iter_at_last_line (*lazy_pdf.pango_layout_iter_at_last_line)
#define pango_layout_iter_free (*lazy_pdf.pango_layout_iter_free)
#define pango_layout_iter_get_baseline (*lazy_pdf.pango_layout_iter_get_baseline)
#define pango_layout_iter_get_line_extents (*lazy_pdf.pango_layout_iter_get_line_extents)
#define pango_layout_iter_get_line_readonly (*lazy_pdf.pango_layout_iter_get_line_readonly)
#define pango_layout_iter_get_line_yrange (*lazy_pdf.pango_layout_iter_get_line_yrange)
#define pango_layout_iter_next_line (*lazy_pdf.pango_layout_iter_next_line)
#define pango_layout_new (*lazy_pdf.pango_layout_new)
#define pango_layout_set_alignment (*lazy_pdf.pango_layout_set_alignment)
#define pango_layout_set_attributes (*lazy_pdf.pango_layout_set_attributes)
#define pango_layout_set_ellipsize (*lazy_pdf.pango_layout_set_ellipsize)
#define pango_layout_set_font_description (*lazy_pdf.pango_layout_set_font_description)
#define pango_layout_set_height (*lazy_pdf.pango_layout_set_height)
#define pango_layout_set_text (*lazy_pdf.pango_layout_set_text)
#define pango_layout_set_width (*lazy_pdf.pango_layout_set_width)
#define pango_layout_set_wrap (*lazy_pdf.pango_layout_set_wrap)
#define pango_units_from_double (*lazy_pdf.pango_units_from_double)
#define pango_units_to_double (*lazy_pdf.pango_units_to_double)
