/* Schema migrations and demo data compiled from schema/. */
#ifndef NAMND_MIGRATIONS_H
#define NAMND_MIGRATIONS_H

struct nd_migration {
	int version;      /* NNN of schema/NNN_name.sql */
	const char *name; /* "001_init" */
	const char *sql;
};

extern const struct nd_migration nd_migrations[];
extern const int nd_migration_count;
extern const char *const nd_demo_sql;

#endif
