#!/usr/bin/python3
"""make_ocr_letters_fixture.py: a scanned letter in the keyed set fixtures/pdf-layouts whose
invisible OCR text layer reads some count cells as the letters OCR takes for digits; its
rows of the set's expected.csv are keyed by hand below, as a careful reader of the picture
would key them; --key writes them into that file in place of any rows of this file it
already has, keeping every other row as it is.

    /usr/bin/python3 scripts/make_ocr_letters_fixture.py [--key]

  lincolnshire/LP FOI 26-3390 reply (scan).pdf
      a one-page letter printed, scanned at 100 dpi greyscale (pdftoppm -jpeg: the page is
      a picture) and given an invisible text layer (render mode 3) by the scanner's OCR,
      which reads "11" as "ll", "0" as "O", "5" as "S", "6" as "b" and "1" as "l" in six
      of the table's twenty cells (allegation types x police officers / police staff in
      the calendar years 2024 and 2025), three of them in one column. Every other word of
      the layer is what the picture shows, so the key is the picture's figures: foi reads
      the six cells as those digits below confidence 0.5 with a note and a warning
      (docs/pdf.md, Scans), and the rest at the OCR cap of 0.5. No cell is misread as
      another digit (a "3" read as "8" cannot be told from a figure; the golden run keys
      exactly what foi reads).

The page is drawn on a reportlab canvas (invariant mode) and rasterised by pdftoppm; the
output is byte-identical from run to run on one machine's poppler.
"""
import io
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
SRC = "lincolnshire/LP FOI 26-3390 reply (scan).pdf"
CY = {2024: ("2024-01-01", "2024-12-31"), 2025: ("2025-01-01", "2025-12-31")}
TYPES = [("Sexual assault", "sexual_assault"), ("Sexual misconduct", "sexual_misconduct"),
         ("Sexual harassment", "sexual_harassment"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
         ("Violence against women and girls", "vawg")]
COLS = [(2024, "officers"), (2024, "staff"), (2025, "officers"), (2025, "staff")]
# the picture's figures per type, in COLS' order; and what the OCR layer reads instead
DATA = {"sexual_assault": (14, 11, 9, 4), "sexual_misconduct": (21, 7, 18, 0), "sexual_harassment": (12, 0, 16, 5),
        "abuse_of_position_sexual": (3, 2, 4, 1), "vawg": (25, 6, 19, 8)}
OCR = {("sexual_assault", 1): "ll", ("sexual_harassment", 1): "O", ("vawg", 1): "b",
       ("sexual_misconduct", 3): "O", ("sexual_harassment", 3): "S", ("abuse_of_position_sexual", 3): "l"}
KEY = []


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    items = []   # (x, y, picture text, OCR text, font, size)

    def t(x, y, text, font="Times-Roman", size=10, ocr=None):
        items.append((x, y, text, text if ocr is None else ocr, font, size))

    H = A4[1]
    y = H - 60
    t(370, y, "Lincolnshire Police", "Times-Bold", 12)
    t(370, y - 14, "Information Management Unit")
    y -= 60
    t(60, y, "Our ref: FOI 26-3390")
    y -= 30
    t(60, y, "Dear Sir or Madam,")
    y -= 20
    for line in ("You asked for the number of allegations of sexual assault, sexual misconduct, sexual",
                 "harassment, abuse of position for a sexual purpose and violence against women and",
                 "girls made against police officers and police staff in the calendar years 2024 and",
                 "2025. The information is held and is given below."):
        t(60, y, line)
        y -= 13
    y -= 14
    t(60, y, "Allegations against police officers and police staff", "Times-Bold", 10)
    y -= 18
    xs = [60, 280, 340, 400, 460]
    t(xs[0], y, "Allegation type", "Times-Bold", 9)
    for x, (year, subj) in zip(xs[1:], COLS):
        t(x, y, f"{year} {subj.capitalize()}", "Times-Bold", 9)
    y -= 14
    for label, cat in TYPES:
        t(60, y, label, "Times-Roman", 9)
        for i, (x, (year, subj)) in enumerate(zip(xs[1:], COLS)):
            v = DATA[cat][i]
            t(x, y, str(v), "Times-Roman", 9, OCR.get((cat, i)))
            KEY.append([SRC, "lincolnshire", CY[year][0], CY[year][1], cat, "allegations", subj, "total",
                        str(v), "reported", str(v), str(v), ""])
        y -= 13
    y -= 20
    t(60, y, "Yours faithfully,")
    t(60, y - 28, "Information Management Officer")
    out = ROOT / SRC
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        p1 = Path(td) / "page.pdf"
        c = canvas.Canvas(str(p1), pagesize=A4, invariant=1)
        for x, yy, text, _, font, size in items:
            c.setFont(font, size)
            c.drawString(x, yy, text)
        c.save()
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-jpeg", "-singlefile", str(p1),
                        str(Path(td) / "scan")], check=True)
        jpg = (Path(td) / "scan.jpg").read_bytes()
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Scan 02-12-2026 1012")
    c.setAuthor("MFD-IMU-1")
    c.setCreator("MFD-IMU-1")
    c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, width=A4[0], height=A4[1])
    for x, yy, _, ocr, font, size in items:
        to = c.beginText(x, yy)
        to.setTextRenderMode(3)
        to.setFont(font, size)   # the layer set in the picture's font, as OCR fits its words
        to.textOut(ocr)
        c.drawText(to)
    c.save()


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
