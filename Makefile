# namnd — build, test, benchmark, install.
# `make` builds build/release/namnd; `make check` installs what it needs
# (as root) and runs every test under ASan+UBSan; `make run` opens the demo.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DESTDIR ?=
MODE    ?= release
CC      ?= cc

ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @printf '  %-6s %s\n'
endif

# Debian packages needed to build and run namnd (make run) ...
RUN_PKGS  = gcc make pkg-config libncurses-dev libsqlite3-dev libxlsxwriter-dev \
            libcsv-dev nettle-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core \
            libical-dev libgmime-3.0-dev
# ... and besides those to test and benchmark it (make check, make bench):
# the independent readers of what namnd writes.
DEB_PKGS = $(RUN_PKGS) \
           libcmocka-dev sqlite3 tmux python3 python3-openpyxl python3-xlsxwriter \
           poppler-utils python3-pikepdf liblcms2-2 libreoffice-calc-nogui \
           openssh-client python3-icalendar python3-jsonschema chromium

PKGS       = ncursesw sqlite3 nettle
# Loaded when first needed (src/export/lazy.h), not linked: with their
# dependencies some fifty shared libraries the dynamic loader would map
# and relocate at the start of every command. dlopen is in glibc's libc.
LAZY_PKGS  = xlsxwriter cairo pangocairo libical gmime-3.0
# Recursively expanded: evaluated after `deps` has installed pkg-config.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) $(LAZY_PKGS))
# libcsv ships no .pc file.
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lcsv
# The name (soname) each lazy library is opened by, read from the
# library this build compiles against.
soname = $(shell readelf -d "$$($(CC) -print-file-name=lib$(1).so)" 2>/dev/null | \
	sed -n 's/.*soname: \[\(.*\)\]/\1/p')
LAZY_SONAMES = -DND_SONAME_CAIRO='"$(call soname,cairo)"' \
	-DND_SONAME_PANGOCAIRO='"$(call soname,pangocairo-1.0)"' \
	-DND_SONAME_GMIME='"$(call soname,gmime-3.0)"' \
	-DND_SONAME_ICAL='"$(call soname,ical)"' \
	-DND_SONAME_XLSXWRITER='"$(call soname,xlsxwriter)"'
TEST_LIBS  = $(shell pkg-config --libs cmocka)

WARN = -std=c11 -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wvla
OPT_release = -O2 -g
OPT_asan    = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=all
OPT_debug   = -O0 -g
ALL_CFLAGS  = $(WARN) $(OPT_$(MODE)) -Iinclude -I$(BUILD) $(PKG_CFLAGS) \
              -D_POSIX_C_SOURCE=200809L $(CFLAGS)
ALL_LDFLAGS = $(OPT_$(MODE)) $(LDFLAGS)

BUILD = build/$(MODE)

