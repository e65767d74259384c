#!/usr/bin/python3
"""make_round29a_fixtures.py: the files of round 29 (part A) in the keyed sets
fixtures/pdf-layouts (two PDFs) and fixtures/office (an Outlook message); their rows of
each set's expected.csv are keyed by hand below, as a careful reader would key them;
--key writes them into that file in place of any rows of this script's files it already
has, keeping every other row as it is.

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

  west-mercia/WMP FOI 5520-26 return form.pdf
      a one-page PDF form (AcroForm) whose figures are all values of read-only text
      fields (reportlab's appearance streams), the page drawing only the labels:
      Part 1, allegation types (question numbers Q1-Q3) down the side, "Year ending
      31 March 2024" and "Year ending 31 March 2025" each set flush left over its
      "Officers" / "Staff" pair of fields; Part 2, outcomes (Q4-Q9, "Q9 Total (Q4 to
      Q8)") of the year ending 31 March 2025 for officers and staff together, the types'
      heads "Q1 Sex. harassment" ... set flush left over their fields. One field the form
      leaves empty (Part 2's note). Keyed: every field's figure; question numbers, the
      form number and dates are not figures.

  avon-and-somerset/RE_ FOI 26-7781 allegations figures.msg   (fixtures/office)
      an Outlook message whose only body is rich text, compressed as Outlook stores it
      (PR_RTF_COMPRESSED, "LZFu" of [MS-OXRTFCP], written here by a greedy compressor
      over the specification's preloaded dictionary; no plain-text or HTML body): the
      letter, with an RTF table of calendar year 2025's allegations (types x Police
      officers / Police staff), and an attached CSV of the outcomes of the financial year
      2024/25 (officers). Keyed: the table's counts (from the body) and the CSV's (under
      the message, as an e-mail's attachments are).
"""
import io
import re
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
OFFICE = ROOT.parent / "office"
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


OFFICE_KEY = []


