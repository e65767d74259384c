#!/usr/bin/python3
"""make_round27b_fixtures.py: the Word files of round 27 (part B) in the keyed set
fixtures/office (their rows of expected.csv are keyed by hand, as a careful reader
would key them, beside the rows other scripts key in the same file).

python-docx with fixed core properties and a normalised zip: byte-identical from run to
run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round27b_fixtures.py

  cambridgeshire/CC FOI 26-2218 response.docx
      a Word letter answering in a two-column table "Question" | "Answer", a row per
      part of the request ("(a) ... in the calendar year 2024", "(b) The same for
      2025.", "(c) The outcome of each allegation."), the answers in sentences with
      the figures as number words ("eleven allegations of sexual misconduct and four
      of domestic abuse"; "two of these allegations were also recorded as sexual
      assault"); part (c) withheld under section 40(2). Keyed: the counts of 2024 and
      2025 (officers), the nil of sexual assault in 2024 and the two of 2025; no row
      for the withheld outcomes.
  durham/DC FOI 26-1431 response.docx
      a Word letter whose answers are Word lists with automatic numbering (w:numPr: the
      "I." / "a." markers come from numbering.xml, not the text): under "Question 1"
      a period per level-1 item and "Sexual misconduct: 9 allegations (officers 7,
      staff 2)" items under it; under "Question 2" a paragraph whose first sentence
      says what the list covers ("The outcomes listed below relate to allegations
      recorded in the financial year 2024/25 (officers and staff together), as of 31
      October 2026.") and whose last sentence is about the other year (no lead-in),
      then a second list (restarted) per type "(11 allegations)" with outcomes
      "dismissed: 2" under it. Keyed: the totals of each period and type (officers and
      staff, officers, staff; a type's 0 for staff included), the outcomes for
      2024/25 (officers and staff); the "(11 allegations)" of Question 2 restates
      Question 1's 2024/25 total (one key row).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def cambridgeshire():
    bk.ROOT = OFFICE
    src = "cambridgeshire/CC FOI 26-2218 response.docx"
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Cambridgeshire Constabulary", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Office, Hinchingbrooke Park, Huntingdon PE29 6NP")
    bk.docx_para(d, "FOI reference: 26-2218")
    bk.docx_para(d, "30 November 2026")
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "Thank you for your request for information received on 9 November 2026. Each part of "
                    "your request is set out in the table below with our answer beside it.")
    rows = [["Question", "Answer"],
            ["(a) How many allegations of sexual misconduct, domestic abuse and sexual assault were "
             "made against police officers of Cambridgeshire Constabulary in the calendar year 2024?",
             "We hold this information. In 2024 there were eleven allegations of sexual misconduct and "
             "four of domestic abuse made against police officers. No allegation of sexual assault was "
             "recorded against a police officer in 2024."],
            ["(b) The same for 2025.",
             "We hold this information. In 2025 there were nine allegations of sexual misconduct and six "
             "of domestic abuse against police officers; two of these allegations were also recorded as "
             "sexual assault."],
            ["(c) The outcome of each allegation.",
             "This part is not answered. The outcomes concern very few officers, and giving them would "
             "disclose personal data about the officers concerned, so the outcomes are withheld under "
             "section 40(2) of the Act."]]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    bk.docx_repeat_header(t.rows[0])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            bk.docx_cell(t.cell(r, c), text, bold=(r == 0))
    bk.docx_para(d, "")
    bk.docx_para(d, "Where a part of your request is not answered, this letter is a refusal notice under "
                    "section 17 of the Act for that part.")
    bk.docx_para(d, "You may ask for an internal review of this response within 40 working days, and then "
                    "complain to the Information Commissioner.")
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Office")
    bk.docx_save(d, src, "Freedom of Information Office")


NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
<w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>"""


def durham():
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    bk.ROOT = OFFICE
    src = "durham/DC FOI 26-1431 response.docx"
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(NUMBERING.format(aid=771))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    for nid in (771, 772):
        numbering.append(parse_xml(
            f'<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:numId="{nid}"><w:abstractNumId w:val="771"/><w:lvlOverride w:ilvl="0">'
            f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>'))

    def item(text, lvl, nid):
        p = d.add_paragraph(style="List Paragraph")
        p.add_run(text)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = lvl
        numPr.get_or_add_numId().val = nid
        return p
    bk.docx_para(d, "Durham Constabulary", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information, Aykley Heads, Durham DH1 5TT")
    bk.docx_para(d, "Our ref: DC FOI 26-1431")
    bk.docx_para(d, "3 December 2026")
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "You asked: \"For the financial years 2023/24 and 2024/25: (1) how many allegations of "
                    "sexual misconduct and of domestic abuse were made against police officers and police "
                    "staff; (2) what was the outcome of each allegation?\"")
    bk.docx_para(d, "Question 1", bold=True)
    item("Financial year 2023/24", 0, 771)
    item("Sexual misconduct: 9 allegations (officers 7, staff 2)", 1, 771)
    item("Domestic abuse: 5 allegations (officers 5, staff 0)", 1, 771)
    item("Financial year 2024/25", 0, 771)
    item("Sexual misconduct: 11 allegations (officers 8, staff 3)", 1, 771)
    item("Domestic abuse: 4 allegations (officers 3, staff 1)", 1, 771)
    bk.docx_para(d, "Question 2", bold=True)
    bk.docx_para(d, "The outcomes listed below relate to allegations recorded in the financial year 2024/25 "
                    "(officers and staff together), as of 31 October 2026. The outcomes of the 2023/24 "
                    "allegations are still being checked and will be sent to you separately.")
    item("Sexual misconduct (11 allegations)", 0, 772)
    item("dismissed: 2", 1, 772)
    item("final written warning: 3", 1, 772)
    item("no case to answer: 6", 1, 772)
    item("Domestic abuse (4 allegations)", 0, 772)
    item("written warning: 1", 1, 772)
    item("reflective practice: 2", 1, 772)
    item("still under investigation: 1", 1, 772)
    bk.docx_para(d, "If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Freedom of Information")
    bk.docx_save(d, src, "Freedom of Information")


if __name__ == "__main__":
    cambridgeshire()
    durham()
