#!/usr/bin/python3
"""make_round43a_fixtures.py: the keyed fixtures of round 43 (part A), in the keyed set
fixtures/unseen-tables; their rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into its expected.csv in place of any rows
of this script's files it already has, keeping every other row as it is.

Plain text (HTML, CSV), byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round43a_fixtures.py [--key]

  wiltshire/WP FOI 2026-2290 outcomes.html
      a web page, outcomes down and three types across for police officers in 2025/26;
      one cell "~" defined under the table as "fewer than four", not given under section
      40(2) as it "could identify the officer concerned", and the Total of its column not
      given with it (also "~"). A careful reader keys the cell suppressed 1..3 (the officer
      concerned is one at least) and the total suppressed with the bounds its printed
      outcomes and that cell give (printed 11, so 12..14), never the legend's 1..3, which a
      total of at least 11 cannot be.

  derbyshire/DC FOI 26-3391 extract.csv
      a CSV export in a long layout, Year / Allegation / Outcome / Police officers / Police
      staff / "Including: referred to the IOPC". A careful reader keys the officers'
      and the staff's counts and leaves the last column out: it counts some of the row's
      allegations (a sub-count), no subject, outcome or category of its own.

  norfolk/NC FOI 26-4410 reply.html
      a web page answering for officers and staff in 2025: the paragraph above the table says
      it gives the allegations against police officers, and that police staff cases "are
      handled by the Joint HR Service and are outside the scope of this response"; types down,
      outcomes across. A careful reader keys the table's figures to police officers alone.

  dorset/DP FOI 26-5831 reply.txt   (fixtures/unseen-letters)
      a plain-text letter: under a heading per type, one bullet per people with their counts
      ("Police officers \u2013 2024/25: 2; 2025/26: 5; 2026/27 to date: 1"), "to date" defined
      once in quotes (1 April to 31 October 2026); under "Domestic abuse" a paragraph that
      says the type is not on the database and ends "This part of your request is therefore
      refused under section 12(1)". A careful reader keys each bullet's counts to its people
      and period (the year to date to 31 October), and the refusal to domestic abuse alone,
      for each financial-year period asked for (the request's calendar-year alternative is
      not taken up).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"
bk.ROOT = ROOT
KEY = []
FY25 = ("2025-04-01", "2026-03-31")

SRC_W = "wiltshire/WP FOI 2026-2290 outcomes.html"


def key(src, force, per, cat, subj, oc, v=None, status="reported", lo=None, hi=None, ex="", measure="allegations"):
    if status == "reported":
        KEY.append([src, force, per[0], per[1], cat, measure, subj, oc, str(v), "reported", str(v), str(v), ""])
    else:
        KEY.append([src, force, per[0], per[1], cat, measure, subj, oc, "", status,
                    "" if lo is None else str(lo), "" if hi is None else str(hi), ex])


def build_wiltshire():
    types = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
    vals = {  # per type, per outcome; None: the "~" cell
        "sexual_harassment": [2, 5, 4, 6],
        "sexual_misconduct": [None, 3, 2, 6],
        "abuse_of_position_sexual": [4, 0, 1, 3],
    }
    rows = []
    for ol, oc in outs + [("Total", "total")]:
        cells = []
        for tl, tc in types:
            vs = vals[tc]
            if oc == "total":
                if None in vs:
                    printed = sum(v for v in vs if v is not None)
                    cells.append("~")
                    key(SRC_W, "wiltshire", FY25, tc, "officers", "total", status="suppressed",
                        lo=printed + 1, hi=printed + 3, ex="s40(2)")
                else:
                    cells.append(str(sum(vs)))
                    key(SRC_W, "wiltshire", FY25, tc, "officers", "total", sum(vs))
                continue
            v = vs[[o for _, o in outs].index(oc)]
            if v is None:
                cells.append("~")
                key(SRC_W, "wiltshire", FY25, tc, "officers", oc, status="suppressed", lo=1, hi=3, ex="s40(2)")
            else:
                cells.append(str(v))
                key(SRC_W, "wiltshire", FY25, tc, "officers", oc, v)
        rows.append("<tr><td>%s</td>%s</tr>" % (ol, "".join("<td>%s</td>" % c for c in cells)))
    body = """<h1>Wiltshire Police &ndash; Freedom of Information request 2026-2290</h1>