def key(src, period, cat, subject, outcome, v, into=None):
    (KEY if into is None else into).append([src, src.split("/")[0], period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported",
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


SRC_FORM = "west-mercia/WMP FOI 5520-26 return form.pdf"
FY23 = ("2023-04-01", "2024-03-31")
FORM_TYPES = [("Q1", "Sexual harassment", "Sex. harassment", "sexual_harassment"),
              ("Q2", "Sexual misconduct", "Sex. misconduct", "sexual_misconduct"),
              ("Q3", "Abuse of position for a sexual purpose", "APSP", "abuse_of_position_sexual")]
FORM_TOTALS = {  # type: (FY23 officers, FY23 staff, FY24 officers, FY24 staff)
    "sexual_harassment": (14, 3, 17, 6),
    "sexual_misconduct": (9, 5, 12, 2),
    "abuse_of_position_sexual": (6, 0, 8, 1),
}
FORM_OUTS = [("Q4", "Dismissed", "dismissed"), ("Q5", "Final written warning", "final_written_warning"),
             ("Q6", "Written warning", "written_warning"), ("Q7", "No case to answer", "no_case_to_answer"),
             ("Q8", "Under investigation", "ongoing")]
FORM_OUTCOMES = {  # type: FY24 outcomes (officers and staff), Q4..Q8; Q9 = total
    "sexual_harassment": (4, 3, 5, 6, 5),
    "sexual_misconduct": (2, 1, 3, 4, 4),
    "abuse_of_position_sexual": (3, 0, 1, 2, 3),
}


def build_form():
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    path = bk.dest(SRC_FORM)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("WMP FOI 5520-26 return")
    c.setAuthor("West Mercia Police")
    w, h = A4
    form = c.acroForm
    fill, border, ink = Color(.9, .93, 1), Color(.2, .2, .2), Color(0, 0, 0)
    n = [0]

    def field(x, y, v, width=40):
        n[0] += 1
        form.textfield(name="q%03d" % n[0], value=v, x=x, y=y - 3, width=width, height=13, fontName="Helvetica",
                       fontSize=8, fillColor=fill, borderColor=border, textColor=ink, borderWidth=.6,
                       fieldFlags="readOnly", maxlen=20)

    left = 20 * mm
    y = h - 22 * mm
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, y, "West Mercia Police")
    y -= 6 * mm
    c.setFont("Helvetica", 9.5)
    for s in ["Information Rights Office - disclosure return (form IR-7)",
              "FOI reference: WMP FOI 5520-26        Request received: 10 November 2026",
              "",
              "You asked for the number of allegations of sexual harassment, sexual misconduct and abuse of",
              "position for a sexual purpose made against officers and staff in the years ending 31 March",
              "2024 and 31 March 2025, and the outcomes of the allegations recorded in the later year.",
              "Our answers are entered in the boxes of this return."]:
        c.drawString(left, y, s)
        y -= 5 * mm
    y -= 4 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(left, y, "Part 1 - Allegations recorded")
    y -= 9 * mm
    cols = [95 * mm, 115 * mm, 140 * mm, 160 * mm]
    c.setFont("Helvetica-Bold", 8)
    c.drawString(cols[0], y, "Year ending 31 March 2024")
    c.drawString(cols[2], y, "Year ending 31 March 2025")
    y -= 4.5 * mm
    for x, t in zip(cols, ["Officers", "Staff", "Officers", "Staff"]):
        c.drawString(x, y, t)
    y -= 7 * mm
    for q, label, _short, cat in FORM_TYPES:
        c.setFont("Helvetica", 8.5)
        c.drawString(left, y, q)
        c.drawString(left + 9 * mm, y, label)
        vals = FORM_TOTALS[cat]
        for x, v in zip(cols, vals):
            field(x, y, str(v))
        for per, subj, v in [(FY23, "officers", vals[0]), (FY23, "staff", vals[1]),
                             (FY24, "officers", vals[2]), (FY24, "staff", vals[3])]:
            key(SRC_FORM, per, cat, subj, "total", v)
        y -= 8 * mm
    y -= 6 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(left, y, "Part 2 - Outcomes of allegations recorded in the year ending 31 March 2025 "
                          "(officers and staff)")
    y -= 9 * mm
    cols2 = [80 * mm, 112 * mm, 144 * mm]
    c.setFont("Helvetica-Bold", 8)
    for x, (q, _label, short, _cat) in zip(cols2, FORM_TYPES):
        c.drawString(x, y, q + " " + short)
    y -= 7 * mm
    rows = FORM_OUTS + [("Q9", "Total (Q4 to Q8)", "total")]
    for i, (q, label, oc) in enumerate(rows):
        c.setFont("Helvetica-Bold" if oc == "total" else "Helvetica", 8.5)
        c.drawString(left, y, q)
        c.drawString(left + 9 * mm, y, label)
        for x, (_q, _l, _s, cat) in zip(cols2, FORM_TYPES):
            outs = FORM_OUTCOMES[cat]
            v = sum(outs) if oc == "total" else outs[i]
            field(x, y, str(v))
            key(SRC_FORM, FY24, cat, "officers_and_staff", oc, v)
        y -= 8 * mm
    y -= 4 * mm
    c.setFont("Helvetica", 8.5)
    c.drawString(left, y, "Notes (optional):")
    field(left + 30 * mm, y, "", width=100 * mm)
    y -= 10 * mm
    c.setFont("Helvetica", 9.5)
    for s in ["If you are unhappy with this response you may ask for an internal review within 40 working days,",
              "and then complain to the Information Commissioner."]:
        c.drawString(left, y, s)
        y -= 5 * mm
    c.setFont("Helvetica", 7.5)
    c.drawString(left, 12 * mm, "West Mercia Police | WMP FOI 5520-26 | form IR-7 | page 1 of 1")
    c.showPage()
    c.save()


LZFU_DICT = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
             b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
             b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")


def lzfu(raw):
    """[MS-OXRTFCP] compression: a greedy match of 2..17 bytes against the 4096-byte
    dictionary (preloaded with LZFU_DICT), literals otherwise, the end marked by a
    reference to the write position; the header's CRC over the compressed bytes."""
    assert len(LZFU_DICT) == 207
    d = bytearray(4096)
    d[:207] = LZFU_DICT
    w, i, out, runs = 207, 0, bytearray(), []

    def put(c):
        nonlocal w
        d[w] = c
        w = (w + 1) & 4095

    while i <= len(raw):
        ctl, items = 0, bytearray()
        for bit in range(8):
            if i == len(raw):
                ctl |= 1 << bit
                items += bytes([w >> 4, (w & 15) << 4])
                i += 1
                break
            best, boff = 0, 0
            for off in range(4096):
                if off == w:
                    continue
                n, shadow = 0, {}
                while n < 17 and i + n < len(raw):
                    src = (off + n) & 4095
                    c = shadow.get(src, d[src])
                    if c != raw[i + n]:
                        break
                    shadow[(w + n) & 4095] = c
                    n += 1
                if n > best:
                    best, boff = n, off
                    if n == 17:
                        break
            if best >= 2:
                ctl |= 1 << bit
                items += bytes([boff >> 4, ((boff & 15) << 4) | (best - 2)])
                for k in range(best):
                    put(raw[i + k])
                i += best
            else:
                items.append(raw[i])
                put(raw[i])
                i += 1
        out.append(ctl)
        out += items
    crc = ~zlib.crc32(bytes(out), 0xFFFFFFFF) & 0xFFFFFFFF
    import struct
    return struct.pack("<IIII", len(out) + 12, len(raw), 0x75465A4C, crc) + bytes(out)


SRC_MSG = "avon-and-somerset/RE_ FOI 26-7781 allegations figures.msg"
CY25 = ("2025-01-01", "2025-12-31")
MSG_TABLE = [("Sexual harassment", "sexual_harassment", 11, 4), ("Sexual misconduct", "sexual_misconduct", 8, 2),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 5, 0)]
MSG_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer"),
            ("Total", "total")]
