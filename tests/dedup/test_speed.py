"""What makes the dedup stage fast is exact: the compiled and batched checks decide as the plain
Python ones do, the rewritten text functions split and fold as the plain regexes did, and a
bucket stored only up to full pairs what the whole bucket would."""

from __future__ import annotations

import random
import re

import numpy as np

from keiretsu.dedup.paraphrase import (
    ParaphraseSettings,
    analyse,
    comparable,
    document_similarity,
    may_cover,
    same_facts,
    substantive,
    worth_aligning,
)
from keiretsu.dedup.step import NEAR, DedupSettings, Deduplicator, _Stories, digest
from keiretsu.dedup.text import _ABBREV, _WORD_WINDOW, Sentence, content_words, split_sentences

WORDS = ("Acme Corp Delta Gamma Inc. U.S. buys sells stake shares rose fell profit quarter deal talks bank "
         "rate 5 10 15 1,000 5% pct two million mln").split()


def documents(rng: random.Random, n: int) -> list[str]:
    def sentence() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))) + rng.choice([". ", "! ", "? ", "\n"])

    return ["".join(sentence() for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_batched_paraphrase_checks_decide_as_document_similarity():
    rng, cfg = random.Random(7), ParaphraseSettings()
    texts = documents(rng, 240)
    stories = _Stories([digest(analyse(t), cfg) for t in texts], np.array([], dtype=np.int64))
    pairs = np.array([(i, j) for i in range(0, 240, 2) for j in range(i + 1, min(240, i + 30))], dtype=np.int64)
    a, b = pairs[:, 0], pairs[:, 1]
    worth = worth_aligning(comparable(stories.counts[a], cfg), comparable(stories.counts[b], cfg),
                           stories.facts("numbers", pairs), stories.facts("names", pairs))
    kept = worth.copy()
    kept[worth] = may_cover(*stories.alignments(pairs[worth], cfg), cfg)
    analysed = [analyse(t) for t in texts]
    linked = [document_similarity(analysed[i], analysed[j], cfg) >= cfg.document_coverage for i, j in pairs.tolist()]
    assert kept.tolist() == linked
    assert 10 < sum(linked) < len(linked) - 10  # both ways, often
    plain = [comparable(len(substantive(analysed[i], cfg)), cfg) and comparable(len(substantive(analysed[j], cfg)), cfg)
             and same_facts(substantive(analysed[i], cfg), substantive(analysed[j], cfg)) for i, j in pairs.tolist()]
    assert worth.tolist() == plain


def test_near_copies_need_the_same_facts_as_same_facts_says(store):
    rng, cfg = random.Random(3), DedupSettings()
    texts = {i: t for i, t in enumerate(documents(rng, 120), 1)}
    pairs = [(i, j) for i in range(1, 121) for j in range(i + 1, min(121, i + 12))]
    found = Deduplicator(store, cfg)._same_facts(pairs, texts)
    assert found == [same_facts(analyse(texts[i]), analyse(texts[j])) for i, j in pairs]
    assert 0 < sum(found) < len(found)


# The plain forms of what text.py does faster: splitting after a look-behind, and folding each token.
_PLAIN_BOUNDARY = re.compile(r"""(?<=[.!?])["')\]]*\s+(?=["'(\[]?\w)|\n+""")
_PLAIN_LAST_WORD = re.compile(r"([\w.]+)\W*$")


def plain_split(text: str) -> list[Sentence]:
    pos, pieces = 0, []
    for m in _PLAIN_BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0):
            last = _PLAIN_LAST_WORD.search(text, max(pos, m.start() - _WORD_WINDOW), m.start())
            if last and last.group(1).rstrip(".").lower() in _ABBREV:
                continue
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    out = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end]))
    return out


def plain_content_words(text: str) -> frozenset[str]:
    from keiretsu.dedup.text import _MONTHS, _NUMBER_WORDS, STOPWORDS, _stemmer

    out = set()
    for token in re.findall(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+", text.lower().replace("%", " percent")):
        if token[0].isdigit():
            out.add(token.replace(",", ""))
        elif token in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[token])
        else:
            token = _MONTHS.get(token, token)
            token = "percent" if token in ("pct", "per") else token
            if token not in STOPWORDS and len(token) >= 2:
                out.add(_stemmer.stemWord(token))
    return frozenset(out)


def test_sentences_and_content_words_are_those_of_the_plain_regexes():
    rng = random.Random(11)
    alphabet = list("aZ .!?\"')]([\n\t%,5/-_") + ["İ", "Σ", "ς", "é", "ß", "²", "\u00a0", "\u2028", "Inc.", "U.S.",
                                                  "e.g.", "Mr.", "Feb.", " no. ", "pct", "per"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += documents(rng, 200) + [t.replace(" ", "%") for t in documents(rng, 100)]
    for text in texts:
        assert split_sentences(text) == plain_split(text), text
        assert content_words(text) == plain_content_words(text), text


def test_a_full_bucket_keeps_its_first_members_and_pairs_as_the_whole_bucket(store):
    """Buckets stored up to ``max_bucket + 1`` members pair new documents as whole buckets would."""
    rng, cfg = random.Random(5), DedupSettings(max_bucket=4)
    dedup = Deduplicator(store, cfg)
    whole: dict[int, list[int]] = {}  # every member, once, as the plain index kept them
    doc = 0
    for _ in range(6):
        ids = list(range(doc + 1, doc + 1 + rng.randint(1, 12)))
        doc = ids[-1]
        keys = rng.choices(range(9), k=len(ids) * 3)
        keys = np.array(keys, dtype=np.int64).reshape(len(ids), 3)
        valid = np.array([rng.random() > 0.1 for _ in ids])
        pairs, rows = dedup._candidates(NEAR, ids, keys, valid)
        expected, batch = set(), {}
        for d, row, ok in zip(ids, keys.tolist(), valid):
            for key in row if ok else []:
                bucket = whole.get(key, []) + batch.get(key, [])
                if len(bucket) <= cfg.max_bucket:
                    expected.update((min(d, o), max(d, o)) for o in bucket)
                batch.setdefault(key, []).append(d)
        for key, members in batch.items():
            whole.setdefault(key, []).extend(d for d in dict.fromkeys(members) if d not in whole[key])
        assert [tuple(p) for p in pairs.tolist()] == sorted(expected)
        store.write_dedup_batch([], rows, [])
    stored = store.bucket_members(NEAR, list(range(9)))
    assert max(sum(1 for k, _ in stored if k == key) for key in range(9)) == cfg.max_bucket + 1
    assert sorted(d for k, d in stored if k == 0) == sorted(whole.get(0, []))[: cfg.max_bucket + 1]
