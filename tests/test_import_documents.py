"""Import of documents as councils publish them: running heads, dated items, questions as
headings, contents lists, document footers, Word's restarted lists and PDFs made by a word
processor. Every text here is the tests' own wording for fictional bodies."""

from __future__ import annotations

from pathlib import Path

import docx
from conftest import ROOT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from policy_handbook.importer.pipeline import import_file
from policy_handbook.model import CoverEntry

DATA = ROOT / "tests" / "data" / "import"

COPIED_TEXT = """\
Example Borough Council
Use of Social Media
Guidance for Employees

Contents
1. Introduction
2. What is social media?
3. Using social media at work

1. Introduction
This guidance explains how employees of the Council should use social media, whether at work
or at home, and what the Council expects of them.

What is social media?
Social media is the name given to websites and applications that let people share content and
take part in online communities.

3. Using social media at work
3.1 Employees must not use social media for personal reasons during working time, except in
their breaks, and they must never post anything that

Use of Social Media
People Management & Performance
August 2011

could bring the Council into disrepute or breach the confidentiality of service users.
3.2 Managers should make sure their teams know about this guidance.

Changes to this guidance
4. August 2022
The guidance was checked and no changes were needed.
20. December 2019
The guidance was first published on the intranet.

Use of Social Media
People Management & Performance
August 2011

1  Jane Smith / Social media guidance | Example County Council | DRAFT
"""


def _outline(imported) -> list[tuple]:
    """(depth, number, title, id, [clause texts]) of every section, in order."""
    found = []

    def walk(section, depth):
        found.append((depth, section.number, section.title, section.id, [c.text for c in section.clauses]))
        for sub in section.sections:
            walk(sub, depth + 1)

    for section in imported.draft.sections:
        walk(section, 0)
    return found


def test_copied_text_running_heads_dates_questions_contents_and_footer(tmp_path: Path):
    path = tmp_path / "guidance.txt"
    path.write_text(COPIED_TEXT, encoding="utf-8")
    imported = import_file(path)
    assert _outline(imported) == [
        (0, "1", "Introduction", "introduction", [
            "This guidance explains how employees of the Council should use social media, whether at work or at "
            "home, and what the Council expects of them."]),
        (0, None, "What is social media?", "social-media", [
            "Social media is the name given to websites and applications that let people share content and take "
            "part in online communities."]),
        (0, "3", "Using social media at work", "using-social-media-work", [
            # The running head cut this sentence in two; it is one clause again.
            "Employees must not use social media for personal reasons during working time, except in their "
            "breaks, and they must never post anything that could bring the Council into disrepute or breach "
            "the confidentiality of service users.",
            "Managers should make sure their teams know about this guidance."]),
        (0, None, "Changes to this guidance", "changes-guidance", []),
        (1, None, "4. August 2022", "august-2022", ["The guidance was checked and no changes were needed."]),
        (1, None, "20. December 2019", "20-december-2019", ["The guidance was first published on the intranet."]),
    ]
    assert imported.draft.title == "Guidance for Employees"
    report = imported.report.render()
    for line in (5, 6, 7, 8):
        assert f"line {line}: contents list: left out" in report
    assert "line 6: contents list: left out “1. Introduction” (the heading is on line 10)" in report
    for line in (22, 23, 24, 35, 36, 37):
        assert f"line {line}: header/footer removed" in report
    assert "lines 20–26: page-break join" in report
    assert "line 39: document footer removed: “1  Jane Smith / Social media guidance | Example County Council" in report
    assert "line 14: question “What is social media?” made a heading" in report
    assert "line 30: “4. August 2022” read as a date, not as a section number" in report
    assert "has no text under it" not in report


