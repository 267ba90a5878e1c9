/* dlopen/dlsym for the libraries that only some commands need (lazy.h). */
#include "lazy.h"

#include <dlfcn.h>
#include <string.h>

enum nd_err lazy_load(struct lazy_group *g)
{
	void *h[4] = { NULL };
	size_t nh = 0;

	if (g->loaded)
		return ND_OK;
	for (; g->libs[nh]; nh++) {
		if (nh == sizeof h / sizeof *h)
			return nd_fail(ND_EIO, "För många bibliotek för %s.", g->what);
		/* Never closed: the table points into them until exit. */
		if (!(h[nh] = dlopen(g->libs[nh], RTLD_NOW | RTLD_GLOBAL))) {
			const char *why = dlerror();
			return nd_fail(ND_EIO, "Kan inte göra %s: biblioteket %s kunde inte "
				       "läsas in (%s). Installera det (se make deps).",
				       g->what, g->libs[nh], why ? why : "okänt fel");
		}
	}
	for (size_t i = 0; i < g->nsyms; i++) {
		void *p = NULL;
		for (size_t k = 0; k < nh && !p; k++)
			p = dlsym(h[k], g->syms[i].name);
		if (!p)
			return nd_fail(ND_EIO, "Kan inte göra %s: funktionen %s saknas i "
				       "biblioteket %s.", g->what, g->syms[i].name, g->libs[0]);
		/* POSIX: a function's address fits in a void *. */
		memcpy((char *)g->table + g->syms[i].offset, &p, sizeof p);
	}
	g->loaded = true;
	return ND_OK;
}
