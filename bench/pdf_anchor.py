#!/usr/bin/env python3
"""pdf_anchor.py [CORPUS] [FOI]: the anchor foi's PDF reader has to beat. For
each PDF of the reference corpus it measures what a journalist gets from
`pdftotext -layout` pasted into a spreadsheet (lines split into cells at runs
of two or more spaces) against what `foi build` extracts, and prints a
Markdown table (docs/pdf.md quotes it):

  key       figures the answer key has for the file
  cells     cells of the pasted text that hold a count (what must be sorted
            into figures by hand)
  furn      numbers on page furniture lines (running headers and footers, page
            numbers, print stamps): numbers that are on the page but no figure
  split     table lines that hold a piece of a wrapped label or header and no
            figure (a label cut from its figures, a header in two pieces)
  breaks    page breaks inside a table (the two halves to stitch), with the
            furniture lines and repeated header lines between them
  foi       figures foi gets right / misses / adds (records.csv against the key)
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
FOI = sys.argv[2] if len(sys.argv) > 2 else "build/foi"

NUM = re.compile(r"^(?:[<>]?\d[\d,]*|\*|-|\u2013)$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
FURN = re.compile(r"(Page \d+( of \d+)?\b|^\s*\d+/\d+\s*$|\s\d+/\d+\s*$|https?://|^\s*\d+/\d+/\d+, \d+:\d+|OFFICIAL)")


def cells(line):
    return [c for c in re.split(r"\s{2,}", line.strip()) if c]


def is_count(c):
    return bool(NUM.match(c)) and not YEAR.match(c)


def analyse(path):
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [p.split("\n") for p in text.split("\f") if p.strip()]
    norm = lambda s: re.sub(r"\d", "#", " ".join(s.split()))
    # page furniture: among a page's first six and last four lines, one that
    # comes back on most pages (digits aside) or reads like a page number,
    # a marking or a print stamp
    edge = []
    for p in pages:
        filled = [i for i, x in enumerate(p) if x.strip()]
        edge.append(set(filled[:6] + filled[-4:]))
    seen = {}
    for p, e in zip(pages, edge):
        for ln in set(norm(p[i]) for i in e):
            seen[ln] = seen.get(ln, 0) + 1
    running = {k for k, v in seen.items() if len(pages) > 1 and v >= max(2, (len(pages) + 1) // 2)}
    furniture = lambda p, e, i: i in e and (norm(p[i]) in running or FURN.search(p[i]))
    n_cells = furn = split = breaks = between = 0
    prev_page_table = False
    trail = 0
    for p, e in zip(pages, edge):
        numeric = [i for i, ln in enumerate(p) if ln.strip() and len(cells(ln)) >= 2 and
                   sum(map(is_count, cells(ln)[1:])) >= 1 and not furniture(p, e, i)]
        for i, ln in enumerate(p):
            n_cells += sum(map(is_count, cells(ln))) if not furniture(p, e, i) else 0
            if furniture(p, e, i):
                furn += len(re.findall(r"\d+", ln))
        # table blocks: figures lines no more than three lines apart
        blocks = []
        for i in numeric:
            if blocks and i - blocks[-1][-1] <= 3:
                blocks[-1].append(i)
            else:
                blocks.append([i])
        for b in blocks:
            inside = [i for i in range(b[0] + 1, b[-1]) if i not in b and p[i].strip()]
            split += len(inside)
            # a header over several lines: the lines just above the block
            j, hdr = b[0] - 1, 0
            if j >= 0 and not p[j].strip():
                j -= 1          # one blank line under a header
            while j >= 0 and hdr < 4 and p[j].strip() and not furniture(p, e, j):
                c = cells(p[j])
                if len(c) == 1 and len(p[j]) - len(p[j].lstrip()) < 20:
                    break       # a caption or prose at the margin, not a header piece
                hdr += 1
                j -= 1
            split += max(0, hdr - 1)
        if numeric:
            first, last = numeric[0], numeric[-1]
            if prev_page_table:
                breaks += 1
                between += trail + sum(1 for i in range(first) if p[i].strip())
            tail = [i for i in range(last + 1, len(p)) if p[i].strip() and not furniture(p, e, i)]
            prev_page_table = not tail
            trail = sum(1 for i in range(last + 1, len(p)) if p[i].strip())
        else:
            prev_page_table = False
    return n_cells, furn, split, breaks, between


def main():
    pdfs = []
    for root, _, files in os.walk(CORPUS):
        for f in files:
            if f.endswith(".pdf"):
                pdfs.append(os.path.relpath(os.path.join(root, f), CORPUS))
    pdfs.sort()
    key = {}
    with open(os.path.join(CORPUS, "expected.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key.setdefault(r["source_file"], []).append(r)
    out = tempfile.mkdtemp(prefix="pdf-anchor-")
    subprocess.run([FOI, "build", CORPUS, "-o", out, "-q"], capture_output=True)
    got = {}
    with open(os.path.join(out, "records.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            got.setdefault(r["source_file"], []).append(r)
    ident = ["force_id", "period_start", "period_end", "category", "measure", "subject", "outcome",
             "value_status", "value", "value_min", "value_max", "exemption"]
    print("| file | key | cells | furn | split | breaks (lines between) | foi right / missed / extra |")
    print("|---|---|---|---|---|---|---|")
    for p in pdfs:
        n_cells, furn, split, breaks, between = analyse(os.path.join(CORPUS, p))
        k = [tuple(r[c] for c in ident) for r in key.get(p, [])]
        g = [tuple(r[c] for c in ident) for r in got.get(p, [])]
        right = sum(min(k.count(x), g.count(x)) for x in set(k))
        print("| %s | %d | %d | %d | %d | %d (%d) | %d / %d / %d |" % (
            p, len(k), n_cells, furn, split, breaks, between, right, len(k) - right, len(g) - right))


if __name__ == "__main__":
    main()
