"""``keiretsu train``: the models keiretsu ships, made again from the labelled files."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import InputError
from ..eval.extract import L2, MIN_COUNT, VETO
from .app import app, out

train_app = typer.Typer(help="Train the models keiretsu ships, on labelled data.", no_args_is_help=True)
app.add_typer(train_app, name="train")

_CORPORA = Path("../shared/corpora")
_SENTENCES = [Path("eval/extract/dev.jsonl"), Path("eval/extract/dev2.jsonl"), Path("eval/extract/train-reuters.jsonl")]
#: Every real labelled training split (550 Reuters train stories): the thresholds are cross-validated over them.
DOCS = [Path("eval/docs/train.jsonl"), Path("eval/docs/train2.jsonl"), Path("eval/docs/train3.jsonl"),
        Path("eval/docs/train4.jsonl"), Path("eval/docs/train5.jsonl"), Path("eval/docs/train6.jsonl")]
#: The entity recogniser's recipe (NER1, 2026-12-06): trained on train and train2, its epoch chosen on train3.
_NER_DOCS, _NER_HELD = DOCS[:2], DOCS[2:3]

_FIRE = "FIRE: Hamad et al., FIRE: A Dataset for FInancial Relation Extraction, NAACL 2024 Findings (CC BY 4.0)"
_KNOWLEDGENET = ("KnowledgeNet: Mesquita et al., KnowledgeNet: A Benchmark Dataset for Knowledge Base Population, "
                 "EMNLP-IJCNLP 2019 (CC BY-SA 4.0)")


def _number(text: str, option: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise InputError(option, f"{text!r} is no number") from None


def _allowed(path: Path, what: str, held_out: tuple[str, ...]) -> Path:
    """Held-out files never train a model: its figures on them would mean nothing."""
    if any(word in path.name for word in held_out):
        raise InputError(str(path), f"held out for evaluation: never train on it ({what})")
    return path


@train_app.command("relations")
def train_relations_cmd(
    docs: Annotated[list[Path], typer.Option(
        help="Real labelled documents, JSONL (eval/docs/README.md); repeat for several. Never dev or test.")] = DOCS,
    gold: Annotated[list[Path], typer.Option(
        help="Labelled sentences, JSONL (format: keiretsu.eval.extract); repeat for several. Never test.")] = _SENTENCES,
    fire: Annotated[str, typer.Option(
        help="FIRE's recovered train split (CC BY 4.0), or none: its half A only (half B measures the model). "
             "Never its dev or test split.")] = str(
        _CORPORA / "fire/fire_train_recovered.json"),
    knowledgenet: Annotated[str, typer.Option(
        help="KnowledgeNet's training folds (CC BY-SA 4.0), or none: their part T only (H and fold 4 "
             "measure the model).")] = str(
        _CORPORA / "knowledgenet/knowledgenet_train_facts.jsonl"),
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the model (JSON).")] = Path("relations.json"),
    l2: Annotated[float, typer.Option(min=0.0, help="L2 penalty (1/C).")] = L2,
    min_count: Annotated[int, typer.Option(
        min=1, help="Leave out the features seen in fewer training examples than this.")] = MIN_COUNT,
    folds: Annotated[int, typer.Option(min=2, help="Cross-validation folds of the documents.")] = 5,
    threshold: Annotated[str, typer.Option(
        help="What a tie the rules did not make must score to be added (0.20, 0.25, ... 0.80, 0.90, 1.00: "
             "never), or cv for the cross-validated choice.")] = "cv",
    veto: Annotated[str, typer.Option(
        help="Under what score a tie the rules are unsure of is dropped (0.00: never, 0.05, ... 0.80), cv for "
             "the cross-validated choice, or same for --threshold both ways.")] = "cv" if VETO is None else f"{VETO:.2f}",
    role_threshold: Annotated[str, typer.Option(
        help="What a role the rules did not give must score to be added (0.30, 0.35, ... 0.90, 1.00: never), or cv "
             "for the cross-validated choice (over the documents and KnowledgeNet's passages).")] = "cv",
) -> None:
    """Fit the relation classifier on labelled documents, sentences, FIRE and KnowledgeNet;
    cross-validated over the real documents, whose figures are printed and kept in the model's "about";
    the threshold to add is the cross-validated one unless --threshold says otherwise. The shipped model is made by
    `keiretsu train relations --out src/keiretsu/extract/data/relations.json` in the repository
    (a few minutes on one core). Try another with KEIRETSU_RELATION_MODEL=FILE or
    `keiretsu eval docs --relation-model FILE`."""
    from ..eval.extract import train_relations
    from ..extract.gazetteer import Gazetteer
    from ..extract.rules import RuleExtractor
    from ..extract.training import read_documents, read_fire, read_knowledgenet, read_sentences

    started = time.monotonic()
    gaz = Gazetteer.default()
    items = []
    for path in docs:
        items += read_documents(_allowed(path, "--docs", ("dev", "test")), gaz)
    for path in gold:
        items += read_sentences(_allowed(path, "--gold", ("test",)), gaz)
    if fire != "none":
        items += read_fire(_allowed(Path(fire), "--fire", ("dev", "test")), gaz)
    if knowledgenet != "none":
        items += read_knowledgenet(_allowed(Path(knowledgenet), "--knowledgenet", ("test",)), gaz)
    with out.status(f"reading {len(items):,} labelled texts and fitting..."):
        report = train_relations(items, lambda finder: RuleExtractor(relations=finder), folds=folds, l2=l2,
                                 threshold=None if threshold == "cv" else _number(threshold, "--threshold"),
                                 veto=None if veto == "cv" else veto if veto == "same" else _number(veto, "--veto"),
                                 role_threshold=None if role_threshold == "cv" else
                                 _number(role_threshold, "--role-threshold"), min_count=min_count)
    used = [*docs, *gold, *(Path(p) for p in (fire, knowledgenet) if p != "none")]
    report.model.about["files"] = [p.as_posix() for p in used]
    report.model.about["attribution"] = [line for p, line in ((fire, _FIRE), (knowledgenet, _KNOWLEDGENET))
                                         if p != "none"]
    documents = report.items["docs"]
    out.print(f"{folds}-fold cross-validation on {documents:,} real documents:")
    table = Table("add at", "veto under", "precision", "recall", "F1")
    sc = report.rules
    table.add_row("rules alone", "", f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}")
    chosen = (report.model.threshold, report.model.veto)
    # each threshold to add at the veto chosen, and one threshold both ways (the recipe until 2026-12-05)
    for (t, v), sc in sorted(report.folds.items()):
        if v == chosen[1] or t == v:
            mark = " *" if (t, v) == chosen else ""
            table.add_row(f"{t:.2f}{mark}", f"{v:.2f}", f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}")
    out.print(table)
    out.print(f"roles, {folds}-fold cross-validation on the documents and KnowledgeNet's passages (by document):")
    table = Table("add a role at", "precision", "recall", "F1", "added right", "added wrong")
    for r, (sc, added) in sorted(report.roles.items()):
        mark = " *" if r == report.model.role_threshold else ""
        table.add_row(f"{r:.2f}{mark}", f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", str(added.right),
                      str(added.wrong))
    out.print(table)
    read = ", ".join(f"{n:,} {source}" for source, n in report.items.items())
    out.print(f"{read}; {report.candidates:,} candidates, {report.positives:,} true; {report.unreachable:,} "
              f"relationships of the documents had no candidate; {len(report.model.weights):,} weights; "
              f"threshold {report.model.threshold:.2f}, veto {report.model.veto:.2f}, roles "
              f"{report.model.role_threshold:.2f}; {time.monotonic() - started:.0f} s")
    out_path.write_text(report.model.to_json(), encoding="utf-8")
    out.print(f"wrote {escape(str(out_path))}")


@train_app.command("ner")
def train_ner_cmd(
    docs: Annotated[list[Path], typer.Option(
        help="Real labelled documents to train on, JSONL (eval/docs/README.md); repeat for several. Never dev or "
             "test.")] = _NER_DOCS,
    held_docs: Annotated[list[Path], typer.Option(
        help="Labelled documents held out to choose the epoch (with a fifth of FIRE half A).")] = _NER_HELD,
    fire: Annotated[str, typer.Option(
        help="FIRE's recovered train split (CC BY 4.0), or none: its half A only, a fifth of it held out.")] = str(
        _CORPORA / "fire/fire_train_recovered.json"),
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the ner's weights (a folder).")] = Path("ner"),
    epochs: Annotated[int, typer.Option(min=1, help="Epochs to try; the best on the held-out texts is kept.")] = 6,
    learn_rate: Annotated[float, typer.Option(help="Adam's learning rate.")] = 0.0005,
    seed: Annotated[int, typer.Option(help="Random seed (shuffling, dropout, initialisation).")] = 1,
) -> None:
    """Fine-tune en_core_web_sm's ner on the companies and people of labelled documents and FIRE half A,
    rehearsing the original model's other labels; the epoch of best ORG/PERSON span F1 on the held-out texts
    is kept. The shipped weights are made by `keiretsu train ner --out src/keiretsu/extract/data/ner` in the
    repository (a few minutes on one core). Try others with KEIRETSU_NER=FOLDER, or KEIRETSU_NER=none for the
    original ner."""
    import spacy

    from ..extract.names import MODEL
    from ..extract.ner import fire_fold, read_docs, read_fire_spans, train

    started = time.monotonic()
    train_items, held = [], []
    for path in docs:
        train_items += read_docs(_allowed(path, "--docs", ("dev", "test")))
    for path in held_docs:
        held += read_docs(_allowed(path, "--held-docs", ("dev", "test")))
    if fire != "none":
        for item in read_fire_spans(_allowed(Path(fire), "--fire", ("dev", "test"))):
            (held if fire_fold(item.text) == 0 else train_items).append(item)
    nlp = spacy.load(MODEL)
    out.print(f"{len(train_items):,} texts to train on, {len(held):,} held out")
    epoch, score = train(nlp, train_items, held, epochs=epochs, seed=seed, learn_rate=learn_rate, report=out.print)
    nlp.get_pipe("ner").to_disk(out_path)
    out.print(f"kept epoch {epoch} (held-out span F1 {score['f1']:.3f}); wrote {escape(str(out_path))} in "
              f"{time.monotonic() - started:.0f} s")
