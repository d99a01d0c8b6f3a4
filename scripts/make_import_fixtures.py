"""Make the Word and PDF test documents of ``tests/data/import/``.

    python scripts/make_import_fixtures.py      (needs LibreOffice: apt-get install
                                                 --no-install-recommends libreoffice-writer-nogui)

The Word file is written with python-docx: a fictional council's policy with a running head,
a footer with the page number ("Page N of M", Word fields) and long numbered clauses, some of
which a page break cuts in two. LibreOffice converts it to PDF as a council's word processor
would. Both files are committed, so the tests need neither LibreOffice nor this script; run
it again only to change the documents.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "import"
NAME = "example-borough-social-media"

HEAD = "Use of Social Media – Example Borough Council"
FOOT = "People Management & Performance – March 2024"

# The policy's own wording, written for these tests; Example Borough Council is fictional.
SECTIONS = [
    ("Introduction", [
        "This policy explains how employees of Example Borough Council should use social media, both when "
        "they use it for their work and when they use it in their own time, so that they can take part in "
        "online conversations with confidence and without putting the Council, its residents or themselves "
        "at risk of harm, embarrassment or legal difficulty of any kind.",
        "The Council recognises that social media helps it to reach residents who do not read printed "
        "leaflets or visit its offices, and it wants employees to feel able to share good news about local "
        "services, as long as they follow the rules in this policy and the wider Code of Conduct that "
        "applies to every member of staff.",
    ]),
    ("Scope", [
        "This policy applies to all employees of the Council, including those on temporary or fixed-term "
        "contracts, agency workers, volunteers and students on placement, whether they are working in a "
        "Council building, at home, in the community or at any other place, and whatever device they use.",
        "It covers every kind of social media, including social networking sites, blogs, video and photo "
        "sharing services, discussion forums, messaging groups and any similar service that is created in "
        "the future, whether it is open to the public or restricted to a group of invited members.",
    ]),
    ("Use of social media at work", [
        "Employees may use social media for personal reasons during their lunch break or before and after "
        "their working hours, but they must not use it for personal reasons during working time unless "
        "their manager has agreed to this in advance for a particular reason, such as a family emergency.",
        "Employees who use social media as part of their job must use the accounts that the Communications "
        "Team has set up for their service, must follow the Team's guidance on tone and style, and must "
        "never create a new account in the Council's name without the written approval of the Team.",
        "Employees must not post anything that could identify a resident, a service user or a colleague "
        "without their consent, including photographs taken at Council events, and they must take "
        "particular care with information about children, people receiving care and anyone who may be at "
        "risk of harm.",
        "Employees must not accept friend requests from, or start private online contact with, service users "
        "or their families, because this can blur the line between a professional relationship and a "
        "personal friendship and may leave both the employee and the service user open to misunderstanding.",
    ]),
    ("Personal use outside work", [
        "The Council respects the right of its employees to a private life, and it does not wish to tell "
        "employees what they may say online in their own time, except where what they say could damage "
        "the reputation of the Council or breach the confidence of the people it serves.",
        "Employees who mention that they work for the Council in a personal profile should make it clear "
        "that the views they express are their own, and they should remember that anything they post may "
        "be seen by residents, councillors and journalists, however carefully they set their privacy "
        "controls.",
        "Employees in politically restricted posts must not take part in party political activity online, "
        "and all employees should take care that their online comments on local issues do not call into "
        "question their ability to serve every resident fairly and without favour.",
    ]),
    ("Breaches of this policy", [
        "A breach of this policy may be dealt with under the Council's disciplinary procedure, and a serious "
        "breach, such as disclosing confidential information about a vulnerable resident, may be treated as "
        "gross misconduct that can lead to dismissal after a fair investigation.",
        "Employees who see content that they believe breaches this policy should report it to their manager "
        "or to Human Resources as soon as they can, and they should not respond to the content online or "
        "share it further, even to draw attention to it.",
    ]),
]


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def make_docx(path: Path) -> None:
    """The Word document: title, running head, page-numbered footer, numbered sections."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEAD
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{FOOT}    Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    document.add_paragraph("Social Media Policy", style="Title")
    for n, (title, clauses) in enumerate(SECTIONS, start=1):
        document.add_heading(f"{n}. {title}", 1)
        for k, text in enumerate(clauses, start=1):
            document.add_paragraph(f"{n}.{k} {text}")
    document.save(path)


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-writer-nogui",
              file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / f"{NAME}.docx"
    make_docx(source)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(OUT), str(source)], check=True, capture_output=True)
    print(f"wrote {source} and {OUT / (NAME + '.pdf')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
