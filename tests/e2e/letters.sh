#!/bin/sh
# letters.sh: letters and disclosure pages through the binary (docs/letters.md):
# attachments paired and recorded in sources.csv, attachment_missing and
# not_a_response issues, NCND cells in comparable.csv and report.html,
# goodwill and section 21 notes in records.csv, foi inspect's reasons.
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
has() { # description file pattern
    if grep -q -- "$3" "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1 ($3 not in $2)"; fi
}
hasnt() {
    if grep -q -- "$3" "$2"; then fail=$((fail + 1)); echo "FAIL: $1 ($3 in $2)"; else pass=$((pass + 1)); fi
}

"$FOI" build fixtures/unseen-letters -o "$T/o" -q -j 2 2>"$T/err"
check "a build with missing attachments and a press page exits 2" 2 $?
S=$T/o/sources.csv
has "attachment paired by name" "$S" '^dorset/2041A_23_attachment.csv,.*,dorset/FOI 2041A-23 response.txt$'
has "attachment paired by reference" "$S" '^cambridgeshire/FOI 0455-24 outcomes.csv,.*,cambridgeshire/FOI 0455-24 response.html$'
has "attachment paired as the only other file" "$S" '^south-wales/sexual misconduct figures.csv,.*,south-wales/FOI 2023-0991 letter.txt$'
has "a letter whose answer was found is parsed" "$S" '^dorset/FOI 2041A-23 response.txt,.*,dorset,parsed,0,$'
hasnt "a response to another request is nobody's attachment" "$S" '^leicestershire/FOI 001802-23 response.txt,.*,leicestershire/'
I=$T/o/issues.csv
has "named attachment missing" "$I" "attachment_missing,gloucestershire/FOI-1290-23 response.txt"
has "promised attachment missing" "$I" "attachment_missing,leicestershire/FOI 002711-23 response.txt"
has "press page is not a response" "$I" "not_a_response,northumbria/"
has "press release is not a response" "$I" "not_a_response,wiltshire/"
hasnt "no figure from the press page" "$T/o/records.csv" "^[^,]*,[^,]*,.*northumbria/officer"
C=$T/o/comparable.csv
has "NCND cell in comparable.csv" "$C" '^norfolk,Norfolk Constabulary,2021-01-01,2023-12-31,sexual_misconduct,allegations,officers,ncnd,'
has "NCND beside a figure" "$C" '^surrey,Surrey Police,2022-04-01,2023-03-31,sexual_assault,allegations,officers_and_staff,12,.*ncnd'
R=$T/o/records.csv
has "NCND record with its sections" "$R" ',ncnd,,,s30(3);s31(3);s40(5),norfolk/'
has "goodwill figures keep a note" "$R" 'gesture of goodwill beyond the section 12 cost limit'
has "section 21 refusal with its link" "$R" ',refused,,,s21,warwickshire/.*published at https://www.warwickshire.police.uk/misconduct-hearings'
has "attachment figures say where their context came from" "$R" 'force, period, measure, subject and request reference from covering letter dorset/FOI 2041A-23 response.txt'
H=$T/o/report.html
has "coverage: answer in a missing attachment" "$H" 'data-force="gloucestershire" data-status="answer in a missing attachment"'
"$FOI" validate "$T/o" >/dev/null 2>"$T/v"
check "foi validate accepts the build" 0 $?

# inspect shows the split and every candidate's fate
"$FOI" inspect "fixtures/unseen-letters/humberside/FOI 23-0877 response.html" >"$T/i" 2>&1
check "inspect" 0 $?
has "inspect: the request" "$T/i" "request (under the request heading)"
has "inspect: a quoted figure of another force" "$T/i" "'54' not a figure"
has "inspect: a national figure" "$T/i" "'1,539' not a figure: about another body or the country"
has "inspect: a headcount" "$T/i" "a number of people (a headcount)"
has "inspect: a figure taken" "$T/i" "'23' taken: sexual_misconduct, total, reported"

echo "letters: $pass passed, $fail failed"
[ "$fail" = 0 ]
