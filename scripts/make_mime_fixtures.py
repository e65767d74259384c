#!/usr/bin/python3
"""make_mime_fixtures.py: the MIME e-mails of fixtures/unseen-letters (round 18).

Writes them with the standard library's e-mail package as a mail program saves
a message (.eml): encoded bodies, parts side by side. Run from the repository's
root; the output is byte-identical from run to run.

  lincolnshire/RE FOI 26-0815 sexual misconduct allegations.eml
      multipart/mixed: a multipart/alternative (the letter as quoted-printable
      text/plain, and as base64 text/html with the same table as a <table>),
      then a logo attached (image/png, Content-Disposition: attachment).
      Calendar years 2024 and 2025, officers only; outcomes "not held in a
      reportable form" (no figure: outcomes are never not-held rows).

  west-mercia/RE FOI 26-2290 misconduct allegations (final response).eml
      (e-mail attachments) a reply saved from the mail program with the
      response in its attachments: multipart/mixed holding a
      multipart/related (quoted-printable text/plain and base64 text/html
      saying what the files are, an inline logo with a Content-ID), a
      workbook (base64 XLSX: allegations by type and financial year, no
      people named in it: the message says officers and staff) and a CSV
      whose name is given in RFC 2231 form with an en dash (outcomes of
      2025/26 by type); the Subject in RFC 2047 encoded words. Every figure
      is the attachments'; the message gives none.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindkit  # noqa: E402
from pathlib import Path  # noqa: E402
from email.mime.application import MIMEApplication  # noqa: E402
from email.header import Header  # noqa: E402
import openpyxl  # noqa: E402
import os
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.nonmultipart import MIMENonMultipart
import base64
import quopri

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "unseen-letters")

ROWS = [("Sexual harassment", 14, 9), ("Sexual assault", 6, 11), ("Abuse of position for a sexual purpose", 3, 0)]

PLAIN = """Dear Ms Adeyemi,

Freedom of Information request 26-0815

You asked: \u201cPlease tell me how many allegations of sexual harassment, sexual
assault and abuse of position for a sexual purpose were made against Lincolnshire
Police officers in each of the calendar years 2024 and 2025.\u201d

Lincolnshire Police holds this information. The figures below are allegations recorded against police officers only.

""" + "%-46s %15s %15s\n" % ("Allegation type", "2024", "2025") + "".join("%-46s %15d %15d\n" % r for r in ROWS) + """
Outcome information for these allegations is not held in a reportable form.

If you are unhappy with this response you may ask for an internal review within
40 working days.

Kind regards,

Freedom of Information Team
Lincolnshire Police
"""

HTML = ("<html><body><p>Dear Ms Adeyemi,</p><p>Freedom of Information request 26-0815</p>"
        "<p>You asked: \u201cPlease tell me how many allegations of sexual harassment, sexual assault and abuse "
        "of position for a sexual purpose were made against Lincolnshire Police officers in each of the "
        "calendar years 2024 and 2025.\u201d</p>"
        "<p>Lincolnshire Police holds this information. The figures below are allegations recorded against "
        "police officers; police staff are not included.</p>"
        "<table border=\"1\"><tr><th>Allegation type</th><th>2024</th><th>2025</th></tr>"
        + "".join("<tr><td>%s</td><td>%d</td><td>%d</td></tr>" % r for r in ROWS) +
        "</table><p>Outcome information for these allegations is not held in a reportable form.</p>"
        "<p>If you are unhappy with this response you may ask for an internal review within 40 working "
        "days.</p><p>Kind regards,</p><p>Freedom of Information Team<br>Lincolnshire Police</p></body></html>")

# a 1x1 PNG, the attached logo
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def text_part(body, subtype, enc):
    """A text part encoded as a mail program does: quoted-printable (lines of
    76 with soft breaks, '=' escaped, UTF-8 bytes as =XX) or base64 (lines of 76)."""
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    raw = body.encode("utf-8")
    if enc == "qp":
        data = quopri.encodestring(raw).decode("ascii")
    else:
        b = base64.b64encode(raw).decode("ascii")
        data = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    part["Content-Transfer-Encoding"] = "quoted-printable" if enc == "qp" else "base64"
    part.set_payload(data)
    return part


def lincolnshire():
    alt = MIMEMultipart("alternative", boundary="----=_alt_LP_26_0815")
    alt.attach(text_part(PLAIN, "plain", "qp"))
    alt.attach(text_part(HTML, "html", "b64"))
    msg = MIMEMultipart("mixed", boundary="----=_mix_LP_26_0815")
    msg["From"] = "Lincolnshire Police FOI <foi@lincs.police.uk>"
    msg["To"] = "T Adeyemi <t.adeyemi@example.net>"
    msg["Subject"] = "RE: FOI 26-0815 sexual misconduct allegations"
    msg["Date"] = "Mon, 09 Mar 2026 11:42:05 +0000"
    msg.attach(alt)
    logo = MIMEImage(PNG, "png")
    logo.add_header("Content-Disposition", "attachment", filename="lincs-logo.png")
    msg.attach(logo)
    out = os.path.join(ROOT, "lincolnshire", "RE FOI 26-0815 sexual misconduct allegations.eml")
    with open(out, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


WM_TYPES = [("Sexual harassment", 12, 15), ("Sexual assault", 7, 5), ("Abuse of position for a sexual purpose", 3, 4)]
WM_OUTCOMES = [("Dismissed", 2, 1), ("Final written warning", 3, 1), ("No case to answer", 6, 2),
               ("Under investigation", 4, 1), ("Total", 15, 5)]

WM_PLAIN = """Dear Mr Okafor,

