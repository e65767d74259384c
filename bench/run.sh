#!/bin/sh
# run.sh: `make bench`: on seeded synthetic corpora of 1,000 and 10,000
# responses, time clean builds and a rebuild, peak memory, figures found, and
# the bare-library floor; print a table and write it to bench/results.md.

# Settings (environment): FOI (default build/foi), BENCH_SEED, BENCH_SMALL,
# BENCH_LARGE (file counts).
set -eu
cd "$(dirname "$0")/.."
FOI=${FOI:-build/foi}
FOI_SHOWN=$FOI
case $FOI in /*) ;; *) FOI=$(pwd)/$FOI ;; esac
CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
SEED=${BENCH_SEED:-20240601}
NS=${BENCH_SMALL:-1000}
NL=${BENCH_LARGE:-10000}
W=bench/work
mkdir -p "$W"
[ -x "$FOI" ] || { echo "bench: no foi binary at $FOI (run make first)" >&2; exit 1; }

echo "bench: building the generator, the timer and the floor" >&2
$CC -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -o "$W/gen" bench/gen.c
$CC -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -o "$W/peak" bench/peak.c
# shellcheck disable=SC2046
$CC -std=c11 -O2 -D_XOPEN_SOURCE=700 $($PKG_CONFIG --cflags libxml-2.0 libpcre2-8) -o "$W/floor" bench/floor.c \
    $($PKG_CONFIG --libs libxml-2.0 libpcre2-8) -lcsv

# corpus NAME COUNT: generated once per (seed, count, generator, fixtures);
# a stamp says which
GEN_SUM=$( (cat bench/gen.c; find fixtures/responses -type f | LC_ALL=C sort | while IFS= read -r f; do cat "$f"; done) |
    cksum | cut -d' ' -f1)
corpus() {
    dir=$W/$1
    if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$SEED $2 $GEN_SUM" ]; then
        echo "bench: generating $2 files into $dir" >&2
        rm -rf "$dir" "$dir.stamp"
        "$W/gen" fixtures/responses "$dir" "$2" "$SEED" >/dev/null
        echo "$SEED $2 $GEN_SUM" >"$dir.stamp"
    fi
}
corpus small "$NS"
corpus large "$NL"
# the one file the rebuild adds (index NL) must not be left from a previous run
find "$W/large" -name "*-g$(printf '%06d' "$NL").*" -exec rm -f {} +

bytes_of() { find "$1" -type f ! -name '.*' -exec cat {} + | wc -c; }
SMALL_BYTES=$(bytes_of "$W/small")
LARGE_BYTES=$(bytes_of "$W/large")

ROWS=$W/rows.txt
: >"$ROWS"
PHASES=$W/phases.txt
: >"$PHASES"
# row LABEL FILES BYTES PEAKLINE FIGURES FILES_WITH_FIGURES
row() {
    echo "$4" | awk -v label="$1" -v files="$2" -v bytes="$3" -v figs="$5" -v ff="$6" '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        wall = v["wall"] + 0; if (wall <= 0) wall = 0.001
        self = v["self_kb"] / 1024; mx = v["max_kb"] / 1024
        worker = (mx > self + 0.5) ? sprintf("%.0f", mx) : sprintf("<= %.0f", self)
        cpu = v["user"] + v["sys"]
        printf "| %s | %d | %.1f | %.2f | %.1f | %.0f | %.2f | %s | %s | %.0f | %s |\n",
            label, files, bytes / 1048576, wall, cpu, files / wall, bytes / 1048576 / wall, figs, ff, self, worker
    }' >>"$ROWS"
}

# build LABEL CORPUS OUT [foi options]: time one build, check it understood
# the corpus (figures from at least 90% of its files), add a row
LAST_WALL=0
build() {
    label=$1 dir=$2 out=$3
    shift 3
    echo "bench: $label" >&2
    errs=$(FOI_TIMINGS=1 "$W/peak" "$FOI" build "$dir" -o "$out" -q "$@" 2>&1 >/dev/null || true)
    line=$(echo "$errs" | grep '^peak:' || true)
    # where the wall time went, phase by phase (FOI_TIMINGS=1)
    # "foi: timing: NAME   1.234 s  (peak 205 MB)" -> "NAME|1.234|205"
    echo "$errs" | sed -n 's/^foi: timing: \(.*[^ ]\)  *\([0-9][0-9]*\.[0-9]*\) s\(  (peak \([0-9]*\) MB)\)\{0,1\}$/\1|\2|\4/p' |
        awk -F'|' -v label="$label" '
        { if ($2 > 0.05) p = p sprintf("%s%s %.1f s", (p ? ", " : ""), $1, $2); if ($3 != "") m = $3 }
        END { if (p) printf "- %s: %s%s\n", label, p, (m != "" ? sprintf("; foi peak %s MB", m) : "") }' >>"$PHASES"
    rc=$(echo "$line" | sed -n 's/.* rc=\([0-9]*\).*/\1/p')
    if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
        echo "bench: $label: foi build failed ($line)" >&2
        exit 1
    fi
    files=$(awk 'END { print NR - 1 }' "$out/sources.csv")
    figs=$(awk -F, 'NR > 1 { s += $NF } END { print s + 0 }' "$out/sources.csv")
    ff=$(awk -F, 'NR > 1 && $NF > 0 { n++ } END { print n + 0 }' "$out/sources.csv")
    if [ "$figs" -eq 0 ] || [ $((ff * 10)) -lt $((files * 9)) ]; then
        echo "bench: $label: only $ff of $files files gave figures ($figs figures): not a valid run" >&2
        exit 1
    fi
    bytes=$(bytes_of "$dir")
    row "$label" "$files" "$bytes" "$line" "$figs" "$ff"
    LAST_WALL=$(echo "$line" | sed -n 's/.*wall=\([0-9.]*\).*/\1/p')
}

