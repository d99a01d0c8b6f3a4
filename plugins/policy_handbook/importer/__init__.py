"""Import a body's policy from a text, Word or PDF document into the project's YAML.

One module per step: :mod:`.read` (and :mod:`.read_docx`) reads the file into lines,
:mod:`.mend` repairs page breaks, headers, footers and hyphenation, :mod:`.structure` finds
headings, clauses and lists (with :mod:`.markers`), :mod:`.ids` gives them stable ids,
:mod:`.write` writes the YAML and :mod:`.report` says what was done. :mod:`.pipeline` runs
the steps; :mod:`.command` is the ``policy-handbook import`` command.
"""

from .pipeline import Imported, import_file, import_source

__all__ = ["Imported", "import_file", "import_source"]
