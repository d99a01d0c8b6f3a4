"""Suggest topics for unmapped clauses, or say that a clause states no rule.

Every candidate is a label: a topic, or a reason a clause states no rule (``not_a_rule:
definition``, ``scope``, ``purpose``, ``background``, ``heading``…). A label stands for its
own words (a topic's title, question and description; a reason's description below) plus
the words of every clause already given that label: the handbook's mapped clauses and the
package's reference examples (``data/suggest_examples.yml``, see :func:`reference_examples`).
Texts are weighted by TF-IDF on stemmed word unigrams and bigrams and on character 2- to
4-grams of each word (which match "councillor" with "councillors'" and "e-mail" with
"email"). A label's score for a clause is mostly a classifier's:

* a logistic regression for each label, one against the rest (a clause given two topics is
  an example of both), trained on the examples and on each label's own words, gives the
  probability that the clause has that label. It learns which words tell a label from the
  others, so a clause worded unlike a topic's description but like the clauses mapped to it
  finds it. The words of the titles the clause sits under, its document's and its
  section's, count too, at half weight: "house rules" or "moderation" in a title leans
  towards official accounts, "email and internet" towards monitoring and the use of council
  equipment. So does what the stance reader (:func:`.stance.propose_stance`) makes of the
  clause, at a weight of :data:`CUE_WEIGHT` (:func:`clause_cues`): its stance and strength
  and what the rule applies to, so each label learns which kinds of rule go with it ("are for
  official communication only" restricts the use of council equipment, which its words alone
  read as background); and, to that,
* :data:`NAIVE_BAYES_SHARE` times the log-probability of the label by a complement naive
  Bayes model on the same features, trained on all labels at once (a clause given two topics
  counts once for each): it weighs every word of a label's examples, where the regression
  picks the few that tell labels apart, so the two do not make the same errors; and a tenth of
* a similarity score: the clause's cosine similarity with the label's profile as one text
  (on words), and with the label's closest examples (their similarities added up, ten at
  most, on words and character n-grams). A clause that reads as a heading or a question
  gets a bonus for the ``heading`` reason; one with no word of obligation or permission
  (must, should, may, will not…) leans towards the reasons for stating no rule.

Then the stance reader (which reads a list item with its lead-in) tips the balance between
the two kinds of label: every reason to state no rule gains :data:`STANCE_SHARE` when it
reads the clause as stating no rule (advises), and loses as much when it finds a rule. A
topic's classifier knows a clause's subject; the reader knows whether the clause binds
anyone, which its words alone tell the classifier poorly ("Employees are required to serve
all councillors" reads like background on politics).

Proposals are only printed, or written as ``mapping: proposed`` by ``suggest --write``: an
officer accepts or corrects each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, get_args

from ..corpus import Corpus, Located
from ..model import NotARule
from ..text import to_plain
from .crossmap import effective_links, is_marked_not_a_rule, unmapped_clauses
from .stance import propose_stance

REASONS: dict[str, str] = {
    "definition": "Definition of a term: what a word or phrase means in this policy. “Social media” means, "
                  "refers to, is defined as, is a term for, includes, for example websites and applications "
                  "that allow users to create and share content or take part in networking.",
    "scope": "Scope: who and what the policy applies to or covers. This policy applies to all employees, "
             "workers, staff, agency workers, contractors, volunteers, members and councillors, whether at "
             "work or outside work, on any device, and does not apply to.",
    "purpose": "Purpose and aims: why the policy exists and what it sets out. The purpose of this policy is "
               "to set out, provide guidance, aims to help, is intended to ensure, outlines the standards "
               "expected, introduction, objectives.",
    "background": "Background and context, statements of fact: the council recognises the benefits and "
                  "opportunities, social media is increasingly popular and widely used, many people use sites "
                  "such as Facebook, Twitter, LinkedIn, Instagram, a useful tool for communication.",
    "procedure": "Procedure: how the policy is run, reviewed and monitored by the organisation. Review of "
                 "the policy, responsibilities of human resources, the process, training, implementation.",
    "cross-reference": "Cross-reference to other documents: see also, read in conjunction with, refer to, "
                       "further information and advice is available, other relevant policies include the "
                       "code of conduct, disciplinary procedure, contact.",
    "report": "Part of a committee report: recommendation, decision, financial implications, legal "
              "implications, equalities impact assessment, consultation, background papers, report author, "
              "members are asked to approve.",
    "heading": "A heading, title or question printed as a line of its own, introducing the text that follows.",
}
"""What clauses that state no rule say, for each reason; every reason of the model has one."""
assert set(REASONS) == set(get_args(NotARule))

NOT_A_RULE = "not_a_rule:"

_RULE_WORDS = re.compile(
    r"\b(must|mustn't|should|shouldn't|shall|cannot|can't|need to|needs to|required?|requires|expected|"
    r"prohibited|not permitted|permitted|allowed|forbidden|do not|don't|never|ensure|avoid|are to|is to|"
    r"will not|won't|may not)\b", re.I)
"""Words of obligation, permission or prohibition ("may", "can" and "will" alone are as often
possibility or fact as rule, and are left out)."""
_WEIGHTS = (0.7, 0.3)
"""Weights of the profile similarity and the nearest examples' similarity (chosen on the dev
half of the labelled set, see scripts/eval_suggest.py)."""
NEAREST = 10
"""How many of a label's closest examples are added up: a label many clauses were given, and
that several of them resemble, counts for more than one near example."""
HEADING_BONUS = 0.5
NO_RULE_BONUS = 0.15
RULE_PENALTY = 0.1
CLASSIFIER_C = 3.0
"""Inverse strength of the classifier's regularisation (chosen on the dev half)."""
SIMILARITY_SHARE = 0.1
"""How much the similarity score (with the heading and no-rule cues) adds to the classifier's
probability (chosen on the dev half)."""
TITLE_WEIGHT = 0.5
"""How much the words of the titles a clause sits under (its document's and section's) weigh
in the classifier, against the clause's own words (chosen on the dev half)."""
CUE_WEIGHT = 0.15
"""How much the stance reader's reading of a clause (see :func:`clause_cues`) weighs in the
classifier, against the clause's own words (chosen on the dev half, with the bundled corpus:
0.3 put the right label first more often on the dev half and less often on the corpus)."""
NAIVE_BAYES_SHARE = 0.1
"""How much the naive Bayes model's log-probability of a label (0 at best, about -4 for a
middling label) adds to the classifier's probability (chosen on the dev half: with it and
character 2- to 4-grams instead of 3- to 5-grams, the right label was among the first three
for 87.9 % of the dev clauses instead of 87.0 % by eight-fold cross-validation by body, and
gained too with five and eleven folds)."""
NAIVE_BAYES_ALPHA = 0.3
"""The naive Bayes model's smoothing (chosen on the dev half, where 0.1 did as well)."""
STANCE_SHARE = 0.05
"""How much the reasons to state no rule gain when the stance reader finds no rule in a
clause, and lose when it finds one (chosen on the dev half: with :data:`CUE_WEIGHT`, the
classifier learns most of it from the reader's cues; without them, 0.2 was chosen)."""


