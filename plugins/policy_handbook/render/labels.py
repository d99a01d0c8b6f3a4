"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from dataclasses import replace

from ..corpus import Located


def clause_label(located: Located) -> str:
    """A clause's name that stands on its own; list items are named through their lead-in.

    ``3.15``; ``Inappropriate use of social networking sites, point 7``; ``2.1 (a)`` for
    item ``a`` of clause 2.1; ``6.4, item 2`` for an unnumbered item.
    """
    clause, ancestors = located.clause, located.ancestors
    if not ancestors:
        return _own_label(located, clause)
    parent = ancestors[-1]
    if clause.number and parent.number and clause.number.startswith(parent.number):
        return clause.number
    outer = Located(located.document, located.version, located.section, parent,
                    ancestors[-2] if len(ancestors) > 1 else None, ancestors[:-1])
    if clause.number:
        return f"{clause_label(outer)} ({clause.number})"
    position = next(i for i, item in enumerate(parent.items, 1) if item.id == clause.id)
    return f"{clause_label(outer)}, item {position}"


def _own_label(located: Located, clause) -> str:
    if clause.number:
        return clause.number
    section = located.section
    position = next((i for i, c in enumerate(section.clauses, 1) if c.id == clause.id), 0)
    kind = "point" if clause.bullet else "paragraph"
    where = section.title or (f"section {section.number}" if section.number else
                              section.id.replace("-", " ").capitalize())
    return f"{where}, {kind} {position}" if position else where


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
