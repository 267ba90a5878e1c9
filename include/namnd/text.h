/* UTF-8 text: validation, display width, truncation, sanitising.
 * Pure functions; no locale dependence (widths come from our own table). */
#ifndef NAMND_TEXT_H
#define NAMND_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode one code point from s (at most len bytes). Returns the number of
 * bytes used, or 0 when the bytes there are not valid UTF-8 (overlong,
 * surrogate, > U+10FFFF, truncated). */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encode cp into out (at least 4 bytes). Returns bytes written. */
size_t utf8_encode(uint32_t cp, char *out);

/* True when the len bytes of s are valid UTF-8. */
bool text_valid_utf8(const char *s, size_t len);

/* Byte offset of the first invalid sequence, or (size_t)-1 when valid. */
size_t text_invalid_at(const char *s, size_t len);

/* Terminal columns of one code point: 0 (combining, zero-width),
 * 1, or 2 (East Asian wide). Control characters count 0. */
int text_cp_width(uint32_t cp);

/* Display width of a UTF-8 string in terminal columns. */
size_t text_width(const char *s);

/* True for characters that must not reach a terminal or document:
 * C0 controls, DEL, C1 controls, and bidi override/isolate controls. */
bool text_is_control(uint32_t cp);

/* Whether the bytes look like UTF-16 text without a byte order mark:
 * 1 little endian, 2 big endian, 0 neither (judged from zero bytes on
 * one side of each pair, in the first 8 KB). */
int text_utf16_guess(const char *s, size_t len);

/* True for characters that show nothing: white space (also NBSP and the
 * other Unicode spaces), zero-width spaces and joiners, the soft hyphen,
 * BOM, variation selectors, tags, Hangul fillers, the blank Braille cell. */
bool text_is_invisible(uint32_t cp);

/* True when s (NULL, empty, or UTF-8) shows nothing at all: every
 * character is invisible. Invalid UTF-8 is not blank. */
bool text_is_blank(const char *s);

/* Copy of s with control characters removed. When keep_newlines, '\n' is
 * kept (and "\r\n" becomes "\n"); '\t' becomes a space. Invalid UTF-8
 * bytes become U+FFFD. Returns malloc'ed memory the caller frees; NULL on
 * out of memory. s may be NULL (returns an empty string). */
char *text_sanitize(const char *s, bool keep_newlines);

/* Copy of s cut to at most cols display columns, never inside a code point
 * or between a character and its combining marks. When s is wider than
 * cols and cols > 0, the result ends in "…" (counted in cols).
 * Returns malloc'ed memory the caller frees; NULL on out of memory. */
char *text_truncate(const char *s, size_t cols);

/* Number of bytes of s that fit in cols columns (no ellipsis). */
size_t text_fit_bytes(const char *s, size_t cols);

/* Copy of s in capitals: a–z and the Latin-1 letters (å ä ö é ü …).
 * Other characters are kept. Returns malloc'ed memory the caller frees;
 * NULL on out of memory. s may be NULL (returns an empty string). */
char *text_upper(const char *s);

/* The first template placeholder left in s ("ÄRENDENUMMER", "Klicka
 * eller tryck här för att ange text", "Välj det datum", "XXXX", "[…]"),
 * as a static string, or NULL when there is none. */
const char *text_placeholder(const char *s);

/* Enough for the 60 bytes text_quote keeps, an ellipsis and the NUL. */
#define TEXT_QUOTE_SIZE 72

/* Copy of s into buf (bufsz bytes, TEXT_QUOTE_SIZE recommended): at most
 * 60 bytes of it, never cut inside a code point, "…" added when cut,
 * control characters and invalid UTF-8 shown as '?', so a message can
 * never carry an escape sequence to the terminal. s may be NULL. */
void text_quote(const char *s, char *buf, size_t bufsz);

#endif