def _numbering(document, abstract_id: str, nums: dict[str, int | None]) -> None:
    """A one-level decimal list definition and lists using it; ``nums``: numId → restart value (None: no override)."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1.")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    abstract.append(level)
    numbering.insert(0, abstract)
    for num_id, restart in nums.items():
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), abstract_id)
        num.append(ref)
        if restart is not None:
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), str(restart))
            override.append(start)
            num.append(override)
        numbering.append(num)


def _listed(paragraph, num_id: str) -> None:
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    paragraph._p.get_or_add_pPr().append(num_pr)


def test_word_lists_restarted_by_an_override_start_again(tmp_path: Path):
    """Two lists share one definition: the second, restarted by ``w:startOverride``, counts
    1, 2, 3 (not 11, 12, 13); a third list without an override continues the shared count."""
    document = docx.Document()
    _numbering(document, "70", {"71": None, "72": 1, "73": None})
    document.add_heading("Responsibilities of employees", 1)
    for n in range(1, 11):
        _listed(document.add_paragraph(f"Employees must follow rule number {n} of this policy."), "71")
    document.add_heading("Responsibilities of managers", 1)
    for n in range(1, 4):
        _listed(document.add_paragraph(f"Managers must check duty number {n} every month."), "72")
    document.add_heading("Further responsibilities of employees", 1)
    _listed(document.add_paragraph("Employees must also keep their passwords to themselves."), "73")
    document.save(tmp_path / "restart.docx")

    imported = import_file(tmp_path / "restart.docx")
    numbers = [[c.number for c in s.clauses] for s in imported.draft.sections]
    assert numbers == [[str(n) for n in range(1, 11)], ["1", "2", "3"], ["4"]]


def test_pdf_made_by_libreoffice_from_word_reads_as_the_word_original():
    """The PDF LibreOffice made from the Word file (scripts/make_import_fixtures.py): its running
    head, footer and "Page N of M" are removed on every page, and the clause a page break cut
    in two is whole again, so every clause reads exactly as in the Word file."""
    original = docx.Document(str(DATA / "example-borough-social-media.docx"))
    expected = [tuple(p.text.split(" ", 1)) for p in original.paragraphs if p.style.name == "Normal" and p.text]
    assert len(expected) == 13

    imported = import_file(DATA / "example-borough-social-media.pdf")
    assert imported.source.pages == 3
    assert [(c.number, c.text) for c in imported.draft.walk_clauses()] == expected
    assert [(s.number, s.title) for s in imported.draft.sections] == [
        ("1", "Introduction"), ("2", "Scope"), ("3", "Use of social media at work"),
        ("4", "Personal use outside work"), ("5", "Breaches of this policy")]
    assert imported.draft.title == "Social Media Policy"
    report = imported.report.render()
    assert report.count("“Use of Social Media – Example Borough Council” (repeats on 3 pages)") == 3
    for page in (1, 2, 3):
        assert f"Page {page} of 3” (repeats on 3 pages)" in report
    assert "lines 33–36: page-break join: joined “…tions Team has set up for their service,”" in report


def test_report_lists_every_decision_in_document_order(tmp_path: Path):
    path = tmp_path / "guidance.txt"
    path.write_text(COPIED_TEXT, encoding="utf-8")
    imported = import_file(path)
    decisions = imported.report.decisions()
    lines = [line for line, _ in decisions]
    assert lines == sorted(lines)
    texts = [text for _, text in decisions]
    for clause in imported.draft.walk_clauses():  # each clause, with its line and the id chosen
        assert any(t.startswith(f"line {clause.line}: ") and t.endswith(f"→ id `{clause.id}`") for t in texts)
    for section in imported.draft.walk_sections():
        assert any(t.startswith(f"line {section.line}: heading") and t.endswith(f"→ section id `{section.id}`")
                   for t in texts)
    rendered = imported.report.render()
    assert rendered.index("line 3: title “Guidance for Employees”") < rendered.index("line 5: contents list") \
        < rendered.index("line 10: heading “1 Introduction” → section id `introduction`") \
        < rendered.index("lines 20–26: page-break join") < rendered.index("line 39: document footer removed")


def test_council_name_in_word_title_style_above_the_policy_name(tmp_path: Path):
    """The council's name in Word's Title style, the policy's name under it, then a heading:
    the policy's name is the title, the council's name a cover line; neither is a section."""
    document = docx.Document()
    document.add_paragraph("Example Borough Council", style="Title")
    document.add_paragraph("Use of Social Media Policy")
    document.add_heading("1. Rules", 1)
    document.add_paragraph("1.1 Employees must not post anything that identifies a service user.")
    imported = _imported_docx(tmp_path, document)
    assert imported.draft.title == "Use of Social Media Policy"
    assert imported.cover == [CoverEntry(text="Example Borough Council")]
    assert [(s.number, s.title) for s in imported.draft.sections] == [("1", "Rules")]


def test_numbers_alone_on_word_paragraphs_are_never_page_numbers(tmp_path: Path):
    """Word keeps its page numbers out of the body: numbers alone on their paragraphs, counting
    up and a page's worth of paragraphs apart, are the sections' numbers, each joined to the
    paragraph after it."""
    document = docx.Document()
    document.add_paragraph("Flexible Working Policy", style="Title")
    rules = ["Employees may ask to change their hours once in any twelve months.",
             "Managers must answer a request in writing within two months.",
             "An employee may appeal against a refusal to the Head of Service."]
    for number, rule in enumerate(rules, start=1):
        document.add_paragraph(str(number))
        document.add_paragraph(rule)
        for n in range(16):
            document.add_paragraph(f"Further guidance on this point, paragraph {n + 1} of section {number}.")
    imported = _imported_docx(tmp_path, document)
    numbered = [(c.number, c.text) for c in imported.draft.walk_clauses() if c.number]
    assert numbered == [(str(number), rule) for number, rule in enumerate(rules, start=1)]
    assert "page number removed" not in imported.report.render()


def test_a_table_in_the_body_keeps_each_row_as_a_clause_with_its_cells_apart(tmp_path: Path):
    """A definitions table's rows are clauses whose cells stay apart ("Home worker – An
    employee …", not "Home worker An employee …"), and the report asks for each to be checked."""
    document = docx.Document()
    document.add_paragraph("Home Working Policy", style="Title")
    document.add_heading("1. Definitions", 1)
    rows = [("Home worker", "An employee whose contract names their home as their place of work."),
            ("Manager:", "The person an employee reports to.")]
    table = document.add_table(rows=len(rows), cols=2)
    for r, (term, meaning) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = term, meaning
    document.add_heading("2. Equipment", 1)
    document.add_paragraph("2.1 The Council will provide a laptop and a headset.")
    imported = _imported_docx(tmp_path, document)
    assert [c.text for c in imported.draft.sections[0].clauses] == [
        "Home worker – An employee whose contract names their home as their place of work.",
        "Manager: The person an employee reports to."]
    report = imported.report.render()
    assert report.count("table row kept as one clause") == 2
    assert "line 3: could not classify, kept as a clause: table row kept as one clause, its cells joined by “–”" in report


def test_markdown_headings_are_headings_without_their_marks(tmp_path: Path):
    """A Markdown file's ``#`` headings are headings by their level, as Word's heading styles
    are: a single ``#`` heading first is the title, and the ``#`` marks are no part of any text."""
    path = tmp_path / "policy.md"
    path.write_text("""\
# Social Media Policy

## 1. Purpose

This policy explains how staff should use social media.

## 2. Rules ##

2.0.1 Staff must not post confidential information.

### 2.1 Personal use at work

Personal use is allowed **only** during breaks.

#hashtag campaigns are run by the communications team.
""", encoding="utf-8")
    imported = import_file(path)
    assert imported.draft.title == "Social Media Policy"
    assert [(depth, number, title) for depth, number, title, *_ in _outline(imported)] == [
        (0, "1", "Purpose"), (0, "2", "Rules"), (1, "2.1", "Personal use at work")]
    assert imported.draft.sections[1].sections[0].clauses[-1].text == "#hashtag campaigns are run by the communications team."
    assert imported.report.render().startswith(f"Read {path} (Markdown, 15 lines)")


