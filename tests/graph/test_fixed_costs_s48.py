"""What every graph build pays whatever it adds (keiretsu.graph.aliases.bind): the lemma index is read
without importing spaCy, and a node named by one bare word is found without reading every alias's
name. The answers are the ones the slower reading gave."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from keiretsu.extract.names import MODEL, canonical_name, lemmas, name_key
from keiretsu.graph.aliases import SEPARATOR, acronym, designator, one_word

ALIASES = [
    "Components", "the Components Group", "Components Inc", "Components Inc's", "U.S. Components Corp",
    "Financial Corp", "Texas-based Financial Corp", "Financial and Co", "Financial Holdings", "FINANCIAL",
    "\uff26inancial Corp",  # a full-width letter, as some feeds write it: normalised, it is "Financial Corp"
    "Distributors Inc", "Industries", "Nissan Motor Co Ltd", "Acme", "Components (UK) Ltd", "A", "Bank",
    "E.F. Hutton and Co Inc", "Oppenheimer Group Inc",
]


def _read_by_canonical_name(key: str, alias: str) -> str | None:
    """What ``name_nodes`` read for every alias before: its canonical name, when that is one word, the key's."""
    word = canonical_name(alias)
    if SEPARATOR not in key and re.fullmatch(r"[A-Z][a-z]+", word) and word.lower() == key:
        return word
    return None


@pytest.mark.parametrize("alias", ALIASES)
def test_a_one_word_is_found_as_the_canonical_name_finds_it(alias):
    key = name_key(alias)
    assert one_word(key, alias) == _read_by_canonical_name(key, alias)
    # a split key ("financial:house") is no bare word, whatever the alias
    assert one_word(f"{key}{SEPARATOR}house", alias) is None


def test_one_words_of_news_names():
    assert one_word("components", "the Components Group") == "Components"
    assert one_word("financial", "Texas-based Financial Corp") == "Financial"
    assert one_word("financial", "\uff26inancial Corp") == "Financial"
    # a firm's own name is one word too (name_nodes then asks whether it reads as a word); a name of two
    # words, a headline's capitals: none reads as one word
    assert one_word("nissan", "Nissan Motor Co Ltd") == "Nissan"
    assert one_word("financialholdings", "Financial Holdings") is None
    assert one_word("financial", "FINANCIAL") is None


def test_designators_still_read_endings_of_several_words():
    assert designator("E.F. Hutton and Co Inc") == "house"
    assert designator("Oppenheimer Group Inc") == "holding"
    assert designator("Nissan Motor Co Ltd") is None


def test_acronyms_written_alone_and_long_names_passed_over():
    assert acronym("TWA") == "TWA"
    assert acronym(" TWA's ") == "TWA"
    assert acronym("ABCDEF's") == "ABCDEF"  # six capitals and a possessive: the longest an acronym is written
    assert acronym("ABCDEFG") is None
    assert acronym("Trans World Airlines") is None
    assert acronym("Ab") is None


@pytest.mark.skipif(find_spec(MODEL) is None, reason="the spaCy model is not installed")
def test_the_lemma_index_is_the_models_read_without_spacy():
    code = (f"import sys; sys.path[:0] = {sys.path!r}; from keiretsu.extract.names import lemmas; words = lemmas(); "
            "print(len(words), 'market' in words, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["True", "False"] and int(out[0]) > 10_000
    # the same words as spaCy's own reader gives
    from spacy.lookups import Lookups

    folder = find_spec(MODEL).submodule_search_locations[0]
    found = sorted(Path(folder).glob("*/lemmatizer/lookups"))
    index = Lookups().from_disk(found[0]).get_table("lemma_index")
    assert lemmas() == frozenset(w for pos in index.keys() for w in index[pos])
