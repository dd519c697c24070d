"""The dedup stage reads what it needs and keeps what recurs: a digest read from the store for its
facts leaves its words unread, and the analyses of recurring sentences outlive a full cache; what
each gives is what the whole read, or a fresh analysis, gives."""

from __future__ import annotations

import random

from keiretsu.dedup import paraphrase
from keiretsu.dedup.digests import decode, digest, encode
from keiretsu.dedup.paraphrase import ParaphraseSettings, analyse

BOILERPLATE = "Shares of the company were little changed in early trading on Tuesday."
TOPICS = ["Harbor Freight Lines agreed to buy a 40 pct stake in Cole Shipping for 310 mln dlrs.",
          "Pinewood Bank said its first quarter profit rose to 12.5 mln dlrs from 9.1 mln.",
          "Talks between Mercer Steel and its unions broke down over wages, the union said.",
          "Aldine Foods named Ruth Okafor chief executive, replacing the retiring Paul Brandt."]


def _story(rng: random.Random, i: int) -> str:
    figure = f"Orders reached {rng.randint(2, 900)} units in the {rng.choice(['north', 'south', 'east'])} region, " \
             f"the company said in filing number {i}."
    return " ".join([rng.choice(TOPICS), figure, BOILERPLATE])


def test_digests_read_for_their_facts_leave_the_words_unread_and_the_rest_whole():
    rng, cfg = random.Random(5), ParaphraseSettings()
    texts = [_story(rng, i) for i in range(30)] + ["", "Too short."]
    whole = decode(encode(digest([analyse(t) for t in texts], cfg)))
    facts = decode(encode(digest([analyse(t) for t in texts], cfg)), ("numbers", "names"))
    assert facts.words is None
    for name in ("sentences", "keys", "numbers", "names", "fact_numbers", "fact_names"):
        ours, theirs = getattr(facts, name), getattr(whole, name)
        if isinstance(ours, tuple):
            assert [x.tolist() for x in ours] == [x.tolist() for x in theirs], name
        else:
            assert ours.tolist() == theirs.tolist(), name


def test_recurring_sentences_outlive_a_full_cache_and_analyse_as_fresh(monkeypatch):
    monkeypatch.setattr(paraphrase, "_ANALYSED", [{}, {}])
    monkeypatch.setattr(paraphrase, "_ANALYSED_MAX", 8)
    rng = random.Random(9)
    texts = [_story(rng, i) for i in range(60)]
    first = {s.sentence.text: s for s in analyse(texts[0])}
    got = [analyse(t) for t in texts]
    # The boilerplate sentence recurs in every story: analysed once, though the cache filled many
    # times over with the stories' own sentences, each of which came once.
    assert all(next(s for s in info if s.sentence.text == BOILERPLATE).words is first[BOILERPLATE].words
               for info in got)
    # Each generation holds at most the bound and the sentences of the text that filled it.
    assert all(len(known) <= 8 + 3 for known in paraphrase._ANALYSED)
    monkeypatch.setattr(paraphrase, "_ANALYSED", [{}, {}])
    assert got == [analyse(t) for t in texts]
