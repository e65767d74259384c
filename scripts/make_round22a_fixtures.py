#!/usr/bin/python3
"""make_round22a_fixtures.py: the Word file of round 22 (part A) in the keyed set
fixtures/office (its rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them, and printed by --key).

Written with blindkit's python-docx helpers (fixed core properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round22a_fixtures.py [--key]

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after
running it, append this script's --key rows again.

  gloucestershire/GC FOI 2026-0714 reply.docx
      a Word letter laid out "Request 1" / its text / "Response 1" under bold headings of
      their own, part by part: request 1 asks about police officers for two financial
      years; request 2 is only "As request 1, but for police staff." (no question form,
      pointing back); request 3 asks for the outcomes of 2024/25, and its response opens
      "These outcomes cover officers and staff together.". Each response's counts sit in
      run-level content controls (w:sdt) inside bulleted "Type: [n] allegations" lines
      under bold period lines. A careful reader takes response 2's figures as staff's
      (not officers' again), and response 3's as 2024/25 officers and staff together
      (not the last period line of response 2, not officers).
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape as xesc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "gloucestershire/GC FOI 2026-0714 reply.docx"
FY23 = ("2023-04-01", "2024-03-31")
FY24 = ("2024-04-01", "2025-03-31")
KEY = []


def key(period, cat, subject, outcome, v):
    KEY.append([SRC, "gloucestershire", period[0], period[1], cat, "allegations", subject, outcome,
                str(v), "reported", str(v), str(v), ""])


SDT = [400]


def sdt_run(text, tag):
    from docx.oxml import parse_xml
    SDT[0] += 1
    return parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{SDT[0]}"/>'
        '<w:text/></w:sdtPr><w:sdtContent><w:r>'
        f'<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:sdtContent></w:sdt>')


CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
TOTALS = {  # (people, period) -> counts in CATS order
    ("officers", FY23): [6, 3, 2], ("officers", FY24): [8, 5, 1],
    ("staff", FY23): [2, 0, 1], ("staff", FY24): [3, 1, 0],
}
OUTCOMES = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer")]
OUTS = {"sexual_harassment": [2, 3, 4, 2], "sexual_assault": [1, 2, 1, 2]}


def build():
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Gloucestershire Constabulary, No. 1 Waterwells, Quedgeley, GL2 2AN")
    bk.docx_heading(d, "Gloucestershire Constabulary - Freedom of Information reply", 14)
    d.add_paragraph("Our reference: FOI 2026-0714\nDate: 2 November 2026")
    d.add_paragraph("Dear Applicant, we have set out each part of your request of 5 October 2026 "
                    "with our response to it.")
    parts = [("1", "How many allegations of sexual harassment, sexual assault and abuse of position "
                   "for a sexual purpose were made against police officers in each of the financial "
                   "years 2023/24 and 2024/25?", "officers"),
             ("2", "As request 1, but for police staff.", "staff"),
             ("3", "What were the outcomes of the sexual harassment and sexual assault allegations "
                   "made in 2024/25?", None)]
    for n, text, people in parts:
        bk.docx_heading(d, f"Request {n}", 12)
        p = d.add_paragraph(text)
        p.runs[0].italic = True
        bk.docx_heading(d, f"Response {n}", 12)
        if people:
            for label, per in (("2023/24", FY23), ("2024/25", FY24)):
                bk.docx_para(d, f"Year {label}", bold=True)
                for (cl, cat), v in zip(CATS, TOTALS[(people, per)]):
                    p = d.add_paragraph(style="List Bullet")
                    p.add_run(f"{cl}: ")
                    p._p.append(sdt_run(str(v), f"r{n}_{cat}_{per[0][:4]}"))
                    p.add_run(" allegation" + ("" if v == 1 else "s"))
                    key(per, cat, people, "total", v)
        else:
            d.add_paragraph("These outcomes cover officers and staff together. An allegation is "
                            "counted in the year it was made.")
            for cl, cat in CATS[:2]:
                bk.docx_para(d, cl, bold=True)
                for (ol, oc), v in zip(OUTCOMES, OUTS[cat]):
                    p = d.add_paragraph()
                    p.add_run(f"{ol}: ")
                    p._p.append(sdt_run(str(v), f"r3_{cat}_{oc}"))
                    key(FY24, cat, "officers_and_staff", oc, v)
    d.add_paragraph("If you are unhappy with this reply you may ask for an internal review within "
                    "40 working days, and then complain to the Information Commissioner's Office.")
    d.add_paragraph("Yours sincerely,\nInformation Rights Team")
    bk.docx_save(d, SRC, "Gloucestershire Constabulary")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
