#!/bin/sh
# hostile.sh: hostile inputs end to end (run from the project root, FOI=path/to/foi): each
# hostile file in a batch with a good fixture; checks the exit status, the file named in
# issues.csv and on stderr, the good file's records, `foi validate`, inputs unmodified.
set -u
FOI=${FOI:-build/foi}
GOOD=fixtures/responses/kent/disclosure_2021_0456.csv
GOOD_REL=kent/disclosure_2021_0456.csv
# tmpfs when there is one: every build fsyncs its outputs
if [ -d /dev/shm ] && [ -w /dev/shm ]; then T=$(mktemp -d /dev/shm/foi-hostile.XXXXXX); else T=$(mktemp -d); fi
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
pass=0
fail=0
skip=0
TAB=$(printf '\t')
CR=$(printf '\r')
TO=120   # seconds before a build counts as hung (ASan is slow)

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
note() { echo "note: $*"; }

# --- CSV helpers: rows of a CSV file with fields joined by \037 and the line
# breaks inside quoted fields turned into \036 (so a row is one line).
csvrows() {
    awk 'BEGIN { inq = 0; row = ""; fld = "" }
    {
        n = length($0)
        for (i = 1; i <= n; i++) {
            c = substr($0, i, 1)
            if (inq) {
                if (c == "\"") {
                    if (substr($0, i + 1, 1) == "\"") { fld = fld "\""; i++ } else inq = 0
                } else fld = fld c
            } else if (c == "\"") inq = 1
            else if (c == ",") { row = row fld "\037"; fld = "" }
            else if (c != "\r") fld = fld c
        }
        if (inq) { fld = fld "\036"; next }
        print row fld
        row = ""; fld = ""
    }' "$1"
}
enc() { printf '%s' "$1" | tr '\n' '\036'; }
# issues of one file: "severity<US>code<US>message" lines
issues_of() { # out rel
    csvrows "$1/issues.csv" | awk -F '\037' -v r="$(enc "$2")" '$3 == r { print $1 "\037" $2 "\037" $5 }'
}
status_of() { # out rel
    csvrows "$1/sources.csv" | awk -F '\037' -v r="$(enc "$2")" '$1 == r { print $7 }'
}
col_of() { # out rel column-number
    csvrows "$1/sources.csv" | awk -F '\037' -v r="$(enc "$2")" -v c="$3" '$1 == r { print $c }'
}
records_of() { # out rel: how many records came from the file
    csvrows "$1/records.csv" | awk -F '\037' -v r="$(enc "$2")" 'NR > 1 && $17 == r { n++ } END { print n + 0 }'
}

