"""A small linear model beside the stance rules, for scripts/fit_stance_model.py.

The rules of policy_handbook.analyse.stance decide a stance from the grammar of a clause.
This module holds a multinomial logistic regression over features of the same clause — the rules' stance,
strength and cue, and the words and word pairs of the clause and of its lead-in — whose
weights are fitted by ``scripts/fit_stance_model.py`` on labelled clauses. It is
deterministic and pure Python. It is not part of the package: measured by body-grouped
cross-validation on the dev half it did not beat the rules alone (README, "Stance reader").

:func:`decide` lets the model change the rules' stance only when it is confident, and
never across polarity: a permission the rules read is never turned into a prohibition, nor
the reverse.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

PERMISSIVE = frozenset({"permits", "permits with conditions"})
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def features(text: str, lead_in: str | None, stance: str, strength: str, cue: str) -> list[str]:
    """The names of the features present in a clause, given the rules' reading of it."""
    words = _TOKEN.findall(text.lower())
    found = [f"rule:{stance}", f"rule:{stance}:{strength}", "bias"]
    found += [f"cue:{w}" for w in _TOKEN.findall(cue.lower())]
    found += [f"w:{w}" for w in words]
    found += [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    found += [f"first:{w}" for w in words[:2]]
    if lead_in:
        last = re.split(r"(?<=[.!?])\s+", lead_in.strip())[-1]
        found.append("lead")
        found += [f"l:{w}" for w in _TOKEN.findall(last.lower())]
    return sorted(set(found))


class LinearModel:
    """Weights per stance and feature; :meth:`probabilities` is the softmax of their sums."""

    def __init__(self, weights: Mapping[str, Mapping[str, float]], threshold: float) -> None:
        self.weights = {label: dict(row) for label, row in weights.items()}
        self.threshold = threshold
        """How sure the model must be before it changes the rules' stance."""

    def probabilities(self, names: Iterable[str]) -> dict[str, float]:
        names = list(names)
        scores = {label: sum(row.get(n, 0.0) for n in names) for label, row in self.weights.items()}
        top = max(scores.values())
        exps = {label: math.exp(s - top) for label, s in scores.items()}
        total = sum(exps.values())
        return {label: e / total for label, e in exps.items()}


def decide(model: LinearModel, text: str, lead_in: str | None, stance: str, strength: str,
           cue: str) -> str | None:
    """The stance the model would put in place of the rules' one, or None to keep the rules'."""
    chances = model.probabilities(features(text, lead_in, stance, strength, cue))
    best = max(sorted(chances), key=chances.__getitem__)
    if best == stance or chances[best] < model.threshold:
        return None
    if (stance in PERMISSIVE and best == "prohibits") or (stance == "prohibits" and best in PERMISSIVE):
        return None
    return best
