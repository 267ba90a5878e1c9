/* libxlsxwriter, loaded when first needed (lazy.h), for doc_xlsx.c and
 * report_xlsx.c (a table each). Include after the library's header; every
 * entry point calls
 * lazy_load(&lazy_xlsx_group) before anything else here is used. */
#include "lazy.h"

#define LAZY_XLSX_SYMS(X) \
	X(chart_add_series) \
	X(chart_axis_set_num_format) \
	X(chart_axis_set_reverse) \
	X(chart_legend_set_position) \
	X(chart_series_set_name) \
	X(chart_title_set_name) \
	X(format_set_align) \
	X(format_set_bg_color) \
	X(format_set_bold) \
	X(format_set_bottom) \
	X(format_set_font_size) \
	X(format_set_indent) \
	X(format_set_num_format) \
	X(format_set_text_wrap) \
	X(format_set_top) \
	X(lxw_rowcol_to_cell) \
	X(lxw_rowcol_to_range) \
	X(lxw_rowcol_to_range_abs) \
	X(lxw_strerror) \
	X(workbook_add_chart) \
	X(workbook_add_format) \
	X(workbook_add_worksheet) \
	X(workbook_close) \
	X(workbook_new) \
	X(workbook_new_opt) \
	X(workbook_set_properties) \
	X(worksheet_autofilter) \
	X(worksheet_fit_to_pages) \
	X(worksheet_freeze_panes) \
	X(worksheet_insert_chart_opt) \
	X(worksheet_merge_range) \
	X(worksheet_repeat_rows) \
	X(worksheet_set_column) \
	X(worksheet_set_footer) \
	X(worksheet_set_h_pagebreaks) \
	X(worksheet_set_landscape) \
	X(worksheet_set_margins) \
	X(worksheet_set_paper) \
	X(worksheet_set_portrait) \
	X(worksheet_set_row) \
	X(worksheet_write_blank) \
	X(worksheet_write_datetime) \
	X(worksheet_write_formula_num) \
	X(worksheet_write_number) \
	X(worksheet_write_string)

struct lazy_xlsx {
	LAZY_XLSX_SYMS(LAZY_MEMBER)
};
#define LAZY_XLSX_ENTRY(f) LAZY_ENTRY(lazy_xlsx, f)
static struct lazy_xlsx lazy_xlsx;
static const struct lazy_sym lazy_xlsx_syms[] = { LAZY_XLSX_SYMS(LAZY_XLSX_ENTRY) };
static const char *const lazy_xlsx_libs[] = { ND_SONAME_XLSXWRITER, NULL };
/* Empty when the build could not read the library's soname (readelf). */
_Static_assert(sizeof ND_SONAME_XLSXWRITER > 1, "the soname of the xlsxwriter library was not found at build time: is binutils (readelf) installed?");
static struct lazy_group lazy_xlsx_group = {
	lazy_xlsx_libs, lazy_xlsx_syms, sizeof lazy_xlsx_syms / sizeof *lazy_xlsx_syms,
	&lazy_xlsx, "Excel-filen (xlsx)", false
};

/* Every call below goes through the table. */
#define chart_add_series (*lazy_xlsx.chart_add_series)
#define chart_axis_set_num_format (*lazy_xlsx.chart_axis_set_num_format)
#define chart_axis_set_reverse (*lazy_xlsx.chart_axis_set_reverse)
#define chart_legend_set_position (*lazy_xlsx.chart_legend_set_position)
#define chart_series_set_name (*lazy_xlsx.chart_series_set_name)
#define chart_title_set_name (*lazy_xlsx.chart_title_set_name)
#define format_set_align (*lazy_xlsx.format_set_align)
#define format_set_bg_color (*lazy_xlsx.format_set_bg_color)
#define format_set_bold (*lazy_xlsx.format_set_bold)
#define format_set_bottom (*lazy_xlsx.format_set_bottom)
#define format_set_font_size (*lazy_xlsx.format_set_font_size)
#define format_set_indent (*lazy_xlsx.format_set_indent)
#define format_set_num_format (*lazy_xlsx.format_set_num_format)
#define format_set_text_wrap (*lazy_xlsx.format_set_text_wrap)
#define format_set_top (*lazy_xlsx.format_set_top)
#define lxw_rowcol_to_cell (*lazy_xlsx.lxw_rowcol_to_cell)
#define lxw_rowcol_to_range (*lazy_xlsx.lxw_rowcol_to_range)
#define lxw_rowcol_to_range_abs (*lazy_xlsx.lxw_rowcol_to_range_abs)
#define lxw_strerror (*lazy_xlsx.lxw_strerror)
#define workbook_add_chart (*lazy_xlsx.workbook_add_chart)
#define workbook_add_format (*lazy_xlsx.workbook_add_format)
#define workbook_add_worksheet (*lazy_xlsx.workbook_add_worksheet)
#define workbook_close (*lazy_xlsx.workbook_close)
#define workbook_new (*lazy_xlsx.workbook_new)
#define workbook_new_opt (*lazy_xlsx.workbook_new_opt)
#define workbook_set_properties (*lazy_xlsx.workbook_set_properties)
#define worksheet_autofilter (*lazy_xlsx.worksheet_autofilter)
#define worksheet_fit_to_pages (*lazy_xlsx.worksheet_fit_to_pages)
#define worksheet_freeze_panes (*lazy_xlsx.worksheet_freeze_panes)
#define worksheet_insert_chart_opt (*lazy_xlsx.worksheet_insert_chart_opt)
#define worksheet_merge_range (*lazy_xlsx.worksheet_merge_range)
#define worksheet_repeat_rows (*lazy_xlsx.worksheet_repeat_rows)
#define worksheet_set_column (*lazy_xlsx.worksheet_set_column)
#define worksheet_set_footer (*lazy_xlsx.worksheet_set_footer)
#define worksheet_set_h_pagebreaks (*lazy_xlsx.worksheet_set_h_pagebreaks)
#define worksheet_set_landscape (*lazy_xlsx.worksheet_set_landscape)
#define worksheet_set_margins (*lazy_xlsx.worksheet_set_margins)
#define worksheet_set_paper (*lazy_xlsx.worksheet_set_paper)
#define worksheet_set_portrait (*lazy_xlsx.worksheet_set_portrait)
#define worksheet_set_row (*lazy_xlsx.worksheet_set_row)
#define worksheet_write_blank (*lazy_xlsx.worksheet_write_blank)
#define worksheet_write_datetime (*lazy_xlsx.worksheet_write_datetime)
#define worksheet_write_formula_num (*lazy_xlsx.worksheet_write_formula_num)
#define worksheet_write_number (*lazy_xlsx.worksheet_write_number)
#define worksheet_write_string (*lazy_xlsx.worksheet_write_string)