MSG_CSV = {"sexual_harassment": [3, 2, 1, 4, 10], "sexual_misconduct": [1, 0, 2, 3, 6]}


def build_msg():
    import datetime
    import struct
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_office_fixtures as mo
    rows = "".join("\\trowd\\cellx4200\\cellx6000\\cellx7800 \\intbl %s\\cell \\intbl %d\\cell "
                   "\\intbl %d\\cell \\row\n" % (lab, o, st) for lab, _c, o, st in MSG_TABLE)
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20\n"
           "\\pard Dear Mr Okafor,\\par\n\\par\n"
           "\\pard Your request FOI 26-7781 asked for allegations of sexual harassment, sexual misconduct and "
           "abuse of position for a sexual purpose against our officers and staff.\\par\n\\par\n"
           "\\pard Allegations recorded in the calendar year 2025 (1 January to 31 December 2025):\\par\n"
           "\\trowd\\cellx4200\\cellx6000\\cellx7800 \\intbl\\b Allegation type\\b0\\cell \\intbl\\b "
           "Police officers\\b0\\cell \\intbl\\b Police staff\\b0\\cell \\row\n" + rows +
           "\\pard\\par\n\\pard The outcomes of the allegations against police officers recorded in the "
           "financial year 2024/25 are in the attached CSV file.\\par\n\\par\n"
           "\\pard Yours sincerely,\\par\n Information Disclosure Team\\par\n Avon and Somerset Police\\par\n}")
    for lab, cat, o, st in MSG_TABLE:
        key(SRC_MSG, CY25, cat, "officers", "total", o, OFFICE_KEY)
        key(SRC_MSG, CY25, cat, "staff", "total", st, OFFICE_KEY)
    csv_text = "Outcome,Sexual harassment,Sexual misconduct\r\n"
    for k, (ol, oc) in enumerate(MSG_OUTS):
        csv_text += "%s,%d,%d\r\n" % (ol, MSG_CSV["sexual_harassment"][k], MSG_CSV["sexual_misconduct"][k])
        for cat in ("sexual_harassment", "sexual_misconduct"):
            key(SRC_MSG, FY24, cat, "officers", oc, MSG_CSV[cat][k], OFFICE_KEY)
    ft = int((datetime.datetime(2026, 12, 1, 9, 30, 0) - datetime.datetime(1601, 1, 1)).total_seconds()) * 10000000
    root = [("__nameid_version1.0", [("__substg1.0_00020102", b""), ("__substg1.0_00030102", b""),
                                     ("__substg1.0_00040102", b"")]),
            ("__properties_version1.0", mo.msg_props([(0x0039, 0x0040, struct.pack("<Q", ft))], True)),
            mo.msg_str(0x0037, "RE: FOI 26-7781 allegations figures"),
            mo.msg_str(0x0C1A, "Information Disclosure Team"),
            mo.msg_str(0x0C1F, "disclosure@avonandsomerset.police.example"),
            mo.msg_str(0x0E04, "Daniel Okafor"),
            ("__substg1.0_10090102", lzfu(rtf.encode("cp1252"))),
            ("__attach_version1.0_#00000000", [
                ("__properties_version1.0", mo.msg_props([(0x3705, 0x0003, struct.pack("<I", 1))], False)),
                mo.msg_str(0x3707, "FOI 26-7781 outcomes 2024-25.csv"), mo.msg_str(0x3704, "FOI267~1.CSV"),
                mo.msg_str(0x370E, "text/csv"),
                ("__substg1.0_37010102", csv_text.encode("ascii"))])]
    path = OFFICE / SRC_MSG
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mo.cfb_tree(root))


def build():
    build_embedded()
    build_form()
    build_msg()


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
        bk.merge_key(OFFICE, OFFICE_KEY)
