# Turns schema/NNN_name.sql migrations and schema/demo.sql into C strings:
#   const struct nd_migration nd_migrations[]; const int nd_migration_count;
#   const char nd_demo_sql[];
function flush() {
	if (cur == "") return
	printf "static const char %s[] =\n%s;\n", cur, body
	body = "\"\""
}
function cstr(s) {
	gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s)
	return "\"" s "\\n\""
}
BEGIN { print "/* Generated from schema/ by tests/embed.awk. Do not edit. */"
	print "#include \"namnd/migrations.h\""; cur = ""; body = "\"\""; n = 0 }
FNR == 1 {
	flush()
	f = FILENAME; sub(/.*\//, "", f); sub(/\.sql$/, "", f)
	if (f == "demo") cur = "demo_sql"
	else { n++; ver[n] = f + 0; name[n] = f; cur = "mig_" n }
}
{ body = body "\n" cstr($0) }
END {
	flush()
	print "const struct nd_migration nd_migrations[] = {"
	for (i = 1; i <= n; i++) printf "\t{ %d, \"%s\", mig_%d },\n", ver[i], name[i], i
	print "};"
	printf "const int nd_migration_count = %d;\n", n
	print "const char *const nd_demo_sql = demo_sql;"
}
