"""Time importing a large Word document: ``scripts/dev python scripts/measure_import.py [PARAGRAPHS]``.

Writes a .docx of PARAGRAPHS paragraphs (default 20,000) shaped like a real policy: numbered
headings, numbered clauses, bulleted and numbered lists two levels deep, bold and links, and
prints how long reading it and the whole import (structure, ids, report) take.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import docx

from policy_handbook.importer.pipeline import import_file
from policy_handbook.importer.read import read_source

WORDS = ("employees must not use social media during working time or share confidential information about "
         "service users colleagues or the council and managers may withdraw access in any case of misuse").split()


def sentence(n: int, length: int = 18) -> str:
    return " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(length)).capitalize() + "."


def add(document, text: str, style_id: str | None = None):
    """A paragraph with a style given by id (python-docx looks a style name up by scanning all styles)."""
    paragraph = document.add_paragraph(text)
    if style_id:
        paragraph._p.style = style_id
    return paragraph


def write_document(path: Path, paragraphs: int) -> Path:
    document = docx.Document()
    add(document, "Large Example Policy", "Title")
    written, section = 1, 0
    while written < paragraphs:
        section += 1
        add(document, f"{section}. Section {section}", "Heading1")
        written += 1
        for clause in range(1, 11):
            paragraph = add(document, f"{section}.{clause} {sentence(written)} ")
            paragraph.add_run("Read the code of conduct.").bold = True
            written += 1
            if clause % 3 == 0:
                for item in range(3):
                    add(document, sentence(written, 9), "ListBullet")
                    add(document, sentence(written + 1, 6), "ListBullet2")
                    written += 2
            if clause % 5 == 0:
                for item in range(2):
                    add(document, sentence(written, 10), "ListNumber")
                    written += 1
            if written >= paragraphs:
                break
    document.save(path)
    return path


def main() -> None:
    paragraphs = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as folder:
        path = write_document(Path(folder) / "large.docx", paragraphs)
        started, cpu = time.perf_counter(), time.process_time()
        source = read_source(path)
        read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        imported = import_file(path)
        whole, whole_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"{len(source.lines):,} paragraphs ({path.stat().st_size:,} bytes), "
              f"{imported.report.counts['clauses']:,} clauses: reading {read:.1f} s ({read_cpu:.1f} s CPU), "
              f"whole import {whole:.1f} s ({whole_cpu:.1f} s CPU)")


if __name__ == "__main__":
    main()
