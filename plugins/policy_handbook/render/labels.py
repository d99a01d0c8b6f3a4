"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from dataclasses import replace

from ..text import clause_label

__all__ = ["clause_label", "stance_words"]


def kind_plural(kind: str) -> str:
    """``district council`` → ``District councils``: the heading for bodies of one kind."""
    kind = kind[:1].upper() + kind[1:]
    return kind[:-1] + "ies" if kind.endswith("y") else kind + "s"


def stance_words(stance: str, strength: str) -> str:
    """``prohibits`` + ``should`` → ``Prohibits (should)``; strength ``informative`` is left out."""
    text = stance.capitalize()
    return text if strength == "informative" else f"{text} ({strength})"


def headline_words(mapping, *, lower: bool = False) -> str:
    """The stance shown, with what the wording says it applies to and on what condition:
    ``Prohibits (must) — on council equipment``. ``lower`` starts it with a small letter, for mid-sentence.

    The scope and condition are the stance reader's (:meth:`StanceReading.describe` words
    them); the stance and strength are the ones shown, reviewed or proposed.
    """
    reading = replace(mapping.proposed, stance=mapping.stance, strength=mapping.strength)
    text = reading.describe()
    return text[0].lower() + text[1:] if lower else text


def provenance_words(mapping) -> str:
    """Who decided the stance, for policy officers: proposed, or reviewed and how it relates to the reading."""
    if mapping.mapping_provenance == "proposed":
        return "proposed topic and stance, not yet reviewed"
    if mapping.stance_provenance == "proposed":
        cue = f" from “{mapping.proposed.cue}”" if mapping.proposed.cue else ""
        return f"proposed{cue}, not yet reviewed"
    if mapping.agrees_with_reading:
        words = "reviewed — agrees with the reading"
    else:
        proposed = stance_words(mapping.proposed.stance, mapping.proposed.strength).lower()
        words = f"reviewed — overrides the proposed {proposed}"
    on = mapping.link.reviewed_on
    by = [part for part in (mapping.link.reviewed_by, f"{on.day} {on:%B %Y}" if on else None) if part]
    return f"{words} ({', '.join(by)})" if by else words


def verdict_title(verdict) -> str:
    """The heading of a topic's verdict banner."""
    return {
        "none": "No body addresses this topic",
        "one": "Only one body addresses this topic",
        "agree": "The bodies that address this topic agree",
        "same-unreviewed": "The same stance, not yet reviewed",
        "differ": "The bodies do not agree",
    }[verdict.kind]


def verdict_words(verdict) -> str:
    """``2 of 5 bodies address this; they agree (reviewed). 3 bodies are silent.``"""
    n, total, silent = verdict.addressing, verdict.bodies, verdict.silent
    counted = f"{n} of {total} {'body' if total == 1 else 'bodies'} {'addresses' if n == 1 else 'address'} this"
    if verdict.kind == "none":
        return f"None of the {total} bodies addresses this topic."
    if verdict.kind == "one":
        said = counted
    elif verdict.kind == "agree":
        said = f"{counted}; they agree (reviewed)"
    elif verdict.kind == "same-unreviewed":
        said = f"{counted}; their stances read the same, but not every one is reviewed"
    else:
        said = f"{counted}; their stances differ"
    if verdict.kind in ("agree", "same-unreviewed") and verdict.strength_differs:
        said += ", with different strength"
    if silent:
        said += f". {silent} {'body is' if silent == 1 else 'bodies are'} silent"
    return said + "."


def rests_on_words(verdict) -> str:
    """What part of a verdict nobody has reviewed; empty when every headline is reviewed."""
    if not verdict.unreviewed:
        return ""
    names = ", ".join(b.name for b in verdict.unreviewed)
    return f"This rests on proposals nobody has reviewed yet: the stance of {names}."


def until_words(earlier) -> str:
    """When an earlier stance stopped applying: ``Until 2017``, from the replacing version's dates."""
    dates = earlier.until.dates
    when = dates.effective_from or dates.approved or dates.published
    return f"Until {when.year}" if when else f"Before “{earlier.until.label}”"
