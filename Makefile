# Makefile: builds build/libfoi.a (everything but app/main.c), build/foi and
# the tests; sanitizer objects live apart in build/asan/. `make help` lists targets.
PKG_CONFIG ?= pkg-config
CC ?= cc
PKGS := libxml-2.0 libpcre2-8 sqlite3 jansson libcrypto libzip freexl
# MuPDF ships as static libraries only: its private dependencies come with
# --static, and its HTML layout code wants harfbuzz, which the .pc file omits
PDF_LIBS = $(shell $(PKG_CONFIG) --static --libs mupdf 2>/dev/null) -lharfbuzz

# Install missing Debian packages before computing flags (scripts/deps.sh).
ifeq ($(filter clean help,$(MAKECMDGOALS)),)
DEPS_OK := $(shell sh scripts/deps.sh --check 2>/dev/null && echo yes)
ifneq ($(DEPS_OK),yes)
$(info scripts/deps.sh: installing missing libraries)
DEPS_RUN := $(shell sh scripts/deps.sh 1>&2; echo $$?)
ifneq ($(DEPS_RUN),0)
$(error missing libraries: run scripts/deps.sh as root)
endif
endif
endif

PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) mupdf 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) $(PDF_LIBS) -lcsv -lm -lpthread
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

WARN := -Wall -Wextra -Werror -Wstrict-prototypes -Wvla -Wwrite-strings -fno-common -Wno-unused-parameter
DEFS := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
        -DFOI_SRCDIR='"$(CURDIR)"'
OPT ?= -O3 -g
CFLAGS_ALL = -std=c11 $(OPT) $(WARN) $(DEFS) $(PKG_CFLAGS) -I. -MMD -MP $(CFLAGS)
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

ifeq ($(V),1)
Q :=
else
Q := @
endif

LIB_SRC := $(sort $(wildcard core/*.c normalize/*.c parsers/*.c analyze/*.c export/*.c app/*.c))
LIB_SRC := $(filter-out app/main.c,$(LIB_SRC))
LIB_OBJ := $(patsubst %.c,build/obj/%.o,$(LIB_SRC))
ASAN_OBJ := $(patsubst %.c,build/asan/obj/%.o,$(LIB_SRC))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN := $(patsubst tests/unit/%.c,build/tests/%,$(TEST_SRC))
ASAN_TEST_BIN := $(patsubst tests/unit/%.c,build/asan/tests/%,$(TEST_SRC))

.PHONY: all demo check layers test unit golden-check e2e asan asan-test check-valgrind fuzz golden bench deps clean help metamorphic metamorphic-check
all: build/foi

# The flags every object was compiled with: rewritten only when they change
# (OPT=..., CFLAGS=..., a new pkg-config answer), so that objects built with
# other flags are rebuilt instead of linked in beside new ones.
FLAGS_STAMP := build/cflags.txt
ifneq ($(strip $(file <$(FLAGS_STAMP))),$(strip $(CFLAGS_ALL)))
$(shell mkdir -p build)
$(file >$(FLAGS_STAMP),$(CFLAGS_ALL))
endif

build/obj/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS_ALL) -c $< -o $@

build/asan/obj/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC-ASAN $<")
	$(Q)$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -c $< -o $@

build/libfoi.a: $(LIB_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

build/asan/libfoi.a: $(ASAN_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

build/foi: build/obj/app/main.o build/libfoi.a
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $^ $(PKG_LIBS)

build/asan/foi: build/asan/obj/app/main.o build/asan/libfoi.a
	$(Q)$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS)

build/tests/%: build/obj/tests/unit/%.o build/libfoi.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $^ $(PKG_LIBS) $(CMOCKA_LIBS)

build/asan/tests/%: build/asan/obj/tests/unit/%.o build/asan/libfoi.a
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS) $(CMOCKA_LIBS)

# ---------------------------------------------------------------- running
demo: build/foi
	./build/foi build fixtures/responses -o out --expect fixtures/expect.txt --link-prefix ../fixtures/responses/; \
	  rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 2 ] || exit $$rc
	@echo "demo: wrote out/ (records.csv, comparable.csv, foi.sqlite, report.html, ...)"

unit: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; ./$$t; done

golden-check: build/foi
	@sh tests/golden/run.sh build/foi

e2e: build/foi
	@set -e; for t in $(sort $(wildcard tests/e2e/*.sh)); do echo "== $$t"; FOI=build/foi sh $$t; done

layers:
	@sh scripts/check_layers.sh

test: layers unit golden-check e2e

asan-test: $(ASAN_TEST_BIN) build/asan/foi
	@set -e; for t in $(ASAN_TEST_BIN); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 ./$$t; done
	@set -e; for t in $(sort $(wildcard tests/e2e/*.sh)); do echo "== asan $$t"; FOI=build/asan/foi FOI_ASAN=1 sh $$t; done
	@sh tests/golden/run.sh build/asan/foi

asan: build/asan/foi $(ASAN_TEST_BIN)

check: test asan-test metamorphic-check
	@echo "check: all tests passed (plain and ASan+UBSan)"

# metamorphic tests (docs/metamorphic.md): every keyed set rewritten without changing its meaning
# (columns and rows reordered, a notes column, HTML structure, CSV dialects, letters re-wrapped),
# built, scored; fails when a mutation loses or adds more figures than tests/golden/metamorphic-floors.txt
METAPY ?= /usr/bin/python3
metamorphic: build/foi
	@$(METAPY) scripts/metamorphic.py run --out build/metamorphic --floors tests/golden/metamorphic-floors.txt

metamorphic-check: build/foi
	@$(METAPY) scripts/metamorphic.py run --out build/metamorphic --floors tests/golden/metamorphic-floors.txt --quiet

# FOI_NO_JIT=1: PCRE2's JIT-compiled code is opaque to valgrind
check-valgrind: $(TEST_BIN) build/foi
	@set -e; for t in $(TEST_BIN); do echo "== valgrind $$t"; \
	  FOI_NO_JIT=1 valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect ./$$t >/dev/null; done
	@FOI_NO_JIT=1 FOI_VALGRIND=1 sh tests/golden/run.sh build/foi

golden: build/foi
	@sh tests/golden/run.sh build/foi --update

fuzz:
	@sh tests/fuzz/run.sh

bench: build/foi
	@sh bench/run.sh

deps:
	@sh scripts/deps.sh --all

clean:
	rm -rf build out

help:
	@echo "targets: all demo check layers test unit golden-check e2e asan check-valgrind fuzz golden bench deps clean metamorphic"

-include $(LIB_OBJ:.o=.d) $(ASAN_OBJ:.o=.d) build/obj/app/main.d build/asan/obj/app/main.d
-include $(patsubst tests/unit/%.c,build/obj/tests/unit/%.d,$(TEST_SRC))
