#!/bin/sh
# budget.sh: the streaming build under a tiny memory budget (--mem-budget
# 64K) merges the files' results in several passes and sorts the issues in
# spilled runs, and still writes exactly what the default budget writes:
# byte-identical files, foi.sqlite identical in content. The fixtures are
# built with a second copy of some responses under other names, so that the
# cross-file checks (duplicate, conflict) have plenty to sort.

# Run from the project root: FOI=build/foi sh tests/e2e/budget.sh
set -u
FOI=${FOI:-build/foi}
case $FOI in /*) ;; *) FOI=$(pwd)/$FOI ;; esac
[ -x "$FOI" ] || { echo "budget.sh: no foi binary at $FOI" >&2; exit 1; }
OUTS="records.csv records.ndjson foi.sqlite comparable.csv sources.csv issues.csv datapackage.json report.html"
ROWS=$(pwd)/tests/golden/sqlite_rows.py
T=$(mktemp -d "${TMPDIR:-/tmp}/foi-e2e-budget.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }

cp -R fixtures/responses "$T/in"
for f in fixtures/responses/kent/*.csv fixtures/responses/merseyside/*.html; do
    d=$(basename "$(dirname "$f")")
    mkdir -p "$T/in/$d-again"
    cp "$f" "$T/in/$d-again/copy-$(basename "$f")"
done
# and one copy with a figure changed: conflicts as well as duplicates
f=$(ls fixtures/responses/kent/*.csv | head -1)
sed '0,/,1[0-9],/s//,99,/' "$f" >"$T/in/kent-again/changed-$(basename "$f")"

FOI_TIMINGS=1 "$FOI" build "$T/in" -o "$T/big" -q -j 2 --expect fixtures/expect.txt 2>"$T/big.log"
rc1=$?
FOI_TIMINGS=1 "$FOI" build "$T/in" -o "$T/small" -q -j 2 --expect fixtures/expect.txt --mem-budget 64K 2>"$T/small.log"
rc2=$?
if [ "$rc1" = "$rc2" ] && { [ "$rc1" = 0 ] || [ "$rc1" = 2 ]; }; then ok "both builds finished (exit $rc1)"
else bad "exit $rc1 with the default budget, $rc2 with 64K"; fi

grep -q 'duplicate\|conflict' "$T/big/issues.csv" && ok "the copies give cross-file issues" ||
    bad "no duplicate or conflict issue: nothing to sort"
grep -q 'records merged ([2-9][0-9]* passes' "$T/small.log" && ok "64K: the merge takes several passes" ||
    bad "64K: the merge did not spill ($(grep 'records merged' "$T/small.log"))"
grep -q 'issues sorted ([1-9][0-9]* runs*)' "$T/small.log" && ok "64K: the issues are sorted in spilled runs" ||
    bad "64K: the issue sort did not spill ($(grep 'issues sorted' "$T/small.log"))"
grep -q 'records merged (1 pass' "$T/big.log" && ok "default budget: one pass" ||
    bad "default budget: $(grep 'records merged' "$T/big.log")"

for f in $OUTS; do
    if [ "$f" = foi.sqlite ]; then
        python3 "$ROWS" "$T/big/$f" >"$T/r1" && python3 "$ROWS" "$T/small/$f" >"$T/r2" && cmp -s "$T/r1" "$T/r2" &&
            ok "$f: same content" || bad "$f differs in content"
    else
        cmp -s "$T/big/$f" "$T/small/$f" && ok "$f: same bytes" || bad "$f differs"
    fi
done

echo "budget: $pass passed, $fail failed"
[ "$fail" = 0 ]
