"""Words for things: how a clause, a stance or a position is named on a page."""

from __future__ import annotations

from dataclasses import replace

from ..analyse.crossmap import Likeness, compare_headlines
from ..analyse.stance import scope_phrase
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


NO_SCOPE = "none stated"
"""A headline's scope where the wording names none (assets/compare-any.js says the same)."""
LISTED_UP_TO = 4
"""A verdict names the strengths or scopes taken up to this many; beyond, it counts them."""


def scope_words(scope: tuple[str, ...]) -> str:
    """A headline's scope as it reads after its stance, ``on council equipment; working time``, or ``none stated``."""
    return "; ".join(scope_phrase(term) for term in scope) or NO_SCOPE


def stance_plural(stance: str) -> str:
    """The stance said of several bodies: ``prohibits`` → ``prohibit``, ``permits with conditions`` → ``permit with conditions``."""
    verb, _, rest = stance.partition(" ")
    return verb.removesuffix("s") + (" " + rest if rest else "")


def differences_words(likeness: Likeness, *, each: bool) -> str:
    """What differs besides the stance: ``the strength differs (must / should) and the scope differs
    (on council equipment / working time)``; empty when nothing does.

    With ``each``, one value per headline in their order (a pair of bodies: first / second);
    else each value taken once, strengths strongest first.
    """
    parts = []
    if likeness.strength_differs:
        strengths = likeness.strengths if each else likeness.distinct_strengths
        parts.append(f"the strength differs ({_listed(strengths, 'strengths')})")
    if likeness.scope_differs:
        scopes = likeness.scopes if each else likeness.distinct_scopes
        parts.append(f"the scope differs ({_listed([scope_words(s) for s in scopes], 'scopes')})")
    return " and ".join(parts)


def _listed(values, noun: str) -> str:
    return " / ".join(values) if len(values) <= LISTED_UP_TO else f"{len(set(values))} different {noun}"


def _what_differs(likeness: Likeness) -> str:
    return " and ".join(w for w, differs in (("strength", likeness.strength_differs),
                                             ("scope", likeness.scope_differs)) if differs)


def pair_verdict_label(first, second) -> str:
    """How two bodies' headlines on a topic compare, for a body-pair page: ``Stances differ``,
    ``Same stance (reviewed)`` (stance, strength and scope all the same), ``Same stance, not
    all reviewed``, or the stance both take and what differs: ``Both prohibit (reviewed); the
    strength differs (must / should)``. The in-browser comparison says the same (assets/compare-any.js).
    """
    likeness = compare_headlines([first, second])
    provenance = " (reviewed)" if likeness.reviewed else ", not all reviewed"
    if not likeness.same_stance:
        return "Stances differ"
    if likeness.same_position:
        return "Same stance" + provenance
    return f"Both {stance_plural(first.stance)}{provenance}; {differences_words(likeness, each=True)}"


def verdict_title(verdict) -> str:
    """The heading of a topic's verdict banner."""
    if verdict.kind == "stance-only":
        return f"The same stance, with a different {_what_differs(verdict.likeness)}"
    return {
        "none": "No body addresses this topic",
        "one": "Only one body addresses this topic",
        "agree": "The bodies that address this topic agree",
        "same-unreviewed": "The same stance, not yet reviewed",
        "differ": "The bodies do not agree",
    }[verdict.kind]


def _all_take(verdict) -> str:
    """The stance all the bodies take: ``both prohibit (reviewed)``, ``all prohibit, not all reviewed``."""
    return (f"{'both' if verdict.addressing == 2 else 'all'} {stance_plural(verdict.likeness.stances[0])}"
            f"{', not all reviewed' if verdict.unreviewed else ' (reviewed)'}")


def matrix_verdict_words(verdict) -> str:
    """A coverage matrix's verdict on the same stance with a different strength or scope:
    ``Both prohibit (reviewed); strength and scope differ``."""
    what, taken = _what_differs(verdict.likeness), _all_take(verdict)
    return f"{taken[0].upper()}{taken[1:]}; {what} {'differ' if ' and ' in what else 'differs'}"


def verdict_words(verdict) -> str:
    """``2 of 5 bodies address this; they agree (reviewed). 3 bodies are silent.``

    They agree only in stance, strength and scope; the same stance with another strength or scope
    is said as such: ``… all prohibit (reviewed), but the strength differs (must / should).``
    """
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
    elif verdict.kind == "stance-only":
        said = f"{counted}; {_all_take(verdict)}, but {differences_words(verdict.likeness, each=False)}"
    else:
        said = f"{counted}; their stances differ"
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