# --- a batch: the good fixture plus whatever the case adds under $IN
new_case() { # name
    C=$T/$1
    IN=$C/in
    OUT=$C/out
    mkdir -p "$IN/kent"
    cp "$GOOD" "$IN/kent/"
}
snapshot() { # dir -> a listing with a checksum of every regular file
    (cd "$1" && find . -print | LC_ALL=C sort && find . -type f -exec cksum {} + 2>/dev/null | LC_ALL=C sort)
}
build() { # [extra args]: runs foi build on $IN, sets RC and SECS
    snapshot "$IN" >"$C/before"
    t0=$(date +%s)
    timeout $TO "$FOI" build "$IN" -o "$OUT" -q -j 1 "$@" >"$C/stdout" 2>"$C/err"
    RC=$?
    SECS=$(($(date +%s) - t0))
    [ $RC -eq 124 ] && bad "$CASE: foi build hung (killed after ${TO}s)"
    grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$C/err" && bad "$CASE: sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error' "$C/err")"
    snapshot "$IN" >"$C/after"
    cmp -s "$C/before" "$C/after" && ok || bad "$CASE: the input folder was modified"
    [ "$SECS" -le ${SLOW:-20} ] || note "$CASE took ${SECS}s"
}
check_common() { # the good file parsed, the outputs valid, no live formula in a CSV
    if [ "$(records_of "$OUT" "$GOOD_REL")" -gt 0 ]; then ok; else bad "$CASE: the good file's records are missing"; fi
    for f in records.csv comparable.csv sources.csv issues.csv; do
        live=$(csvrows "$OUT/$f" | tr '\037' '\n' | grep -E "^([=@+$TAB$CR]|-[^0-9])" | head -1)
        [ -z "$live" ] && ok || bad "$CASE: $f has a field a spreadsheet would run: '$live'"
    done
    if timeout $TO "$FOI" validate "$OUT" >"$C/validate" 2>&1; then ok; else
        bad "$CASE: foi validate failed: $(head -3 "$C/validate")"; fi
}
# The hostile file failed: exit 2, named with parse_error/no_figures in
# issues.csv (message matching $2 when given) and on stderr.
expect_failed() { # rel [message-regex] [exit]
    rel=$1 want=${2:-} want_rc=${3:-2}
    [ "$RC" = "$want_rc" ] && ok || bad "$CASE: exit $RC, expected $want_rc ($(head -2 "$C/err"))"
    iss=$(issues_of "$OUT" "$rel" | grep -E '^[a-z]+.(parse_error|no_figures|no_text_layer).' | head -1)
    if [ -n "$iss" ]; then ok; else bad "$CASE: '$rel' has no parse_error/no_figures/no_text_layer issue in issues.csv"; fi
    msg=$(printf '%s' "$iss" | awk -F '\037' '{ print $3 }')
    if [ -n "$want" ]; then
        printf '%s' "$msg" | grep -qiE "$want" && ok || bad "$CASE: message '$msg' does not match /$want/"
    fi
    [ -n "${VERBOSE:-}" ] && echo "  $CASE: exit $RC; issues.csv: $(printf '%s' "$iss" | tr '\037' ' ')"
    first=$(printf '%s\n' "$rel" | head -1)
    if grep -qF -- "$first" "$C/err"; then ok; else bad "$CASE: '$rel' is not named on stderr"; fi
    st=$(status_of "$OUT" "$rel")
    case "$st" in failed|skipped) ok ;; *) bad "$CASE: status of '$rel' is '$st', expected failed" ;; esac
    check_common
}
# The file was read and gave records (status parsed or partial).
expect_parsed() { # rel [status] [exit]
    rel=$1 want=${2:-parsed} want_rc=${3:-0}
    [ "$RC" = "$want_rc" ] && ok || bad "$CASE: exit $RC, expected $want_rc ($(head -2 "$C/err"))"
    st=$(status_of "$OUT" "$rel")
    [ "$st" = "$want" ] && ok || bad "$CASE: status of '$rel' is '$st', expected $want"
    if [ "$(records_of "$OUT" "$rel")" -gt 0 ]; then ok; else bad "$CASE: no records from '$rel'"; fi
    [ -n "${VERBOSE:-}" ] && echo "  $CASE: exit $RC; $rel: $st, $(records_of "$OUT" "$rel") records"
    check_common
}

"$FOI" --version >/dev/null 2>&1 || { echo "hostile: cannot run $FOI"; exit 1; }

# ------------------------------------------------------------ unreadable content
CASE=empty; new_case $CASE
: >"$IN/empty.csv"
build; expect_failed empty.csv 'empty'

for ext in html txt; do
    CASE=garbage_$ext; new_case $CASE
    gzip -9nc fixtures/responses/lancashire/FOI-2022-01234-response.html >"$IN/garbage.$ext"
    build; expect_failed "garbage.$ext" 'binary|encoding|not.*text|control'
done

CASE=elf_html; new_case $CASE
head -c 20000 "$FOI" >"$IN/program.html"
build; expect_failed program.html

CASE=nul_bytes; new_case $CASE
{ printf 'Dear requester\n\nI can confirm that eleven allegations\000were made.\n'
  head -c 3000 /dev/zero; printf 'Total 12\n'; } >"$IN/nul.txt"
build; expect_failed nul.txt 'NUL|binary|control'

# a scanned letter saved as a picture, and a PNG under a document's name:
# failed, and the message says it is a picture
CASE=picture; new_case $CASE
cp fixtures/bad/binary.html "$IN/scan of the letter.png"
build; expect_failed "scan of the letter.png" 'a picture \(image/png\)'
CASE=picture_named_pdf; new_case $CASE
cp fixtures/bad/binary.html "$IN/response.pdf"
build; expect_failed response.pdf 'a picture \(image/png\)'

