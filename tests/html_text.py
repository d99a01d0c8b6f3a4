"""Reading built pages in tests: the words a reader sees, and the part of the page that is content."""

from __future__ import annotations

import html
import re
from pathlib import Path

_INLINE = re.compile(r"</?(em|strong|a|span|code|time|ins|del|mark|abbr)\b[^>]*>")
_UNSEEN = re.compile(r"<(script|style)\b.*?</\1>", re.S)


def words(fragment: str) -> str:
    """The visible words of some HTML, whitespace folded; inline tags leave no gap."""
    fragment = _INLINE.sub("", _UNSEEN.sub(" ", fragment))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def page_text(path: Path) -> str:
    """The visible words of a whole built page, navigation included."""
    return words(path.read_text(encoding="utf-8"))


def article(path: Path) -> str:
    """The HTML of a built page's content, without navigation, header or footer."""
    raw = path.read_text(encoding="utf-8")
    return raw[raw.index("<article"):raw.index("</article>")]
