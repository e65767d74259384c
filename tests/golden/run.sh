#!/bin/sh
# run.sh FOI [--update]: golden tests. Builds fixtures/responses and compares
# every output file byte for byte with tests/golden/build/; checks the answer
# key (fixtures/expected.csv) and the other keyed fixture sets; builds a
# shuffled copy and expects identical bytes; checks `foi validate`; compares
# `foi inspect` of representative fixtures with tests/golden/inspect/.
# --update rewrites the golden files (review them with git diff).
set -u
FOI=${1:?usage: run.sh FOI [--update]}
UPDATE=${2:-}
cd "$(dirname "$0")/../.." || exit 1
G=tests/golden
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
OUTPUTS="records.csv records.ndjson foi.sqlite comparable.csv sources.csv issues.csv datapackage.json report.html"
# foi.sqlite is compared in content (SPEC: every table's rows, sorted), the
# rest byte for byte: same_output A B FILE
same_output() {
    if [ "$3" = foi.sqlite ]; then
        python3 "$G/sqlite_rows.py" "$1/$3" >"$T/rows-a.txt" 2>&1 &&
            python3 "$G/sqlite_rows.py" "$2/$3" >"$T/rows-b.txt" 2>&1 && cmp -s "$T/rows-a.txt" "$T/rows-b.txt"
    else
        cmp -s "$1/$3" "$2/$3"
    fi
}
RUN=
[ -n "${FOI_VALGRIND:-}" ] && RUN="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --trace-children=yes"

build() { # in out [args]
    in=$1 out=$2
    shift 2
    $RUN "$FOI" build "$in" -o "$out" -q "$@" 2>"$out.stderr"
    echo $? >"$out.rc"
}

# 1. the fixture build, byte for byte
build fixtures/responses "$T/a" --expect fixtures/expect.txt -j 2
rc=$(cat "$T/a.rc")
if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then bad "build exited $rc: $(head -5 "$T/a.stderr")"; fi
mkdir -p "$G/build"
for f in $OUTPUTS; do
    g=$f
    # the golden foi.sqlite is its content as text (sqlite_rows.py)
    if [ "$f" = foi.sqlite ]; then
        g=foi.sqlite.txt
        python3 "$G/sqlite_rows.py" "$T/a/$f" >"$T/a/$g" || bad "cannot read $T/a/$f"
    fi
    if [ "$UPDATE" = --update ]; then
        cp "$T/a/$g" "$G/build/$g"
    elif [ ! -f "$G/build/$g" ]; then
        bad "no golden file $G/build/$g (run make golden)"
    elif cmp -s "$T/a/$g" "$G/build/$g"; then ok
    else bad "$f differs from $G/build/$g"; diff "$G/build/$g" "$T/a/$g" 2>/dev/null | head -10
    fi
done

# 1b. a crowded funnel plot still names every force outside its limits
if python3 "$G/outlier_labels.py" "$T/a/report.html" >"$T/labels.txt"; then ok
else bad "report.html funnel labels:"; head -5 "$T/labels.txt"; fi

# 2. answer keys
check_keys() { # out expected
    if python3 "$G/keycheck.py" "$1/records.csv" "$2" >"$T/keys.txt"; then ok
    else bad "answer key $2:"; head -20 "$T/keys.txt"; fi
}
check_keys "$T/a" fixtures/expected.csv
for set in $(cat "$G/keyed-sets.txt" 2>/dev/null); do
    build "fixtures/$set" "$T/k-$set" -j 2
    check_keys "$T/k-$set" "fixtures/$set/expected.csv"
done

# 3. a shuffled copy (other root name, files created in reverse order) gives the same bytes
mkdir -p "$T/shuffled-root"
(cd fixtures/responses && find . -type f | sort -r) | while IFS= read -r f; do
    mkdir -p "$T/shuffled-root/$(dirname "$f")"
    cp "fixtures/responses/$f" "$T/shuffled-root/$f"
done
build "$T/shuffled-root" "$T/b" --expect fixtures/expect.txt -j 1
for f in $OUTPUTS; do
    if same_output "$T/a" "$T/b" "$f"; then ok; else bad "shuffled build: $f differs"; fi
done

# 4. foi validate on the build
if $RUN "$FOI" validate "$T/a" >/dev/null 2>"$T/v.err"; then ok; else bad "foi validate: $(head -5 "$T/v.err")"; fi

# 5. foi inspect of representative fixtures
mkdir -p "$G/inspect"
for f in kent/disclosure_2021_0456.csv hampshire/HC-FOI-2022-00789.csv \
         merseyside/FOI-2023-0412.html metropolitan/01.FOI.22.024648-response.html \
         west-midlands/0388_23_response.txt "staffordshire/FOI 6120-22 response.txt" \
         "devon-and-cornwall/2023-000789 response letter.txt"; do
    name=$(echo "$f" | tr '/ ' '__')
    $RUN "$FOI" inspect "fixtures/responses/$f" >"$T/inspect.txt" 2>&1
    if [ "$UPDATE" = --update ]; then
        cp "$T/inspect.txt" "$G/inspect/$name.txt"
    elif [ ! -f "$G/inspect/$name.txt" ]; then bad "no golden $G/inspect/$name.txt"
    elif cmp -s "$T/inspect.txt" "$G/inspect/$name.txt"; then ok
    else bad "foi inspect $f differs from golden"; diff "$G/inspect/$name.txt" "$T/inspect.txt" | head -10
    fi
done

echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
