"""Domain types: the only currency between pipeline stages.

Records flow ``ingest`` -> ``clean`` -> ``store``. A stage that cannot use a
record passes a :class:`Skipped` in its place, so that one bad record is
reported and the rest of the stream goes on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class DateSource(StrEnum):
    """Where a document's publication date came from."""

    METADATA = "metadata"  # a field, a feed entry, HTML meta tags
    TEXT = "text"  # a date header or dateline inside the text
    NONE = "none"  # unknown; never filled with the ingestion date


class Format(StrEnum):
    """How a record's raw text is written; decides how it is cleaned."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"  # a whole page: boilerplate is removed
    HTML_FRAGMENT = "html-fragment"  # a feed entry's body: markup only


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning."""

    raw_text: str
    format: Format
    location: str  # where it was read: file, line, record, archive member
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601, from metadata only
    retrieved: str | None = None  # ISO 8601 crawl/fetch time; bounds yearless datelines


@dataclass(slots=True)
class Document:
    """A cleaned document, ready to store."""

    raw_text: str
    clean_text: str
    format: Format
    location: str
    content_hash: str  # of the clean text
    external_id: str | None
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    date_source: DateSource
    retrieved: str | None = None
    cleaning: dict[str, Any] = field(default_factory=dict)  # what cleaning removed, and why

    @property
    def origin_key(self) -> str:
        """With the content hash, what makes two records the same document.

        The same text from another outlet (another id or url) is a copy worth
        keeping as evidence of reach; the same text from the same place is not.
        """
        return self.external_id or self.url or ""


@dataclass(slots=True, frozen=True)
class Skipped:
    """A record (or whole input) that could not be used, and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


Record = RawDocument | Document | Skipped


class EntityKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class RelationType(StrEnum):
    """Relationship types of ``schema.md``; the values are the output strings."""

    ALLIANCE = "alliance"
    JOINT_VENTURE = "joint_venture"
    SUPPLY = "supply"
    LICENSING = "licensing"
    STAKE = "stake"
    INVESTMENT = "investment"
    ACQUISITION = "acquisition"
    MERGER = "merger"
    DIVESTMENT = "divestment"
    ROLE = "role"

    @property
    def directed(self) -> bool:
        return RELATION_TYPES[self].directed

    @property
    def spec(self) -> TypeSpec:
        return RELATION_TYPES[self]


@dataclass(frozen=True, slots=True)
class TypeSpec:
    """How one relationship type reads, is drawn and is asked for. Every consumer looks here: the
    LLM prompt and its answer schema, story titles, exports, ``/api/schema`` and the web page's colours."""

    directed: bool
    ends: tuple[str, str]  # what the source and the target are: ("supplier", "customer")
    meaning: str  # as ``schema.md`` says it; the LLM is told this
    attributes: tuple[str, ...]  # names from ``ATTRIBUTES``
    label: str  # in a sentence: "Honda and Nissan: supply deal, agreed"
    colour: str  # CSS colour of its edges and badges

    def prompt_line(self, rtype: str) -> str:
        """Its line in the LLM prompt: "supply (supplier -> customer): one supplies ...; topics"."""
        ends = "undirected" if not self.directed else f"{self.ends[0]} -> {self.ends[1]}"
        attrs = f"; attributes: {', '.join(self.attributes)}" if self.attributes else ""
        return f"- {rtype} ({ends}): {self.meaning}{attrs}"


#: Every attribute a relationship may carry, in the order exports write them, with its kind:
#: "number", "text", "texts" (a list of text) or the values it takes.
ATTRIBUTES: dict[str, str | tuple[str, ...]] = {
    "venture": "text", "percent": "number", "amount": "number", "currency": "text", "unit": "text",
    "title": "text", "change": ("increase", "decrease"), "topics": "texts",
}

