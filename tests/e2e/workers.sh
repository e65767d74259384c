#!/bin/sh
# workers.sh: the parse workers (run from the project root, FOI=path/to/foi).
# A worker that crashes, hangs past --timeout or runs out of memory (--mem-limit)
# costs exactly its file: the file is named as failed with the reason, every
# other file of the batch is parsed by the worker that replaces it, the records
# are those of a build without the bad files, and -j 1 equals -j 3.
# The faults come from a test hook (FOI_TEST_WORKER_FAULTS=1) keyed by file name.
set -u
FOI=${FOI:-build/foi}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then T=$(mktemp -d /dev/shm/foi-workers.XXXXXX); else T=$(mktemp -d); fi
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
pass=0
fail=0
check() { # description expected actual
    if [ "$2" = "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1 (expected $2, got $3)"; fi
}

# the fixtures without the scanned PDF, which fails by design (no text layer)
cp -r fixtures/responses "$T/good"
rm -rf "$T/good/bedfordshire"
"$FOI" build "$T/good" -o "$T/base" -q -j 1 >/dev/null 2>&1
check "baseline build" 0 $?

# the bad files sit among the good ones (sorted order puts each mid-batch)
cp -r fixtures/responses "$T/in"
rm -rf "$T/in/bedfordshire"
cp fixtures/responses/kent/disclosure_2021_0456.csv "$T/in/kent/disclosure_2021_foi-fault-crash.csv"
cp fixtures/responses/hampshire/HC-FOI-2022-00789.csv "$T/in/hampshire/HC-FOI-2022-foi-fault-hang.csv"
FAULTS="crash hang"
# a sanitizer build has no address-space limit: nothing to run out of
if [ "${FOI_ASAN:-}" != 1 ]; then
    cp fixtures/responses/kent/disclosure_2022_1187.csv "$T/in/kent/disclosure_2022_foi-fault-alloc.csv"
    FAULTS="$FAULTS alloc"
fi

for j in 1 3; do
    FOI_TEST_WORKER_FAULTS=1 "$FOI" build "$T/in" -o "$T/out$j" -q -j $j --timeout 1 --mem-limit 256 \
        >/dev/null 2>"$T/err$j"
    check "-j $j: a batch with failed files exits 2" 2 $?
    cmp -s "$T/base/records.csv" "$T/out$j/records.csv"
    check "-j $j: records are those of the good files alone" 0 $?
    good=$(awk -F, 'NR > 1 && $7 != "failed"' "$T/out$j/sources.csv" | wc -l)
    want=$(awk -F, 'NR > 1 && $7 != "failed"' "$T/base/sources.csv" | wc -l)
    check "-j $j: every good file parsed" "$want" "$good"
    for f in $FAULTS; do
        case $f in
        crash) why='the parser crashed (signal 6)' ;;
        hang) why='parsing took longer than 1 s and was stopped (--timeout)' ;;
        alloc) why='parsing ran out of memory (--mem-limit)' ;;
        esac
        n=$(grep -c "foi-fault-$f" "$T/out$j/sources.csv")
        check "-j $j: $f: one source row" 1 "$n"
        grep "foi-fault-$f" "$T/out$j/sources.csv" | grep -q ',failed,0,$'
        check "-j $j: $f: the source is failed with no records" 0 $?
        grep "foi-fault-$f" "$T/out$j/issues.csv" | grep -q "^error,parse_error,.*$why"
        check "-j $j: $f: issues.csv gives the reason" 0 $?
        grep "foi-fault-$f" "$T/err$j" | grep -qF "$why"
        check "-j $j: $f: stderr names the file and the reason" 0 $?
    done
done
for f in records.csv records.ndjson sources.csv issues.csv comparable.csv datapackage.json report.html; do
    cmp -s "$T/out1/$f" "$T/out3/$f"
    check "-j 1 and -j 3 write the same $f" 0 $?
done

# the failed files are not cached: the next build (no faults) parses them
"$FOI" build "$T/in" -o "$T/out1" -q -j 2 >/dev/null 2>&1
check "rebuild without faults exits 0" 0 $?
n=$(awk -F, 'NR > 1 && $7 == "failed"' "$T/out1/sources.csv" | wc -l)
check "rebuild without faults: no failed sources" 0 "$n"
rm -f "$T"/in/*/*foi-fault*
"$FOI" build "$T/in" -o "$T/out1" -q -j 2 >/dev/null 2>&1
cmp -s "$T/base/records.csv" "$T/out1/records.csv"
check "the bad files removed: records equal the baseline" 0 $?

echo "workers: $pass passed, $fail failed"
[ "$fail" = 0 ]
