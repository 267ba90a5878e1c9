/* Quoting user text inside messages. */
#ifndef NAMND_STORE_QUOTE_H
#define NAMND_STORE_QUOTE_H

/* The text made safe for a message: control characters and bad bytes
 * removed, cut to 60 columns. Points into one of four static buffers,
 * so up to four may be used in one message. */
const char *msgval(const char *text);

#endif