def test_markdown_underlined_headings_tables_and_rules(tmp_path: Path):
    """Headings underlined with === and ---, a pipe table (its rows are table rows, its |---|
    line and a *** rule hold no words and make no clause), and the lines counted as written."""
    path = tmp_path / "policy.md"
    path.write_text("""\
Leave Policy
============

Purpose
-------

1.1 This policy explains how leave is booked.

***

Entitlement
-----------

| Service | Days |
|---------|-----:|
| Under 5 years | 25 |
""", encoding="utf-8")
    imported = import_file(path)
    assert imported.draft.title == "Leave Policy"
    assert [(title, texts) for _, _, title, _, texts in _outline(imported)] == [
        ("Purpose", ["This policy explains how leave is booked."]),
        ("Entitlement", ["Service – Days", "Under 5 years – 25"])]
    report = imported.report.render()
    assert report.startswith(f"Read {path} (Markdown, 16 lines)")
    assert "line 14: could not classify, kept as a clause: table row kept as one clause" in report


def test_a_single_hash_heading_among_others_of_its_level_is_a_section(tmp_path: Path):
    path = tmp_path / "policy.md"
    path.write_text("# 1. Purpose\n\nThis policy explains the rules.\n\n# 2. Rules\n\nStaff must be polite.\n",
                    encoding="utf-8")
    imported = import_file(path)
    assert [(number, title) for _, number, title, *_ in _outline(imported)] == [("1", "Purpose"), ("2", "Rules")]


def test_a_table_laid_out_in_spaces_is_rows_not_headings_or_numbered_sections(tmp_path: Path):
    """A version history laid out in columns of spaces: its rows are table rows (cells apart,
    each to check), not a heading "Version Date Author Changes" nor a section "1.0" holding
    clause "1.1"."""
    imported = _imported_text(tmp_path, """\
Gifts and Hospitality Policy

1. Gifts
1.1 Employees must declare every gift.
1.2 Cash must never be accepted.

Document control
Version    Date          Author          Changes
1.0        01/04/2022    HR Team         First version
1.1        15/09/2023    HR Team         Threshold raised to £25
""")
    assert [(number, title) for _, number, title, *_ in _outline(imported)] == [
        ("1", "Gifts"), (None, "Document control")]
    control = imported.draft.sections[1]
    assert [(c.number, c.text) for c in control.clauses] == [
        (None, "Version – Date – Author – Changes"), (None, "1.0 – 01/04/2022 – HR Team – First version"),
        (None, "1.1 – 15/09/2023 – HR Team – Threshold raised to £25")]
    assert imported.report.render().count("table row kept as one clause") == 3
    # The same rows with single spaces, as text taken from a PDF has them: "1.0" heads nothing.
    single = _imported_text(tmp_path, "Gifts Policy\n\n1.0 01/04/2022 HR Team First version\n"
                                      "1.1 15/09/2023 HR Team Threshold raised to £25\n")
    assert [c.number for c in single.draft.walk_clauses()] == ["1.0", "1.1"]
    # One line with wide gaps, as justified text can have, is no table.
    justified = _imported_text(tmp_path, "Gifts Policy\n\n1. Gifts\n1.1 Employees   must declare   every gift "
                                         "they are offered.\n1.2 Cash must never be accepted.\n")
    assert [c.text for c in justified.draft.walk_clauses()][0] == "Employees   must declare   every gift they are offered."


def _xml(fragment: str):
    """A WordprocessingML element from ``fragment``, the ``w`` namespace declared on its first tag."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(fragment.replace(">", f" {nsdecls('w')}>", 1))


def _with_footnotes(document, notes: dict[int, str]) -> None:
    """Give ``document`` a footnotes part holding ``notes`` (id: text), as Word writes one."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
                   for i, text in notes.items())
    blob = f'<w:footnotes xmlns:w="{w}">{body}</w:footnotes>'.encode()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", blob,
                document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def test_word_text_in_content_controls_fields_tracked_changes_notes_and_nested_tables_is_kept(tmp_path: Path):
    """Every word Word shows is imported: paragraphs in a content control, runs in a content
    control, a field, a smart tag and a tracked insertion, a table inside a table cell, and
    footnotes (their mark in the text, their text at the end); a tracked deletion is not, and
    the report says which paragraphs hold tracked changes."""
    document = docx.Document()
    document.add_paragraph("Expenses Policy", style="Title")
    control = _xml('<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Owner: Finance Team</w:t></w:r></w:p>'
                   '</w:sdtContent></w:sdt>')
    document.element.body[-1].addprevious(control)
    document.add_heading("1. Claims", 1)
    claim = document.add_paragraph("1.1 Employees must claim within ")
    claim._p.append(_xml('<w:ins w:id="1" w:author="HR" w:date="2024-01-01T00:00:00Z"><w:r>'
                         '<w:t xml:space="preserve">three months </w:t></w:r></w:ins>'))
    claim._p.append(_xml('<w:del w:id="2" w:author="HR" w:date="2024-01-01T00:00:00Z"><w:r>'
                         '<w:delText xml:space="preserve">one month </w:delText></w:r></w:del>'))
    claim.add_run("of spending.")
    claim._p.append(_xml('<w:r><w:footnoteReference w:id="2"/></w:r>'))
    receipts = document.add_paragraph("1.2 Receipts must be kept for ")
    receipts._p.append(_xml('<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>six years</w:t></w:r></w:sdtContent></w:sdt>'))
    receipts.add_run(" by ")
    receipts._p.append(_xml('<w:smartTag w:uri="x" w:element="place"><w:r><w:t>Payroll</w:t></w:r></w:smartTag>'))
    receipts.add_run(".")
    see = document.add_paragraph("1.3 See the ")
    see._p.append(_xml('<w:fldSimple w:instr=" REF travel "><w:r><w:t>Travel Policy</w:t></w:r></w:fldSimple>'))
    see.add_run(" for mileage rates.")
    see._p.append(_xml('<w:r><w:footnoteReference w:id="3"/></w:r>'))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Mileage"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Car", "45p a mile"
    _with_footnotes(document, {2: "HMRC allows claims up to four years back.", 3: "Published on the intranet."})

    imported = _imported_docx(tmp_path, document)
    assert [e.text for e in imported.cover] == ["Owner: Finance Team"]
    texts = [c.text for c in imported.draft.walk_clauses()]
    assert texts == ["Employees must claim within three months of spending.[1]",
                     "Receipts must be kept for six years by Payroll.",
                     "See the Travel Policy for mileage rates.[2]",
                     "Mileage – Car 45p a mile",
                     "[1] HMRC allows claims up to four years back.",
                     "[2] Published on the intranet."]
    assert imported.draft.sections[-1].title == "Notes"
    report = imported.report.render()
    assert "1 paragraph holds tracked changes (line 4)" in report
    assert "2 footnotes or endnotes" in report


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in(tmp_path: Path):
    """A text box ("Key point: …") is read after its paragraph, once, though Word writes a
    drawing's box twice (as a drawing and, as a fallback, an older shape); the report says so."""
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = '<w:txbxContent><w:p><w:r><w:t>Key point: claims over £100 need a receipt.</w:t></w:r></w:p></w:txbxContent>'
    document = docx.Document()
    document.add_paragraph("Expenses Policy", style="Title")
    document.add_heading("1. Claims", 1)
    claim = document.add_paragraph("1.1 Employees must claim within three months.")
    claim._p.append(_xml(f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing>{box}'
                         f'</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>'
                         '</mc:AlternateContent></w:r>'))
    document.add_paragraph("1.2 Receipts must be kept for six years.")
    imported = _imported_docx(tmp_path, document)
    assert [c.text for c in imported.draft.walk_clauses()] == [
        "Employees must claim within three months.", "Key point: claims over £100 need a receipt.",
        "Receipts must be kept for six years."]
    assert "text in text boxes (line 4) is read after the paragraph" in imported.report.render()


