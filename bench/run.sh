#!/bin/sh
# run.sh: `make bench`. On two families of seeded synthetic corpora, each at
# 1,000 and 10,000 files:
#   gen   bench/gen.c: the fixture responses re-badged, shifted and padded
#         (about 45 figures a file);
#   rh    bench/anchors/gen_corpus.py: the record-heavy corpus every engineer
#         measures on (about 970 figures a file; its 1,000 files are the first
#         1,000 of the 10,000);
# it times, in one run on the same files:
#   - the bare-library floor (bench/anchors/floor.c) and the pandas route
#     (bench/anchors/peer.py, Debian's python3-pandas and python3-lxml,
#     installed here when missing and run as root);
#   - clean builds with -j1 (1,000 files) and with every core;
#   - a rebuild after adding one file, and one with nothing changed;
# with peak memory (foi's own process, the largest process, and the whole
# process tree at once) and the outputs' bytes per figure; prints ratios and
# writes everything to bench/results.md.
#
# Settings (environment): FOI (default build/foi), BENCH_SMALL, BENCH_LARGE
# (file counts, 1000 and 10000; BENCH_LARGE=0 runs the small size only),
# BENCH_RESULTS (where the results go, bench/results.md), BENCH_SEED (gen.c's seed), BENCH_RH_SEED
# (gen_corpus.py's, 1), BENCH_JOBS (all cores: nproc), BENCH_REPEAT (3: the
# 1,000-file builds, floor and peer.py are run that many times and the fastest
# kept; the machine is shared), BENCH_PEER_LARGE=1
# (peer.py on the 10,000-file corpora too), BENCH_KEEP=1 (keep the large
# outputs; they take about 15 GB each on the record-heavy corpus).
set -eu
cd "$(dirname "$0")/.."
FOI=${FOI:-build/foi}
FOI_SHOWN=$FOI
case $FOI in /*) ;; *) FOI=$(pwd)/$FOI ;; esac
CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
SEED=${BENCH_SEED:-20240601}
RH_SEED=${BENCH_RH_SEED:-1}
NS=${BENCH_SMALL:-1000}
NL=${BENCH_LARGE:-10000}
JOBS=${BENCH_JOBS:-$(nproc)}
RESULTS=${BENCH_RESULTS:-bench/results.md}
REP=${BENCH_REPEAT:-3}   # runs of each 1,000-file measurement (and of floor and peer): the fastest kept
W=bench/work
A=bench/anchors
mkdir -p "$W"
[ -x "$FOI" ] || { echo "bench: no foi binary at $FOI (run make first)" >&2; exit 1; }

# the anchors are copies of the shared ones: say so when they drift apart
if [ -d /work/shared/bench ]; then
    for f in gen_corpus.py floor.c peer.py; do
        if [ -f "/work/shared/bench/$f" ] && ! cmp -s "/work/shared/bench/$f" "$A/$f"; then
            echo "bench: note: $A/$f differs from /work/shared/bench/$f" >&2
        fi
    done
fi

# peer.py needs Debian's pandas and lxml for /usr/bin/python3
PEER=yes
if ! /usr/bin/python3 -c 'import pandas, lxml' 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing python3-pandas and python3-lxml for peer.py" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas python3-lxml >&2 ||
            { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas python3-lxml >&2; } || true
    fi
    /usr/bin/python3 -c 'import pandas, lxml' 2>/dev/null || {
        PEER=
        echo "bench: no pandas/lxml for /usr/bin/python3 (scripts/deps.sh --all as root): peer.py not run" >&2
    }
fi

echo "bench: building the generator, the timer and the floor" >&2
$CC -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -o "$W/gen" bench/gen.c
$CC -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -o "$W/peak" bench/peak.c
# shellcheck disable=SC2046
$CC -O2 -o "$W/floor" "$A/floor.c" $($PKG_CONFIG --cflags --libs libxml-2.0 libpcre2-8) -lcsv

# ------------------------------------------------------------------ corpora
# Generated once per (generator, seed, count); a stamp says which. gen.c's
# also depend on the fixtures it re-badges.
GEN_SUM=$( (cat bench/gen.c; find fixtures/responses -type f | LC_ALL=C sort | while IFS= read -r f; do cat "$f"; done) |
    cksum | cut -d' ' -f1)
RH_SUM=$(cksum <"$A/gen_corpus.py" | cut -d' ' -f1)
corpus() {   # corpus FAMILY COUNT
    dir=$W/$1-$2
    case $1 in
    gen) want="gen $SEED $2 $GEN_SUM" ;;
    rh) want="rh $RH_SEED $2 $RH_SUM" ;;
    esac
    if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$want" ]; then
        echo "bench: generating $1 corpus, $2 files, into $dir" >&2
        rm -rf "$dir" "$dir.stamp"
        case $1 in
        gen) "$W/gen" fixtures/responses "$dir" "$2" "$SEED" >/dev/null ;;
        rh) python3 "$A/gen_corpus.py" --files "$2" --seed "$RH_SEED" --out "$dir" --jobs "$JOBS" >/dev/null ;;
        esac
        echo "$want" >"$dir.stamp"
    fi
}
# extra FAMILY DIR INDEX: add file number INDEX (the one after the last) to DIR
extra() {
    case $1 in
    gen) "$W/gen" fixtures/responses "$2" 1 "$SEED" "$3" >/dev/null ;;
    rh) python3 -c "import sys; sys.path.insert(0, '$A'); import gen_corpus; gen_corpus.make_one(($RH_SEED, $3, '$2'))" ;;
    esac
}
# unextra FAMILY DIR INDEX: take it out again
unextra() {
    case $1 in
    gen) find "$2" -name "*-g$(printf '%06d' "$3").*" -exec rm -f {} + ;;
    rh) find "$2" -name "FOI_*_$(printf '%06d' "$3").*" -exec rm -f {} + ;;
    esac
}
SIZES=$NS
[ "$NL" -gt 0 ] && SIZES="$NS $NL"
for fam in gen rh; do
    for n in $SIZES; do
        corpus "$fam" "$n"
        unextra "$fam" "$W/$fam-$n" "$n"
    done
done
bytes_of() { find "$1" -type f ! -name '.*' -exec cat {} + | wc -c; }

# foi reads its shipped taxonomy at run time: use a snapshot, so an edit in
# the tree during the run cannot change the cache key between two builds
rm -rf "$W/taxonomy"
cp -R "${FOI_TAXONOMY_DIR:-normalize/taxonomy}" "$W/taxonomy"
FOI_TAXONOMY_DIR=$(pwd)/$W/taxonomy
export FOI_TAXONOMY_DIR

ROWS=$W/rows.txt
RATIOS=$W/ratios.txt
BYTES=$W/bytes.txt
PHASES=$W/phases.txt
: >"$ROWS"
: >"$RATIOS"
: >"$BYTES"
: >"$PHASES"
num() { echo "$1" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p"; }

# build LABEL CORPUS OUT [foi options]: time one build (after a sync, so it
# does not pay for the previous one's writes), check it understood the corpus
# (figures from at least 90% of its files), add a row; sets WALL, CPU, SELF,
# MAX, SUM (KB) and FIGS
build() {
    label=$1 dir=$2 out=$3
    shift 3
    echo "bench: $label" >&2
    sync
    errs=$(FOI_TIMINGS=1 "$W/peak" "$FOI" build "$dir" -o "$out" -q "$@" 2>&1 >/dev/null || true)
    line=$(echo "$errs" | grep '^peak:' || true)
    echo "$errs" | sed -n 's/^foi: timing: \(.*[^ ]\)  *\([0-9][0-9]*\.[0-9]*\) s\(  (peak \([0-9]*\) MB)\)\{0,1\}$/\1|\2|\4/p' |
        awk -F'|' -v label="$label" '
        { if ($2 > 0.05) p = p sprintf("%s%s %.1f s", (p ? ", " : ""), $1, $2); if ($3 != "") m = $3 }
        END { if (p) printf "- %s: %s%s\n", label, p, (m != "" ? sprintf("; foi peak %s MB", m) : "") }' >>"$PHASES"
    rc=$(num "$line" rc)
    if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
        echo "bench: $label: foi build failed ($line)" >&2
        echo "$errs" | tail -5 >&2
        exit 1
    fi
    files=$(awk 'END { print NR - 1 }' "$out/sources.csv")
    FIGS=$(awk -F, 'NR > 1 { s += $8 } END { print s + 0 }' "$out/sources.csv")
    ff=$(awk -F, 'NR > 1 && $8 > 0 { n++ } END { print n + 0 }' "$out/sources.csv")
    # a build that reads nothing is no run; a third of files without figures is allowed: the
    # record-heavy corpus's case lists (reference | date | rank | allegation | outcome | days to
    # finalise) hold no count at all since round 22 (a days column is no count), about 23% of it
    if [ "$FIGS" -eq 0 ] || [ $((ff * 3)) -lt $((files * 2)) ]; then
        echo "bench: $label: only $ff of $files files gave figures ($FIGS figures): not a valid run" >&2
        exit 1
    fi
    WALL=$(num "$line" wall)
    CPU=$(awk -v u="$(num "$line" user)" -v s="$(num "$line" sys)" 'BEGIN { printf "%.1f", u + s }')
    SELF=$(num "$line" self_kb)
    MAX=$(num "$line" max_kb)
    SUM=$(num "$line" sum_kb)
    echo "| $label | $files | $WALL | $CPU | $FIGS | $((SELF / 1024)) | $((MAX / 1024)) | $((SUM / 1024)) |" >>"$ROWS"
}

# best R LABEL CORPUS OUT [options]: build R times, keep the fastest (this
# machine is shared: the least disturbed run is the one that says most)
best() {
    r=$1
    shift
    bw= brow=
    : >"$ROWS.one"
    i=0
    while [ "$i" -lt "$r" ]; do
        keep_rows=$ROWS
        ROWS=$ROWS.try
        : >"$ROWS"
        build "$@"
        ROWS=$keep_rows
        if [ -z "$bw" ] || awk -v a="$WALL" -v b="$bw" 'BEGIN { exit !(a < b) }'; then
            bw=$WALL bcpu=$CPU bself=$SELF bmax=$MAX bsum=$SUM
            brow=$(cat "$ROWS.try")
        fi
        i=$((i + 1))
    done
    rm -f "$ROWS.try" "$ROWS.one"
    WALL=$bw CPU=$bcpu SELF=$bself MAX=$bmax SUM=$bsum
    echo "$brow" >>"$ROWS"
}

# floor DIR -> FLOOR (seconds); peer DIR -> PEERS (seconds, or empty)
floor_of() {
    echo "bench: floor, $1" >&2
    sync
    FLOOR=
    for i in $(seq "$REP"); do
        t=$("$W/floor" "$1" | head -1 | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
        if [ -z "$FLOOR" ] || awk -v a="$t" -v b="$FLOOR" 'BEGIN { exit !(a < b) }'; then FLOOR=$t; fi
    done
    echo "| floor.c (libxml2 + libcsv + PCRE2 only), $2 | $3 | $FLOOR | $FLOOR | - | - | - | - |" >>"$ROWS"
}
peer_of() {
    PEERS=
    [ -n "$PEER" ] || return 0
    echo "bench: peer.py, $1" >&2
    sync
    for i in $(seq "$REP"); do
        t=$(/usr/bin/python3 "$A/peer.py" "$1" 2>/dev/null | head -1 | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
        if [ -z "$PEERS" ] || awk -v a="$t" -v b="$PEERS" 'BEGIN { exit !(a < b) }'; then PEERS=$t; fi
    done
    echo "| peer.py (pandas read_html, read_csv, re), $2 | $3 | $PEERS | - | - | - | - | - |" >>"$ROWS"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 <= 0) print "-"; else printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 <= 0) print "-"; else printf "%.1f%%", 100 * a / b }'; }

# bytes per figure of each output of OUT
bytes_row() {
    out=$1 label=$2 figs=$3
    line="| $label | $figs"
    total=0
    for f in records.csv records.ndjson foi.sqlite issues.csv comparable.csv sources.csv report.html; do
        b=$(wc -c <"$out/$f")
        total=$((total + b))
        line="$line | $(awk -v b="$b" -v n="$figs" 'BEGIN { printf "%.0f", b / n }')"
    done
    rep=$(wc -c <"$out/report.html")
    line="$line | $(awk -v b="$total" -v n="$figs" 'BEGIN { printf "%.0f", b / n }') | $(awk -v b="$rep" 'BEGIN { printf "%.1f", b / 1048576 }') |"
    echo "$line" >>"$BYTES"
}

T0=$(date +%s)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
for fam in gen rh; do
    case $fam in gen) name="bench/gen.c" ;; rh) name="gen_corpus.py" ;; esac
    for n in $SIZES; do
        dir=$W/$fam-$n
        out=$W/out-$fam-$n
        rm -rf "$out" "$out-j1"
        floor_of "$dir" "$name, $n files" "$n"
        PEERS=
        if [ "$n" = "$NS" ] || [ "${BENCH_PEER_LARGE:-}" = 1 ]; then
            peer_of "$dir" "$name, $n files" "$n"
        fi
        J1=
        if [ "$n" = "$NS" ]; then
            best "$REP" "$name, $n files, clean, -j1" "$dir" "$out-j1" -j 1 --clean
            J1=$WALL
            rm -rf "$out-j1"
        fi
        if [ "$n" = "$NS" ]; then
            best "$REP" "$name, $n files, clean, -j$JOBS" "$dir" "$out" -j "$JOBS" --clean
        else
            build "$name, $n files, clean, -j$JOBS" "$dir" "$out" -j "$JOBS" --clean
        fi
        CLEAN=$WALL CSELF=$SELF CMAX=$MAX CSUM=$SUM CFIGS=$FIGS
        bytes_row "$out" "$name, $n files" "$FIGS"
        extra "$fam" "$dir" "$n"
        build "$name, $n files + 1, rebuild, -j$JOBS" "$dir" "$out" -j "$JOBS"
        REB=$WALL
        # what any update of records.csv and records.ndjson costs at least
        # here: a copy of both, synced (the rows are sorted by figure, so one
        # new file's rows land all through them)
        sync
        t0=$(date +%s.%N)
        cat "$out/records.csv" >"$W/copy.tmp" && cat "$out/records.ndjson" >>"$W/copy.tmp" && sync "$W/copy.tmp" 2>/dev/null || sync
        COPY=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
        rm -f "$W/copy.tmp"
        echo "| copy of records.csv and records.ndjson, synced, $name, $n files | $n | $COPY | - | - | - | - | - |" >>"$ROWS"
        # and of every file an update writes again (all but foi.sqlite,
        # updated in its place, and the cache, appended to)
        sync
        t0=$(date +%s.%N)
        for f in "$out"/* "$out"/.foi-*; do
            case ${f##*/} in foi.sqlite | .foi-cache*) continue ;; esac
            cat "$f"
        done >"$W/copy.tmp" && sync "$W/copy.tmp" 2>/dev/null || sync
        COPYALL=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
        ALLMB=$(($(wc -c <"$W/copy.tmp") / 1048576))
        rm -f "$W/copy.tmp"
        echo "| copy of every file an update rewrites ($ALLMB MB), synced, $name, $n files | $n | $COPYALL | - | - | - | - | - |" >>"$ROWS"
        build "$name, $n files + 1, nothing changed, -j$JOBS" "$dir" "$out" -j "$JOBS"
        unextra "$fam" "$dir" "$n"
        # the same update again, the other way: the previous outputs are now
        # the ones the first update just wrote (on a machine that pages out
        # what was not touched for a minute, the clean build's were not)
        build "$name, $n files, the file removed again, rebuild, -j$JOBS" "$dir" "$out" -j "$JOBS"
        REB2=$WALL
        echo "| $name | $n | $CFIGS | $(ratio "$J1" "$FLOOR") | $(ratio "$PEERS" "$CLEAN") | $(pct "$REB" "$CLEAN") | $(pct "$REB2" "$CLEAN") | $(pct "$COPY" "$CLEAN") | $(pct "$COPYALL" "$CLEAN") | $((CSELF / 1024)) | $((CMAX / 1024)) | $((CSUM / 1024)) |" >>"$RATIOS"
        [ "$n" = "$NL" ] && [ "${BENCH_KEEP:-}" != 1 ] && rm -rf "$out"
    done