CASE=invalid_utf8; new_case $CASE
printf 'Outcome,2019/20\n\303\050 \240\241,1\n\342\050\241,\360\050\214\274\n' >"$IN/bad_utf8.csv"
build
# undecodable bytes are read as Windows-1252: the file is read, not refused
st=$(status_of "$OUT" bad_utf8.csv)
[ -n "$st" ] && ok || bad "$CASE: bad_utf8.csv missing from sources.csv"
[ "$(col_of "$OUT" bad_utf8.csv 4)" = csv ] && ok || bad "$CASE: bad_utf8.csv not read as CSV"
check_common

CASE=utf16_nobom; new_case $CASE
mkdir -p "$IN/hampshire"
iconv -f WINDOWS-1252 -t UTF-16LE fixtures/responses/hampshire/HC-FOI-2023-02301.csv >"$IN/hampshire/utf16.csv"
build; expect_parsed hampshire/utf16.csv

# ------------------------------------------------------------ limits
CASE=long_line; new_case $CASE
head -c 52428800 /dev/zero | tr '\0' 'a' >"$IN/line.txt"
build --max-file-size 100; expect_failed line.txt 'line'
rm -f "$IN/line.txt"

CASE=file_size; new_case $CASE
head -c 70000000 /dev/zero | tr '\0' 'a' >"$IN/huge.txt"
build; expect_failed huge.txt 'size|MB|bytes'
rm -f "$IN/huge.txt"

CASE=deep_html; new_case $CASE
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "<div>"; print "x" }' >"$IN/deep.html"
build; expect_failed deep.html

CASE=deep_tables; new_case $CASE
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "<table><tr><td>"; print "7" }' >"$IN/deep_tables.html"
build; expect_failed deep_tables.html

CASE=million_cells_html; new_case $CASE
awk 'BEGIN { print "<table>"; for (r = 0; r < 1000; r++) { printf "<tr>"; for (c = 0; c < 1000; c++) printf "<td>x</td>"; print "</tr>" } print "</table>" }' >"$IN/big.html"
build; expect_failed big.html
build --max-cells 100000; expect_failed big.html 'cell'

CASE=million_cells_csv; new_case $CASE
awk 'BEGIN { for (r = 0; r < 1000; r++) { for (c = 1; c < 1000; c++) printf "x,"; print "x" } }' >"$IN/big.csv"
build; expect_failed big.csv
build --max-cells 100000; expect_failed big.csv 'cell'

CASE=line_and_column_options; new_case $CASE
awk 'BEGIN { printf "Category,Outcome,Count\n"; printf "Sexual assault,Dismissed,"; for (i = 0; i < 3000; i++) printf "1"; print "" }' >"$IN/longline.csv"
build; expect_failed longline.csv
build --max-line-size 2; expect_failed longline.csv 'line-length limit'
awk 'BEGIN { for (c = 0; c < 40; c++) printf "c%d,", c; print "x"; for (c = 0; c < 40; c++) printf "1,"; print "1" }' >"$IN/wide.csv"
rm -f "$IN/longline.csv"
build --max-cols 20; expect_failed wide.csv 'column'
rm -f "$IN/wide.csv"

CASE=span_bomb; new_case $CASE
awk 'BEGIN { print "<table><tr>"; for (c = 0; c < 200; c++) printf "<td rowspan=\"65534\" colspan=\"1000\">%d</td>", c; print "</tr><tr><td>1</td></tr></table>" }' >"$IN/spans.html"
build; expect_failed spans.html

CASE=entities; new_case $CASE
cat >"$IN/xxe.html" <<'EOF_HTML'
<!DOCTYPE html [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY a "&b;&b;&b;&b;&b;&b;&b;&b;"> <!ENTITY b "&c;&c;&c;&c;&c;&c;&c;&c;"> <!ENTITY c "lol lol lol lol"> ]>
<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head><body><p>&xxe; &a;</p>
<iframe src="file:///etc/passwd"></iframe><table><tr><td>&xxe;</td><td>&a;</td></tr></table></body></html>
EOF_HTML
build
case $RC in 0|2) ok ;; *) bad "$CASE: exit $RC" ;; esac
grep -rq 'root:' "$OUT" && bad "$CASE: /etc/passwd was read into the outputs" || ok
grep -rq 'lol lol lol lol lol lol lol lol lol' "$OUT" && bad "$CASE: an internal entity was expanded" || ok
check_common

