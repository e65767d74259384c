#!/bin/sh
# cli.sh: the command line's contract: help, version, usage errors and the
# exit statuses of `foi build` (0 all parsed, 1 usage, 2 some inputs failed,
# 3 outputs not written with the previous build untouched), interruption.
# Run from the project root with FOI=path/to/foi.
set -u
FOI=${FOI:-build/foi}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
check() { # description expected actual
    if [ "$2" = "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1 (expected $2, got $3)"; fi
}
run() { "$FOI" "$@" >"$T/out" 2>"$T/err"; echo $?; }

check "--version" 0 "$(run --version)"
grep -q '^foi [0-9]' "$T/out"; check "--version prints the version" 0 $?
check "--help" 0 "$(run --help)"
for c in build inspect parsers forces diff validate; do
    check "$c --help" 0 "$(run $c --help)"
    test -s "$T/out"; check "$c --help prints usage" 0 $?
done
check "no command" 1 "$(run)"
check "unknown command" 1 "$(run frobnicate)"
check "build without -o" 1 "$(run build fixtures/responses)"
check "build of a missing folder" 1 "$(run build "$T/nope" -o "$T/o")"
grep -q "nope" "$T/err"; check "the missing folder is named" 0 $?
check "bad -j" 1 "$(run build fixtures/responses -o "$T/o" -j zero)"
check "parsers lists plugins" 0 "$(run parsers)"
grep -q '^force_kent ' "$T/out"; check "force_kent listed" 0 $?
check "forces" 0 "$(run forces)"
test "$(wc -l <"$T/out")" -ge 48; check "at least 48 forces" 0 $?

# a clean build of the fixtures: exit 2, because fixtures/responses holds a
# scanned PDF (bedfordshire, no text layer) that fails by design; it must be
# the only failed file
check "build fixtures" 2 "$(run build fixtures/responses -o "$T/out1" -q)"
test "$(grep -c ',failed,' "$T/out1/sources.csv")" = 1 && grep -q '^bedfordshire/.*\.pdf,.*,failed,' "$T/out1/sources.csv"
check "the scan is the only failed fixture" 0 $?
for f in records.csv records.ndjson foi.sqlite comparable.csv sources.csv issues.csv datapackage.json report.html; do
    test -s "$T/out1/$f"; check "build wrote $f" 0 $?
done
ls -a "$T/out1" | grep -q '\.tmp-'; check "no temporaries left" 1 $?

# an unreadable input: exit 2, named in issues.csv, the rest parsed
mkdir -p "$T/in/kent"
cp fixtures/responses/kent/*.csv "$T/in/kent/"
printf '\000\001\002binary\377\376' >"$T/in/kent/garbage.csv"
check "build with a bad file" 2 "$(run build "$T/in" -o "$T/out2" -q)"
grep -q 'garbage.csv' "$T/out2/issues.csv"; check "bad file in issues.csv" 0 $?
grep -q 'garbage.csv' "$T/err"; check "bad file named on stderr" 0 $?
grep -q 'kent/disclosure_2021_0456.csv' "$T/out2/records.csv"; check "other files still parsed" 0 $?

# outputs that cannot be written: exit 3, previous build untouched
cp -r "$T/out1" "$T/before"
cp -r fixtures/responses "$T/in3"
cp "$T/in/kent/garbage.csv" "$T/in3/"
check "write failure exits 3" 3 "$(FOI_TEST_FAIL_WRITE_AFTER=5 run build "$T/in3" -o "$T/out1" -q)"
for f in records.csv records.ndjson foi.sqlite comparable.csv sources.csv issues.csv datapackage.json report.html; do
    cmp -s "$T/before/$f" "$T/out1/$f"; check "previous $f untouched" 0 $?
done
: >"$T/file"
check "output folder under a file exits 3" 3 "$(run build fixtures/responses -o "$T/file/out" -q)"

# interrupted: the previous outputs are untouched. 200 hard-linked copies of
# the samples (5,600 files) take seconds at -j 1, so the signal lands mid-run.
i=0
while [ $i -lt 200 ]; do cp -rl fixtures/responses "$T/in3/copy$i" 2>/dev/null || cp -r fixtures/responses "$T/in3/copy$i"; i=$((i + 1)); done
"$FOI" build "$T/in3" -o "$T/out1" -q -j 1 >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -INT $pid 2>/dev/null
wait $pid
check "interrupted build exits 3" 3 $?
for f in records.csv sources.csv; do
    cmp -s "$T/before/$f" "$T/out1/$f"; check "interrupted: previous $f untouched" 0 $?
done
check "next run after interruption" 2 "$(run build fixtures/responses -o "$T/out1" -q)"
ls -a "$T/out1" | grep -q '\.tmp-'; check "no stray temporaries after the next run" 1 $?

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
