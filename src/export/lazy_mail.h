/* GMime, loaded when first needed (lazy.h), for mail.c.
 * Include after the library's header; every entry point calls
 * lazy_load(&lazy_mail_group) before anything else here is used. */
#include "lazy.h"

#define LAZY_MAIL_SYMS(X) \
	X(g_date_time_new_now_local) \
	X(g_date_time_unref) \
	X(g_free) \
	X(g_mime_data_wrapper_new_with_stream) \
	X(g_mime_init) \
	X(g_mime_message_add_mailbox) \
	X(g_mime_message_new) \
	X(g_mime_message_set_date) \
	X(g_mime_message_set_message_id) \
	X(g_mime_message_set_mime_part) \
	X(g_mime_message_set_subject) \
	X(g_mime_multipart_add) \
	X(g_mime_multipart_new_with_subtype) \
	X(g_mime_object_set_content_type_parameter) \
	X(g_mime_object_set_header) \
	X(g_mime_object_to_string) \
	X(g_mime_part_new_with_type) \
	X(g_mime_part_set_content) \
	X(g_mime_part_set_content_encoding) \
	X(g_mime_part_set_filename) \
	X(g_mime_stream_mem_new_with_buffer) \
	X(g_mime_text_part_new_with_subtype) \
	X(g_object_unref)

struct lazy_mail {
	LAZY_MAIL_SYMS(LAZY_MEMBER)
};
#define LAZY_MAIL_ENTRY(f) LAZY_ENTRY(lazy_mail, f)
static struct lazy_mail lazy_mail;
static const struct lazy_sym lazy_mail_syms[] = { LAZY_MAIL_SYMS(LAZY_MAIL_ENTRY) };
static const char *const lazy_mail_libs[] = { ND_SONAME_GMIME, NULL };
/* Empty when the build could not read the library's soname (readelf). */
_Static_assert(sizeof ND_SONAME_GMIME > 1, "the soname of the gmime library was not found at build time: is binutils (readelf) installed?");
static struct lazy_group lazy_mail_group = {
	lazy_mail_libs, lazy_mail_syms, sizeof lazy_mail_syms / sizeof *lazy_mail_syms,
	&lazy_mail, "e-postmeddelandet", false
};

/* Every call below goes through the table. */
#define g_date_time_new_now_local (*lazy_mail.g_date_time_new_now_local)
#define g_date_time_unref (*lazy_mail.g_date_time_unref)
#define g_free (*lazy_mail.g_free)
#define g_mime_data_wrapper_new_with_stream (*lazy_mail.g_mime_data_wrapper_new_with_stream)
#define g_mime_init (*lazy_mail.g_mime_init)
#define g_mime_message_add_mailbox (*lazy_mail.g_mime_message_add_mailbox)
#define g_mime_message_new (*lazy_mail.g_mime_message_new)
#define g_mime_message_set_date (*lazy_mail.g_mime_message_set_date)
#define g_mime_message_set_message_id (*lazy_mail.g_mime_message_set_message_id)
#define g_mime_message_set_mime_part (*lazy_mail.g_mime_message_set_mime_part)
#define g_mime_message_set_subject (*lazy_mail.g_mime_message_set_subject)
#define g_mime_multipart_add (*lazy_mail.g_mime_multipart_add)
#define g_mime_multipart_new_with_subtype (*lazy_mail.g_mime_multipart_new_with_subtype)
#define g_mime_object_set_content_type_parameter (*lazy_mail.g_mime_object_set_content_type_parameter)
#define g_mime_object_set_header (*lazy_mail.g_mime_object_set_header)
#define g_mime_object_to_string (*lazy_mail.g_mime_object_to_string)
#define g_mime_part_new_with_type (*lazy_mail.g_mime_part_new_with_type)
#define g_mime_part_set_content (*lazy_mail.g_mime_part_set_content)
#define g_mime_part_set_content_encoding (*lazy_mail.g_mime_part_set_content_encoding)
#define g_mime_part_set_filename (*lazy_mail.g_mime_part_set_filename)
#define g_mime_stream_mem_new_with_buffer (*lazy_mail.g_mime_stream_mem_new_with_buffer)
#define g_mime_text_part_new_with_subtype (*lazy_mail.g_mime_text_part_new_with_subtype)
#define g_object_unref (*lazy_mail.g_object_unref)