CASE=many_columns; new_case $CASE
awk 'BEGIN { for (k = 0; k < 2; k++) { for (c = 1; c < 100000; c++) printf "%d,", c; print "1" } }' >"$IN/wide.csv"
build; expect_failed wide.csv 'column'

CASE=unterminated_quote; new_case $CASE
printf 'Outcome,2019/20\nDismissed,3\n"Final written warning,4\nTotal,7\n' >"$IN/quote.csv"
build; expect_failed quote.csv 'quot'

CASE=header_only; new_case $CASE
printf 'Allegation Type,Outcome,2016/17,2017/18,Total\n' >"$IN/header.csv"
build; expect_failed header.csv

# ------------------------------------------------------------ PDF
# fixtures/bad/*.pdf are written by scripts/make_pdf_fixtures.py. Each is a
# clear error naming the file, or a bounded run (never a hang, never a crash).
CASE=pdf_encrypted; new_case $CASE
cp fixtures/bad/encrypted.pdf "$IN/"
build; expect_failed encrypted.pdf 'encrypted PDF: it needs a password'

CASE=pdf_page_bomb; new_case $CASE
cp fixtures/bad/page-bomb.pdf "$IN/"
build; expect_failed page-bomb.pdf '100000 pages, over the 2000-page limit'

CASE=pdf_deep_forms; new_case $CASE
cp fixtures/bad/deep-forms.pdf "$IN/"
build; expect_failed deep-forms.pdf 'page 1 could not be read'

CASE=pdf_deep_nesting; new_case $CASE
cp fixtures/bad/deep-nesting.pdf "$IN/"
build; expect_failed deep-nesting.pdf 'no text to read \(the file may be damaged'

CASE=pdf_truncated; new_case $CASE
cp fixtures/bad/truncated.pdf "$IN/"
build; expect_failed truncated.pdf 'no text to read|damaged|not a readable PDF'

CASE=pdf_not_a_pdf; new_case $CASE
printf '%%PDF-1.7\n%%\342\343\317\323\nthis is not a PDF at all\n' >"$IN/garbage.pdf"
build; expect_failed garbage.pdf 'not a readable PDF|no text to read'

CASE=pdf_scan; new_case $CASE
mkdir -p "$IN/bedfordshire"
cp "fixtures/responses/bedfordshire/FOI 1124-23 response.pdf" "$IN/bedfordshire/scan.pdf"
build; expect_failed bedfordshire/scan.pdf 'no text layer: page 1 is only an image \(a scan\)'
[ "$(records_of "$OUT" bedfordshire/scan.pdf)" = 0 ] && ok || bad "$CASE: figures taken from a scan"

# read, with a warning or nothing to say: a damaged cross-reference table is
# rebuilt; a 60,000 x 60,000 image is never decoded (so a 128 MB memory limit
# holds, the binary's own 90 MB included); a page of 200,000 drawn lines is read without its ruled tables; an
# owner password alone does not lock the text
for f in damaged-xref giant-image many-lines encrypted-owner-only; do
    CASE=pdf_$f; new_case $CASE
    cp "fixtures/bad/$f.pdf" "$IN/"
    if [ -z "${FOI_ASAN:-}" ]; then build --mem-limit 128; else build; fi
    case $RC in 0|2) ok ;; *) bad "$CASE: exit $RC" ;; esac
    st=$(status_of "$OUT" "$f.pdf")
    [ -n "$st" ] && ok || bad "$CASE: $f.pdf missing from sources.csv"
    [ "$(col_of "$OUT" "$f.pdf" 4)" = pdf ] && ok || bad "$CASE: $f.pdf not read as a PDF"
    iss=$(issues_of "$OUT" "$f.pdf" | grep -E '^error' | head -1)
    [ -z "$iss" ] && ok || bad "$CASE: $f.pdf has an error: $(printf '%s' "$iss" | tr '\037' ' ')"
    check_common
