#!/usr/bin/python3
"""make_round40a_fixtures.py: the PDF of round 40 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into its expected.csv in place of any rows
of this script's file it already has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round40a_fixtures.py [--key]

  sussex/SxP FOI 26-5517 response.pdf
      a landscape letter; per calendar year two ruled tables side by side on one page,
      police officers on the left and police staff on the right, each under its own
      spanning title row ("Police officers - 2025"); types down, outcomes across with short
      heads, one of them an abbreviation with a small letter in it ("NoCtA"), all explained
      in a key under the tables ("NoCtA = no case to answer"). A careful reader takes
      each table's title for its people and year and the key for its heads.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = ROOT

SRC = "sussex/SxP FOI 26-5517 response.pdf"
CY24 = ("2024-01-01", "2024-12-31", "2024")
CY25 = ("2025-01-01", "2025-12-31", "2025")
TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
         ("Abuse of position (sexual)", "abuse_of_position_sexual")]
HEADS = [("Dismissed", "dismissed"), ("FWW", "final_written_warning"), ("NoCtA", "no_case_to_answer"),
         ("Open", "ongoing"), ("Total", "total")]
DATA = {  # per year, per subject, per type: dismissed, FWW, NoCtA, open (Total is their sum)
    CY24: {"officers": [(2, 1, 4, 3), (1, 0, 2, 5), (3, 1, 0, 1)],
           "staff": [(0, 1, 2, 0), (1, 1, 3, 2), (0, 0, 1, 0)]},
    CY25: {"officers": [(4, 2, 1, 6), (0, 3, 3, 2), (2, 0, 1, 3)],
           "staff": [(1, 0, 0, 2), (0, 2, 4, 1), (1, 0, 0, 0)]},
}
KEY = []


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, Table, TableStyle
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Sussex Police - Information Access", st["h"]),
             bk.P("Our reference: SxP FOI 26-5517. Date: 30 November 2026.", st["body"]),
             bk.P("You asked for the number of allegations of sexual assault, sexual harassment and abuse of "
                  "position for a sexual purpose made against police officers and against police staff in the "
                  "calendar years 2024 and 2025, and how each allegation was concluded.", st["body"]),
             bk.P("Sussex Police holds this information. For each year the table on the left gives the "
                  "allegations made against police officers and the table on the right those made against "
                  "police staff.", st["body"])]
    for n, per in enumerate((CY24, CY25)):
        if n:
            story.append(PageBreak())
        story += [bk.S(6), bk.P("<b>Allegations recorded in %s</b>" % per[2], st["body"])]
        halves = []
        for subj, title in (("officers", "Police officers"), ("staff", "Police staff")):
            rows = [["%s \u2013 %s" % (title, per[2])] + [""] * len(HEADS),
                    ["Type"] + [h for h, _ in HEADS]]
            for (tl, tc), vals in zip(TYPES, DATA[per][subj]):
                vals = list(vals) + [sum(vals)]
                rows.append([tl] + [str(v) for v in vals])
                for (_, oc), v in zip(HEADS, vals):
                    KEY.append([SRC, "sussex", per[0], per[1], tc, "allegations", subj, oc, str(v), "reported",
                                str(v), str(v), ""])
            t = Table(rows, colWidths=[118] + [44] * len(HEADS), hAlign="LEFT")
            t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5),
                                   ("FONT", (0, 2), (-1, -1), "Helvetica", 8.5),
                                   ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E4E4E4")),
                                   ("ALIGN", (1, 2), (-1, -1), "CENTER"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            halves.append(t)
        outer = Table([[halves[0], "", halves[1]]], colWidths=[340, 30, 340], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(outer)
    story += [bk.S(10),
              bk.P("Key: FWW = final written warning; NoCtA = no case to answer; Open = the investigation has not "
                   "yet concluded.", st["small"]),
              bk.P("If you are dissatisfied with this response you may ask for an internal review within 40 "
                   "working days of the date of this letter.", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 24, "Sussex Police  |  SxP FOI 26-5517  |  Page %d of %d" % (page, pages))

    bk.pdf_letter(SRC, story, furniture, pagesize=landscape(A4), title="SxP FOI 26-5517",
                  author="Sussex Police")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
