/* A one-line UTF-8 text being edited: the buffer and cursor behind the
 * UI's line editor, without any terminal. The cursor is a byte offset
 * that always sits on a character boundary, and a character is never
 * separated from its combining marks. */
#ifndef NAMND_LEDIT_H
#define NAMND_LEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "namnd/err.h"

struct ledit {
	char *buf;  /* UTF-8, NUL-terminated; owned */
	size_t len; /* bytes in buf */
	size_t max; /* most bytes allowed */
	size_t cur; /* cursor: byte offset */
};

/* Start from initial (NULL: empty), sanitised to one line (control
 * characters removed, line breaks become spaces), cut to max bytes on a
 * character boundary; the cursor at the end. ND_ENOMEM on no memory.
 * Free with ledit_free. */
enum nd_err ledit_init(struct ledit *e, const char *initial, size_t max);
void ledit_free(struct ledit *e);

/* Insert a character at the cursor. false (nothing changed) for control
 * characters and when the text would pass max bytes. */
bool ledit_insert(struct ledit *e, uint32_t cp);

void ledit_left(struct ledit *e);
void ledit_right(struct ledit *e);
void ledit_home(struct ledit *e);
void ledit_end(struct ledit *e);
/* To the start of the word before / after the cursor. */
void ledit_word_left(struct ledit *e);
void ledit_word_right(struct ledit *e);

/* Delete the character before the cursor (Backspace) / under it (Delete). */
void ledit_backspace(struct ledit *e);
void ledit_delete(struct ledit *e);
/* Delete the word before the cursor (spaces, then the word: ^W). */
void ledit_delete_word(struct ledit *e);
/* Delete from the start to the cursor (^U) / from the cursor to the end (^K). */
void ledit_kill_start(struct ledit *e);
void ledit_kill_end(struct ledit *e);

/* Display columns from the start of the text to the cursor. */
size_t ledit_cursor_col(const struct ledit *e);

#endif