#: The relationship types of ``schema.md``, in its order. Adding a type is a member of
#: ``RelationType``, a row here and its rules (``extract/relations``).
RELATION_TYPES: dict[RelationType, TypeSpec] = {
    RelationType.ALLIANCE: TypeSpec(
        False, ("partner", "partner"), "cooperation without a new joint entity: alliance, partnership, "
        "collaboration, co-development, platform or technology sharing, joint procurement", ("topics",),
        "alliance", "#2451b7"),
    RelationType.JOINT_VENTURE: TypeSpec(
        False, ("owner", "owner"), "a new entity owned jointly", ("venture", "topics"), "joint venture", "#7b3fb5"),
    RelationType.SUPPLY: TypeSpec(
        True, ("supplier", "customer"), "one supplies parts, technology or services to the other", ("topics",),
        "supply deal", "#0f8a6a"),
    RelationType.LICENSING: TypeSpec(
        True, ("licensor", "licensee"), "licence of technology, brand or IP", ("topics",), "licensing deal",
        "#2a9bb0"),
    RelationType.STAKE: TypeSpec(
        True, ("owner", "owned"), "equity holding", ("percent", "change"), "stake", "#c2410c"),
    RelationType.INVESTMENT: TypeSpec(
        True, ("investor", "investee"), "money put in (round, capital injection, investment in a unit)",
        ("amount", "currency", "unit"), "investment", "#b7791f"),
    RelationType.ACQUISITION: TypeSpec(
        True, ("acquirer", "target"), "takeover, purchase, bid", ("amount", "currency", "percent"), "acquisition",
        "#c0262d"),
    RelationType.MERGER: TypeSpec(False, ("party", "party"), "two become one", (), "merger", "#8b1e5f"),
    RelationType.DIVESTMENT: TypeSpec(
        True, ("seller", "asset or buyer"), "sale of a stake or unit", ("percent", "amount"), "sale", "#6b7280"),
    RelationType.ROLE: TypeSpec(
        True, ("person", "company"), "office held, such as CEO or Chairman", ("title",), "leadership", "#4b5563"),
}


class Status(StrEnum):
    """Where a relationship stands, from speculation to its end (``schema.md``)."""

    RUMOURED = "rumoured"
    PROPOSED = "proposed"
    IN_TALKS = "in_talks"
    AGREED = "agreed"
    ACTIVE = "active"
    ENDED = "ended"
    CALLED_OFF = "called_off"


@dataclass(slots=True, frozen=True)
class EntityMention:
    """A company or person named in a sentence, with its canonical name."""

    kind: EntityKind
    name: str  # canonical: "Nissan" for "Nissan Motor Co., Ltd."
    text: str  # as written, or the descriptive reference resolved ("the French automaker")
    start: int  # character span in the document's clean text
    end: int


@dataclass(slots=True)
class Mention:
    """One sentence's statement of a relationship: the unit of evidence.

    Undirected types order ``source`` and ``target`` alphabetically by canonical name.
    """

    type: RelationType
    source: str
    target: str
    status: Status
    sentence: str
    start: int  # the sentence's character span in the document's clean text
    end: int
    source_kind: EntityKind = EntityKind.COMPANY
    attributes: dict[str, Any] = field(default_factory=dict)
    trigger: str = ""  # the words that state the relationship ("agreed to buy")
    cues: list[str] = field(default_factory=list)  # the words that set the status ("reportedly")
    confidence: float = 0.5
    extractor: str = "rules"

    def __post_init__(self) -> None:
        if not self.type.directed and self.target.casefold() < self.source.casefold():
            self.source, self.target = self.target, self.source

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type.value, self.source, self.target)

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value, "source": self.source, "target": self.target, "status": self.status.value,
            "source_kind": self.source_kind.value, "attributes": self.attributes, "sentence": self.sentence,
            "start": self.start, "end": self.end, "trigger": self.trigger, "cues": self.cues,
            "confidence": self.confidence, "extractor": self.extractor,
        }