# foi reads its shipped taxonomy at run time: use a snapshot, so an edit in
# the tree during the run cannot change the cache key between two builds
rm -rf "$W/taxonomy"
cp -R "${FOI_TAXONOMY_DIR:-normalize/taxonomy}" "$W/taxonomy"
FOI_TAXONOMY_DIR=$(pwd)/$W/taxonomy
export FOI_TAXONOMY_DIR

T0=$(date +%s)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
rm -rf "$W/out-small-j1" "$W/out-small-j2" "$W/out-large"
build "clean, $NS files, -j1" "$W/small" "$W/out-small-j1" -j 1 --clean
build "clean, $NS files, -j2" "$W/small" "$W/out-small-j2" -j 2 --clean
rm -rf "$W/out-large-j1"
build "clean, $NL files, -j1" "$W/large" "$W/out-large-j1" -j 1 --clean
rm -rf "$W/out-large-j1"
build "clean, $NL files, -j2" "$W/large" "$W/out-large" -j 2 --clean
CLEAN_WALL=$LAST_WALL
REBUILD_WALL=
if [ -f "$W/out-large/.foi-cache" ]; then
    "$W/gen" fixtures/responses "$W/large" 1 "$SEED" "$NL" >/dev/null
    build "rebuild after adding 1 file to $NL, -j2" "$W/large" "$W/out-large" -j 2
    REBUILD_WALL=$LAST_WALL
    # again with nothing new: the outputs are checked and left as they are
    build "rebuild, nothing changed, $((NL + 1)) files, -j2" "$W/large" "$W/out-large" -j 2
    find "$W/large" -name "*-g$(printf '%06d' "$NL").*" -exec rm -f {} +
else
    echo "bench: no $W/out-large/.foi-cache: this foi keeps no rebuild cache; rebuild not measured" >&2
fi

# the floor: the same corpora through the bare libraries, one process
floor() {
    echo "bench: floor, $2" >&2
    f=$("$W/floor" "$1")
    echo "$f" | awk -v label="floor (libxml2 + libcsv + PCRE2 only), $2" '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        s = v["seconds"] + 0; if (s <= 0) s = 0.001
        printf "| %s | %d | %.1f | %.2f | %.2f | %.0f | %.2f | - | - | - | - |\n",
            label, v["files"], v["bytes"] / 1048576, s, s, v["files"] / s, v["bytes"] / 1048576 / s
    }' >>"$ROWS"
}
floor "$W/small" "$NS files"
floor "$W/large" "$NL files"
T1=$(date +%s)

LOAD1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
PCT=$(awk -v a="$REBUILD_WALL" -v b="$CLEAN_WALL" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }')
{
    echo "# foi benchmark"
    echo
    echo "Command: \`make bench\` (bench/run.sh), seed $SEED, $(nproc) cores, $(uname -sm)."
    echo "foi: $FOI_SHOWN ($("$FOI" --version 2>&1 | head -1))."
    echo "Corpora: $NS files ($(awk -v b="$SMALL_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MB) and" \
         "$NL files ($(awk -v b="$LARGE_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MB) generated by bench/gen.c" \
         "from the fixture responses (10 forces' house styles, three in four files re-badged as one of 32 forces" \
         "without a plugin, years shifted, figures scaled, suppressed cells, 2-200 KB with added rows and boilerplate)."
    echo
    echo "| run | files | MB | wall s | CPU s | files/s | MB/s | figures | files with figures | foi peak MB | largest worker peak MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$ROWS"
    echo
    if [ -n "$REBUILD_WALL" ]; then
        echo "Rebuild after adding one file: ${REBUILD_WALL} s, ${PCT}% of the clean build (${CLEAN_WALL} s)."
    else
        echo "Rebuild after adding one file: not measured (this foi wrote no OUT_DIR/.foi-cache)."
    fi
    echo "Peak memory: foi's own process (VmHWM, sampled) and the largest process it waited for"
    echo "(wait4 ru_maxrss; \"<= N\" when no worker outgrew the parent). CPU s: user + system time of"
    echo "foi and its workers. files/s and MB/s are per wall second. Load average before and after:"
    echo "$LOAD0 / $LOAD1 (other work on the machine inflates wall times, not CPU times). Whole run: $((T1 - T0)) s."
    echo
    echo "Where the wall time went (FOI_TIMINGS=1; phases over 0.05 s):"
    echo
    cat "$PHASES"
} >bench/results.md
cat bench/results.md
