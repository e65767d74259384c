#!/usr/bin/python3
"""make_round29a_fixtures.py: the PDF files of round 29 (part A) in the keyed set
fixtures/pdf-layouts (its rows of fixtures/pdf-layouts/expected.csv are keyed by hand
below, as a careful reader would key them; --key writes them into that file in place of
any rows of this script's files it already has, keeping every other row as it is).

Drawn on a reportlab canvas (invariant mode), workbooks through blindkit's openpyxl
helpers (fixed properties and zip times): the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round29a_fixtures.py [--key]

  staffordshire/SP FOI 2026-1905 reply with annex.pdf
      a one-page letter that holds no figure itself: the figures are in an Excel
      workbook EMBEDDED in the PDF ("Annex 1 outcomes.xlsx", in the document's
      EmbeddedFiles name tree, added by an incremental update that also sets
      /PageMode /UseAttachments), which the letter points to ("open the attachments
      panel"). The workbook: one sheet, a title naming the financial year 2024/25,
      outcomes down the side, Police officers / Police staff across for two types.
      Keyed: every count of the workbook, under the PDF (as an e-mail's attachments are
      keyed under the e-mail).
"""
import csv
import io
import re
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = ROOT

SRC_EMB = "staffordshire/SP FOI 2026-1905 reply with annex.pdf"
FORCE = "staffordshire"
FY24 = ("2024-04-01", "2025-03-31")
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
TYPES = [("Sexual harassment", "sexual_harassment"), ("Abuse of position for a sexual purpose",
                                                      "abuse_of_position_sexual")]
DATA = {  # per type: (officers, staff) per outcome
    "sexual_harassment": [(4, 1), (2, 0), (3, 2), (7, 3), (6, 2), (2, 1)],
    "abuse_of_position_sexual": [(3, 0), (1, 0), (0, 1), (2, 0), (5, 1), (4, 0)],
}
KEY = []


def key(src, period, cat, subject, outcome, v):
    KEY.append([src, FORCE, period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported",
                str(v), str(v), ""])


def annex_xlsx():
    """The embedded workbook's bytes (written through blindkit into a scratch folder)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Annex 1"
    ws["A1"] = "Annex 1: outcomes of allegations recorded 1 April 2024 to 31 March 2025"
    ws["A1"].font = Font(bold=True)
    r = 3
    for label, cat in TYPES:
        ws.cell(r, 1, label).font = Font(bold=True)
        r += 1
        for j, h in enumerate(["Outcome", "Police officers", "Police staff"], 1):
            ws.cell(r, j, h).font = Font(bold=True)
        r += 1
        for (ol, oc), (o, s) in zip(OUTS, DATA[cat]):
            ws.cell(r, 1, ol)
            ws.cell(r, 2, o)
            ws.cell(r, 3, s)
            key(SRC_EMB, FY24, cat, "officers", oc, o)
            key(SRC_EMB, FY24, cat, "staff", oc, s)
            r += 1
        to, ts = sum(x[0] for x in DATA[cat]), sum(x[1] for x in DATA[cat])
        ws.cell(r, 1, "Total").font = Font(bold=True)
        ws.cell(r, 2, to)
        ws.cell(r, 3, ts)
        key(SRC_EMB, FY24, cat, "officers", "total", to)
        key(SRC_EMB, FY24, cat, "staff", "total", ts)
        r += 2
    ws.column_dimensions["A"].width = 40
    with tempfile.TemporaryDirectory() as tmp:
        bk.ROOT = Path(tmp)
        try:
            bk.xlsx_save(wb, "annex.xlsx", creator="Staffordshire Police")
            data = (Path(tmp) / "annex.xlsx").read_bytes()
        finally:
            bk.ROOT = ROOT
    return data


def embed(pdf, name, data, mime):
    """An incremental update adding the file to the PDF's EmbeddedFiles name tree (a new
    catalog with /Names and /PageMode /UseAttachments), as a PDF editor saves one."""
    text = pdf.decode("latin-1")
    root = re.search(r"/Root (\d+) 0 R", text).group(1)
    size = int(re.search(r"/Size (\d+)", text).group(1))
    prev = int(re.findall(r"startxref\s+(\d+)", text)[-1])
    cat = re.search(r"\n%s 0 obj\s*<<(.*?)>>\s*endobj" % root, text, re.S).group(1)
    cat = re.sub(r"/PageMode /\w+", "", cat)
    n_file, n_spec = size, size + 1
    packed = zlib.compress(data, 9)
    objs = [
        (n_file, b"<< /Type /EmbeddedFile /Subtype /" + mime.replace("/", "#2F").encode() +
         b" /Filter /FlateDecode /Length %d /Params << /Size %d >> >>\nstream\n" % (len(packed), len(data)) +
         packed + b"\nendstream"),
        (n_spec, ("<< /Type /Filespec /F (%s) /UF (%s) /Desc (Annex 1) /EF << /F %d 0 R >> >>"
                  % (name, name, n_file)).encode("latin-1")),
        (int(root), ("<<%s /PageMode /UseAttachments /Names << /EmbeddedFiles << /Names [(%s) %d 0 R] >> >> >>"
                     % (cat, name, n_spec)).encode("latin-1")),
    ]
    out = io.BytesIO()
    out.write(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offs = {}
    for num, body in objs:
        offs[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n")
    for num in sorted(offs):
        out.write(b"%d 1\n%010d 00000 n \n" % (num, offs[num]))
    out.write(b"trailer\n<< /Size %d /Root %s 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
              % (size + 2, root.encode(), prev, xref))
    return out.getvalue()


def build_embedded():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("SP FOI 2026-1905")
    w, h = A4
    y = h - 25 * mm

    def line(s, font="Helvetica", size=10, gap=5.2):
        nonlocal y
        c.setFont(font, size)
        c.drawString(22 * mm, y, s)
        y -= gap * mm

    line("Staffordshire Police", "Helvetica-Bold", 13, 8)
    line("Freedom of Information Unit, Weston Road, Stafford ST18 0YY")
    line("Our reference: SP FOI 2026-1905")
    line("Date: 2 December 2026", gap=9)
    line("Dear Applicant,", gap=8)
    for s in ["Thank you for your request for the outcomes of allegations of sexual harassment and of",
              "abuse of position for a sexual purpose made against our officers and staff in 2024/25.",
              "",
              "Staffordshire Police holds the information. It is given in the spreadsheet saved inside",
              "this PDF (Annex 1): open your PDF viewer's attachments panel, the paperclip, to see it.",
              "The annex sets out each outcome for police officers and police staff separately.",
              "",
              "You may ask for an internal review of this response within 40 working days, and then",
              "complain to the Information Commissioner.",
              "",
              "Yours faithfully,",
              "Freedom of Information Unit"]:
        line(s)
    c.setFont("Helvetica", 8)
    c.drawString(22 * mm, 12 * mm, "SP FOI 2026-1905 - Page 1 of 1")
    c.showPage()
    c.save()
    pdf = embed(buf.getvalue(), "Annex 1 outcomes.xlsx", annex_xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    bk.write_bytes(SRC_EMB, pdf)


def build():
    build_embedded()


def write_key():
    path = ROOT / "expected.csv"
    mine = {r[0] for r in KEY}
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] not in mine]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(KEY))


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        write_key()
