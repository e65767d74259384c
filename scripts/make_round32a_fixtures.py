#!/usr/bin/python3
"""make_round32a_fixtures.py: the files of round 32 (part A) in the keyed sets
fixtures/pdf-layouts and fixtures/office; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into expected.csv in place of any rows of
this script's files it already has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round32a_fixtures.py [--key]

  cambridgeshire/CC FOI 2026-7702 reply.pdf
      a letter: the request for the calendar years 2023, 2024 and 2025; under a heading
      "Calendar year 2025" a table of the allegations recorded by type, officers and staff
      together (the letter says so); then "Information for 2023 and 2024 is not held in a
      format that can be retrieved without manually reviewing each case record; we estimate
      that doing so would exceed the cost limit of 18 hours." at the foot of page 1 and, over
      the page break, "This part of your request is therefore refused under section 12(1)."
      Keyed: every 2025 count; 2023 and 2024 refused s12 per type (the figures are held,
      only not retrievable within the limit: a refusal, not a not-held answer); nothing
      refused for 2025, whose figures the letter gives.
  north-yorkshire/NYP FOI 1877-2026 outcomes.pdf
      a letter giving its figures only as "x of the y" prose, one paragraph per type for the
      calendar year 2025 ("Three of the 11 allegations of sexual harassment received during
      2025 resulted in a written warning; 5 of the 11 were found to have no case to answer and
      3 of the 11 remain under investigation."), the paragraphs wrapped over lines; one
      paragraph's group narrowed ("of the 4 allegations of sexual assault that were finalised
      in 2025"), a blanket sentence for the outcomes not named. Keyed: each x as its outcome's
      count; each y once as its type's total, except the narrowed group (a part of the year's
      allegations, not all of them: no total); nothing for the outcomes not named.
  office/cleveland/CLEVELAND_PSD_FOI_2026_1412.txt
      a case-system report printed to text page by page: form feeds between the pages (CRLF
      lines), each page opening with the same running header ("CLEVELAND POLICE - PROFESSIONAL
      STANDARDS", "Sheet n of 2", the run date) over the column heads "Outcome  Police officer
      Police staff" and a dashed rule; a "PERIOD:" row over blocks each under an
      "Allegation category: ..." heading (one heading running on over the count columns), indented
      outcomes and a "Category total"; page 2 "PERIOD: Q1-Q2 2026/27"; a closing note that
      2024/25 is not held. Keyed: every count (the period rows over the blocks; the counts are
      allegations, as the headings say); the category totals as totals; 2024/25 not held per
      category for officers and staff together; the running header's numbers are no figures.
  office/durham/RE FOI DUR-2026-2210 misconduct allegations.eml
      a plain-text e-mail (CRLF, 8bit): financial years in a space-aligned table with no rule,
      "2023/24  2024/25  2025/26" over "Officers  Staff Officers  Staff Officers  Staff" (one
      space only where two heads meet) over flush-left category rows; "*" defined under it as
      between 1 and 4 (section 40(2)); the outcomes refused under section 12 in prose. Keyed:
      every count per year and people; each "*" suppressed with bounds 1 and 4, s40(2); no rows
      for the refused outcomes (the totals are answered).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = PDFS

CAMBS = "cambridgeshire/CC FOI 2026-7702 reply.pdf"
C_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
           ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
C_DATA = {"sexual_assault": 7, "sexual_harassment": 12, "sexual_misconduct": 4, "abuse_of_position_sexual": 3}
CY = {2023: ("2023-01-01", "2023-12-31"), 2024: ("2024-01-01", "2024-12-31"), 2025: ("2025-01-01", "2025-12-31")}
PDF_KEY = []


def build_cambs():
    from reportlab.platypus import PageBreak, Table
    st = bk.styles("Helvetica", 10)
    story = [bk.P("<b>Cambridgeshire Constabulary</b>", st["h"]),
             bk.P("Freedom of Information reference: CC FOI 2026-7702", st["body"]),
             bk.P("Date: 2 December 2026", st["body"]),
             bk.P("You asked: \"Please tell me, for each of the calendar years 2023, 2024 and 2025, how many "
                  "allegations of sexual assault, sexual harassment, sexual misconduct and abuse of position "
                  "for a sexual purpose were made against police officers and police staff.\"", st["body"]),
             bk.P("Cambridgeshire Constabulary holds the information for 2025. The figures count allegations "
                  "against police officers and police staff together.", st["body"]),
             bk.S(6), bk.P("<b>Calendar year 2025</b>", st["body"])]
    rows = [["Type of allegation", "Allegations recorded"]]
    for lab, tc in C_TYPES:
        rows.append([lab, str(C_DATA[tc])])
        PDF_KEY.append([CAMBS, "cambridgeshire", CY[2025][0], CY[2025][1], tc, "allegations",
                        "officers_and_staff", "total", str(C_DATA[tc]), "reported", str(C_DATA[tc]),
                        str(C_DATA[tc]), ""])
        for y in (2023, 2024):
            PDF_KEY.append([CAMBS, "cambridgeshire", CY[y][0], CY[y][1], tc, "allegations", "officers_and_staff",
                            "total", "", "refused", "", "", "s12"])
    t = Table(rows, colWidths=[230, 120], hAlign="LEFT")
    t.setStyle(bk.grid_style())
    story += [t, bk.S(10),
              bk.P("Information for 2023 and 2024 is not held in a format that can be retrieved without manually "
                   "reviewing each case record; we estimate that doing so would exceed the cost limit of 18 "
                   "hours.", st["body"]),
              PageBreak(),
              bk.P("This part of your request is therefore refused under section 12(1).", st["body"]),
              bk.P("If you are unhappy with this response you may ask for an internal review within 40 working "
                   "days.", st["body"]),
              bk.P("Yours sincerely, Information Access Team", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "CC FOI 2026-7702  -  Page %d of %d" % (page, pages))

    bk.pdf_letter(CAMBS, story, furniture, title="CC FOI 2026-7702", author="Cambridgeshire Constabulary")


NYP = "north-yorkshire/NYP FOI 1877-2026 outcomes.pdf"
NYP_PARAS = [
    ("Three of the 11 allegations of sexual harassment received during 2025 resulted in a written warning; "
     "5 of the 11 were found to have no case to answer and 3 of the 11 remain under investigation.",
     "sexual_harassment", 11, [("written_warning", 3), ("no_case_to_answer", 5), ("ongoing", 3)]),
    ("1 of the 6 allegations of sexual misconduct received during 2025 led to dismissal, 2 of the 6 "
     "resulted in a final written warning and 3 of the 6 remain under investigation.",
     "sexual_misconduct", 6, [("dismissed", 1), ("final_written_warning", 2), ("ongoing", 3)]),
    ("2 of the 4 allegations of sexual assault that were finalised in 2025 led to dismissal and 2 of the 4 "
     "were found to have no case to answer.",
     "sexual_assault", None, [("dismissed", 2), ("no_case_to_answer", 2)]),
]


def build_nyp():
    st = bk.styles("Times-Roman", 11)
    story = [bk.P("<b>North Yorkshire Police</b>", st["h"]),
             bk.P("Civil Disclosure Unit", st["body"]),
             bk.P("Request number: NYP FOI 1877-2026", st["body"]),
             bk.P("Date: 30 November 2026", st["body"]),
             bk.P("Your request: \"For the calendar year 2025, how many allegations of sexual harassment, sexual "
                  "misconduct and sexual assault were recorded against police officers and police staff, and what "
                  "was the outcome of each allegation?\"", st["body"]),
             bk.P("Our response: the figures below cover police officers and police staff together.", st["body"]),
             bk.S(6)]
    for text, tc, total, outs in NYP_PARAS:
        story.append(bk.P(text, st["body"]))
        story.append(bk.S(4))
        if total is not None:
            PDF_KEY.append([NYP, "north-yorkshire", CY[2025][0], CY[2025][1], tc, "allegations",
                            "officers_and_staff", "total", str(total), "reported", str(total), str(total), ""])
        for oc, v in outs:
            PDF_KEY.append([NYP, "north-yorkshire", CY[2025][0], CY[2025][1], tc, "allegations",
                            "officers_and_staff", oc, str(v), "reported", str(v), str(v), ""])
    story += [bk.P("Any outcome not listed above did not occur for that type of allegation.", st["body"]),
              bk.P("You may ask for an internal review within 40 working days of this response.", st["body"]),
              bk.P("Yours sincerely, Civil Disclosure Unit", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawString(60, 30, "NYP FOI 1877-2026 - page %d" % page)

    bk.pdf_letter(NYP, story, furniture, title="NYP FOI 1877-2026", author="North Yorkshire Police")


OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
CLEV = "cleveland/CLEVELAND_PSD_FOI_2026_1412.txt"
OFFICE_KEY = []
CLEV_OUT = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer"),
            ("Investigation ongoing", "ongoing")]
CLEV_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
CLEV_PERIODS = [("2025/26", ("2025-04-01", "2026-03-31")), ("Q1-Q2 2026/27", ("2026-04-01", "2026-09-30"))]
CLEV_DATA = {
    ("2025/26", "sexual_harassment"): [(3, 1), (2, 0), (1, 2), (4, 1), (0, 0)],
    ("2025/26", "sexual_misconduct"): [(1, 0), (0, 1), (2, 0), (1, 1), (2, 0)],
    ("2025/26", "abuse_of_position_sexual"): [(2, 0), (1, 0), (0, 0), (0, 1), (1, 0)],
    ("Q1-Q2 2026/27", "sexual_harassment"): [(1, 0), (0, 0), (2, 1), (1, 0), (3, 2)],
    ("Q1-Q2 2026/27", "sexual_misconduct"): [(0, 1), (1, 0), (0, 0), (2, 0), (1, 1)],
    ("Q1-Q2 2026/27", "abuse_of_position_sexual"): [(1, 0), (0, 0), (0, 0), (1, 0), (2, 0)],
}


def build_clev():
    width = 66
    head = ["CLEVELAND POLICE - PROFESSIONAL STANDARDS".ljust(width - 12) + "Sheet %d of 2",
            "Report PSD-FOI-14   Run 03/12/2026 14:07   Ref 2026/1412",
            "Outcome".ljust(40) + "Police officer".rjust(15) + "Police staff".rjust(14),
            "-" * 69]
    pages = []
    for pno, (plab, (ps, pe)) in enumerate(CLEV_PERIODS, 1):
        lines = [head[0] % pno] + head[1:] + ["PERIOD: " + plab, ""]
        for clab, cid in CLEV_CATS:
            lines.append("Allegation category: " + clab)
            vals = CLEV_DATA[(plab, cid)]
            for (olab, oid), (o, st) in zip(CLEV_OUT, vals):
                lines.append(("    " + olab).ljust(40) + str(o).rjust(15) + str(st).rjust(14))
                for subj, v in (("officers", o), ("staff", st)):
                    OFFICE_KEY.append([CLEV, "cleveland", ps, pe, cid, "allegations", subj, oid, str(v), "reported",
                                       str(v), str(v), ""])
            to, ts = sum(v[0] for v in vals), sum(v[1] for v in vals)
            lines.append("    Category total".ljust(40) + str(to).rjust(15) + str(ts).rjust(14))
            for subj, v in (("officers", to), ("staff", ts)):
                OFFICE_KEY.append([CLEV, "cleveland", ps, pe, cid, "allegations", subj, "total", str(v), "reported",
                                   str(v), str(v), ""])
            lines.append("")
        pages.append(lines)
    pages[-1] += ["Notes: Q1-Q2 2026/27 covers 1 April to 30 September 2026.",
                  "Data for 2024/25 is not held on the current case system.",
                  "END OF REPORT"]
    for _, cid in CLEV_CATS:
        OFFICE_KEY.append([CLEV, "cleveland", "2024-04-01", "2025-03-31", cid, "allegations", "officers_and_staff",
                           "total", "", "not_held", "", "", ""])
    text = "\f".join("\r\n".join(pg) + "\r\n" for pg in pages)
    path = OFFICE / CLEV
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


DUR = "durham/RE FOI DUR-2026-2210 misconduct allegations.eml"
DUR_YEARS = [("2023/24", ("2023-04-01", "2024-03-31")), ("2024/25", ("2024-04-01", "2025-03-31")),
             ("2025/26", ("2025-04-01", "2026-03-31"))]
DUR_ROWS = [("Sexual misconduct", "sexual_misconduct", [(6, "*"), (4, 2), (9, 3)]),
            ("Sexual harassment", "sexual_harassment", [(3, 0), ("*", 5), (7, "*")]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(2, 0), (5, 0), ("*", 0)])]


def build_dur():
    lab = 42
    top = " " * lab + "".join(y.rjust(16) for y, _ in DUR_YEARS)
    sub = " " * lab + "".join(" Officers  Staff" for _ in DUR_YEARS)
    rows = []
    for clab, cid, vals in DUR_ROWS:
        line = clab.ljust(lab)
        for (y, (ps, pe)), (o, st) in zip(DUR_YEARS, vals):
            line += str(o).rjust(9) + str(st).rjust(7)
            for subj, v in (("officers", o), ("staff", st)):
                if v == "*":
                    OFFICE_KEY.append([DUR, "durham", ps, pe, cid, "allegations", subj, "total", "", "suppressed",
                                       "1", "4", "s40(2)"])
                else:
                    OFFICE_KEY.append([DUR, "durham", ps, pe, cid, "allegations", subj, "total", str(v), "reported",
                                       str(v), str(v), ""])
        rows.append(line.rstrip())
    body = [
        "From: Durham Constabulary Disclosure <disclosure@durham.police.uk>",
        "To: requester@example.org",
        "Date: Wed, 02 Dec 2026 11:20:00 +0000",
        "Subject: RE: FOI DUR-2026-2210 misconduct allegations",
        "Message-ID: <dur-2026-2210@durham.police.uk>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Good morning,",
        "",
        "Your request DUR-2026-2210 asked for the number of allegations of sexual misconduct, sexual "
        "harassment and abuse of position for a sexual purpose made against police officers and police "
        "staff in each of the financial years 2023/24, 2024/25 and 2025/26, and the outcome of each.",
        "",
        "Durham Constabulary holds this information. The allegations recorded in each year were:",
        "",
        top.rstrip(),
        sub.rstrip(),
    ] + rows + [
        "",
        "* denotes a figure between 1 and 4, withheld under section 40(2) of the Act as it could identify "
        "the people involved.",
        "",
        "The outcome of each allegation could only be found by reading every case file, which would exceed "
        "the appropriate limit; that part of your request is refused under section 12.",
        "",
        "You may request an internal review within 40 working days.",
        "",
        "Regards,",
        "Disclosure Unit",
        "Durham Constabulary",
    ]
    path = OFFICE / DUR
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(body) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    build_cambs()
    build_nyp()
    build_clev()
    build_dur()
    if "--key" in sys.argv:
        bk.merge_key(PDFS, PDF_KEY)
        bk.merge_key(OFFICE, OFFICE_KEY)
