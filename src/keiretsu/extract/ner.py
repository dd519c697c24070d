"""The fine-tuned entity recogniser (issue 15 item 4): en_core_web_sm's ``ner`` trained again on the companies
and people of labelled Reuters documents and FIRE half A, rehearsed on the original model's other labels.

In en_core_web_sm the ``ner`` has its own tok2vec (no listener of the shared one), so its weights swap in
alone: the tagger and parser are untouched and extraction costs the same. ``KEIRETSU_NER`` picks the
weights: ``none`` keeps the original ``ner``, a folder loads that one, and unset loads :data:`NER_DIR`
when :data:`DEFAULT_ON` says the fine-tuned one ships.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, KeiretsuError
from ..settings import Settings
from .training import detokenize, fire_half, fire_names

NER_DIR = Path(__file__).parent / "data" / "ner"
REBUILD = "keiretsu train ner --out src/keiretsu/extract/data/ner"
#: Off: measured on dev, dev2, dev5 and dev6 the fine-tuned ``ner`` did not raise companies and relationships
#: together (README, "A fine-tuned entity recogniser"); ``KEIRETSU_NER=src/keiretsu/extract/data/ner`` tries it.
DEFAULT_ON = False

#: Honorifics open an alias ("Mr. Muller") but OntoNotes' PERSON starts after them.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Dame)\.?\s+")
#: A legal ending after a labelled name belongs to OntoNotes' ORG span ("AmSouth Bancorp Inc").
_LEGAL = re.compile(r"^,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|LP|L\.P|SA|S\.A|AG|NV|N\.V|Cos|Corporation|"
                    r"Incorporated|Limited|Company)\b\.?")
_CAPITALISED_NEXT = re.compile(r"^[ -][A-Z][\w&'-]*")


@dataclass
class Annotated:
    """A text and its gold spans (start, end, label); ``unsure`` spans are left unlabelled (missing) in training."""

    text: str
    spans: list[tuple[int, int, str]]
    unsure: list[tuple[int, int]]
    source: str


def _find(text: str, names: list[tuple[str, str]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Every whole-word occurrence of the labelled names, longest first; a company name that runs on into
    another capitalised word ("Baker" of "Baker Hughes" unlabelled) is a part of an unknown name: unsure."""
    taken = [False] * len(text)
    spans, unsure = [], []
    for name, label in sorted(set(names), key=lambda x: -len(x[0])):
        for m in re.finditer(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])", text):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            if label == "ORG" and (legal := _LEGAL.match(text[end:])):
                end += legal.end()
            elif _CAPITALISED_NEXT.match(text[end:]) or (
                    label == "ORG" and re.search(r"[A-Z][\w&'-]* $", text[max(0, start - 30):start])):
                unsure.append((start, end))
                continue
            for k in range(start, end):
                taken[k] = True
            spans.append((start, end, label))
    return spans, unsure


def _names(entries: list[dict], label: str) -> list[tuple[str, str]]:
    out = []
    for e in entries:
        for n in [e["name"], *e.get("aliases", [])]:
            n = _HONORIFIC.sub("", n).strip()
            if len(n) > 1:
                out.append((n, label))
    return out


def read_docs(path: Path) -> list[Annotated]:
    """A labelled documents file (eval/docs/README.md): each text with its names found (not the title: Reuters
    writes it in capitals, where a name is no name's string)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        names = _names(row.get("companies", []), "ORG") + _names(row.get("people", []), "PERSON")
        spans, unsure = _find(row["text"], names)
        out.append(Annotated(row["text"], spans, unsure, "docs"))
    return out


def fire_fold(text: str) -> int:
    """A fifth of FIRE half A (fold 0) is held out to choose the epochs and measure the model."""
    return hashlib.sha256(("ner1:" + text).encode("utf-8")).digest()[0] % 5


def read_fire_spans(path: Path) -> list[Annotated]:
    """FIRE half A (never half B): its Company and Person spans, a company's alias in brackets ("Opteum Financial
    Services, LLC (OFS)") marked as two names; its business units ("Server and Tools") left unlabelled, as
    keiretsu's labels name a unit only where it does business under its name."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read FIRE ({exc.strerror})") from exc
    out = []
    for row in rows:
        tokens = row["tokens"]
        text = detokenize(tokens)
        if fire_half(text) != "A":
            continue
        spans, unsure = [], []
        for e in row["entities"]:
            label = "ORG" if e["type"] == "Company" else "PERSON" if e["type"] == "Person" else None
            ent = detokenize(tokens[e["start"]:e["end"]])
            begin = text.find(ent, len(detokenize(tokens[:e["start"]])))
            if begin < 0 or e["type"] == "BusinessUnit":
                if begin >= 0:
                    unsure.append((begin, begin + len(ent)))
                continue
            if label is None:
                continue
            if label == "PERSON" and (title := _HONORIFIC.match(ent)):
                begin, ent = begin + title.end(), ent[title.end():]
            names = fire_names(ent)
            after = 0
            for name in (names[1:] if label == "ORG" and len(names) > 1 else [ent]):
                at = ent.find(name, after)
                if at >= 0:
                    spans.append((begin + at, begin + at + len(name), label))
                    after = at + len(name)
        out.append(Annotated(text, spans, unsure, "fire"))
    return out


