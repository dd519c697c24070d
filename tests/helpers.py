"""Small helpers shared by tests: run a pipeline to records, build odd inputs."""

from __future__ import annotations

from pathlib import Path

from keiretsu.clean import CleanStep
from keiretsu.ingest import ReadStep, expand_inputs
from keiretsu.models import Document, EntityKind, ObservationRow, RawDocument, Skipped
from keiretsu.settings import Settings

ARTICLE = (
    "Nissan Motor Co Ltd said on Thursday it was in talks with Honda Motor Co about a partnership "
    "on electric vehicles, including joint procurement and a shared platform."
)


def read(path: str | Path, settings: Settings | None = None) -> list[RawDocument | Skipped]:
    settings = settings or Settings()
    return list(ReadStep(settings).run(expand_inputs([str(path)])))


def read_clean(path: str | Path, settings: Settings | None = None) -> list[Document | Skipped]:
    settings = settings or Settings()
    return list(CleanStep(settings).run(ReadStep(settings).run(expand_inputs([str(path)]))))


def docs(records):
    return [r for r in records if not isinstance(r, Skipped)]


def skips(records):
    return [r for r in records if isinstance(r, Skipped)]


def companies(rules, text: str) -> set[str]:
    """The company names ``rules`` (a ``RuleExtractor``) finds in one text."""
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def found(rules, text: str) -> dict[tuple[str, str, str], str]:
    """(type, source, target) -> status of every relationship ``rules`` finds in one text."""
    [ex] = rules.extract([(1, text)])
    return {m.key: m.status.value for m in ex.mentions}


def roles(rules, text: str) -> dict[tuple[str, str], tuple]:
    """(person, company) -> (title, status) of every role ``rules`` finds in one text."""
    [ex] = rules.extract([(1, text)])
    return {(m.source, m.target): (m.attributes.get("title"), m.status) for m in ex.mentions
            if m.type.value == "role"}


def people(rules, text: str) -> set[str]:
    """The person names ``rules`` (a ``RuleExtractor``) finds in one text."""
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.PERSON}


def observation_row(mid: int, status: str, published: str, cues: str, sentence: str,
                    rtype: str = "acquisition") -> ObservationRow:
    """A mention as the graph stage reads it from the store, between companies 1 and 2."""
    return ObservationRow(rtype, 1, 2, "", mid, mid, mid, status, "{}", 0.7, published, None, cues, sentence)


def statuses(rel) -> list[str]:
    return [h.status.value for h in rel.history]


def mention_statuses(rules, text: str) -> dict[tuple[str, str, str], list[str]]:
    """The statuses of each relationship's mentions in a text, in the order they are written."""
    [ex] = rules.extract([(1, text)])
    out: dict[tuple[str, str, str], list[str]] = {}
    for m in sorted(ex.mentions, key=lambda m: m.start):
        out.setdefault(m.key, []).append(m.status.value)
    return out