<p>Date of response: 11 December 2026.</p>
<p>You asked for the outcomes of allegations of a sexual nature made against Wiltshire Police
officers in the financial year 2025/26.</p>
<h2>Outcomes of allegations against police officers, 2025/26</h2>
<table border="1">
<thead><tr><th>Outcome</th>%s</tr></thead>
<tbody>
%s
</tbody>
</table>
<p>~: fewer than four, not given under section 40(2) of the Act as giving it could identify
the officer concerned; the total of its column is not given either, as it would reveal the figure.</p>
<p>You may ask for an internal review of this response within 40 working days.</p>
""" % ("".join("<th>%s</th>" % tl for tl, _ in types), "\n".join(rows))
    bk.write_text(SRC_W, bk.html_page("FOI 2026-2290 - Wiltshire Police", body))


SRC_D = "derbyshire/DC FOI 26-3391 extract.csv"


def build_derbyshire():
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer")]
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment")]
    fy = {"2024/25": ("2024-04-01", "2025-03-31"), "2025/26": ("2025-04-01", "2026-03-31")}
    data = {  # (year, category): per outcome (officers, staff, of them referred to the IOPC)
        ("2024/25", "sexual_assault"): [(3, 1, 2), (0, 2, 0), (2, 0, 1), (5, 3, 4)],
        ("2024/25", "sexual_harassment"): [(1, 0, 0), (4, 2, 1), (3, 3, 0), (2, 1, 1)],
        ("2025/26", "sexual_assault"): [(2, 2, 3), (1, 0, 0), (0, 1, 1), (6, 2, 2)],
        ("2025/26", "sexual_harassment"): [(0, 1, 0), (2, 0, 1), (5, 2, 2), (3, 0, 0)],
    }
    lines = ["Derbyshire Constabulary - FOI 26-3391 - allegations by outcome",
             "Year,Allegation,Outcome,Police officers,Police staff,Including: referred to the IOPC"]
    for (yl, tc), vals in data.items():
        tl = [t for t, c in cats if c == tc][0]
        for (ol, oc), (o, st, sub) in zip(outs, vals):
            lines.append(f"{yl},{tl},{ol},{o},{st},{sub}")
            key(SRC_D, "derbyshire", fy[yl], tc, "officers", oc, o)
            key(SRC_D, "derbyshire", fy[yl], tc, "staff", oc, st)
        to, ts, tsub = (sum(v[i] for v in vals) for i in range(3))
        lines.append(f"{yl},{tl},Total,{to},{ts},{tsub}")
        key(SRC_D, "derbyshire", fy[yl], tc, "officers", "total", to)
        key(SRC_D, "derbyshire", fy[yl], tc, "staff", "total", ts)
    bk.write_text(SRC_D, "\n".join(lines) + "\n", newline="\r\n")


SRC_N = "norfolk/NC FOI 26-4410 reply.html"


def build_norfolk():
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Management advice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Total", "total")]
    types = [("Sexual harassment", "sexual_harassment", (1, 2, 4, 3)),
             ("Sexual misconduct", "sexual_misconduct", (0, 1, 2, 5)),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", (2, 0, 1, 1))]
    cy = ("2025-01-01", "2025-12-31")
    rows = []
    for tl, tc, vals in types:
        vs = list(vals) + [sum(vals)]
        for (ol, oc), v in zip(outs, vs):
            key(SRC_N, "norfolk", cy, tc, "officers", oc, v)
        rows.append("<tr><td>%s</td>%s</tr>" % (tl, "".join("<td>%d</td>" % v for v in vs)))
    body = """<h1>Norfolk Constabulary &ndash; Freedom of Information reply 26-4410</h1>
<p>Date: 14 December 2026</p>
<p>You asked for the number of allegations of a sexual nature made against police officers and police
staff in the calendar year 2025, and their outcomes.</p>
<p>Our Professional Standards Department holds the records of conduct allegations against police officers;
these are given in the table below for 2025. Police staff conduct cases are handled by the Joint HR
Service and are outside the scope of this response.</p>
<table border="1">
<thead><tr><th>Allegation type</th>%s</tr></thead>
<tbody>
%s
</tbody>
</table>
<p>You may ask for an internal review of this reply within 40 working days.</p>
""" % ("".join("<th>%s</th>" % ol for ol, _ in outs), "\n".join(rows))
    bk.write_text(SRC_N, bk.html_page("FOI 26-4410 - Norfolk Constabulary", body))


ROOT_LETTERS = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"
KEY_LETTERS = []
SRC_L = "dorset/DP FOI 26-5831 reply.txt"


def build_dorset():
    fy24 = ("2024-04-01", "2025-03-31")
    fy25 = ("2025-04-01", "2026-03-31")
    ytd = ("2026-04-01", "2026-10-31")
    cats = [("Sexual harassment", "sexual_harassment", ((2, 5, 1), (0, 1, 2))),
            ("Sexual assault", "sexual_assault", ((4, 3, 0), (1, 0, 1)))]
    lines = ["Dorset Police",
             "Freedom of Information - reply to request 26-5831",
             "Date: 20 November 2026",
             "",
             "Your request:",
             "",
             "    \"For the financial years 2024/25 and 2025/26 and for 2026/27 to date, please tell me",
             "    how many allegations of sexual harassment, sexual assault and domestic abuse were made",
             "    against police officers and police staff. If you keep them by calendar year, 2024, 2025",
             "    and 2026 to date will do.\"",
             "",
             "Our reply",
             "",
             "We count allegations by the financial year in which they were recorded. In this reply",
             "\u2018to date\u2019 means from 1 April 2026 up to and including 31 October 2026.",
             ""]
    for tl, tc, (off, stf) in cats:
        lines += [tl, ""]
        for who, subj, vals in (("Police officers", "officers", off), ("Police staff", "staff", stf)):
            lines.append("\u2022 %s \u2013 2024/25: %d; 2025/26: %d; 2026/27 to date: %d" % ((who,) + vals))
            for per, v in zip((fy24, fy25, ytd), vals):
                KEY_LETTERS.append([SRC_L, "dorset", per[0], per[1], tc, "allegations", subj, "total", str(v),
                                    "reported", str(v), str(v), ""])
        lines.append("")
    lines += ["Domestic abuse", "",
              "Domestic abuse is not a field on our conduct database. To find these allegations we would need",
              "to read some 1,100 conduct files by hand, which would take well over the appropriate limit of",
              "18 hours. This part of your request is therefore refused under section 12(1) of the Act.",
              "",
              "You may ask for an internal review of this reply within 40 working days.",
              "",
              "Information Rights Team, Dorset Police"]
    for per in (fy24, fy25, ytd):
        KEY_LETTERS.append([SRC_L, "dorset", per[0], per[1], "domestic_abuse", "allegations", "officers_and_staff",
                            "total", "", "refused", "", "", "s12"])
    bk.ROOT = ROOT_LETTERS
    bk.write_text(SRC_L, "\n".join(lines) + "\n")
    bk.ROOT = ROOT


if __name__ == "__main__":
    build_wiltshire()
    build_derbyshire()
    build_norfolk()
    build_dorset()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
        bk.merge_key(ROOT_LETTERS, KEY_LETTERS)