def examples(nlp, items: list[Annotated]):
    """spaCy Examples: gold ORG and PERSON, the original model's other entities where they overlap no gold
    span (rehearsal, so that GPE, DATE, MONEY... are not forgotten), its ORG and PERSON too where no gold span
    is (bodies, exchanges: a text's labels name every company, but not every organisation; dropping its other
    PERSON spans made the model name places and people companies)."""
    import warnings

    from spacy.training import Example, offsets_to_biluo_tags

    warnings.filterwarnings("ignore", message=r"\[W030\]")  # a name split inside a token: left unlabelled
    out = []
    for item, doc in zip(items, nlp.pipe([i.text for i in items], batch_size=64), strict=True):
        gold = [(s, e, lab) for s, e, lab in item.spans]
        blocked = [(s, e) for s, e, _ in gold] + item.unsure
        for ent in doc.ents:
            if any(ent.start_char < e and s < ent.end_char for s, e in blocked):
                continue
            gold.append((ent.start_char, ent.end_char, ent.label_))
        tags = offsets_to_biluo_tags(doc, sorted(gold))
        for s, e in item.unsure:
            for tok in doc.char_span(s, e, alignment_mode="expand") or []:
                tags[tok.i] = "-"
        out.append(Example.from_dict(nlp.make_doc(item.text), {"entities": tags}))
    return out


def span_f1(nlp, items: list[Annotated]) -> dict[str, float]:
    """ORG and PERSON exact-span F1 of a pipeline on held-out annotated texts (unsure spans not counted)."""
    tp = fp = fn = 0
    for item, doc in zip(items, nlp.pipe([i.text for i in items], batch_size=64), strict=True):
        gold = {(s, e, lab) for s, e, lab in item.spans}
        found = {(x.start_char, x.end_char, x.label_) for x in doc.ents if x.label_ in ("ORG", "PERSON")
                 and not any(x.start_char < e and s < x.end_char for s, e in item.unsure)}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def train(nlp, train_items: list[Annotated], held_items: list[Annotated], *, epochs: int, seed: int,
          learn_rate: float, report=print) -> tuple[int, dict[str, float]]:
    """Fine-tune ``nlp``'s ner in place, keeping the epoch of best held-out span F1 (0: the original)."""
    import random

    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    fix_random_seed(seed)
    train_ex = examples(nlp, train_items)
    ner = nlp.get_pipe("ner")
    best = (0, span_f1(nlp, held_items), ner.to_bytes())
    report(f"epoch 0 (original): held-out ORG/PERSON span F1 {best[1]['f1']:.3f}")
    optimizer = Adam(learn_rate)
    rng = random.Random(seed)
    for epoch in range(1, epochs + 1):
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        with nlp.select_pipes(enable=["ner"]):
            for batch in minibatch(train_ex, size=16):
                nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        score = span_f1(nlp, held_items)
        report(f"epoch {epoch}: loss {losses.get('ner', 0):.0f}, held-out span F1 {score['f1']:.3f} "
               f"(P {score['precision']:.3f} R {score['recall']:.3f})")
        if score["f1"] > best[1]["f1"]:
            best = (epoch, score, ner.to_bytes())
    ner.from_bytes(best[2])
    return best[0], best[1]


def ner_dir() -> Path | None:
    """The fine-tuned weights to load, or None for the original ``ner``."""
    chosen = Settings.from_env().ner or ""
    if chosen.lower() == "none" or (not chosen and not DEFAULT_ON):
        return None
    return Path(chosen) if chosen else NER_DIR


def _broken(path: Path, why: str) -> KeiretsuError:
    return KeiretsuError(f"the fine-tuned NER {str(path)!r} is {why}; rebuild it with `{REBUILD}` "
                         "or set KEIRETSU_NER=none")


def check() -> None:
    """Told at start-up, before any worker loads spaCy: the chosen weights' folder holds its files."""
    if (path := ner_dir()) and not all((path / part).is_file() for part in ("cfg", "model", "moves")):
        raise _broken(path, "missing")


def apply(nlp, path: Path):
    """Swap the fine-tuned ``ner`` weights into a loaded en_core_web_sm."""
    try:
        nlp.get_pipe("ner").from_disk(path)
    except (OSError, ValueError, KeyError) as exc:
        raise _broken(path, f"missing or broken ({exc.__class__.__name__})") from exc
    return nlp
