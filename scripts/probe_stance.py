"""Whether the stance reader's readings survive rewordings that keep a clause's meaning.

    scripts/dev python scripts/probe_stance.py            # dev half: totals, then each clause that changes
    scripts/dev python scripts/probe_stance.py --totals   # totals only
    scripts/dev python scripts/probe_stance.py --polarity # each permission negated, each ban affirmed

Each dev clause of tests/data/stance_set.yml is rewritten in ways that cannot change what it
requires, and read again: a negative written as a contraction or in full ("must not" ↔
"mustn't", "cannot" ↔ "can't"), "must" as "shall", one body's noun for itself as another's
("the Council" → "the Board", "the Trust", "the Force" …), one name for staff as another
("employees" → "officers", "workers" …), "social media" as "social networking", a curly
apostrophe as a straight one, the closing full stop left off, and a modal frame written another
way: "should" as "ought to", "is not appropriate" as "is inappropriate", "is permitted" as "is
allowed", "must not" as "must never", "Do not" as "You must not" or "Please do not", "Staff
must" as "You must", and a sentence opened with "In addition, ". A reading that changes
under such a rewording rests on the words of the texts the reader was written for, not on
their grammar. With ``--polarity`` it does the reverse: it negates the cue of each dev clause read as a
permission ("may" → "may not") and affirms that of each ban ("must not" → "must"), and lists the readings
that keep their polarity. Only the dev half is probed: the held-out half is for reporting accuracy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_stance import load_set, read_all  # noqa: E402

BODIES = ("Council", "Trust", "University", "Authority", "Service", "Board", "Company", "Partnership", "Force",
          "Organisation", "College", "Agency", "Commission", "Constabulary", "Association", "School", "Academy",
          "Executive")
"""Nouns a body names itself by; "Department" and "Group" are left out, as a department or a group
may be a part of a body rather than the body."""
STAFF = ("employees", "staff", "officers", "workers", "colleagues", "personnel")
SWAPS = (
    ("do not", "don't"), ("does not", "doesn't"), ("must not", "mustn't"), ("should not", "shouldn't"),
    ("will not", "won't"), ("cannot", "can't"), ("are not", "aren't"), ("is not", "isn't"), ("could not", "couldn't"),
    ("don't", "do not"), ("doesn't", "does not"), ("can't", "cannot"), ("won't", "will not"),
    ("shouldn't", "should not"), ("isn't", "is not"), ("aren't", "are not"),
    ("not permitted", "not allowed"), ("not allowed", "not permitted"), ("is prohibited", "is forbidden"),
    ("are prohibited", "are forbidden"), ("must", "shall"), ("must not", "must NOT"),
    ("social media", "social networking"), ("Facebook", "Instagram"), ("Twitter", "LinkedIn"),
    ("is not acceptable", "is unacceptable"), ("is unacceptable", "is not acceptable"),
    ("is not appropriate", "is inappropriate"), ("is inappropriate", "is not appropriate"),
    ("are not acceptable", "are unacceptable"), ("are unacceptable", "are not acceptable"),
    ("are not appropriate", "are inappropriate"), ("are inappropriate", "are not appropriate"),
    ("is permitted", "is allowed"), ("are permitted", "are allowed"), ("is allowed", "is permitted"),
    ("are allowed", "are permitted"), ("should not", "ought not to"), ("are expected to", "should"),
    ("is expected to", "should"), ("under no circumstances", "in no circumstances"),
    ("personal use", "private use"), ("working hours", "working time"), ("line manager", "manager"),
    ("prior approval", "prior permission"), ("must ensure", "must make sure"), ("must not", "must never"),
    ("should not", "should never"), ("is prohibited", "is strictly prohibited"),
    ("are prohibited", "are strictly prohibited"), ("is forbidden", "is strictly forbidden"),
    ("authorised", "authorized"), ("unauthorised", "unauthorized"), ("organisation", "organization"),
    ("behaviour", "behavior"), ("e-mail", "email"), ("email", "e-mail"), ("internet", "Internet"),
    ("Internet", "internet"), ("members of staff", "employees"), ("member of staff", "employee"),
    ("Councillors", "Members"), ("councillors", "members"),
)
FRAMES = (
    ("should → ought to", r"(?<![\w'’])should(?! not)(?![\w'’])", "ought to"),
    ("staff → you", r"^(?:All )?(?:[Ss]taff|[Ee]mployees|[Oo]fficers|[Ww]orkers) (?=(?:must|should|may|shall|cannot|are not|are "
     r"required|are expected|are permitted|are allowed)\b)", "You "),
    ("you → staff", r"^You (?=(?:must|should|may|shall|cannot|are not|are required|are expected|are permitted|are "
     r"allowed)\b)", "Staff "),
    ("Please …", r"^(Do not|Never|Always|Ensure|Make sure|Remember|Think|Keep|Check|Report|Use|Avoid|Be) ",
     lambda m: "Please " + m[1][0].lower() + m[1][1:] + " "),
    ("is not permitted → is prohibited", r"(?<![\w'’])is not permitted(?! to)(?![\w'’])", "is prohibited"),
    ("are not permitted → are prohibited", r"(?<![\w'’])are not permitted(?! to)(?![\w'’])", "are prohibited"),
    ("Do not → You must not", r"^Do not ", "You must not "),
    ("Never → You must never", r"^Never ", "You must never "),
    ("Please do not → Do not", r"^Please do not ", "Do not "),
    ("In addition, …", r"^(The|Staff|Employees|You|All|Any|Members|Officers|Managers|Users|Personal|It|This|These|"
     r"Do|Never|Where|When|If|Councillors|Employee|Use)\b", lambda m: "In addition, " + m[1].lower()
     if m[1] not in ("I",) else m[0]),
    ("the body → we", rf"^The (?:{'|'.join(BODIES)}) (?=(?:will|may|can|reserves|shall|does not|has|is committed|expects|"
     r"recogni[sz]es|encourages|permits|allows)\b)", "We "),
    ("a sentence before", r"^(?=[A-Z])", "This section is about social media. "),
    ("a sentence after", r"(?<=[.!?])$", " Thank you."),
)
"""Rewordings of a modal frame or of where a sentence starts, as patterns: the reader must read
the grammar of an obligation, not one way of writing it."""
CONTINUING = frozenset({"a sentence before", "Please …"})
"""Rewordings left out for a list item: an item continues its lead-in's sentence, which a sentence put
before it, or "Please", would end."""
LEAD_ONLY_SENTENCE = frozenset({"a sentence after", "no full stop"})
"""Rewordings left out for a lead-in: one that ends on a colon is continued by its items."""
_BODY = re.compile(rf"\b([Tt])he (?:{'|'.join(BODIES)}|Department|Group)\b")
_STAFF = re.compile(rf"(?<![\w'’-])(?:{'|'.join(STAFF)})(?![\w'’-])")


def _words(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w'’])" + re.escape(phrase) + r"(?![\w'’])")


def rewordings(text: str) -> list[tuple[str, str]]:
    """Each rewording of ``text`` that keeps its meaning, named."""
    found: list[tuple[str, str]] = []
    if _BODY.search(text):
        found += [(f"the {noun}", _BODY.sub(lambda m: f"{m[1]}he {noun}", text)) for noun in BODIES]
    if _STAFF.search(text):
        found += [(noun, _STAFF.sub(noun, text)) for noun in STAFF]
    for old, new in SWAPS:
        if (pattern := _words(old)).search(text):
            found.append((f"{old} → {new}", pattern.sub(new, text)))
    for name, pattern, new in FRAMES:
        if re.search(pattern, text):
            found.append((name, re.sub(pattern, new, text)))
    for a, b in (("’", "'"), ("'", "’")):
        if a in text:
            found.append((f"{a} → {b}", text.replace(a, b)))
    if text.endswith("."):
        found.append(("no full stop", text[:-1]))
    return [(name, reworded) for name, reworded in found if reworded != text]


def probe(clauses: list[dict]) -> tuple[int, list[tuple[dict, str, list[tuple[str, str]]]]]:
    """How many clauses have a rewording, and each clause whose stance changes under one: of its own
    text, or of its lead-in's (named "lead-in: …")."""
    probed: list[tuple[dict, list[tuple[str, str, str | None]]]] = []
    for clause in clauses:
        lead = clause.get("lead_in")
        variants = [(name, text, lead) for name, text in rewordings(clause["text"])
                    if not (lead and name in CONTINUING)]
        if lead:
            variants += [(f"lead-in: {name}", clause["text"], reworded) for name, reworded in rewordings(lead)
                         if name not in LEAD_ONLY_SENTENCE]
        if variants:
            probed.append((clause, variants))
    readings = iter(read_all([pair for clause, variants in probed
                              for pair in [(clause["text"], clause.get("lead_in"))] + [(t, l) for _, t, l in variants]]))
    changed = []
    for clause, variants in probed:
        stance = next(readings).stance
        moved = [(name, read) for name, _, _ in variants if (read := next(readings).stance) != stance]
        if moved:
            changed.append((clause, stance, moved))
    return len(probed), changed