done
T1=$(date +%s)
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

{
    echo "# foi benchmark"
    echo
    echo "Command: \`make bench\` (bench/run.sh), $(nproc) cores, $(uname -sm); all cores: -j$JOBS."
    echo "foi: $FOI_SHOWN ($("$FOI" --version 2>&1 | head -1))."
    echo "Corpora: bench/gen.c (seed $SEED; the fixture responses re-badged as other forces, years shifted,"
    echo "figures scaled, padded to 2-200 KB) and bench/anchors/gen_corpus.py (seed $RH_SEED; the shared"
    echo "record-heavy corpus, about 970 figures a file), each at $(echo "$SIZES" | sed 's/ / and /') files."
    echo
    echo "## Ratios"
    echo
    echo "| corpus | files | figures | -j1 / floor | peer.py / all cores | rebuild after adding 1 file / clean | rebuild after removing it again / clean | copying the records files / clean | copying every file an update rewrites / clean | foi peak MB | largest process MB | whole tree MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$RATIOS"
    echo
    echo "- -j1 / floor: a clean -j1 build's wall time over floor.c's on the same files (target: at most 10)."
    echo "- peer.py / all cores: peer.py's time over a clean build's with every core (target: at least 3)."
    echo "- rebuild / clean: the build after adding one file (outputs updated in place) over the clean build"
    echo "  with every core (target: at most 5%), and the update back (the file removed again) right after;"
    echo "  beside them, what copying records.csv and records.ndjson"
    echo "  (cat, then sync) takes on this machine, over the same clean build: the least any update of"
    echo "  them costs, since one new file's rows land all through them (they are sorted by figure);"
    echo "  and copying every file an update writes again (the outputs but foi.sqlite, and the state"
    echo "  beside them): what an update costs on this machine with no work of its own."
    echo "- Memory of the clean build with every core: foi's own process (VmHWM), the largest process"
    echo "  (wait4's ru_maxrss over foi and its workers), and the most the whole process tree held at"
    echo "  once (proportional set sizes added up every 10 ms) (target: under 300 MB)."
    echo
    echo "## Runs"
    echo
    echo "| run | files | wall s | CPU s | figures | foi peak MB | largest process MB | whole tree MB |"
    echo "|---|---|---|---|---|---|---|---|"
    cat "$ROWS"
    echo
    echo "Every build runs after a sync (it does not pay for the previous one's writes); the 1,000-file"
    echo "builds, floor.c and peer.py run $REP times and the fastest is kept. CPU s: user +"
    echo "system time of foi and its workers. floor.c and peer.py report their own walk + read + parse"
    echo "seconds (imports excluded). Load average before and after: $LOAD0 / $LOAD1 (other work on the"
    echo "machine inflates wall times, not CPU times). Whole run: $((T1 - T0)) s."
    echo
    echo "## Output bytes per figure (clean build)"
    echo
    echo "| corpus | figures | records.csv | records.ndjson | foi.sqlite | issues.csv | comparable.csv | sources.csv | report.html | all | report.html MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$BYTES"
    echo
    echo "## Where the wall time went (FOI_TIMINGS=1; phases over 0.05 s)"
    echo
    cat "$PHASES"
} >"$RESULTS"
cat "$RESULTS"
