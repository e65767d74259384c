#!/bin/sh
# deps.sh: install the Debian -dev packages foi builds with, when missing.
# As root it runs apt-get; otherwise it prints the one line to run.
set -e
PKGS="pkg-config python3 libxml2-dev libpcre2-dev libcsv-dev libcmocka-dev libsqlite3-dev libjansson-dev libssl-dev
      libzip-dev libfreexl-dev
      libmupdf-dev libmujs-dev libgumbo-dev libopenjp2-7-dev libjbig2dec0-dev libjpeg-dev libfreetype-dev libharfbuzz-dev"
# MuPDF's -dev package ships static libraries whose own dependencies (the
# second line above) it does not pull in; see docs/decisions.md.
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
# Optional tools: sqlite3 CLI (tests open foi.sqlite with it), clang (fuzzing), valgrind;
# what regenerates the office and PDF fixtures (scripts/make_*_fixtures.py); and
# pandas with lxml for the benchmark's peer (make bench).
if [ "${1:-}" = "--all" ]; then
    for p in sqlite3 clang valgrind python3; do
        command -v "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    # python3-pandas, python3-lxml: bench/anchors/peer.py (make bench)
    for p in python3-openpyxl python3-docx python3-xlwt python3-olefile python3-reportlab poppler-utils python3-pandas python3-lxml; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
fi
[ -z "$missing" ] && exit 0
# --check: only say (exit status) whether anything is missing
[ "${1:-}" = "--check" ] && exit 1
if [ "$(id -u)" = 0 ]; then
    echo "deps.sh: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    apt-get install -y -qq $missing >&2
else
    echo "deps.sh: missing packages; run as root:" >&2
    echo "  apt-get install -y$missing" >&2
    exit 1
fi