def test_word_page_headers_and_footers_are_left_out_and_named_in_the_report(tmp_path: Path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    document.sections[0].footer.paragraphs[0].text = "Expenses Policy – version 2 – March 2024"
    document.add_paragraph("Expenses Policy", style="Title")
    document.add_paragraph("1.1 Employees must claim within three months.")
    imported = _imported_docx(tmp_path, document)
    assert [c.text for c in imported.draft.walk_clauses()] == ["Employees must claim within three months."]
    assert ("not imported, as page furniture: Word's page headers and footers, “OFFICIAL”; "
            "“Expenses Policy – version 2 – March 2024”") in imported.report.render()


def test_bullets_of_word_symbol_fonts_as_copied_text_has_them_are_bullets(tmp_path: Path):
    """Text copied out of Word or a PDF keeps Symbol and Wingdings bullets as private-use
    characters (U+F0B7, U+F0A7), and Word's second level as "o"; each is a bullet, and the items
    are the lead-in's, not text run into it."""
    imported = _imported_text(tmp_path, "Internet Policy\n\n1. Use of the internet\n1.1 Employees must not:\n"
                                        "\uf0b7 visit gambling sites;\n\uf0a7 download films;\no stream music; or\n"
                                        "➤ shop online in working time.\n1.2 Managers may grant exceptions.\n")
    lead_in = imported.draft.sections[0].clauses[0]
    assert lead_in.text == "Employees must not:"
    assert [item.text for item in lead_in.items] == ["visit gambling sites;", "download films;", "stream music; or",
                                                    "shop online in working time."]


def test_numbers_in_brackets_and_capital_letters_before_lower_case_text_are_items(tmp_path: Path):
    """"(1)" items a lead-in's list, or numbers a section's clauses after it ("4 (1)"); "A." is an
    item before lower-case text, but a name's initial before a capital ("A. Smith")."""
    imported = _imported_text(tmp_path, """\
Data Protection Policy

3. Responsibilities
3.1 Every employee must:
(1) keep personal data secure; and
(2) report a breach at once.
3.2 Managers must make sure that:
A. their teams are trained;
B. breaches are reported.

4. Retention
(1) Records must be kept for six years.
(2) Records must then be destroyed.
A. Smith is the Data Protection Officer.
""")
    every, managers = imported.draft.sections[0].clauses
    assert [(i.number, i.text) for i in every.items] == [("(1)", "keep personal data secure; and"),
                                                         ("(2)", "report a breach at once.")]
    assert [(i.number, i.text) for i in managers.items] == [("A", "their teams are trained;"),
                                                            ("B", "breaches are reported.")]
    assert [(c.number, c.text) for c in imported.draft.sections[1].clauses] == [
        ("4 (1)", "Records must be kept for six years."), ("4 (2)", "Records must then be destroyed."),
        (None, "A. Smith is the Data Protection Officer.")]


def _imported_docx(tmp_path: Path, document):
    document.save(tmp_path / "policy.docx")
    return import_file(tmp_path / "policy.docx")


def _imported_text(tmp_path: Path, text: str):
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def test_a_repeated_short_line_after_a_full_sentence_is_text_not_a_running_head(tmp_path: Path):
    """A defined term on its own line after a sentence, whose definition goes on in lower case,
    is repeated as a heading later: it cuts no sentence, so both lines are kept."""
    imported = _imported_text(tmp_path, """\
1. Definitions
In this policy the following words have these meanings.
Social media
means websites and applications that let people share content.
Personal use
means use that is not for the work of the Council.

Personal use
Employees must not use social media for personal reasons during working time.
""")
    assert [(s.title, [c.text for c in s.clauses]) for s in imported.draft.sections] == [
        ("Definitions", ["In this policy the following words have these meanings.",
                         "Social media means websites and applications that let people share content.",
                         "Personal use means use that is not for the work of the Council."]),
        ("Personal use", ["Employees must not use social media for personal reasons during working time."])]
    assert "header/footer removed" not in imported.report.render()


def test_two_short_lines_without_a_contents_line_are_not_a_contents_list(tmp_path: Path):
    """Two lines naming later headings are too few to be a contents list without a ``Contents``
    line: on the title page they stay cover lines."""
    imported = _imported_text(tmp_path, """\
Social Media Policy

Scope
Rules

Scope
This policy applies to all employees of the Council.

Rules
Employees must not use social media for personal reasons during working time.
""")
    assert imported.cover == [CoverEntry(text="Scope"), CoverEntry(text="Rules")]
    report = imported.report.render()
    assert "line 3: cover line kept: “Scope”" in report and "line 4: cover line kept: “Rules”" in report
    assert "contents list" not in report


def test_a_question_words_phrase_with_a_modal_is_a_heading(tmp_path: Path):
    """"Who may apply" and "What can be changed" head the text under them, though "may" and
    "can" make most lines sentences; a longer line opening with "When" is a sentence still."""
    imported = _imported_text(tmp_path, """\
Flexible Working Policy

Who may apply
Any employee with 26 weeks' service may ask to work flexibly.

What can be changed
Employees can ask to change their hours, their times or their place of work.

When you ask for a change to your hours you should give your manager as much notice as you can
Your manager will meet you to talk about the request.
""")
    assert [s.title for s in imported.draft.sections] == ["Who may apply", "What can be changed"]
    changed = imported.draft.sections[1]
    assert [c.text[:25] for c in changed.clauses] == ["Employees can ask to chan", "When you ask for a change",
                                                     "Your manager will meet yo"]
    report = imported.report.render()
    assert "line 3: heading “Who may apply”" in report and "line 6: heading “What can be changed”" in report


def test_numbers_after_section_or_part_and_numbers_ending_in_0_head_sections(tmp_path: Path):
    """"Section 2 – Responsibilities" and "Part 3: Monitoring" are sections 2 and 3, and the
    title page ends at the first of them; a heading numbered "2.0" holds clauses 2.1 and 2.2."""
    imported = _imported_text(tmp_path, """\
Northshire District Council
Lone Working Policy
Version 2.1 – March 2024

Section 1 – Introduction
1.0 Purpose
1.1 This policy sets out how the Council protects employees who work alone.
1.2 It applies to all employees and agency workers.

Section 2 – Responsibilities
2.0 Managers
2.1 Managers must assess the risks of lone working.
2.2 Employees must follow the check-in procedure at all times.

Part 3: Monitoring
3.1 The Health and Safety team will review this policy every two years.
""")
    assert imported.draft.title == "Lone Working Policy"
    assert [e.text for e in imported.cover] == ["Northshire District Council", "Version 2.1 – March 2024"]
    assert [(depth, number, title, [c[:12] for c in texts]) for depth, number, title, _, texts in _outline(imported)] == [
        (0, "1", "Introduction", []),
        (1, "1.0", "Purpose", ["This policy ", "It applies t"]),
        (0, "2", "Responsibilities", []),
        (1, "2.0", "Managers", ["Managers mus", "Employees mu"]),
        (0, "3", "Monitoring", ["The Health a"]),
    ]
    report = imported.report.render()
    assert "line 5: “Section 1 – Introduction” read as section 1, “Introduction”" in report
    assert "line 15: “Part 3: Monitoring” read as section 3, “Monitoring”" in report


def test_headings_numbered_1_0_and_2_0_hold_the_clauses_numbered_under_them(tmp_path: Path):
    imported = _imported_text(tmp_path, """\
Lone Working Policy

1.0 Introduction
1.1 This policy sets out how the Council protects employees who work alone.
2.0 Scope
2.1 It applies to all employees and agency workers.
2.2 It does not apply to contractors.
""")
    assert [(number, title, len(texts)) for _, number, title, _, texts in _outline(imported)] == [
        ("1.0", "Introduction", 1), ("2.0", "Scope", 2)]


def test_report_names_the_line_of_a_heading_with_no_text(tmp_path: Path):
    imported = _imported_text(tmp_path, """\
1. Rules
Employees must not use social media for personal reasons during working time.

2. Review

3. Contacts
Ask the HR team about this policy.
""")
    assert "  line 4: could not classify, kept as a clause: heading “Review” has no text under it" in \
        imported.report.render().splitlines()


def test_a_word_title_naming_the_document_wins_over_a_later_line_naming_one(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Social Media Policy", style="Title")
    document.add_paragraph("Human Resources Guidance")
    document.add_paragraph("March 2024")
    document.add_heading("Scope", 1)
    document.add_paragraph("This policy applies to all employees of the Council.")
    document.save(tmp_path / "title.docx")
    imported = import_file(tmp_path / "title.docx")
    assert (imported.draft.title, imported.draft.title_line) == ("Social Media Policy", 1)
    assert imported.cover == [CoverEntry(text="Human Resources Guidance"), CoverEntry(text="March 2024")]


def test_word_list_that_redefines_a_level_starts_again(tmp_path: Path):
    """A list whose ``w:lvlOverride`` redefines the level (its own ``w:lvl``, lettered) counts
    from that level's start, not on from the list it shares a definition with."""
    document = docx.Document()
    _numbering(document, "70", {"71": None, "72": None})
    num = next(n for n in document.part.numbering_part.element.iter(qn("w:num")) if n.get(qn("w:numId")) == "72")
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1)")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    override.append(level)
    num.append(override)
    document.add_heading("Responsibilities of employees", 1)
    for n in range(1, 4):
        _listed(document.add_paragraph(f"Employees must follow rule number {n} of this policy."), "71")
    document.add_heading("Responsibilities of managers", 1)
    for n in range(1, 3):
        _listed(document.add_paragraph(f"Managers must check duty number {n} every month."), "72")
    document.save(tmp_path / "redefined.docx")
    imported = import_file(tmp_path / "redefined.docx")
    assert [[c.number for c in s.clauses] for s in imported.draft.sections] == [["1", "2", "3"], ["a)", "b)"]]


def test_dates_of_every_month_and_day_head_dated_items(tmp_path: Path):
    """A change log's dates (the 31st, September, a date without a year) are dated items,
    never section numbers 31, 4 or 15."""
    imported = _imported_text(tmp_path, """\
1. Purpose
This policy explains how employees should use social media.

Changes to this policy
31. March 2024
The section on personal devices was rewritten.
4. September 2022
The policy was checked and no changes were needed.
15. June
The policy was first agreed by the Staffing Committee.
""")
    assert [(depth, number, title) for depth, number, title, _, _ in _outline(imported)] == [
        (0, "1", "Purpose"), (0, None, "Changes to this policy"),
        (1, None, "31. March 2024"), (1, None, "4. September 2022"), (1, None, "15. June")]
    report = imported.report.render()
    for line, date in ((5, "31. March 2024"), (7, "4. September 2022"), (9, "15. June")):
        assert f"line {line}: “{date}” read as a date, not as a section number" in report


def test_lines_that_only_look_numbered_or_lettered_keep_their_text(tmp_path: Path):
    """An initial (``P. Jones``), a figure (``2.5 million``) and a count in a bullet
    (``- 2 Members``) are text, not item P, clause 2.5 or clause 2; a line of two questions
    is a clause, not a heading."""
    imported = _imported_text(tmp_path, """\
1. Contacts
P. Jones in Human Resources answers questions about this policy.
2.5 million people in the UK use a professional networking site for work.
What is a social network? Who runs it?
Social networks are websites where people share content.

2. Appeals
An appeal is heard by a panel of:
- 2 Members of the Staffing Committee
- 1 Officer from Human Resources
""")
    contacts, appeals = imported.draft.sections
    assert (contacts.title, contacts.sections) == ("Contacts", [])
    assert [(c.number, c.text) for c in contacts.clauses] == [
        (None, "P. Jones in Human Resources answers questions about this policy."),
        (None, "2.5 million people in the UK use a professional networking site for work."),
        (None, "What is a social network? Who runs it?"),
        (None, "Social networks are websites where people share content.")]
    assert [_tree(c) for c in appeals.clauses] == [
        (None, "An appeal is heard by a panel of:", False, [
            (None, "2 Members of the Staffing Committee", True, []),
            (None, "1 Officer from Human Resources", True, [])])]


def _tree(clause) -> tuple:
    return (clause.number, clause.text, clause.bullet, [_tree(item) for item in clause.items])


def test_clauses_items_and_the_paragraphs_after_them(tmp_path: Path):
    """A short numbered line straight before the next number is a clause, not a subsection;
    lettered items after ``3.6 …:`` are its items, and the paragraph after them a clause of its
    own; bullets after a blank line under a paragraph that is no lead-in are the section's."""
    imported = _imported_text(tmp_path, """\
2. Purpose
This policy explains how employees should use council devices.

3. Use of devices
3.4 Use of council devices
3.5 Personal devices must not be used to store the personal data of service users.
3.6 Employees must not:
(a) post anything that identifies a service user;
(b) share their passwords.
Any breach will be dealt with under the disciplinary procedure.

4. Further help
Guidance on staying safe online is available from the IT Service Desk

- Setting up privacy controls
- Spotting fake profiles
""")
    _, devices, help_ = imported.draft.sections
    assert devices.sections == [] and help_.sections == []
    assert [_tree(c) for c in devices.clauses] == [
        ("3.4", "Use of council devices", False, []),
        ("3.5", "Personal devices must not be used to store the personal data of service users.", False, []),
        ("3.6", "Employees must not:", False, [
            ("(a)", "post anything that identifies a service user;", False, []),
            ("(b)", "share their passwords.", False, [])]),
        (None, "Any breach will be dealt with under the disciplinary procedure.", False, [])]
    assert [_tree(c) for c in help_.clauses] == [
        (None, "Guidance on staying safe online is available from the IT Service Desk", False, []),
        (None, "Setting up privacy controls", True, []),
        (None, "Spotting fake profiles", True, [])]


def test_lower_case_bullets_after_a_numbered_clause_are_its_list(tmp_path: Path):
    """A page break leaves one stray bullet at the clause's level; two lower-case bullets, or
    one indented deeper, are a list, not the rest of the clause."""
    imported = _imported_text(tmp_path, """\
5. Posting
- 5.1. Employees must not post anything that is
- offensive to colleagues or service users;
- defamatory or discriminatory.
- 5.2. Employees must also take care with what they write on
    - personal blogs and websites.
- 5.3. Managers will review these rules every year.
""")
    assert [_tree(c) for c in imported.draft.walk_clauses() if c.number] == [
        ("5.1", "Employees must not post anything that is", False, [
            (None, "offensive to colleagues or service users;", True, []),
            (None, "defamatory or discriminatory.", True, [])]),
        ("5.2", "Employees must also take care with what they write on", False, [
            (None, "personal blogs and websites.", True, [])]),
        ("5.3", "Managers will review these rules every year.", False, [])]
    assert "join" not in imported.report.render()


def test_form_feeds_start_pages_and_a_head_on_most_pages_is_removed(tmp_path: Path):
    """Text saved with form feeds between pages (as ``pdftotext`` writes it): a form feed
    starts a page without adding a line, and a running head on three of four pages is removed."""
    imported = _imported_text(tmp_path, """\
Social Media Policy
1. Purpose
1.1 This policy explains how employees should use social media at work and at home.
1.2 It applies to every employee, agency worker and volunteer of the Council.
\fSocial Media Policy – Version 2
1.3 It does not cover the Council's own corporate accounts, which have their own guidance.
1.4 Managers must make sure that their teams have read and understood this policy.
\fSocial Media Policy – Version 2
2. Rules
2.1 Employees must not post anything that identifies a service user or their family.
\fSocial Media Policy – Version 2
2.2 Employees must report any abuse they receive online to their manager straight away.
""")
    assert imported.source.pages == 4
    assert [(s.number, s.title, [c.number for c in s.clauses]) for s in imported.draft.sections] == [
        ("1", "Purpose", ["1.1", "1.2", "1.3", "1.4"]), ("2", "Rules", ["2.1", "2.2"])]
    report = imported.report.render()
    for line in (5, 8, 11):
        assert f"line {line}: header/footer removed: “Social Media Policy – Version 2” (repeats on 3 pages)" in report
    assert "line 9: heading “2 Rules”" in report


def test_lines_end_at_every_line_break_but_a_form_feed():
    """A text's lines end where Python's ``str.splitlines`` ends them (a vertical tab, a
    next-line or line-separator character among them), except at a form feed, which starts a page."""
    from policy_handbook.importer.read import text_lines

    lines = text_lines("One\u2028two\x85three\vfour\r\nfive\n\fsix\rseven\n")
    assert [(line.text, line.page) for line in lines] == [
        ("One", 1), ("two", 1), ("three", 1), ("four", 1), ("five", 1), ("six", 2), ("seven", 2)]


def test_title_page_takes_the_last_line_naming_a_document_and_keeps_a_short_note(tmp_path: Path):
    """Of two title-page lines naming a kind of document, the later (the policy's own name)
    is the title; a short line such as a review note stays on the title page as a cover line."""
    imported = _imported_text(tmp_path, """\
Human Resources Policy Framework
Social Media Policy
March 2024
Next review will be March 2026

1. Purpose
This policy explains how employees should use social media.
""")
    assert (imported.draft.title, imported.draft.title_line) == ("Social Media Policy", 2)
    assert imported.cover == [CoverEntry(text="Human Resources Policy Framework"), CoverEntry(text="March 2024"),
                              CoverEntry(text="Next review will be March 2026")]
    assert [(s.number, s.title) for s in imported.draft.sections] == [("1", "Purpose")]


def test_three_entries_naming_later_headings_are_a_contents_list(tmp_path: Path):
    imported = _imported_text(tmp_path, """\
Social Media Policy

1. Purpose
2. Scope
3. Rules

1. Purpose
This policy explains how employees should use social media.
2. Scope
It applies to all employees of the Council.
3. Rules
Employees must not post anything that identifies a service user.
""")
    assert [(s.number, s.title, s.line) for s in imported.draft.sections] == [
        ("1", "Purpose", 7), ("2", "Scope", 9), ("3", "Rules", 11)]
    report = imported.report.render()
    for line, entry, heading in ((3, "1. Purpose", 7), (4, "2. Scope", 9), (5, "3. Rules", 11)):
        assert f"line {line}: contents list: left out “{entry}” (the heading is on line {heading})" in report


def test_contents_list_with_appendices_not_in_the_text_and_one_that_is(tmp_path: Path):
    """After a ``Contents`` line, entries half of which name later headings (three of six:
    three appendices are published separately) are a contents list; an appendix entry names the
    appendix's title line."""
    imported = _imported_text(tmp_path, """\
Contents
1. Purpose
2. Rules
Appendix 1: Request for access
Appendix 2: Declaration
Appendix 3: Checklist for managers
Appendix 4: Useful contacts

1. Purpose
This policy explains how employees should use social media.
2. Rules
Employees must not post anything that identifies a service user.

APPENDIX 1
Request for access
Managers ask the IT Service Desk for access on the employee's behalf.
""")
    assert [(s.appendix, s.number, s.title) for s in imported.draft.sections] == [
        (None, "1", "Purpose"), (None, "2", "Rules"), ("APPENDIX 1", None, "Request for access")]
    report = imported.report.render()
    assert "line 1: contents list: left out “Contents”" in report
    assert "line 4: contents list: left out “Appendix 1: Request for access” (the heading is on line 15)" in report
    for line, entry in ((5, "Appendix 2: Declaration"), (6, "Appendix 3: Checklist for managers"),
                        (7, "Appendix 4: Useful contacts")):
        assert f"line {line}: contents list: left out “{entry}”\n" in report


def test_short_lines_not_all_found_again_are_not_a_contents_list(tmp_path: Path):
    """Three short lines, only two of which come back as headings, are kept (reported), not
    left out as a contents list: after a lead-in ending with a colon they are its items; the
    same words after a blank line, each with text under it, are headings."""
    imported = _imported_text(tmp_path, """\
1. Purpose
This policy explains how employees should use social media.
1.1 It covers these sites:
Facebook
Instagram
LinkedIn

Facebook
Employees must not accept friend requests from service users.
LinkedIn
Employees may say where they work but must not speak for the Council.
""")
    (lead,) = [c for section in imported.draft.sections for c in _clauses(section) if c.number == "1.1"]
    assert [(item.text, item.line) for item in lead.items] == [("Facebook", 4), ("Instagram", 5), ("LinkedIn", 6)]
    assert [s.title for s in _sections(imported.draft.sections) if s.line in (8, 10)] == ["Facebook", "LinkedIn"]
    report = imported.report.render()
    assert "contents list" not in report
    assert "line 5: “Instagram” made an item of the lead-in “It covers these sites:” (line 3), not a heading" in report


def test_footer_two_lines_above_a_page_number_is_removed(tmp_path: Path):
    imported = _imported_text(tmp_path, """\
1. Purpose
1.1 This policy explains how employees should use social media at work and at home.
Social Media Policy v2.0

Page 1 of 2
1.2 It applies to every employee, agency worker and volunteer of the Council.
Social Media Policy v2.0

Page 2 of 2
""")
    assert [(c.number, c.text) for c in imported.draft.walk_clauses()] == [
        ("1.1", "This policy explains how employees should use social media at work and at home."),
        ("1.2", "It applies to every employee, agency worker and volunteer of the Council.")]
    report = imported.report.render()
    for line in (3, 7):
        assert f"line {line}: header/footer removed: “Social Media Policy v2.0” (repeats next to page numbers)" in report


def test_a_short_line_repeated_inside_sentences_is_text_not_a_running_head(tmp_path: Path):
    """Text from a narrow column: the same short lower-case line cuts two sentences, but a
    running head does not start in lower case, so no words are lost. The report lists each
    clause before the joins made to it."""
    imported = _imported_text(tmp_path, """\
1. Using social media
1.1 Employees who use
social media sites
must not say they speak for the Council.
1.2 Employees who see abuse on
social media sites
must report it to their manager.
""")
    assert [(c.number, c.text) for c in imported.draft.walk_clauses()] == [
        ("1.1", "Employees who use social media sites must not say they speak for the Council."),
        ("1.2", "Employees who see abuse on social media sites must report it to their manager.")]
    decisions = [text for _, text in imported.report.decisions()]
    assert not any("header/footer removed" in text for text in decisions)
    assert decisions.index("line 2: clause 1.1 “Employees who use social media sites mu…” → id "
                           "`employees-use-social-media`") < \
        decisions.index("lines 2–3: line join: joined “…1.1 Employees who use” and “social media sites…”")


def test_word_bold_list_item_keeps_its_bold(tmp_path: Path):
    """A list paragraph that is bold throughout is no heading candidate: its text keeps the bold."""
    document = docx.Document()
    document.add_heading("Passwords", 1)
    document.add_paragraph("Employees must keep their passwords safe:")
    document.add_paragraph(style="List Bullet").add_run("Never share your password with anyone.").bold = True
    document.add_paragraph("Change it when the system asks you to.", style="List Bullet")
    document.save(tmp_path / "bold.docx")
    imported = import_file(tmp_path / "bold.docx")
    assert [_tree(c) for c in imported.draft.walk_clauses() if not c.bullet] == [
        (None, "Employees must keep their passwords safe:", False, [
            (None, "**Never share your password with anyone.**", True, []),
            (None, "Change it when the system asks you to.", True, [])])]


def _sections(sections):
    """Every section, subsections after their section."""
    for section in sections:
        yield section
        yield from _sections(section.sections)


def _clauses(section):
    """A section's clauses and its subsections' clauses."""
    yield from section.clauses
    for sub in section.sections:
        yield from _clauses(sub)


def test_a_numbered_line_ending_mid_sentence_before_bullets_is_their_lead_in(tmp_path: Path):
    """``5.2 … write on`` ends on a word no heading ends on and runs straight into bullets: it
    is clause 5.2 with the bullets as its items, not a subsection; a heading that is a question
    word's phrase (``Who this policy applies to``) stays a heading with its bullets as clauses."""
    imported = _imported_text(tmp_path, """\
Who this policy applies to
- employees of the Council;
- agency workers and volunteers.

5. Social media outside work
5.1 Employees must not post anything that could bring the Council into disrepute.
5.2 The policy also covers what employees write on
- personal blogs and websites;
- message boards and forums.
5.3 Managers will review these rules every year.
""")
    scope, outside = imported.draft.sections
    assert (scope.title, [_tree(c) for c in scope.clauses]) == ("Who this policy applies to", [
        (None, "employees of the Council;", True, []), (None, "agency workers and volunteers.", True, [])])
    assert (outside.number, outside.title, outside.sections) == ("5", "Social media outside work", [])
    assert [_tree(c) for c in outside.clauses] == [
        ("5.1", "Employees must not post anything that could bring the Council into disrepute.", False, []),
        ("5.2", "The policy also covers what employees write on", False, [
            (None, "personal blogs and websites;", True, []),
            (None, "message boards and forums.", True, [])]),
        ("5.3", "Managers will review these rules every year.", False, [])]
    report = imported.report.render()
    assert "line 7: “5.2 The policy also covers what employees write on” ends on “on” and runs into the " \
        "bullets after it: made their lead-in, not a heading" in report
    assert "line 7: clause 5.2 “The policy also covers what employees w…”" in report
    assert "heading “5.2" not in report


def test_a_title_page_line_reading_as_a_sentence_is_not_the_title(tmp_path: Path):
    """No title-page line names a kind of document but a sentence about the owner (``Policy
    owner is the Head of HR``): the document's name, which reads as a heading, is the title, and
    the owner line and the date stay cover lines; the report names the line chosen."""
    imported = _imported_text(tmp_path, """\
Example District Council
Use of Social Media
Policy owner is the Head of HR
March 2024

1. Purpose
This document explains how employees should use social media.
""")
    assert (imported.draft.title, imported.draft.title_line) == ("Use of Social Media", 2)
    assert imported.cover == [CoverEntry(text="Example District Council"),
                              CoverEntry(text="Policy owner is the Head of HR"), CoverEntry(text="March 2024")]
    assert [(s.number, s.title) for s in imported.draft.sections] == [("1", "Purpose")]
    report = imported.report.render()
    assert "line 2: title “Use of Social Media” taken from the title page" in report
    assert "line 3: cover line kept: “Policy owner is the Head of HR”" in report


def test_word_numbered_list_levels_nest_as_items(tmp_path: Path):
    """``List Number 2`` paragraphs are items of the ``List Number`` paragraph before them, and
    ``List Number 3`` ones items of the ``List Number 2`` item; a ``List Number`` paragraph after
    them is the next clause again, as bullets nest by their ``List Bullet`` levels. Each of those
    styles numbers by a one-level list of its own (no ``w:ilvl``: level 0): Word prints 1., 2.
    before its paragraphs, not the outer list's count or 0."""
    document = docx.Document()
    document.add_heading("Using council equipment", 1)
    document.add_paragraph("Employees using a council laptop must:", style="List Number")
    document.add_paragraph("lock the screen when they leave their desk;", style="List Number 2")
    document.add_paragraph("report a lost or stolen device straight away:", style="List Number 2")
    document.add_paragraph("to the IT Service Desk, by telephone; and", style="List Number 3")
    document.add_paragraph("to their line manager, in writing.", style="List Number 3")
    document.add_paragraph("Managers must check that new starters have read this policy.", style="List Number")
    document.add_paragraph("Employees must keep their passwords safe:")
    document.add_paragraph("never share them with anyone;", style="List Bullet")
    document.add_paragraph("change them when the system asks.", style="List Bullet 2")
    document.save(tmp_path / "levels.docx")
    imported = import_file(tmp_path / "levels.docx")
    (section,) = imported.draft.sections
    assert [_tree(c) for c in section.clauses] == [
        ("1", "Employees using a council laptop must:", False, [
            ("1", "lock the screen when they leave their desk;", False, []),
            ("2", "report a lost or stolen device straight away:", False, [
                ("1", "to the IT Service Desk, by telephone; and", False, []),
                ("2", "to their line manager, in writing.", False, [])])]),
        ("2", "Managers must check that new starters have read this policy.", False, []),
        (None, "Employees must keep their passwords safe:", False, [
            (None, "never share them with anyone;", True, [
                (None, "change them when the system asks.", True, [])])])]
    assert "9 clauses: 6 numbered, 2 bullet points, 6 of them list items under another clause" in \
        imported.report.render()
