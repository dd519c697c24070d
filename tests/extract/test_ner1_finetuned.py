"""NER1: the switch to a fine-tuned entity recogniser (``KEIRETSU_NER``), its start-up check, and how its
training texts are labelled from the documents' names."""

from pathlib import Path

import pytest

from keiretsu.errors import KeiretsuError
from keiretsu.extract import ner
from keiretsu.extract.names import MODEL
from keiretsu.extract.rules import RuleExtractor, load_model
from keiretsu.stages import make_extractor


def test_the_original_ner_unless_asked(monkeypatch):
    monkeypatch.setenv("KEIRETSU_NER", "none")
    assert ner.ner_dir() is None
    monkeypatch.delenv("KEIRETSU_NER")
    assert ner.ner_dir() == (ner.NER_DIR if ner.DEFAULT_ON else None)
    monkeypatch.setenv("KEIRETSU_NER", "/somewhere/ner")
    assert ner.ner_dir() == Path("/somewhere/ner")


def test_a_missing_folder_fails_at_start_up_with_the_command_that_rebuilds_it(monkeypatch, tmp_path):
    monkeypatch.setenv("KEIRETSU_NER", str(tmp_path / "ner"))
    with pytest.raises(KeiretsuError) as err:
        make_extractor("rules")
    message = str(err.value)
    assert str(tmp_path / "ner") in message and "keiretsu train ner --out" in message and "\n" not in message


def test_a_broken_folder_fails_on_loading(tmp_path):
    for part in ("cfg", "model", "moves"):
        (tmp_path / part).write_bytes(b"not weights")
    import spacy

    with pytest.raises(KeiretsuError, match="keiretsu train ner"):
        ner.apply(spacy.load(MODEL), tmp_path)


def test_weights_from_a_folder_load_and_find_the_company(monkeypatch, tmp_path):
    import spacy

    spacy.load(MODEL).get_pipe("ner").to_disk(tmp_path / "ner")
    monkeypatch.setenv("KEIRETSU_NER", str(tmp_path / "ner"))
    ner.check()
    load_model.cache_clear()
    try:
        nlp = load_model()
        extraction = RuleExtractor(nlp=nlp).extract(
            [(0, "Upland Minerals and Chemicals Corp said it agreed to acquire Consolidated Brazilian Mines "
                 "International Inc, a public company with one mln acres of diamond and gold properties in Brazil.")])[0]
    finally:
        load_model.cache_clear()
    names = {e.name for e in extraction.entities}
    assert any(n.startswith("Consolidated Brazilian Mines") for n in names)


def test_labelled_names_are_found_with_their_legal_ending_and_parts_of_other_names_left_unsure():
    text = ("Baker Hughes Inc said it would sell the unit. AmSouth Bancorp Inc said it signed a definitive "
            "agreement, and Baker said Mr. Muller would stay.")
    names = [("AmSouth Bancorp", "ORG"), ("Baker", "ORG"), ("Muller", "PERSON")]
    spans, unsure = ner._find(text, names)
    found = {(text[s:e], label) for s, e, label in spans}
    assert found == {("AmSouth Bancorp Inc", "ORG"), ("Baker", "ORG"), ("Muller", "PERSON")}
    assert [text[s:e] for s, e in unsure] == ["Baker"]  # "Baker" of "Baker Hughes": another name's part


def test_training_rehearses_the_original_labels_around_the_gold_names():
    import spacy

    nlp = spacy.load(MODEL)
    text = "NEW YORK, April 1 - Upland Minerals and Chemicals Corp said it agreed to acquire Consolidated Brazilian " \
           "Mines International Inc, a public company with properties in Brazil."
    names = [("Upland Minerals and Chemicals Corp", "ORG"), ("Consolidated Brazilian Mines International Inc", "ORG")]
    spans, unsure = ner._find(text, names)
    (example,) = ner.examples(nlp, [ner.Annotated(text, spans, unsure, "docs")])
    ents = {(e.text, e.label_) for e in example.reference.ents}
    assert ("Consolidated Brazilian Mines International Inc", "ORG") in ents
    assert ("Upland Minerals and Chemicals Corp", "ORG") in ents
    assert ("Brazil", "GPE") in ents  # the original model's place, kept so that it is not forgotten
