#!/bin/sh
# run.sh [--build-only | --replay] [TARGET...]: builds the libFuzzer targets (clang, ASan+UBSan)
# into build/fuzz/ and runs each for FUZZ_SECONDS (default 60, one core; FUZZ_MAX_LEN
# largest input, default 65536). `make fuzz` calls it from the project root.
set -u
ROOT=$(pwd)
ALL="html csv text bytes period value process serial xlsx docx ods zip xls pdf"
SECS=${FUZZ_SECONDS:-60}
CLANG=${FUZZ_CC:-}
B=build/fuzz
mode=run
case "${1:-}" in
--build-only) mode=build; shift ;;
--replay) mode=replay; shift ;;
-h|--help) sed -n '2,4p' "$0"; exit 0 ;;
esac
TARGETS=${*:-$ALL}
for t in $TARGETS; do
    [ -f "tests/fuzz/fuzz_$t.c" ] || { echo "fuzz: unknown target '$t' (targets: $ALL)" >&2; exit 1; }
done

PKGS="libxml-2.0 libpcre2-8 sqlite3 jansson libcrypto libzip freexl"
PKG_CFLAGS=$(pkg-config --cflags $PKGS mupdf 2>/dev/null) || { echo "fuzz: pkg-config cannot find $PKGS mupdf (run scripts/deps.sh)" >&2; exit 1; }
# MuPDF: static libraries and their private dependencies (see the Makefile's PDF_LIBS)
PKG_LIBS="$(pkg-config --libs $PKGS) $(pkg-config --static --libs mupdf) -lharfbuzz -lcsv -lm -lpthread"
DEFS="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DFOI_SRCDIR=\"$ROOT\""

# replay: the plain cc build, no clang needed (the same harness bodies)
if [ "$mode" = replay ]; then
    make -s build/libfoi.a || exit 1
    mkdir -p $B
    ${CC:-cc} -std=c11 -O1 -g $DEFS $PKG_CFLAGS -I. -o $B/replay tests/fuzz/replay.c tests/fuzz/harness.c \
        build/libfoi.a $PKG_LIBS || exit 1
    rc=0
    for t in $TARGETS; do
        set --
        [ -d tests/fuzz/seeds/$t ] && set -- "$@" tests/fuzz/seeds/$t
        [ -d tests/fuzz/regressions/$t ] && set -- "$@" tests/fuzz/regressions/$t
        [ $# -gt 0 ] || continue
        $B/replay $t "$@" 2>&1 | tail -n 1 || rc=1
    done
    exit $rc
fi

# clang and its libFuzzer runtime (Debian: clang-14 and libclang-rt-14-dev)
if [ -z "$CLANG" ]; then
    for c in clang clang-14 clang-15 clang-16; do
        command -v $c >/dev/null 2>&1 && { CLANG=$c; break; }
    done
fi
if [ -z "$CLANG" ]; then
    echo "fuzz: clang is missing; install it with: apt-get install clang-14 libclang-rt-14-dev" >&2
    exit 1
fi
mkdir -p $B/obj $B/artifacts
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >$B/probe.c
if ! $CLANG -fsanitize=fuzzer,address,undefined -o $B/probe $B/probe.c 2>$B/probe.err; then
    echo "fuzz: $CLANG cannot link libFuzzer; install: apt-get install libclang-rt-14-dev (clang's compiler-rt)" >&2
    sed -n 1,3p $B/probe.err >&2
    exit 1
fi

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFL="-std=c11 -g -O1 -w $DEFS $PKG_CFLAGS -I."
# library objects: rebuilt when their source or any header is newer
newest_h=$(ls -t core/*.h normalize/*.h parsers/*.h parsers/*.def analyze/*.h export/*.h app/*.h tests/fuzz/*.h 2>/dev/null | head -n 1)
objs=""
for src in core/*.c normalize/*.c parsers/*.c analyze/*.c export/*.c app/*.c tests/fuzz/harness.c; do
    [ "$src" = app/main.c ] && continue
    o=$B/obj/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')
    if [ ! -f "$o" ] || [ "$src" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then
        echo "  CC-FUZZ $src"
        $CLANG $CFL $SAN -fsanitize=fuzzer-no-link -c "$src" -o "$o" || exit 1
    fi
    objs="$objs $o"
done
rm -f $B/libfoi-fuzz.a
ar rcs $B/libfoi-fuzz.a $objs || exit 1
for t in $TARGETS; do
    echo "  LD-FUZZ $B/fuzz_$t"
    $CLANG $CFL $SAN -fsanitize=fuzzer -o $B/fuzz_$t tests/fuzz/fuzz_$t.c $B/libfoi-fuzz.a $PKG_LIBS || exit 1
done
[ "$mode" = build ] && exit 0

# run: one target at a time (one core), corpus kept in build/fuzz/corpus/<t>
crashes=0
for t in $TARGETS; do
    c=$B/corpus/$t
    a=$B/artifacts/$t
    mkdir -p "$c" "$a"
    set -- "$c"
    [ -d tests/fuzz/seeds/$t ] && set -- "$@" tests/fuzz/seeds/$t
    [ -d tests/fuzz/regressions/$t ] && set -- "$@" tests/fuzz/regressions/$t
    dict=""
    [ -f tests/fuzz/$t.dict ] && dict="-dict=tests/fuzz/$t.dict"
    before=$(ls "$a" | wc -l)
    echo "== fuzz_$t for ${SECS}s"
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/fuzz/lsan.supp} \
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        $B/fuzz_$t -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-65536}" \
            -print_final_stats=1 -artifact_prefix="$a/" $dict "$@" >$B/$t.log 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' $B/$t.log | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' $B/$t.log | tail -n 1)
    after=$(ls "$a" | wc -l)
    echo "fuzz_$t: exit $rc, ${execs:-?} executions in ${SECS}s, $cov, corpus $(ls "$c" | wc -l) files, $((after - before)) new artifacts"
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$t" "$SECS" "${execs:-?}" "$rc" >>$B/stats.tsv
    if [ $rc -ne 0 ] || [ "$after" -gt "$before" ]; then
        crashes=$((crashes + 1))
        echo "fuzz_$t: FAILED; see $B/$t.log and $a/ (add the input to tests/fuzz/regressions/$t/)" >&2
        grep -m 3 -E 'ERROR|runtime error|invariant' $B/$t.log >&2
    fi
done
[ $crashes -eq 0 ] || { echo "fuzz: $crashes target(s) failed" >&2; exit 1; }
echo "fuzz: all targets ran clean"