@dataclass(frozen=True)
class Suggestion:
    """A proposed label for a clause: a topic id, or a ``not_a_rule`` reason. ``score`` is
    the classifier's probability plus its naive Bayes share (below 0) and a tenth of the
    similarity score, and for a reason the stance reader's share: higher is likelier, and it
    may pass 1 or fall below 0."""

    topic: str | None
    score: float
    not_a_rule: str | None = None

    @property
    def label(self) -> str:
        """``topic-id`` or ``not_a_rule: reason``."""
        return self.topic if self.topic is not None else f"not_a_rule: {self.not_a_rule}"


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Both analysers are cached: a corpus's texts are analysed again for every Suggester built.
@lru_cache(maxsize=8192)
def _analyse(text: str) -> tuple[str, ...]:
    """Stemmed words without stop words, then their bigrams."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = [_stem(w) for w in re.findall(r"[a-z][a-z0-9']+", text.lower().replace("’", "'"))
             if w not in ENGLISH_STOP_WORDS or w in ("not", "never", "no", "own")]
    return tuple(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


@lru_cache(maxsize=8192)
def _char_grams(text: str) -> tuple[str, ...]:
    """Character 2- to 4-grams of each word, lower-cased (chosen on the dev half: 3- to 5-grams
    put the right label among the first three a little less often)."""
    return tuple(_char_analyser()(text))


@lru_cache(maxsize=1)
def _char_analyser():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).build_analyzer()


def clause_words(located: Located) -> str:
    """The words a clause is judged by: its lead-in's, its own and its list items'."""
    parts = [to_plain(located.parent.text)] if located.parent is not None else []
    parts.append(to_plain(located.clause.text))
    parts += [to_plain(item.text) for item in located.clause.items]
    return " ".join(parts)


def clause_titles(located: Located) -> str:
    """The titles a clause sits under: its document's and its section's, if it has one."""
    return " ".join(filter(None, [to_plain(located.document.title), located.section.title]))


def clause_cues(own_text: str, lead_in: str | None = None) -> str:
    """What the stance reader makes of a clause, as words for the classifier: its stance and
    strength, what the rule applies to (``scope:council_equipment``…), and whether it reads as a
    heading or has a word of obligation; ``own_text`` is the clause's own text, ``lead_in`` the
    text of the clause a list item continues."""
    reading = propose_stance(own_text, lead_in)
    cues = [f"stance:{reading.stance}", f"strength:{reading.strength}"]
    cues += [f"scope:{scope}" for scope in reading.scope]
    if looks_like_heading(own_text):
        cues.append("heading")
    if states_a_rule(" ".join(filter(None, [lead_in, own_text]))):
        cues.append("rule words")
    return "|".join(cue.replace(" ", "_") for cue in cues)


def looks_like_heading(text: str) -> bool:
    """A short line with no final full stop that names a subject or asks a question
    (``What is social media?``, ``Personal use``), not a sentence or a list lead-in."""
    text = to_plain(text).strip()
    if not text or len(text) > 90 or "\n" in text or text.endswith((":", ";", ",")):
        return False
    if text.endswith("?"):
        return len(text.split()) <= 12
    if text.endswith((".", "!")) or text[0].islower():
        return False
    return len(text.split()) <= 8 and not _RULE_WORDS.search(text)


def states_a_rule(text: str) -> bool:
    """Whether the wording has a word of obligation, permission or prohibition."""
    return bool(_RULE_WORDS.search(to_plain(text)))


@dataclass(frozen=True)
class Example:
    """A clause whose labels are known: ``key`` names it (a clause reference, or a reference
    example's id), ``words`` are its words (see :func:`clause_words`)."""

    key: str
    words: str
    topics: tuple[str, ...] = ()
    not_a_rule: str | None = None
    title: str = ""
    """The titles the clause sits under (see :func:`clause_titles`)."""
    cues: str = ""
    """What the stance reader makes of the clause (see :func:`clause_cues`)."""


@lru_cache(maxsize=1)
def _shipped_examples() -> tuple[dict, ...]:
    """The entries of ``analyse/data/suggest_examples.yml`` as written."""
    from importlib.resources import files

    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the file is large: libyaml's parser when there is one
    text = files(__package__).joinpath("data/suggest_examples.yml").read_text(encoding="utf-8")
    return tuple(yaml.load(text, Loader=loader)["examples"])


@lru_cache(maxsize=1)
def reference_examples() -> tuple[Example, ...]:
    """The labelled clauses shipped with the package (``analyse/data/suggest_examples.yml``):
    clauses of public bodies outside the bundled corpus, each with its source, labelled by
    hand with topics of the bundled taxonomy or a reason it states no rule."""
    return tuple(Example(e["id"], " ".join(filter(None, [e.get("lead_in"), e["text"]])),
                         tuple(e.get("topics") or ()), e.get("not_a_rule"), e["source"].get("title") or "",
                         clause_cues(e["text"], e.get("lead_in")))
                 for e in _shipped_examples())


def uses_reference_taxonomy(corpus: Corpus) -> bool:
    """Whether the corpus has the topics of most reference examples (it uses the bundled
    taxonomy, or much of it). With a taxonomy of its own, the reference examples would only
    weigh for the reasons to state no rule, and drown the topics they have no examples for."""
    # From the file's entries, not reference_examples(): a corpus of its own taxonomy never
    # needs the stance reader's reading of every example.
    labelled = [e["topics"] for e in _shipped_examples() if e.get("topics")]
    known = sum(1 for topics in labelled if any(t in corpus.topics for t in topics))
    return 2 * known >= len(labelled)


def corpus_examples(corpus: Corpus, exclude: Iterable = ()) -> list[Example]:
    """The corpus's clauses that have topics (their own or their lead-in's) or a reason to
    state no rule, except those in ``exclude`` (clause references)."""
    excluded = set(exclude)
    found = []
    for located in corpus.clauses():
        if located.ref in excluded:
            continue
        links, _ = effective_links(located)
        topics = tuple(link.topic for link in links)
        reason = None
        if not topics and is_marked_not_a_rule(located):
            reason = located.clause.not_a_rule or (located.parent.not_a_rule if located.parent else None)
        if topics or reason:
            found.append(Example(str(located.ref), clause_words(located), topics, reason,
                                 clause_titles(located), located_cues(located)))
    return found


def located_cues(located: Located) -> str:
    """:func:`clause_cues` for a clause of the corpus."""
    return clause_cues(located.clause.text, located.parent.text if located.parent is not None else None)


def _split_cues(cues: str) -> list[str]:
    return cues.split("|") if cues else []


class _Classifier:
    """One logistic regression per label (one against the rest, so a clause given two topics
    is an example of both), on the Suggester's word and character n-gram features of a
    clause and the words of the titles it sits under, and a complement naive Bayes model of
    all labels on the same features; each label's own words (a topic's title, question and
    description) count as one example of it."""

    def __init__(self, vectorisers, texts: list[str], titles: list[str], cues: list[str],
                 labels: list[list[int]], n_labels: int) -> None:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.naive_bayes import ComplementNB

        self._vectorisers = vectorisers
        self._titles = None
        if TITLE_WEIGHT and any(map(_analyse, titles)):
            self._titles = TfidfVectorizer(analyzer=_analyse, sublinear_tf=True).fit(titles)
        self._cues = None
        if CUE_WEIGHT and any(cues):
            self._cues = TfidfVectorizer(analyzer=_split_cues, use_idf=False).fit(cues)
        features = self._features(texts, titles, cues)
        self._weights = np.zeros((n_labels, features.shape[1]))
        self._intercepts = np.full(n_labels, -np.inf)
        for label in range(n_labels):
            target = np.array([label in found for found in labels])
            if target.any() and not target.all():
                # The dual problem is the quicker one with far more n-grams than examples; a
                # label's few examples weigh as much as all the others together.
                model = LogisticRegression(C=CLASSIFIER_C, class_weight="balanced", solver="liblinear",
                                           dual=True, max_iter=1000, random_state=0).fit(features, target)
                self._weights[label], self._intercepts[label] = model.coef_[0], model.intercept_[0]
        # Naive Bayes takes one label per example: an example of two labels is one of each.
        rows = [i for i, found in enumerate(labels) for _ in found]
        self._naive_bayes = ComplementNB(alpha=NAIVE_BAYES_ALPHA).fit(
            features[rows], [label for found in labels for label in found])

    def _features(self, texts: list[str], titles: list[str], cues: list[str]):
        from scipy.sparse import hstack

        blocks = [v.transform(texts) for v in self._vectorisers]
        if self._titles is not None:
            blocks.append(TITLE_WEIGHT * self._titles.transform(titles))
        if self._cues is not None:
            blocks.append(CUE_WEIGHT * self._cues.transform(cues))
        return hstack(blocks).tocsr()

    def scores(self, words: str, title: str = "", cues: str = ""):
        """Each label's score for a clause with these words, under these titles, with these cues
        (see :func:`clause_cues`): the probability its regression gives (0 to 1), plus
        :data:`NAIVE_BAYES_SHARE` times the naive Bayes model's log-probability of it (a label
        the model has no example of gets its lowest)."""
        import numpy as np

        features = self._features([words], [title], [cues])
        probability = 1 / (1 + np.exp(-(features @ self._weights.T)[0] - self._intercepts))
        found = self._naive_bayes.predict_log_proba(features)[0]
        log_probability = np.full(len(self._intercepts), found.min())
        log_probability[self._naive_bayes.classes_] = found
        return probability + NAIVE_BAYES_SHARE * log_probability


class Suggester:
    """Labels and their examples, vectorised once; :meth:`rank` scores any clause text.

    The examples are the corpus's own mapped clauses and, unless ``reference`` is false, the
    package's reference examples (:func:`reference_examples`) for the topics the corpus has,
    when it has most of them (:func:`uses_reference_taxonomy`).
    A clause is scored by the labels' classifiers (a regression per label and a naive Bayes
    model of all), plus a tenth of its similarity with the labels' profiles and closest
    examples (see the module's description); with no example at all, by that similarity
    alone. ``exclude`` names clauses (references) and
    ``exclude_reference`` reference examples (ids) to learn nothing from.
    """

    def __init__(self, corpus: Corpus, exclude: Iterable = (), *, reference: bool = True,
                 exclude_reference: Iterable[str] = ()) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.labels: list[tuple[str | None, str | None]] = [(t, None) for t in corpus.topics]
        self.labels += [(None, reason) for reason in REASONS]
        index = {label: i for i, label in enumerate(self.labels)}
        profiles = [f"{t.title}. {t.question} {t.description}" for t in corpus.topics.values()]
        profiles += list(REASONS.values())
        own_words = list(profiles)
        left_out = set(exclude_reference)
        examples = corpus_examples(corpus, exclude)
        if reference and uses_reference_taxonomy(corpus):
            examples += [e for e in reference_examples() if e.key not in left_out]
        self._example_label: list[int] = []
        words: list[str] = []
        labelled: list[tuple[Example, list[int]]] = []
        for example in examples:
            found = [index[(t, None)] for t in example.topics if (t, None) in index]
            if not example.topics and (None, example.not_a_rule) in index:
                found = [index[(None, example.not_a_rule)]]
            if found:
                labelled.append((example, found))
            for i in found:
                profiles[i] += " " + example.words
                self._example_label.append(i)
                words.append(example.words)
        self._vectorisers = (TfidfVectorizer(analyzer=_analyse, sublinear_tf=True),
                             TfidfVectorizer(analyzer=_char_grams, sublinear_tf=True, min_df=2))
        # Profiles are compared on words only: a short description's character n-grams
        # ("social media") match every clause about as well.
        matrix = self._vectorisers[0].fit_transform(profiles + words)
        self._profiles = matrix[: len(profiles)]
        self._examples = [matrix[len(profiles):], self._vectorisers[1].fit_transform(words)] if words else None
        self._classifier = _Classifier(self._vectorisers, own_words + [e.words for e, _ in labelled],
                                       [""] * len(own_words) + [e.title for e, _ in labelled],
                                       [""] * len(own_words) + [e.cues for e, _ in labelled],
                                       [[i] for i in range(len(own_words))] + [f for _, f in labelled],
                                       len(self.labels)) if words else None

    def _similarity(self, matrices, vectors):
        from sklearn.metrics.pairwise import cosine_similarity

        return sum(cosine_similarity(v, m)[0] for v, m in zip(vectors, matrices)) / len(vectors)

    def rank(self, words: str, own_text: str | None = None, title: str = "",
             lead_in: str | None = None) -> list[Suggestion]:
        """Every label for a clause whose words are ``words`` (see :func:`clause_words`), best
        first; ``own_text`` is the clause's own text, without lead-in or items, if different;
        ``title`` the title of its document and section, if known (see :func:`clause_titles`);
        ``lead_in`` the text of the clause a list item continues, if it is one."""
        import numpy as np

        vectors = [self._vectorisers[0].transform([words])]
        scores = _WEIGHTS[0] * self._similarity([self._profiles], vectors)
        if self._examples is not None:
            vectors.append(self._vectorisers[1].transform([words]))
            similarity = self._similarity(self._examples, vectors)
            labels = np.array(self._example_label)
            nearest = np.zeros(len(self.labels))
            for label in set(self._example_label):
                nearest[label] = np.sort(similarity[labels == label])[-NEAREST:].sum()
            scores = scores + _WEIGHTS[1] * nearest
        own = own_text if own_text is not None else words
        is_reason = np.array([reason is not None for _, reason in self.labels])
        if looks_like_heading(own):
            scores[self.labels.index((None, "heading"))] += HEADING_BONUS
        elif not states_a_rule(words):
            scores = scores + NO_RULE_BONUS * is_reason
        else:
            scores = scores - RULE_PENALTY * is_reason
        if self._classifier is not None:
            cues = clause_cues(own, lead_in)
            scores = self._classifier.scores(words, title, cues) + SIMILARITY_SHARE * scores
            states_none = propose_stance(own, lead_in).stance == "advises"
            scores = scores + (STANCE_SHARE if states_none else -STANCE_SHARE) * is_reason
        order = sorted(range(len(self.labels)), key=lambda i: (-scores[i], str(self.labels[i])))
        return [Suggestion(self.labels[i][0], round(float(scores[i]), 3), self.labels[i][1]) for i in order]


def suggest_topics(corpus: Corpus, clauses: list[Located] | None = None, *, top: int = 3,
                   exclude_from_profiles: set | None = None, reasons: bool = True
                   ) -> list[tuple[Located, list[Suggestion]]]:
    """The ``top`` most likely labels for each clause (default: every unmapped clause).

    The clauses themselves are left out of the profiles, so a mapped clause is judged as if it
    were new. With ``reasons`` false only topics are proposed.
    """
    targets = unmapped_clauses(corpus) if clauses is None else clauses
    if not targets or not corpus.topics:
        return []
    suggester = Suggester(corpus, set(exclude_from_profiles or ()) | {c.ref for c in targets})
    result = []
    for located in targets:
        ranked = suggester.rank(clause_words(located), located.clause.text, clause_titles(located),
                                located.parent.text if located.parent is not None else None)
        if not reasons:
            ranked = [s for s in ranked if s.topic is not None]
        result.append((located, ranked[:top]))
    return result