NEGATIONS = ((r"\bmay\b(?! not)", "may not"), (r"\b(are|is) (permitted|allowed|able) to\b", r"\1 not \2 to"),
             (r"\bcan\b(?! not)", "cannot"), (r"\b(is|are) (permitted|acceptable)\b(?! to)", r"\1 not \2"))
"""How a permission's cue is negated: "may" → "may not", "are permitted to" → "are not permitted to"."""
AFFIRMATIONS = ((r"\bmust not\b", "must"), (r"\bshould not\b", "should"), (r"\b(are|is) not (permitted|allowed) to\b", r"\1 \2 to"),
                (r"\bis not permitted\b", "is permitted"), (r"\bmay not\b", "may"), (r"\bis not acceptable\b", "is acceptable"),
                (r"\bcannot\b", "can"), (r"\bis prohibited\b", "is permitted"))
"""How a ban's cue is affirmed: "must not" → "must", "is prohibited" → "is permitted"."""
PERMITS = ("permits", "permits with conditions")


def polarity_probe(clauses: list[dict]) -> tuple[int, list[tuple[dict, str, str]]]:
    """How many dev permissions and bans have a cue that can be negated (or affirmed), and each one
    whose reading keeps its polarity when it is: a permission negated must no longer permit, and a
    ban affirmed must no longer forbid."""
    swapped = []
    for clause, reading in zip(clauses, read_all([(c["text"], c.get("lead_in")) for c in clauses])):
        granting = reading.cues[0] if reading.cues else reading.cue  # the permission's own words, not its condition's
        if not granting or granting not in clause["text"] or reading.stance not in PERMITS + ("prohibits",):
            continue
        swaps = NEGATIONS if reading.stance in PERMITS else AFFIRMATIONS
        for pattern, new in swaps:
            if (found := re.search(pattern, granting, re.I)) is None:
                continue
            cue = granting[:found.start()] + found.expand(new) + granting[found.end():]
            swapped.append((clause, reading.stance, clause["text"].replace(granting, cue, 1)))
            break
    reads = read_all([(text, clause.get("lead_in")) for clause, _, text in swapped])
    kept = [(clause, stance, text) for (clause, stance, text), read in zip(swapped, (r.stance for r in reads))
            if (read in PERMITS) == (stance in PERMITS) and (read == "prohibits") == (stance == "prohibits")]
    return len(swapped), kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--totals", action="store_true", help="print the totals only")
    parser.add_argument("--polarity", action="store_true",
                        help="negate each dev permission's cue and affirm each ban's instead, and list the readings that keep "
                             "their polarity")
    args = parser.parse_args()
    if args.polarity:
        probed, kept = polarity_probe([c for c in load_set() if c["split"] == "dev"])
        print(f"dev permissions and bans with a cue to negate or affirm: {probed}; read with the same polarity after: {len(kept)}")
        for clause, stance, text in kept:
            print(f"{clause['id']}: {stance}\n    {text[:200]}")
        return
    probed, changed = probe([c for c in load_set() if c["split"] == "dev"])
    print(f"dev clauses with a rewording: {probed}; read with another stance under one: {len(changed)}")
    kinds = Counter(name if not name.startswith("the ") else "the <body>" for _, _, moved in changed for name, _ in moved)
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n}")
    if not args.totals:
        for clause, stance, moved in changed:
            print(f"{clause['id']}: {stance}; " + "; ".join(f"{name}: {read}" for name, read in moved))
            print(f"    {clause['text'][:200]}")


if __name__ == "__main__":
    main()
