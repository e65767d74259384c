#!/bin/sh
# tables.sh: tables nobody has seen. A million-cell table of labels foi does
# not know gives no figure and a handful of issue rows, quickly; context files
# fill what a bare spreadsheet leaves unsaid, say so in each figure's note, are
# listed as skipped sources, lose to what a document states (context_conflict),
# invalidate the rebuild cache when they change, fail loudly when they are
# wrong, and show in `foi inspect`; FOI_NO_FORCE_PLUGINS=1 leaves the force
# plugins out. Run from the project root with FOI=path/to/foi.
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
rows() { tail -n +2 "$1" | grep -c . ; }

# 1. a million cells of labels foi does not know, under a title that names a
# category, a measure, a subject and a period (everything but a structure)
mkdir -p "$T/big/cumbria"
awk 'BEGIN {
    print "Allegations of sexual misconduct recorded against police officers in 2022/23"
    print ""
    printf "Item"; for (c = 1; c < 1000; c++) printf ",Field %d", c; printf "\n"
    srand(7)
    for (r = 1; r < 1000; r++) {
        printf "Label %d", r
        for (c = 1; c < 1000; c++) printf ",%d", int(rand() * 100)
        printf "\n"
    }
}' >"$T/big/cumbria/export.csv"
start=$(date +%s)
rc=$(run build "$T/big" -o "$T/big-out" -q)
took=$(( $(date +%s) - start ))
check "million-cell build exits 2 (no figures)" 2 "$rc"
check "million-cell table gives no figures" 0 "$(rows "$T/big-out/records.csv")"
n=$(rows "$T/big-out/issues.csv")
test "$n" -le 5; check "million-cell table gives a handful of issues ($n)" 0 $?
grep -q 'table_not_understood' "$T/big-out/issues.csv"; check "table_not_understood reported" 0 $?
grep 'table_not_understood' "$T/big-out/issues.csv" | grep -q "labels recognised"; check "the issue gives the share recognised" 0 $?
test "$took" -le 120; check "million-cell build takes under two minutes (${took}s)" 0 $?

# 2. a bare spreadsheet and the context files that explain it
mkdir -p "$T/ctx/essex/sub"
printf 'Allegation type,Outcome,Count\nSexual assault,Dismissed,2\nSexual assault,Total,5\n' >"$T/ctx/essex/sub/bare.csv"
printf '# what the covering email said\nforce: Essex Police\nperiod: 2022/23\nmeasure: allegations\n' >"$T/ctx/essex/foi-context.txt"
printf 'subject: police officers\n' >"$T/ctx/essex/sub/bare.csv.context.txt"
check "build with context files" 0 "$(run build "$T/ctx" -o "$T/ctx-out" -q)"
check "two figures" 2 "$(rows "$T/ctx-out/records.csv")"
grep -q '^essex,Essex Police,2022-04-01,2023-03-31,2022/23,sexual_assault,Sexual assault,allegations,officers,total,' \
    "$T/ctx-out/records.csv"; check "context fills force, period, measure and subject" 0 $?
grep -q 'from context files essex/sub/bare.csv.context.txt and essex/foi-context.txt' "$T/ctx-out/records.csv"
check "each figure's note names the context files" 0 $?
grep -q '^essex/foi-context.txt,.*,skipped,0,' "$T/ctx-out/sources.csv"; check "context file listed as skipped" 0 $?
grep -q 'bare.csv.context.txt,.*,skipped,0,' "$T/ctx-out/sources.csv"; check "per-file context listed as skipped" 0 $?
conf=$(grep '^essex' "$T/ctx-out/records.csv" | head -1 | awk -F, '{print $22}')
check "context-filled figures fall in the inferred band" 0.55 "$conf"
check "inspect shows the context" 0 "$(run inspect "$T/ctx/essex/sub/bare.csv")"
grep -q '^context: from context files' "$T/out"; check "inspect names the context files" 0 $?
grep -q '^  period: 2022/23' "$T/out"; check "inspect lists the context's period" 0 $?
check "inspect --no-context" 0 "$(run inspect --no-context "$T/ctx/essex/sub/bare.csv")"
grep -q '^context:' "$T/out"; check "--no-context shows none" 1 $?
printf 'period: calendar year 2021\n' >"$T/other-context.txt"
check "inspect --context FILE" 0 "$(run inspect --context "$T/other-context.txt" "$T/ctx/essex/sub/bare.csv")"
grep -q '2021-01-01..2021-12-31' "$T/out"; check "--context FILE is the context used" 0 $?

# a changed context file is a changed input: the figure follows it
printf 'force: Essex Police\nperiod: 2021/22\nmeasure: allegations\n' >"$T/ctx/essex/foi-context.txt"
check "rebuild after the context changed" 0 "$(run build "$T/ctx" -o "$T/ctx-out" -q)"
grep -q '^essex,Essex Police,2021-04-01,2022-03-31,' "$T/ctx-out/records.csv"; check "rebuild uses the new context" 0 $?

# what the document states wins; the conflict is an issue
printf '<html><body><p>Essex Police</p><table><caption>Allegations against police officers, 2020/21</caption>
<tr><th>Allegation type</th><th>Dismissed</th><th>Total</th></tr><tr><td>Sexual harassment</td><td>1</td><td>3</td></tr>
</table></body></html>\n' >"$T/ctx/essex/page.html"
check "build with a stated period" 0 "$(run build "$T/ctx" -o "$T/ctx-out2" -q)"
grep -q '^essex,Essex Police,2020-04-01,2021-03-31,[^,]*,sexual_harassment' "$T/ctx-out2/records.csv"
check "the document's period wins" 0 $?
grep -q 'context_conflict,essex/page.html' "$T/ctx-out2/issues.csv"; check "the conflict is reported" 0 $?

# a wrong context file: failed, named with its line, used for nothing
printf 'force: Essex Police\nperiod: next year sometime\n' >"$T/ctx/essex/foi-context.txt"
check "build with a bad context file exits 2" 2 "$(run build "$T/ctx" -o "$T/ctx-out3" -q)"
grep -q '^error,parse_error,essex/foi-context.txt,line 2,' "$T/ctx-out3/issues.csv"; check "bad context file named with its line" 0 $?
grep -q '^essex/foi-context.txt,.*,failed,0,' "$T/ctx-out3/sources.csv"; check "bad context file failed" 0 $?
grep -q '2021-04-01' "$T/ctx-out3/records.csv"; check "the bad file's values are not used" 1 $?

# 3. the generic parsers alone read a force's response the force plugin reads
check "build without force plugins" 0 "$(FOI_NO_FORCE_PLUGINS=1 run build fixtures/responses/kent -o "$T/np" -q)"
grep -q ',force_kent,' "$T/np/records.csv"; check "no force plugin used" 1 $?
grep -q ',generic_table,' "$T/np/records.csv"; check "generic_table used" 0 $?

echo "tables: $pass passed, $fail failed"
[ "$fail" = 0 ]
