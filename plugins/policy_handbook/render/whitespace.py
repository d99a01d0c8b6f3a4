"""Collapse the theme's indentation and blank lines in a written page, changing nothing a browser shows.

Material's templates indent every line and leave blank lines where a Jinja block stood: about a
third of the bytes of a page's navigation, header and footer. Under ``white-space: normal`` or
``nowrap`` (every style of Material's but those of ``code``, ``kbd`` and ``pre``), a browser draws a
run of spaces, tabs and line breaks between two words or elements as one space, or as nothing at
the start or end of a line; so each run of two or more is written as one line feed if it holds
one (kept, for languages whose line breaks are not drawn as spaces), else as one space. A run is
never removed, so no two words or inline elements come to meet.

Left exactly as they are: every tag (attribute values and quoting included), comments, and the
elements whose whitespace is their content or may be drawn as typed: ``pre``, ``textarea``,
``code``, ``kbd`` and ``samp`` (Material draws ``code`` and ``kbd`` with ``white-space:
pre-wrap``), ``script``, ``style``, ``listing`` and ``xmp``. Only spaces, tabs, line feeds and
carriage returns are whitespace here: a no-break space or a form feed is drawn as a character.

:func:`compact_page` collapses the part of a page the theme wrote and leaves the page's own
content (what the Markdown became) byte for byte: the content's styles are the site's to choose.
"""

from __future__ import annotations

import re

_REST_OF_TAG = r"""[^>"']*+(?:(?:"[^"]*+"|'[^']*+')[^>"']*+)*+>"""
_VERBATIM = "pre|textarea|code|kbd|samp|script|style|listing|xmp"

_PIECES = re.compile(
    r"(?P<kept><(?:!--.*?-->"
    rf"|(?P<verbatim>{_VERBATIM})(?=[\s/>]){_REST_OF_TAG}.*?</(?P=verbatim)\s*>"
    rf"|{_REST_OF_TAG}))"
    r"|[ \t\n\r]{2,}",
    re.S | re.I,
)


def _collapsed(match: re.Match) -> str:
    kept = match.group("kept")
    if kept is not None:
        return kept
    run = match.group()
    return "\n" if "\n" in run or "\r" in run else " "


def collapse_whitespace(html: str) -> str:
    """``html`` with each run of whitespace between tags made one line feed or one space (see above)."""
    return _PIECES.sub(_collapsed, html)


def compact_page(output: str, content: str) -> str:
    """A written page with the theme's whitespace collapsed around its ``content``, which is kept as is.

    A page whose content is not found in it whole (another plugin changed it) is returned unchanged.
    """
    start = output.find(content)
    if start < 0:
        return output
    end = start + len(content)
    return collapse_whitespace(output[:start]) + content + collapse_whitespace(output[end:])