LIB_SRC = $(wildcard src/core/*.c src/store/*.c src/export/*.c)
CLI_SRC = $(wildcard src/cli/*.c src/tui/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/schema_sql.o
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB     = $(BUILD)/libnamnd.a
BIN     = $(BUILD)/namnd

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BENCH_BIN = $(BUILD)/bench/benchgen $(BUILD)/bench/benchrun

MIGRATIONS = $(sort $(wildcard schema/[0-9][0-9][0-9]_*.sql))

.PHONY: all deps deps-run install-pkgs check test run demo bench fuzz install uninstall clean
.DELETE_ON_ERROR:

all: $(BIN)

$(BIN): $(CLI_OBJ) $(LIB)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(PKG_LIBS) -lm

$(LIB): $(LIB_OBJ)
	$(say) AR $@
	$(Q)rm -f $@ && ar rcs $@ $(LIB_OBJ)

$(addprefix $(BUILD)/src/export/,doc_pdf.o mail.o plan_ics.o doc_xlsx.o report_xlsx.o): \
	ALL_CFLAGS += $(LAZY_SONAMES)

$(BUILD)/%.o: %.c $(wildcard include/namnd/*.h) $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The migrations and the demo data are compiled into the binary.
$(BUILD)/schema_sql.c: $(MIGRATIONS) schema/demo.sql tests/embed.awk
	@mkdir -p $(dir $@)
	$(say) GEN $@
	$(Q)awk -f tests/embed.awk $(MIGRATIONS) schema/demo.sql > $@

$(BUILD)/schema_sql.o: $(BUILD)/schema_sql.c
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(PKG_LIBS) $(TEST_LIBS) -lm

$(BUILD)/bench/%: tests/bench/%.c tests/bench/benchdata.h $(LIB)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(PKG_LIBS) -lm

# Installs the Debian packages above when run as root; otherwise prints the
# line to run. Does nothing when everything is installed already.
deps:
	$(Q)$(MAKE) --no-print-directory install-pkgs WANT="$(DEB_PKGS)"

# Only what building and running needs: a newcomer's `make run` does not
# fetch the test readers (Chromium, LibreOffice).
deps-run:
	$(Q)$(MAKE) --no-print-directory install-pkgs WANT="$(RUN_PKGS)"

install-pkgs:
	@missing=$$(for p in $(WANT); do \
	  dpkg-query -W -f='$${db:Status-Status}\n' $$p 2>/dev/null | grep -qx installed || echo $$p; \
	done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installerar: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "Paket saknas. Kör:"; echo "  sudo apt-get install -y $$missing"; exit 1; \
	fi

# All tests, built with AddressSanitizer and UndefinedBehaviorSanitizer.
check: deps
	$(Q)$(MAKE) --no-print-directory MODE=asan test

PLAN_BIN = $(BUILD)/tests/query_plans

test: $(BIN) $(UNIT_BIN) $(BENCH_BIN) $(PLAN_BIN)
	$(Q)NAMND_BIN=$(BIN) BUILD=$(BUILD) sh tests/run.sh $(UNIT_BIN)

# run: sets up and opens the demo database, making it only when it is
# missing, so what was done in an earlier run is still there.
# demo: makes the demo database anew (an earlier demo is replaced), then
# opens it.
DEMO_DB = build/demo.db
run: deps-run
	$(Q)$(MAKE) --no-print-directory MODE=release all
	$(Q)[ -e $(DEMO_DB) ] || build/release/namnd --db $(DEMO_DB) demo
	$(Q)build/release/namnd --db $(DEMO_DB)

demo: deps-run
	$(Q)$(MAKE) --no-print-directory MODE=release all
	$(Q)build/release/namnd --db $(DEMO_DB) demo --force
	$(Q)build/release/namnd --db $(DEMO_DB)

# Benchmarks report figures only; they never pass or fail on time.
BENCH_DB ?= build/bench.db
BENCH_YEARS ?= 20
BENCH_CASES ?= 1000000
BENCH_PARAGRAPHS ?= 200000
bench: deps
	$(Q)$(MAKE) --no-print-directory MODE=release all $(BENCH_BIN:build/asan/%=build/release/%)
	$(Q)BENCH_DB=$(BENCH_DB) BENCH_YEARS=$(BENCH_YEARS) BENCH_CASES=$(BENCH_CASES) \
	  BENCH_PARAGRAPHS=$(BENCH_PARAGRAPHS) BUILD=build/release sh tests/bench/run.sh

# Coverage-guided fuzzing of the core parsers (clang + libFuzzer from
# Debian's clang and libclang-rt-14-dev). FUZZ_SECONDS per run.
FUZZ_SECONDS ?= 60
fuzz:
	@mkdir -p build/fuzz/corpus
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude \
	  -D_POSIX_C_SOURCE=200809L -o build/fuzz/fuzz_parsers tests/fuzz/fuzz_parsers.c \
	  src/core/*.c -lcsv
	build/fuzz/fuzz_parsers -max_total_time=$(FUZZ_SECONDS) build/fuzz/corpus

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/namnd
	install -m 644 src/cli/namnd.1 $(DESTDIR)$(MANDIR)/man1/namnd.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/namnd $(DESTDIR)$(MANDIR)/man1/namnd.1

clean:
	rm -rf build