@dataclass(slots=True)
class Extraction:
    """What extraction found in one document."""

    doc_id: int
    entities: list[EntityMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sentences: int = 0  # sentences in the document
    parsed: int = 0  # sentences the expensive pass ran on


# --- the graph ------------------------------------------------------------------------------


class RelationshipKey(NamedTuple):
    """What makes one relationship: a joint venture is told apart by its name, others by their ends."""

    type: str
    source_id: int
    target_id: int
    venture: str


class ObservationRow(NamedTuple):
    """One mention as a store hands it to the graph to weigh (``Store.observation_rows``)."""

    type: str
    source_id: int
    target_id: int
    venture: str
    mention_id: int
    doc_id: int
    unit: int  # the duplicate cluster, else the document itself
    status: str
    attributes: str  # JSON
    confidence: float
    published: str | None  # YYYY-MM-DD, with the time of day where the document gives it
    times: str | None  # the stored form of what the sentence says about time; None: not read yet
    cues: str  # JSON
    sentence: str | None  # only with a mention whose ``times`` are not read yet

    @property
    def key(self) -> RelationshipKey:
        return RelationshipKey(self.type, self.source_id, self.target_id, self.venture)


TERMINAL = frozenset({Status.ENDED, Status.CALLED_OFF})
WEAK = frozenset({Status.RUMOURED, Status.PROPOSED})
# How far along the lifecycle a status is; breaks ties between statuses reported together.
STAGE = {s: i for i, s in enumerate(Status)}


@dataclass(slots=True)
class Observation:
    """A mention as the graph weighs it: what it says, when, and from which independent story."""

    mention_id: int
    doc_id: int
    unit: int  # the independent story: the document's duplicate cluster, else the document itself
    status: Status
    attributes: dict[str, Any]
    confidence: float
    reported: str | None  # publication date of the document (YYYY-MM-DD)
    valid: str | None = None  # when the text says it happened; None: the report date stands in
    expected: str | None = None  # a date still to come that the text gives ("as early as February 1")
    implied: bool = False  # not said outright: an "active" start implied by "the two-decade-old alliance"
    explicit: bool = True  # a status word set the status ("finalising"), not tense or a bare "will"
    conditional: bool = False  # only a conditional set it ("would", "could", "may"): no step of its own
    reopened: bool = False  # the sentence says the deal was reopened ("resume talks", "renegotiate")
    undated: bool = False  # the sentence gives a date that cannot be resolved: no valid time, not a guess
    done: bool = False  # the sentence tells a deal as done ("has sold"), not only names it ("the sale of")
    before: Status | None = None  # of an end, the stage it ended ("withdrew its bid": proposed); None: not said
    held: bool = False  # a holding in force before its story ("which already holds 17.4 pct"), undated
    settled: bool = False  # a deal in force said to be announced before ("completed the previously announced sale")
    at: str | None = None  # when it was reported, to the second where the document says ("1987-03-09T15:02:02")
    bid: bool = False  # a deal in force said done by a bid ("completed a tender offer for X"): an offer before
    named: bool = False  # of a stake, told only by the noun of its purchase ("X's purchase of a 13 pct stake in Y")
    opened: str | None = None  # of an end, when the stage it ended began: "pursuant to a Jan 27 letter of intent"

    @property
    def time(self) -> str | None:
        return self.valid or self.reported


@dataclass(slots=True)
class StatusChange:
    """One entry of a relationship's status history."""

    status: Status
    valid_from: str | None  # valid time: ISO date, truncated to what the text gives ("1999")
    first_reported: str | None  # reported time: the first publication that said it
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[int] = field(default_factory=list)  # mention ids
    sources: int = 0  # independent stories that said it
    expected: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status.value, "valid_from": self.valid_from, "first_reported": self.first_reported,
                "attributes": self.attributes, "evidence": self.evidence, "sources": self.sources,
                **({"expected": self.expected} if self.expected else {})}


@dataclass(slots=True)
class Relationship:
    """All mentions of one (type, source, target[, venture]) weighed into one edge."""

    type: RelationType
    source_id: int
    target_id: int
    venture: str = ""
    status: Status = Status.ACTIVE
    attributes: dict[str, Any] = field(default_factory=dict)
    valid_from: str | None = None
    valid_to: str | None = None  # when it ended or was called off
    first_reported: str | None = None
    last_reported: str | None = None
    mentions: int = 0  # every sentence in every copy
    independent_sources: int = 0  # distinct stories after duplicate and paraphrase removal
    confidence: float = 0.0
    history: list[StatusChange] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # reports that disagree, kept visible

    @property
    def key(self) -> RelationshipKey:
        return RelationshipKey(self.type.value, self.source_id, self.target_id, self.venture)

    def record(self) -> RelationshipRecord:
        """This relationship as a store writes it, encoded where it was weighed (in a worker), so
        that encoding costs the single writer nothing."""
        values = (self.status.value, json.dumps(self.attributes) if self.attributes else "{}", self.valid_from,
                  self.valid_to, self.first_reported, self.last_reported, self.mentions, self.independent_sources,
                  self.confidence, json.dumps(self.conflicts) if self.conflicts else "[]")
        history = [(i, h.status.value, h.valid_from, h.first_reported, h.expected,
                    json.dumps(h.attributes) if h.attributes else "{}", _ids_json(h.evidence), h.sources)
                   for i, h in enumerate(self.history)]
        return (self.type.value, self.source_id, self.target_id, self.venture), values, history


def _ids_json(ids: list[int]) -> str:
    """``json.dumps`` of a list of ints, without the encoder's machinery: one call per history entry."""
    return f"[{', '.join(map(str, ids))}]"


# What ``Store.write_relationships`` takes for one relationship (``Relationship.record``): its key;
# its stored columns besides the key, in the table's order (status, attributes as JSON, valid_from,
# valid_to, first_reported, last_reported, mentions, independent_sources, confidence, conflicts as
# JSON); and its history rows (seq, status, valid_from, first_reported, expected, attributes and
# evidence (mention ids) as JSON, sources). Plain tuples, not named ones: a build's workers pickle
# every record to the writer, and named tuples cost twice as much to pickle and to unpickle.
RelationshipRecord = tuple[tuple[str, int, int, str], tuple, list[tuple]]


@dataclass(slots=True)
class Story:
    """Documents about one happening, grouped across time."""

    id: int  # the smallest document id in it: the same however the graph was built
    title: str
    doc_ids: list[int]
    units: int  # independent stories (duplicate clusters) among the documents
    first: str | None
    last: str | None
    companies: list[str] = field(default_factory=list)