done
issues_of "$T/pdf_damaged-xref/out" damaged-xref.pdf | grep -q 'cross-reference table was rebuilt' && ok ||
    bad "pdf_damaged-xref: no warning that the file was repaired"
issues_of "$T/pdf_many-lines/out" many-lines.pdf | grep -q 'ruled tables on it are not read' && ok ||
    bad "pdf_many-lines: no warning that ruled tables were skipped"

# ------------------------------------------------------------ bad cells
# A bad cell is a parse_error warning with its locator; the file is partial;
# partial files do not fail the build (exit 0, see docs/robustness.md).
for what in overflow negative fraction; do
    CASE=cell_$what; new_case $CASE
    mkdir -p "$IN/hampshire"
    case $what in
    overflow) v=99999999999999999999999 ;;
    negative) v=-3 ;;
    fraction) v=2.5 ;;
    esac
    # the first plain count in the file becomes the bad value
    awk -v v="$v" 'BEGIN { FS = OFS = "," } !done && NR > 1 { for (i = 2; i <= NF; i++) if ($i ~ /^[0-9]+$/) { $i = v; done = 1; break } } { print }' \
        fixtures/responses/hampshire/HC-FOI-2023-02301.csv >"$IN/hampshire/bad.csv"
    grep -q -- "$v" "$IN/hampshire/bad.csv" || bad "$CASE: could not plant '$v'"
    build
    expect_parsed hampshire/bad.csv partial 0
    iss=$(issues_of "$OUT" hampshire/bad.csv | grep -F -- "$v" | head -1)
    case "$iss" in
    warning?parse_error?*) ok ;;
    *) bad "$CASE: no parse_error warning naming '$v' (got: $(issues_of "$OUT" hampshire/bad.csv | head -2 | tr '\037' ' '))" ;;
    esac
    loc=$(csvrows "$OUT/issues.csv" | awk -F '\037' -v v="$v" '$3 == "hampshire/bad.csv" && index($5, v) { print $4; exit }')
    [ -n "$loc" ] && ok || bad "$CASE: the bad cell's issue has no locator"
done

CASE=duplicate_headers; new_case $CASE
printf 'Outcome,2019/20,2019/20,Total\nDismissed,3,4,7\nTotal,3,4,7\n' >"$IN/dup.csv"
build
case $RC in 0|2) ok ;; *) bad "$CASE: exit $RC" ;; esac
[ -n "$(status_of "$OUT" dup.csv)" ] && ok || bad "$CASE: dup.csv missing from sources.csv"
check_common

# every reader test input at once: each named, none crashes the build
CASE=fixtures_bad; new_case $CASE
mkdir -p "$IN/bad"
cp fixtures/bad/* "$IN/bad/"
build
[ "$RC" = 2 ] && ok || bad "$CASE: exit $RC, expected 2"
for f in fixtures/bad/*; do
    rel=bad/${f##*/}
    [ -n "$(status_of "$OUT" "$rel")" ] && ok || bad "$CASE: $rel missing from sources.csv"
done
check_common

