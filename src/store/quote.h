/* Quoting user text inside messages. */
#ifndef NAMND_STORE_QUOTE_H
#define NAMND_STORE_QUOTE_H

/* text_quote into one of four static buffers, so up to four quoted
 * values may be used in one message. */
const char *msgval(const char *text);

#endif