Freedom of Information request 26-2290

Thank you for your request of 3 February 2026 for the number of allegations of sexual
harassment, sexual assault and abuse of position for a sexual purpose made against
West Mercia Police officers and staff in the financial years 2024/25 and 2025/26, and
their outcomes.

West Mercia Police holds this information. Please find our response in the two files
attached to this e-mail: the workbook gives the allegations against police officers
and police staff by financial year, and Annex B the outcomes of the sexual harassment
and sexual assault allegations recorded in 2025/26.

If you are unhappy with this response you may ask for an internal review within
40 working days.

Yours sincerely,

Information Compliance Unit
West Mercia Police
"""

WM_HTML = ("<html><body>" + "".join("<p>%s</p>" % para.replace("\n", " ") for para in WM_PLAIN.strip().split("\n\n"))
           + '<p><img src="cid:wmp-logo@westmercia" alt="West Mercia Police"></p></body></html>')


def wm_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "FOI 26-2290: allegations by type and financial year"
    ws.append([])
    ws.append(["Allegation type", "2024/25", "2025/26"])
    for r in WM_TYPES:
        ws.append(list(r))
    blindkit.ROOT = Path(TMP)
    blindkit.xlsx_save(wb, "wm.xlsx", creator="Information Compliance Unit")
    return (Path(TMP) / "wm.xlsx").read_bytes()


def west_mercia():
    rel = MIMEMultipart("related", boundary="----=_rel_WMP_26_2290")
    alt = MIMEMultipart("alternative", boundary="----=_alt_WMP_26_2290")
    alt.attach(text_part(WM_PLAIN, "plain", "qp"))
    alt.attach(text_part(WM_HTML, "html", "b64"))
    rel.attach(alt)
    logo = MIMEImage(PNG, "png")
    logo.add_header("Content-ID", "<wmp-logo@westmercia>")
    logo.add_header("Content-Disposition", "inline", filename="wmp-logo.png")
    rel.attach(logo)
    msg = MIMEMultipart("mixed", boundary="----=_mix_WMP_26_2290")
    msg["From"] = "West Mercia Police Information Compliance <foi@westmercia.police.uk>"
    msg["To"] = "D Okafor <d.okafor@example.org>"
    msg["Subject"] = Header("RE: FOI 26-2290 \u2013 misconduct allegations (final response)", "utf-8").encode()
    msg["Date"] = "Thu, 05 Mar 2026 09:12:44 +0000"
    msg.attach(rel)
    xl = MIMEApplication(wm_workbook(), "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    xl.add_header("Content-Disposition", "attachment", filename="FOI 26-2290 data.xlsx")
    msg.attach(xl)
    csv_text = ("Outcomes of allegations recorded in 2025/26 (1 April 2025 to 31 March 2026)\r\n"
                "Outcome,Sexual harassment,Sexual assault\r\n"
                + "".join("%s,%d,%d\r\n" % r for r in WM_OUTCOMES))
    csvp = MIMEApplication(csv_text.encode("utf-8"), "octet-stream")
    csvp.replace_header("Content-Type", "text/csv")
    csvp.add_header("Content-Disposition", "attachment",
                    filename=("utf-8", "", "Annex B \u2013 outcomes 2025-26.csv"))
    msg.attach(csvp)
    out = os.path.join(ROOT, "west-mercia", "RE FOI 26-2290 misconduct allegations (final response).eml")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


if __name__ == "__main__":
    import tempfile
    with tempfile.TemporaryDirectory() as TMP:
        lincolnshire()
        west_mercia()