# office files: each hostile one fails alone, with its own message, word for word
CASE=office_bad; new_case $CASE
mkdir -p "$IN/bad"
cp fixtures/bad/office-* "$IN/bad/"
build
[ "$RC" = 2 ] && ok || bad "$CASE: exit $RC, expected 2"
office_msg() { # file message
    rel=bad/$1
    msg=$(issues_of "$OUT" "$rel" | awk -F '\037' '$1 == "error" && $2 == "parse_error" { print $3; exit }')
    [ "$msg" = "$2" ] && ok || bad "$CASE: $rel: message '$msg', expected '$2'"
    [ "$(status_of "$OUT" "$rel")" = failed ] && ok || bad "$CASE: status of $rel is not failed"
    grep -qF -- "$rel: $2" "$C/err" && ok || bad "$CASE: '$rel' and its message are not on stderr"
}
office_msg office-zip-bomb.xlsx "zip entry 'xl/worksheets/sheet1.xml' inflates more than 1000 times its compressed size (61 MB from 60 KB): a zip bomb?"
office_msg office-declared-small.xlsx "corrupt zip archive: entry '[Content_Types].xml' inflates past the 2000 bytes its header declares"
office_msg office-entity-bomb.xlsx "'xl/sharedStrings.xml' has a document type declaration (DTD); office files have none, and its entities are not expanded: not read"
office_msg office-encrypted.xlsx "the file is an Office document encrypted with a password; save it without a password"
office_msg office-word97.doc "Word 97 .doc is not read, save it as .docx"
office_msg office-truncated.xlsx "corrupt zip archive: no central directory (the file is cut short or damaged)"
office_msg office-corrupt-entry.xlsx "corrupt zip archive: entry 'xl/worksheets/sheet1.xml': the compressed data is damaged"
office_msg office-plain.zip "the zip archive holds no files (only folders, or nothing)"
office_msg office-nested-tables.docx "tables nested more than 64 deep"
office_msg office-xls-password.xls "the workbook is protected with a password (encrypted); save it without a password"
office_msg office-outlook.msg "an Outlook message with no plain-text or HTML body (only rich text?); save it as .eml"
n=$(ls fixtures/bad/office-* | wc -l)
[ "$n" = 11 ] && ok || bad "$CASE: $n office files in fixtures/bad, 11 have an expected message here"
check_common

# a disclosure pack with a zip bomb among its files: that file is lost with
# its reason, the pack's other file is read, the pack is partial
CASE=pack_bomb; new_case $CASE
cp fixtures/bad/pack-bomb-member.zip "$IN/kent/"
build
[ "$RC" = 0 ] && ok || bad "$CASE: exit $RC, expected 0"
[ "$(status_of "$OUT" kent/pack-bomb-member.zip)" = partial ] && ok || bad "$CASE: the pack is not partial"
[ "$(records_of "$OUT" kent/pack-bomb-member.zip)" = 1 ] && ok || bad "$CASE: the pack's other file gave no figure"
issues_of "$OUT" kent/pack-bomb-member.zip | grep -q "^warning.parse_error.the archive's file: zip entry 'Table 2.csv' inflates more than 1000 times" &&
    ok || bad "$CASE: no warning naming the bomb"
check_common

# a hidden sheet's personal data appears nowhere in the outputs
CASE=hidden_sheet; new_case $CASE
mkdir -p "$IN/metropolitan"
cp fixtures/responses/metropolitan/01.FOI.24.035517-disclosure.xlsx "$IN/metropolitan/"
build
[ "$RC" = 0 ] && ok || bad "$CASE: exit $RC, expected 0"
if grep -rqF "NOT FOR PUBLICATION" "$OUT" || grep -rqF "Suppression threshold" "$OUT"; then
    bad "$CASE: text of the hidden sheet is in the outputs"
else ok; fi
[ -n "$(issues_of "$OUT" metropolitan/01.FOI.24.035517-disclosure.xlsx | grep hidden_content)" ] && ok ||
    bad "$CASE: no hidden_content issue for the hidden sheet"
check_common

# ------------------------------------------------------------ the file system
CASE=symlink_loop; new_case $CASE
ln -s . "$IN/loop"
build
case $RC in 0|2) ok ;; *) bad "$CASE: exit $RC" ;; esac
[ -n "$(issues_of "$OUT" loop)" ] && ok || bad "$CASE: the loop is not reported"
[ "$(records_of "$OUT" "$GOOD_REL")" = "$(records_of "$OUT" "loop/$GOOD_REL")" ] && bad "$CASE: files read twice through the loop" || ok
check_common

CASE=self_symlink; new_case $CASE
ln -s self.csv "$IN/self.csv"
build; expect_failed self.csv 'loop|link'

CASE=broken_symlink; new_case $CASE
ln -s does-not-exist.csv "$IN/broken.csv"
build; expect_failed broken.csv 'link|exist|open'

CASE=unreadable; new_case $CASE
cp fixtures/responses/hampshire/HC-FOI-2023-02301.csv "$IN/locked.csv"
chmod 000 "$IN/locked.csv"
if cat "$IN/locked.csv" >/dev/null 2>&1; then
    skip=$((skip + 1))
    note "$CASE skipped: running as root, chmod 000 does not stop reading"
