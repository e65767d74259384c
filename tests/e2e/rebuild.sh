#!/bin/sh
# rebuild.sh: end-to-end tests of incremental builds: whatever changes between
# builds (files, the taxonomy, -j, a damaged rebuild cache), an incremental
# build equals a --clean one byte for byte; and foi diff names the change.

# Run from the project root: FOI=build/foi sh tests/e2e/rebuild.sh
# (FOI_ASAN=1: two forces only, as the sanitizer build forks slowly).
set -u

FOI=${FOI:-build/foi}
case $FOI in /*) ;; *) FOI=$(pwd)/$FOI ;; esac
if [ ! -x "$FOI" ]; then
    echo "rebuild.sh: no foi binary at $FOI" >&2
    exit 1
fi
OUTS="records.csv records.ndjson foi.sqlite comparable.csv sources.csv issues.csv datapackage.json report.html"
T=$(mktemp -d "${TMPDIR:-/tmp}/foi-e2e-rebuild.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }

# build OUT [options]: foi build $T/in -o OUT; sets rc (0 or 2 are builds
# that finished); other exit codes fail with the log shown.
build() {
    out=$1
    shift
    "$FOI" build "$T/in" -o "$out" -j 2 -q "$@" >"$T/log" 2>&1
    rc=$?
    case $rc in
    0 | 2) return 0 ;;
    *) echo "  foi build -o $out $*: exit $rc" >&2; sed 's/^/  | /' "$T/log" >&2; return 1 ;;
    esac
}

# same DIR1 DIR2: every output file present in both and byte-identical;
# foi.sqlite identical in content (SPEC: every table's rows, compared sorted)
ROWS=$(pwd)/tests/golden/sqlite_rows.py
same() {
    for f in $OUTS; do
        if [ ! -f "$1/$f" ] || [ ! -f "$2/$f" ]; then
            echo "  $f missing in $1 or $2" >&2
            return 1
        fi
        if [ "$f" = foi.sqlite ]; then
            if ! python3 "$ROWS" "$1/$f" >"$T/rows1" || ! python3 "$ROWS" "$2/$f" >"$T/rows2" ||
                ! cmp -s "$T/rows1" "$T/rows2"; then
                echo "  $f differs in content between $1 and $2" >&2
                diff "$T/rows1" "$T/rows2" 2>/dev/null | head -5 >&2
                return 1
            fi
        elif ! cmp -s "$1/$f" "$2/$f"; then
            echo "  $f differs between $1 and $2" >&2
            return 1
        fi
    done
    return 0
}

# check NAME [options]: incremental build into $T/A (which holds the
# previous build and its cache) against a --clean build into a fresh $T/C.
check() {
    name=$1
    shift
    if build "$T/A" "$@"; then
        inc_rc=$rc
        rm -rf "$T/C"
        if build "$T/C" --clean "$@"; then
            if [ "$inc_rc" != "$rc" ]; then
                echo "  exit status $inc_rc incremental, $rc clean" >&2
                bad "$name"
            elif same "$T/A" "$T/C"; then
                ok "$name"
            else
                bad "$name"
            fi
            return
        fi
    fi
    bad "$name"
}

# Rewrite a file in place (same inode), as an editor saving over it would.
rewrite() {
    sed "$2" "$1" >"$T/edit.tmp" && cat "$T/edit.tmp" >"$1"
}

# ------------------------------------------------------------------ corpus
mkdir "$T/in"
if [ "${FOI_ASAN:-}" = 1 ]; then
    for d in kent lancashire; do
        cp -R "fixtures/responses/$d" "$T/in/$d"
    done
else
    cp -R fixtures/responses/. "$T/in/"
fi
KENT=$T/in/kent/disclosure_2021_0456.csv
if [ ! -f "$KENT" ]; then
    echo "rebuild.sh: fixtures/responses/kent/disclosure_2021_0456.csv is missing" >&2
    exit 1
fi

# 1. a clean build, then rebuilds with nothing changed: byte-identical
if build "$T/A"; then
    first_rc=$rc
    cp -R "$T/A" "$T/A0"
    if build "$T/A" && [ "$rc" = "$first_rc" ] && same "$T/A" "$T/A0"; then
        ok "rebuild with nothing changed is byte-identical"
    else
        bad "rebuild with nothing changed is byte-identical"
    fi
    # a second time: the cache written by a rebuild is as good as the first
    if build "$T/A" && same "$T/A" "$T/A0"; then
        ok "second rebuild with nothing changed is byte-identical"
    else
        bad "second rebuild with nothing changed is byte-identical"
    fi
else
    bad "clean build of the corpus"
    echo "0 passed, 1 failed"
    exit 1
fi

# 2. a new file (a copy of a Kent export with one figure changed)
sed 's/^Sexual assault,Written warning,0,1,/Sexual assault,Written warning,5,1,/' "$KENT" \
    >"$T/in/kent/disclosure_2024_0999.csv"
check "add a file: incremental equals clean"

# 3. a changed figure in an existing file, rewritten in place (same inode,
# same size: only the mtime and the bytes tell)
cp -R "$T/A" "$T/before_change"
rewrite "$KENT" 's/^Sexual assault,Dismissed,1,0,2,/Sexual assault,Dismissed,3,0,2,/'
if cmp -s "$KENT" "fixtures/responses/kent/disclosure_2021_0456.csv"; then
    bad "change a file: the edit did not apply"
else
    check "change a file: incremental equals clean"
    cp -R "$T/A" "$T/after_change"
fi

# 4. a deleted file
rm -f "$T/in/lancashire/FOI-2022-01234-response.html"
check "delete a file: incremental equals clean"

# 5. a touched file (new mtime, same bytes), then one dated in the past
touch "$T/in/kent/disclosure_2022_1187.csv"
check "touch a file: incremental equals clean"
touch -d "2001-02-03 04:05:06" "$KENT"
check "backdate a file: incremental equals clean"

# 5b. edited in place with its size and mtime put back (as cp -p or an
# archive tool can): same inode, size and mtime; only the ctime tells
cp "$T/A/records.csv" "$T/records.before_ctime"
sleep 0.01
rewrite "$KENT" 's/^Sexual assault,Dismissed,3,0,2,/Sexual assault,Dismissed,4,0,2,/'
touch -d "2001-02-03 04:05:06" "$KENT"
check "in-place edit, size and mtime restored: incremental equals clean"
if cmp -s "$T/A/records.csv" "$T/records.before_ctime"; then
    bad "in-place edit, size and mtime restored: the edited figure reached the records"
else
    ok "in-place edit, size and mtime restored: the edited figure reached the records"
fi

# 6. a taxonomy edit: an extra alias re-points an outcome label
mkdir "$T/tax"
printf 'no_further_action\talias\tWithdrawn\n' >"$T/tax/outcomes.tsv"
cp "$T/A/records.csv" "$T/records.before_tax"
check "taxonomy edit (--taxonomy): incremental equals clean" --taxonomy "$T/tax"
if cmp -s "$T/A/records.csv" "$T/records.before_tax"; then
    bad "taxonomy edit changes the records (the alias maps Withdrawn elsewhere)"
else
    ok "taxonomy edit changes the records (the alias maps Withdrawn elsewhere)"
fi
check "taxonomy back to the shipped one: incremental equals clean"

# 7. -j 1 equals -j 4
rm -rf "$T/J1" "$T/J4"
if build "$T/J1" --clean -j 1 && build "$T/J4" --clean -j 4 && same "$T/J1" "$T/J4"; then
    ok "-j 1 equals -j 4"
else
    bad "-j 1 equals -j 4"
fi

# 8. a damaged cache is ignored, never trusted: truncated, bytes flipped,
# garbage, empty. $T/J1 is the clean build of the current inputs.
CACHE=$T/A/.foi-cache
for how in truncate flip garbage empty; do
    build "$T/A" >/dev/null 2>&1   # a fresh cache (when the build keeps one)
    if [ -f "$CACHE" ]; then
        size=$(wc -c <"$CACHE")
    else
        size=0
    fi
    case $how in
    truncate)
        head -c $((size / 2)) "$CACHE" >"$T/cache.tmp" 2>/dev/null
        cat "$T/cache.tmp" >"$CACHE" ;;
    flip)
        if [ "$size" -gt 64 ]; then
            printf 'XYZW' | dd of="$CACHE" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
        else
            printf 'XYZW' >>"$CACHE"
        fi ;;
    garbage)
        head -c 5000 /dev/urandom >"$CACHE" ;;
    empty)
        : >"$CACHE" ;;
    esac
    if build "$T/A" && same "$T/A" "$T/J1"; then
        ok "damaged cache ($how) is ignored: build equals clean"
    else
        bad "damaged cache ($how) is ignored: build equals clean"
    fi
done

# 9. foi diff reports the known change of step 3 exactly: the builds just
# before and just after the edit. The figure's identity is read from the
# earlier records.csv (row 6 col 3 of the Kent file: 2016/17 sexual assault
# dismissed, 1 before the edit), so a parser's reading of measure or subject
# does not matter here.
OLD=$T/before_change
NEW=$T/after_change
ident=$(awk -F, '$17 == "kent/disclosure_2021_0456.csv" && $19 == "csv row 6 col 3" {
        print $1 "," $3 "," $4 "," $6 "," $8 "," $9 "," $10 "," $12 "," $13 }' "$OLD/records.csv")
if [ -z "$ident" ] || [ ! -d "$NEW" ]; then
    bad "foi diff: the edited figure is in the earlier build (csv row 6 col 3)"
else
    "$FOI" diff --csv "$OLD" "$NEW" >"$T/diff.csv" 2>"$T/diff.err"
    drc=$?
    f1=$(echo "$ident" | cut -d, -f1-7)
    ov=$(echo "$ident" | cut -d, -f8-9)
    want="changed,$f1,$ov,3,reported,kent/disclosure_2021_0456.csv,kent/disclosure_2021_0456.csv"
    figs=$(grep -c -E '^(added|removed|changed|new_refusal),' "$T/diff.csv")
    if [ "$drc" = 0 ] && [ "$ov" = "1,reported" ] && grep -qxF "$want" "$T/diff.csv" && [ "$figs" = 1 ] &&
        grep -q '^source_changed,kent,.*,kent/disclosure_2021_0456.csv$' "$T/diff.csv"; then
        ok "foi diff --csv reports exactly the edited figure"
    else
        echo "  wanted the one figure line: $want" >&2
        sed 's/^/  | /' "$T/diff.csv" "$T/diff.err" >&2
        bad "foi diff --csv reports exactly the edited figure"
    fi
    # the text form says the same in one line, and a build against itself is no change
    "$FOI" diff "$OLD" "$NEW" >"$T/diff.txt" 2>&1
    period=$(echo "$ident" | awk -F, '{ print $2 ".." $3 }')
    line="  ~ kent $period $(echo "$ident" | cut -d, -f4-7 | tr , ' '): 1 -> 3  [kent/disclosure_2021_0456.csv]"
    if grep -qxF "$line" "$T/diff.txt" && grep -q '^Figures changed (1):$' "$T/diff.txt" &&
        [ "$("$FOI" diff "$NEW" "$NEW")" = "no changes" ]; then
        ok "foi diff text names the change, and a build equals itself"
    else
        echo "  wanted: $line" >&2
        sed 's/^/  | /' "$T/diff.txt" >&2
        bad "foi diff text names the change, and a build equals itself"
    fi
fi

# 10. the cache is really used (when this foi keeps one): a rebuild with
# nothing changed reuses every file, says so, and gives the same records; a
# file edited in place with size, inode and mtime put back is still seen
# (its ctime changed) and read again.
rm -f "$T/A/.foi-cache"   # step 8 left one behind
if build "$T/A" && [ -f "$T/A/.foi-cache" ]; then
    n=$(awk 'END { print NR - 1 }' "$T/A/sources.csv")
    cp "$T/A/records.csv" "$T/records.cached"
    "$FOI" build "$T/in" -o "$T/A" -j 2 >"$T/log" 2>&1
    if grep -q "($n reused from the previous build)" "$T/log" && cmp -s "$T/A/records.csv" "$T/records.cached"; then
        ok "the cache is used: a rebuild with nothing changed reuses all $n files"
    else
        sed 's/^/  | /' "$T/log" >&2
        bad "the cache is used: a rebuild with nothing changed reuses all $n files"
    fi
else
    echo "skip - the cache is used (this foi keeps no OUT_DIR/.foi-cache)"
fi

# 11. outputs already up to date are left alone (OUT_DIR/.foi-stamp): same
# inputs and options, outputs untouched since they were written. Anything that
# would change a byte, or an output touched by hand, means a full export.
# ids: the inode and mtime of every output (a rewritten file gets a new inode)
ids() { for f in $OUTS; do stat -c '%i %Y.%y' "$1/$f"; done; }
U=$T/U
rm -rf "$U"
if build "$U" && [ -f "$U/.foi-stamp" ]; then
    ids "$U" >"$T/ids.before"
    "$FOI" build "$T/in" -o "$U" -j 2 >"$T/log" 2>&1
    if ids "$U" | cmp -s - "$T/ids.before" && grep -q "outputs were already up to date" "$T/log"; then
        ok "up to date: nothing changed, no output rewritten, the summary says so"
    else
        bad "up to date: nothing changed, no output rewritten, the summary says so"
    fi
    touch "$KENT"     # new mtime, same bytes: still the same build
    if build "$U" && ids "$U" | cmp -s - "$T/ids.before"; then
        ok "up to date: a touched input with the same bytes rewrites nothing"
    else
        bad "up to date: a touched input with the same bytes rewrites nothing"
    fi
    # an output changed, or removed, by hand: every output written again
    for how in appended removed; do
        case $how in
        appended) printf 'x' >>"$U/records.csv" ;;
        removed) rm -f "$U/comparable.csv" ;;
        esac
        rm -rf "$T/C"
        if build "$U" && ! ids "$U" | cmp -s - "$T/ids.before" && build "$T/C" --clean && same "$U" "$T/C"; then
            ok "up to date: an output $how by hand means a full export, equal to clean"
        else
            bad "up to date: an output $how by hand means a full export, equal to clean"
        fi
        ids "$U" >"$T/ids.before"
    done
    # an option that changes a byte: --link-prefix (report.html), --workforce
    cp data/police-officer-headcount-2019.csv "$T/wf.csv"
    build "$U" --workforce "$T/wf.csv"
    ids "$U" >"$T/ids.before"
    if build "$U" --workforce "$T/wf.csv" --link-prefix ../responses/ && ! ids "$U" | cmp -s - "$T/ids.before" &&
        grep -q 'href="../responses/' "$U/report.html"; then
        ok "up to date: a new --link-prefix writes the outputs again"
    else
        bad "up to date: a new --link-prefix writes the outputs again"
    fi
    ids "$U" >"$T/ids.before"
    # the same workforce file with one headcount changed (same path)
    awk -F, 'NR == 2 { $NF = $NF + 1 } { print }' OFS=, "$T/wf.csv" >"$T/wf2.csv" && mv "$T/wf2.csv" "$T/wf.csv"
    if build "$U" --workforce "$T/wf.csv" --link-prefix ../responses/ && ! ids "$U" | cmp -s - "$T/ids.before"; then
        ok "up to date: an edited --workforce file writes the outputs again"
    else
        bad "up to date: an edited --workforce file writes the outputs again"
    fi
    ids "$U" >"$T/ids.before"
    if build "$U" --workforce "$T/wf.csv" --link-prefix ../responses/ --clean && ! ids "$U" | cmp -s - "$T/ids.before"; then
        ok "up to date: --clean always writes the outputs"
    else
        bad "up to date: --clean always writes the outputs"
    fi
else
    bad "up to date: a build writes OUT_DIR/.foi-stamp"
fi

# 12. outputs updated in place (splice.c): after a small change the
# previous outputs are updated rather than written again, and equal a clean
# build (CSV and NDJSON byte for byte, foi.sqlite in content); whatever -j;
# a damaged or missing state next to them means writing everything again,
# still equal to clean.
P=$T/P
rm -rf "$P"
# inplace NAME [options]: build into $P; it must say it updated in place
# and equal a clean build
inplace() {
    name=$1
    shift
    "$FOI" build "$T/in" -o "$P" -j 2 "$@" >"$T/log" 2>&1
    prc=$?
    if ! grep -q "outputs updated in place" "$T/log"; then
        sed 's/^/  | /' "$T/log" >&2
        bad "$name: updated in place"
        return
    fi
    rm -rf "$T/C"
    if build "$T/C" --clean && [ "$prc" = "$rc" ] && same "$P" "$T/C"; then
        ok "$name: updated in place, equals clean"
    else
        bad "$name: updated in place, equals clean"
    fi
}
if build "$P"; then
    TV=$(ls "$T"/in/thames-valley/*.csv 2>/dev/null | head -1)
    # a new file that repeats another's figures with one changed: duplicates and conflicts
    sed 's/^Sexual assault,Written warning,0,1,/Sexual assault,Written warning,7,1,/' "$KENT" \
        >"$T/in/kent/disclosure_2024_1000.csv"
    inplace "add a conflicting file"
    rewrite "$T/in/kent/disclosure_2024_1000.csv" 's/,7,1,/,8,1,/'
    inplace "change it" -j 1
    rm -f "$T/in/kent/disclosure_2024_1000.csv"
    inplace "remove it"
    if [ -n "$TV" ]; then
        # monthly figures: the months a file lists make summed years
        cp "$TV" "$T/tv.keep"
        awk 'NR % 3 != 0' "$T/tv.keep" >"$TV"
        inplace "monthly file with months taken out"
        cat "$T/tv.keep" >"$TV"
        inplace "monthly file restored"
        cp "$TV" "$T/in/thames-valley/copy-of-monthly.csv"
        inplace "a second copy of the monthly file"
    fi
    # several changes at once, and a source with no figures
    rm -f "$T/in/thames-valley/copy-of-monthly.csv"
    printf 'nothing here\n' >"$T/in/kent/empty-note.txt"
    rewrite "$KENT" 's/^Sexual assault,Dismissed,[0-9]*,0,2,/Sexual assault,Dismissed,9,0,2,/'
    inplace "several changes at once"
    # the full way (FOI_TEST_NO_SPLICE) gives the same outputs
    cp "$KENT" "$T/in/kent/again.csv"
    FOI_TEST_NO_SPLICE=1 "$FOI" build "$T/in" -o "$P" -j 2 -q >"$T/log" 2>&1
    rm -rf "$T/C"
    if build "$T/C" --clean && same "$P" "$T/C" && ! grep -q "updated in place" "$T/log"; then
        ok "written again in full: equals clean"
    else
        bad "written again in full: equals clean"
    fi
    # damaged state: each file in turn has a byte changed, is cut short or
    # is gone; the next build with a change writes everything, equal to clean
    n=0
    for sf in .foi-state .foi-rows .foi-xiss .foi-cmp .foi-cmpout .foi-cmpids; do
        for how in flip cut gone; do
            n=$((n + 1))
            [ -f "$P/$sf" ] || { bad "$sf: written by a build"; continue; }
            size=$(wc -c <"$P/$sf")
            case $how in
            flip) printf '\377' | dd of="$P/$sf" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null ;;
            cut) head -c $((size - 5)) "$P/$sf" >"$T/cut.tmp" && cat "$T/cut.tmp" >"$P/$sf" ;;
            gone) rm -f "$P/$sf" ;;
            esac
            printf 'Sexual assault,Dismissed,%d,0,2,\n' "$n" >>"$T/in/kent/again.csv"
            "$FOI" build "$T/in" -o "$P" -j 2 -q >"$T/log" 2>&1
            rm -rf "$T/C"
            if build "$T/C" --clean && same "$P" "$T/C"; then
                ok "damaged state ($sf $how): equals clean"
            else
                bad "damaged state ($sf $how): equals clean"
            fi
            # the state is whole again for the next round
            "$FOI" build "$T/in" -o "$P" -j 2 -q --clean >/dev/null 2>&1
        done
    done
else
    bad "a build for the in-place updates"
fi

# 13. covering letters and context files: a letter's attachment is read with
# the letter's context (app/attach.c), a context file gives its response
# one; an edit to the letter or the context file must reach the figures of
# the file it speaks for in an incremental build, equal to a clean one.
L=$T/letters
mkdir -p "$L/cumbria" "$L/wiltshire" "$L/kent"
cp fixtures/unseen-letters/cumbria/"FOI 0871-24 letter.txt" fixtures/unseen-letters/cumbria/"FOI 0871-24 figures.csv" "$L/cumbria/"
cp -R fixtures/unseen-letters/dorset "$L/dorset"
cp fixtures/unseen-tables/wiltshire/"outcomes extract.csv" fixtures/unseen-tables/wiltshire/"outcomes extract.csv.context.txt" "$L/wiltshire/"
cp fixtures/responses/kent/*.csv "$L/kent/"
LETTER="$L/cumbria/FOI 0871-24 letter.txt"
CTX="$L/wiltshire/outcomes extract.csv.context.txt"
# lbuild OUT [options]: foi build of $L; sets rc and keeps the summary in $T/log
lbuild() {
    out=$1
    shift
    "$FOI" build "$L" -o "$out" -j 2 "$@" >"$T/log" 2>&1
    rc=$?
    case $rc in
    0 | 2) return 0 ;;
    *) echo "  foi build $L -o $out $*: exit $rc" >&2; sed 's/^/  | /' "$T/log" >&2; return 1 ;;
    esac
}
# lcheck NAME: incremental build into $T/LA against a clean one into $T/LC
lcheck() {
    if lbuild "$T/LA"; then
        cp "$T/log" "$T/log.inc"
        rm -rf "$T/LC"
        if lbuild "$T/LC" --clean && same "$T/LA" "$T/LC"; then
            ok "$1"
            return 0
        fi
    fi
    bad "$1"
    return 1
}
# figures of the attachment with a period start (awk: the source_file column)
att_periods() {
    awk -F, '$17 == "cumbria/FOI 0871-24 figures.csv" { print $3 }' "$1/records.csv" | sort -u | tr '\n' ' '
}
rm -rf "$T/LA"
if lbuild "$T/LA" && grep -q ',cumbria/FOI 0871-24 letter.txt$' "$T/LA/sources.csv" &&
    [ "$(att_periods "$T/LA")" = "2022-04-01 " ]; then
    ok "letter and attachment: the attachment is attached and takes the letter's period"
else
    bad "letter and attachment: the attachment is attached and takes the letter's period"
fi
lcheck "letters: rebuild with nothing changed equals clean"
if grep -q "outputs were already up to date" "$T/log.inc"; then
    ok "letters: a rebuild with nothing changed leaves the outputs alone"
else
    sed 's/^/  | /' "$T/log.inc" >&2
    bad "letters: a rebuild with nothing changed leaves the outputs alone"
fi
# a new file beside them: the letter's pair is unchanged, the update is in place
sed 's/^Sexual assault,Written warning,0,1,/Sexual assault,Written warning,6,1,/' "$KENT" >"$L/kent/new.csv"
if lcheck "letters: a file added beside a letter and its attachment, incremental equals clean" &&
    grep -q "outputs updated in place" "$T/log.inc"; then
    ok "letters: an unchanged letter and attachment allow an update in place"
else
    sed 's/^/  | /' "$T/log.inc" >&2
    bad "letters: an unchanged letter and attachment allow an update in place"
fi
# the covering letter edited: its request's year changes, and so does the
# period of every figure of its (unchanged) attachment
rewrite "$LETTER" 's#For the financial year 2022/23#For the financial year 2021/22#'
lcheck "letters: covering letter edited (its request's year), incremental equals clean"
if [ "$(att_periods "$T/LA")" = "2021-04-01 " ]; then
    ok "letters: the attachment's figures follow the edited letter (2021/22)"
else
    echo "  attachment periods: $(att_periods "$T/LA")" >&2
    bad "letters: the attachment's figures follow the edited letter (2021/22)"
fi
# and back: the earlier reading comes from the cache, not stale
rewrite "$LETTER" 's#For the financial year 2021/22#For the financial year 2022/23#'
lcheck "letters: covering letter edited back, incremental equals clean"
[ "$(att_periods "$T/LA")" = "2022-04-01 " ] && ok "letters: the attachment's figures are back to 2022/23" ||
    bad "letters: the attachment's figures are back to 2022/23"
# the letter no longer names the spreadsheet and a second file joins it: the
# pairing changes (attachment found by reference or not at all)
rewrite "$LETTER" 's#FOI 0871-24 figures.csv#the spreadsheet#'
cp "$L/cumbria/FOI 0871-24 figures.csv" "$L/cumbria/other.csv"
lcheck "letters: the pairing changes (a letter naming no file, two files beside it), incremental equals clean"
rm -f "$L/cumbria/other.csv"
lcheck "letters: the second file removed again, incremental equals clean"
# the attachment removed: the letter's answer is missing
mv "$L/cumbria/FOI 0871-24 figures.csv" "$T/figures.csv"
rewrite "$LETTER" 's#the spreadsheet#FOI 0871-24 figures.csv#'
lcheck "letters: attachment removed, incremental equals clean"
grep -q 'attachment_missing' "$T/LA/issues.csv" && ok "letters: attachment_missing after the removal" ||
    bad "letters: attachment_missing after the removal"
mv "$T/figures.csv" "$L/cumbria/"
lcheck "letters: attachment back, incremental equals clean"
# a context file edited: the period of its response's figures follows
rewrite "$CTX" 's#^period: 2023/24#period: 2022/23#'
lcheck "context file edited, incremental equals clean"
if awk -F, '$17 == "wiltshire/outcomes extract.csv" { print $3 }' "$T/LA/records.csv" | grep -q '^2022-04-01$'; then
    ok "context file edited: its response's figures take the new period"
else
    bad "context file edited: its response's figures take the new period"
fi
rm -f "$CTX"
lcheck "context file removed, incremental equals clean"
# a context file that cannot be read and a FIFO: sources of their own with
# their issue, in foi.sqlite too (found by the walk, before its writer started)
printf 'no colon on this line\n' >"$L/wiltshire/outcomes extract.csv.context.txt"
mkfifo "$L/wiltshire/pipe" 2>/dev/null
lcheck "a bad context file and a FIFO, incremental equals clean"
rm -rf "$T/LC"
lbuild "$T/LC" --clean
ncsv=$(awk 'END { print NR - 1 }' "$T/LC/issues.csv")
nsql=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from issues").fetchone()[0])' "$T/LC/foi.sqlite")
if [ "$ncsv" = "$nsql" ] && grep -q 'outcomes extract.csv.context.txt.*context file not used' "$T/LC/issues.csv"; then
    ok "a clean build's foi.sqlite has every issue of issues.csv, the walk's and the context files' included"
else
    echo "  issues.csv $ncsv, foi.sqlite $nsql" >&2
    bad "a clean build's foi.sqlite has every issue of issues.csv, the walk's and the context files' included"
fi
rm -f "$L/wiltshire/pipe"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
