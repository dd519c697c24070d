"""An update's cheaper weighing, eighth round (issue 16, GSPEED8): the flags of a sentence's dates read
with cheaper tests of their words, and consolidation's commonest episodes of a long history written out,
give what the general code gives."""

import random
import sys

import pytest

from keiretsu.graph import build
from keiretsu.graph.consolidate import GraphSettings, consolidate
from keiretsu.models import Observation, Status

# (``keiretsu.graph.consolidate`` is the function in the package's namespace: the module is taken by name)
_module = sys.modules["keiretsu.graph.consolidate"]

# Sentences of Reuters-21578 train stories, as the graph dates them (published in March 1987).
SENTENCES = [
    "Allegheny International Inc said it named Barry Allen president effective April 1.",
    "Diamond Shamrock Corp said it appointed Charles Bowen chairman, effective immediately.",
    "The company said its chairman will retire effective April 1 and has named a successor.",
    "Dart Group Corp said it resumed talks with Supermarkets General Corp on a new offer.",
    "Banner Industries Inc said it completed its previously announced acquisition of Rexnord Inc.",
    "CTC, which already holds 17.4 pct of Dixons, raised its offer.",
    "GenCorp said it completed a tender offer for the shares of RKO General.",
    "USAir Group Inc has acquired 9.9 pct of Piedmont Aviation Inc.",
    "Texaco Inc said it had no comment on the report.",
    "Elected as a director was John Smith, the company said.",  # a word of the list, capitalised
    "Nippon Life's purchase of a 13 pct stake in Shearson was named the deal of the year.",
    "Die Gesellschaft ernannte ihn zum Präsidenten, named effective April 1.",  # not ASCII
]


def _unflagged(sentence: str, published: str) -> str:
    """``read_times`` without the word tests: every flag's pattern, and the appointing one, scanned."""
    build.read_times.cache_clear()
    refs = build.find_times(sentence, published)
    out = build.read_times.__wrapped__(sentence, published)
    dates, flags = out.rsplit("|", 1)
    reopened, done, held, settled, bid = (p.search(sentence) is not None
                                          for p in (build._REOPENED, build._DONE, build._HELD, build._SETTLED,
                                                    build._BID_DONE))
    later = build._APPOINTED.search(sentence) is not None and build._later(sentence, refs)
    left = build._LEAVING.search(sentence) is not None and build._left_later(sentence, refs)
    want = ("u" if "u" in flags else "") + ("r" if reopened else "") + ("d" if done else "") + \
        ("h" if held else "") + ("p" if settled else "") + ("n" if "n" in flags else "") + \
        ("l" if later else "") + ("b" if bid else "") + ("e" if left else "")
    return f"{dates}|{want}"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_tests_never_change_a_flag(sentence):
    build.read_times.cache_clear()
    assert build.read_times(sentence, "1987-03-09") == _unflagged(sentence, "1987-03-09")


def test_an_office_from_a_date_to_come_is_still_flagged():
    build.read_times.cache_clear()
    assert build.read_times(SENTENCES[0], "1987-03-09").endswith("|l")
    assert not build.read_times(SENTENCES[2], "1987-03-09").endswith("l")  # a leaving told: the office is held
    assert "l" not in build.read_times(SENTENCES[8], "1987-03-09").rsplit("|", 1)[1]


def test_the_chain_of_word_tests_is_any_of_the_words():
    test = build._holds_any(("open", "new ", "took over"))
    assert test("they took over the plant") and test("reopened talks") and test("a new offer")
    assert not test("renewal") and not test("took  over")


def _history(rng: random.Random, n: int) -> list[Observation]:
    """A long history of reports: most of one live status, told again and again, some of others."""
    statuses = [Status.ACTIVE] * 6 + [Status.AGREED] * 2 + [Status.IN_TALKS, Status.PROPOSED, Status.RUMOURED,
                                                              Status.ENDED, Status.CALLED_OFF]
    out = []
    for mid in range(1, n + 1):
        day = f"1987-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        valid = rng.choice([None, None, None, day[:7], "1986", day])
        attributes = rng.choice([{}, {}, {}, {}, {"percent": rng.choice([5.0, 10.0, 10.5, 43.0])}])
        out.append(Observation(
            mid, 1000 + mid, 1000 + mid // rng.choice([1, 2, 3]), rng.choice(statuses), attributes,
            rng.choice([0.5, 0.7, 0.9]), day, valid, rng.choice([None, None, "1988-01"]),
            explicit=rng.random() < 0.6, conditional=rng.random() < 0.1, reopened=rng.random() < 0.1,
            undated=rng.random() < 0.05, done=rng.random() < 0.2,
            before=rng.choice([None, None, Status.PROPOSED, Status.AGREED]), held=rng.random() < 0.03,
            settled=rng.random() < 0.03, bid=rng.random() < 0.03, named=rng.random() < 0.05))
    return out


@pytest.mark.parametrize("rtype", ["acquisition", "stake", "alliance", "supply", "merger"])
def test_the_written_out_episodes_give_what_the_general_path_gives(monkeypatch, rtype):
    rng = random.Random(53)
    settings = GraphSettings()
    for n in (2, 5, 40, 300):
        for _ in range(10):
            observations = _history(rng, n)
            key = (rtype, 1, 2, "")
            fast = consolidate(key, observations, settings)
            monkeypatch.setattr(_module, "_WRITTEN_OUT", False)
            general = consolidate(key, observations, settings)
            monkeypatch.setattr(_module, "_WRITTEN_OUT", True)
            assert fast.record() == general.record()