else
    build; expect_failed locked.csv 'permission|open|read'
fi
chmod 644 "$IN/locked.csv"

CASE=fifo; new_case $CASE
mkfifo "$IN/pipe.csv"
build
[ $RC -ne 124 ] && ok
case $RC in 0|2) ok ;; *) bad "$CASE: exit $RC" ;; esac
issues_of "$OUT" pipe.csv | grep -q 'regular' && ok || bad "$CASE: the FIFO is not reported as not a regular file"
check_common

CASE=names; new_case $CASE
mkdir -p "$IN/hampshire"
nl='
'
for name in "with space.csv" "new${nl}line.csv" "Ünïcödé ñame.csv" 'comma, "quote".csv' '=cmd|calc.csv'; do
    cp fixtures/responses/hampshire/HC-FOI-2023-02301.csv "$IN/hampshire/$name"
done
# at the top level, so that the relative path itself starts with =
cp fixtures/responses/hampshire/HC-FOI-2023-02301.csv "$IN/=HYPERLINK(1).csv"
build
[ $RC -eq 0 ] && ok || bad "$CASE: exit $RC ($(head -2 "$C/err"))"
for name in "with space.csv" "new${nl}line.csv" "Ünïcödé ñame.csv" 'comma, "quote".csv' '=cmd|calc.csv'; do
    [ "$(status_of "$OUT" "hampshire/$name")" = parsed ] && ok || bad "$CASE: '$name' not parsed"
    [ "$(records_of "$OUT" "hampshire/$name")" -gt 0 ] && ok || bad "$CASE: no records from '$name'"
