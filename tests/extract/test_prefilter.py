"""The sentence prefilter is derived from the trigger tables: every sentence in which the parser
finds a trigger passes it, whatever the trigger's form; sentences with no trigger do not."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations import triggers as T
from keiretsu.extract.rules import RuleExtractor, load_model
from keiretsu.models import RelationType


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


def _forms(word: str, irregular: dict[str, set[str]]) -> set[str]:
    """English forms written out here, apart from the code under test: a suffix, the e or y
    dropped, and the lemmatizer's own exceptions."""
    stem = word[:-1] if word[-1] in "ey" else word
    y = word.endswith("y")
    return {word, word + "s", word + "ed", word + "ing", stem + ("ies" if y else "es"), stem + ("ied" if y else "ed"),
            stem + "ing", *irregular.get(word, ())}


def test_every_trigger_the_parser_finds_passes_the_prefilter(rules):
    nlp = load_model()
    irregular: dict[str, set[str]] = {}
    for by_form in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").values():
        for form, lemmas in by_form.items():
            for lemma in lemmas:
                irregular.setdefault(lemma, set()).add(form)
    texts = []
    for word in sorted({*T.VERBS, *T.NOUNS, *T.TALKS}):
        extra = " ".join([*sorted(T.NEEDS.get(word, ())), "with 20 pct"])
        for form in sorted(_forms(word, irregular)):
            texts += [f"Renault {form} Nissan {extra}.", f"Renault will {form} Nissan {extra}.",
                      f"Renault and Nissan announced the {form} {extra}."]
    finder = RelationFinder()
    fired, missed = set(), []
    for text, sent in zip(texts, nlp.pipe(texts, batch_size=256)):
        found = {sent[i].lemma_.lower() for i, _, _ in finder.triggers(sent)} | \
            {sent[i].lower_ for i, _, _ in finder.triggers(sent)}
        if found:
            fired |= found
            if not rules.prefilter.passes(text):
                missed.append(text)
    assert missed == []
    # not vacuous: nearly every registered word fired in some form
    registered = {*T.VERBS, *T.NOUNS}
    assert len(registered & fired) >= 0.9 * len(registered), sorted(registered - fired)


def test_renault_will_ally_with_nissan_is_parsed(rules):
    ex = rules.extract([(1, "Renault will ally with Nissan.")])[0]
    assert ex.parsed == 1
    assert [(m.type, m.source, m.target) for m in ex.mentions] == [(RelationType.ALLIANCE, "Nissan", "Renault")]


@pytest.mark.parametrize("text, passes", [
    ("Renault held 43 pct of Nissan.", True),  # an irregular form, with the word "hold" needs
    ("Nissan CFO Jeremie Papin resigned.", True),  # an office
    ("Acme said its Widget unit was profitable.", True),  # the subsidiary rule's noun
    ("Toyota and Suzuki will work together.", True),
    ("Toyota workers work hard.", False),  # "work" states an alliance only with "together", "with"...
    ("Exports to the United States rose.", False),  # "United" is no form of "unit"
    ("The weather in Tokyo was fine.", False),
])
def test_the_prefilter_reads_words_not_stems(rules, text, passes):
    assert rules.prefilter.passes(text) is passes


def test_a_word_is_the_trigger_of_one_type_only():
    with pytest.raises(ValueError, match="'acquire' registered for acquisition and merger"):
        T.register(RelationType.MERGER, verbs={"acquire"})
    with pytest.raises(ValueError, match="no verb trigger"):
        T.register(RelationType.MERGER, weak_verbs={"partner"})