done
[ -n "$(status_of "$OUT" "'=HYPERLINK(1).csv")" ] && ok || bad "$CASE: '=HYPERLINK(1).csv' not in sources.csv with a quote prefix"
check_common

CASE=escape_name; new_case $CASE
esc=$(printf '\033')
cp "$GOOD" "$IN/x${esc}]0;pwned$(printf '\007')${esc}[2J.bin"
: >"$IN/y${esc}[31mred.csv"
build
if grep -q "$esc" "$C/err"; then bad "$CASE: a file name's terminal escape reaches stderr raw"; else ok; fi
check_common

CASE=lying_extension; new_case $CASE
mkdir -p "$IN/merseyside"
cp fixtures/responses/merseyside/FOI-2022-1187.html "$IN/merseyside/really_html.csv"
build; expect_parsed merseyside/really_html.csv
[ "$(col_of "$OUT" merseyside/really_html.csv 4)" = html ] && ok || bad "$CASE: not read as HTML"

# ------------------------------------------------------------ isolation
if [ -z "${FOI_ASAN:-}" ]; then   # ASan ignores RLIMIT_AS
    CASE=mem_limit; new_case $CASE
    awk 'BEGIN { print "<table>"; for (r = 0; r < 1000; r++) { printf "<tr>"; for (c = 0; c < 1000; c++) printf "<td>%d</td>", c; print "</tr>" } print "</table>" }' >"$IN/big.html"
    # 128 MB: the binary itself maps about 90 MB (MuPDF's built-in fonts)
    build --mem-limit 128; expect_failed big.html 'memory|limit|cell'
fi

# ------------------------------------------------------------ interrupted builds
CASE=sigterm; new_case $CASE
cp -r fixtures/responses/* "$IN/"
build
cp -r "$OUT" "$C/prev"
awk 'BEGIN { print "<table>"; for (r = 0; r < 1000; r++) { printf "<tr>"; for (c = 0; c < 1000; c++) printf "<td>x</td>"; print "</tr>" } print "</table>" }' >"$IN/slow.html"
for sig in TERM INT; do
    "$FOI" build "$IN" -o "$OUT" -q -j 1 >/dev/null 2>"$C/err" &
    pid=$!
    sleep 0.5
    kill -$sig $pid 2>/dev/null
    wait $pid
    rc=$?
    case $rc in
    0|2) note "$CASE: the build finished before SIG$sig" ;;
    *) for f in "$C"/prev/*; do
           cmp -s "$f" "$OUT/${f##*/}" && ok || bad "$CASE: SIG$sig changed ${f##*/}"
       done
       grep -qi 'interrupt' "$C/err" && ok || bad "$CASE: SIG$sig: no message on stderr" ;;
    esac
done
# a build killed outright leaves temporaries; the next run removes them
: >"$OUT/.records.csv.tmp-4242"
: >"$OUT/.report.html.tmp-1"
rm -f "$IN/slow.html"
build
[ $RC -eq 0 ] || [ $RC -eq 2 ] && ok || bad "$CASE: the next build exited $RC"
ls -a "$OUT" | grep -q '\.tmp-' && bad "$CASE: stray temporaries after the next run" || ok

# ------------------------------------------------------------ a damaged rebuild cache
# OUT_DIR/.foi-cache is read back on the next build: damaged, it must be
# ignored (rebuilt), never trusted or crashed on; the outputs stay the same.
# (rebuild.sh covers a truncated, flipped, garbage and empty cache; here: cut in
# the middle, a length prefix that claims 100 GB, a program's bytes.)
CASE=cache; new_case $CASE
mkdir -p "$IN/merseyside" "$IN/west-midlands"
cp fixtures/responses/merseyside/FOI-2022-1187.html "$IN/merseyside/"
cp fixtures/responses/west-midlands/2512_22_response.txt "$IN/west-midlands/"
build
cp -r "$OUT" "$C/clean"
if [ -f "$OUT/.foi-cache" ]; then
    size=$(wc -c <"$OUT/.foi-cache")
    for how in half middle elf; do
        cp "$C/clean/.foi-cache" "$OUT/.foi-cache"
        case $how in
        half) head -c $((size / 2)) "$C/clean/.foi-cache" >"$OUT/.foi-cache" ;;
        elf) head -c "$size" "$FOI" >"$OUT/.foi-cache" ;;
        middle) printf '99999999999:' | dd of="$OUT/.foi-cache" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null ;;
        esac
        build
        [ "$RC" = 0 ] && ok || bad "$CASE ($how): exit $RC ($(head -2 "$C/err"))"
        for f in "$C"/clean/*; do
            cmp -s "$f" "$OUT/${f##*/}" && ok || bad "$CASE ($how): ${f##*/} differs from the clean build"
        done
    done
else
    note "$CASE: no .foi-cache in OUT_DIR; cache cases skipped"
    skip=$((skip + 1))
fi

# ------------------------------------------------------------ write failures
# cli.sh checks one failing write; here every output's first writes in turn
CASE=write_fail; new_case $CASE
mkdir -p "$IN/merseyside"
cp fixtures/responses/merseyside/FOI-2022-1187.html "$IN/merseyside/"
build
cp -r "$OUT" "$C/prev"
cp fixtures/responses/kent/disclosure_2022_1187.csv "$IN/kent/"
# outputs go out in pieces of 256 KB: a small build makes a few dozen writes;
# each one failing in turn, until a failure point past the last write
failing=0
for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 18 20 24 28 32 40 48 64 96 128; do
    FOI_TEST_FAIL_WRITE_AFTER=$n timeout $TO "$FOI" build "$IN" -o "$OUT" -q -j 1 >/dev/null 2>"$C/err"
    rc=$?
    [ $rc -eq 0 ] && break
    failing=$((failing + 1))
    [ $rc -eq 3 ] && ok || { bad "$CASE: write $n failing gave exit $rc, expected 3"; continue; }
    for f in "$C"/prev/*; do
        cmp -s "$f" "$OUT/${f##*/}" || bad "$CASE: write $n failing changed ${f##*/}"
    done
    ls -a "$OUT" | grep -q '\.tmp-' && bad "$CASE: write $n failing left a temporary" || ok
    grep -q 'foi build: cannot write' "$C/err" && ok || bad "$CASE: write $n: no message ($(head -1 "$C/err"))"
done
[ $failing -ge 8 ] && ok || bad "$CASE: only $failing failure points before the build succeeded"
FOI_TEST_FAIL_WRITE_AFTER=100000000 "$FOI" build "$IN" -o "$OUT" -q -j 1 >/dev/null 2>&1
[ $? -eq 0 ] && ok || bad "$CASE: a failure point past the last write still failed"

echo "hostile: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
