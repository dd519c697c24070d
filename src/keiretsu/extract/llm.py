"""Optional extractor: a language model behind any OpenAI-compatible endpoint (vLLM, llama.cpp
server, Ollama), asked for structured output and checked against the schema.

Never the default and never needed offline: ``keiretsu extract --extractor llm --llm-url
http://127.0.0.1:8080/v1 --llm-model NAME`` (or ``KEIRETSU_LLM_URL``, ``KEIRETSU_LLM_MODEL``,
``KEIRETSU_LLM_KEY``). The model gets each document (in pieces of at most ``max_chars``) and must
answer with JSON matching ``RESPONSE_SCHEMA``; items that do not validate (unknown type or
status, a name not in the text, evidence not in the text) are dropped and counted, so a
confused model adds nothing rather than something false. The output is the same
``Extraction`` the rules produce, with every mention anchored to a sentence of the text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..dedup.text import split_sentences
from ..errors import KeiretsuError
from ..models import ATTRIBUTES, RELATION_TYPES, EntityKind, EntityMention, Extraction, Mention, RelationType, Status
from .gazetteer import Gazetteer
from .headlines import add_headline

_TYPES = [t.value for t in RelationType]
_STATUSES = [s.value for s in Status]


def _attribute_schema(kind: str | tuple[str, ...]) -> dict[str, Any]:
    if isinstance(kind, tuple):
        return {"type": "string", "enum": list(kind)}
    return {"number": {"type": "number"}, "text": {"type": "string"},
            "texts": {"type": "array", "items": {"type": "string"}}}[kind]


RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["entities", "relations"],
    "properties": {
        "entities": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["name", "kind"],
            "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["company", "person"]}},
        }},
        "relations": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["source", "target", "type", "status", "evidence"],
            "properties": {
                "source": {"type": "string"}, "target": {"type": "string"},
                "type": {"type": "string", "enum": _TYPES}, "status": {"type": "string", "enum": _STATUSES},
                "evidence": {"type": "string", "description": "the sentence of the text that states it, verbatim"},
                "attributes": {"type": "object", "properties": {
                    name: _attribute_schema(kind) for name, kind in ATTRIBUTES.items()}},
            },
        }},
    },
}

PROMPT = """You extract corporate relationships from business news, following this schema exactly.
Types (directed ones go from the first company to the second):
""" + "\n".join(spec.prompt_line(t.value) for t, spec in RELATION_TYPES.items()) + """
Statuses: rumoured (speculation, unnamed sources), proposed (one party wants it), in_talks
(discussing, nearing, finalising), agreed (signed, announced, approved, not yet in effect), active
(in effect, completed), ended (dissolved, sold, expired), called_off (talks failed, bid withdrawn).
Use company names without legal suffixes. Only what the text states: no relation between two
companies just because they share a sentence; nothing for negated statements. For each relation,
copy the sentence that states it verbatim into evidence. Answer with JSON only."""


@dataclass
class LLMExtractor:
    url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    max_chars: int = 6000
    name: str = "llm"
    dropped: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_env(cls, url: str | None = None, model: str | None = None) -> LLMExtractor:
        url = url or os.environ.get("KEIRETSU_LLM_URL")
        model = model or os.environ.get("KEIRETSU_LLM_MODEL")
        if not url or not model:
            raise KeiretsuError("--extractor llm needs --llm-url and --llm-model (or KEIRETSU_LLM_URL and "
                                "KEIRETSU_LLM_MODEL): an OpenAI-compatible endpoint such as http://127.0.0.1:8080/v1")
        return cls(url.rstrip("/"), model, os.environ.get("KEIRETSU_LLM_KEY"))

    def extract(self, docs: Sequence[tuple[int, str] | tuple[int, str, str]]) -> list[Extraction]:
        with httpx.Client(timeout=self.timeout) as client:
            out = []
            for doc_id, text, *title in docs:
                out.append(ex := self._document(client, doc_id, text))
                add_headline(ex, title[0] if title else "")
            return out

    def _document(self, client: httpx.Client, doc_id: int, text: str) -> Extraction:
        sentences = split_sentences(text)
        ex = Extraction(doc_id, sentences=len(sentences), parsed=len(sentences))
        gaz = Gazetteer.default()
        seen_entities = set()
        for piece_start, piece in _pieces(text, sentences, self.max_chars):
            answer = self._ask(client, piece)
            for item in answer.get("entities", []):
                try:
                    name, kind = str(item["name"]).strip(), EntityKind(item["kind"])
                except (KeyError, ValueError, TypeError):
                    self._drop("entity not in the schema")
                    continue
                at = text.find(name, piece_start)
                if not name or at < 0:
                    self._drop("entity not in the text")
                    continue
                canon = gaz.canonical(name) if kind is EntityKind.COMPANY else name
                if (kind, canon, at) not in seen_entities:
                    seen_entities.add((kind, canon, at))
                    ex.entities.append(EntityMention(kind, canon, name, at, at + len(name)))
            for item in answer.get("relations", []):
                mention = self._mention(item, text, sentences, gaz)
                if mention is not None:
                    ex.mentions.append(mention)
        return ex

    def _ask(self, client: httpx.Client, piece: str) -> dict:
        body = {
            "model": self.model, "temperature": 0,
            "messages": [{"role": "system", "content": PROMPT}, {"role": "user", "content": piece}],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "relations", "strict": True, "schema": RESPONSE_SCHEMA}},
        }
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            resp = client.post(f"{self.url}/chat/completions", json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise KeiretsuError(f"{self.url}: cannot reach the LLM endpoint ({exc.__class__.__name__}: {exc})") from exc
        if resp.status_code != 200:
            raise KeiretsuError(f"{self.url}: the LLM endpoint answered HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            content = resp.json()["choices"][0]["message"]["content"]
            answer = json.loads(content)
        except (ValueError, KeyError, IndexError, TypeError):
            self._drop("answer not JSON")
            return {}
        return answer if isinstance(answer, dict) else {}

    def _mention(self, item: Any, text: str, sentences, gaz: Gazetteer) -> Mention | None:
        try:
            rtype, status = RelationType(item["type"]), Status(item["status"])
            source, target = str(item["source"]).strip(), str(item["target"]).strip()
            evidence = " ".join(str(item["evidence"]).split())
            attrs = item.get("attributes") or {}
            if not isinstance(attrs, dict):
                raise TypeError
        except (KeyError, ValueError, TypeError):
            self._drop("relation not in the schema")
            return None
        sentence = _anchor(evidence, sentences)
        if sentence is None:
            self._drop("evidence not in the text")
            return None
        if source.lower() not in text.lower() or target.lower() not in text.lower():
            self._drop("name not in the text")
            return None
        src = source if rtype is RelationType.ROLE else gaz.canonical(source)
        attrs = {k: v for k, v in attrs.items() if v not in (None, "", [])}
        return Mention(rtype, src, gaz.canonical(target), status, sentence.text, sentence.start, sentence.end,
                       source_kind=EntityKind.PERSON if rtype is RelationType.ROLE else EntityKind.COMPANY,
                       attributes=attrs, trigger="", cues=[], confidence=0.6, extractor=self.name)

    def _drop(self, why: str) -> None:
        self.dropped[why] = self.dropped.get(why, 0) + 1


def _pieces(text: str, sentences, max_chars: int):
    """Whole sentences, in pieces of at most ``max_chars`` characters: (offset, piece)."""
    start = None
    for s in sentences:
        if start is None:
            start, end = s.start, s.end
        elif s.end - start > max_chars:
            yield start, text[start:end]
            start, end = s.start, s.end
        else:
            end = s.end
    if start is not None:
        yield start, text[start:end]


def _anchor(evidence: str, sentences):
    """The sentence of the text the evidence quotes (exactly, or holding most of its words)."""
    if not evidence:
        return None
    for s in sentences:
        if evidence in " ".join(s.text.split()):
            return s
    words = set(evidence.lower().split())
    best = max(sentences, key=lambda s: len(words & set(s.text.lower().split())), default=None)
    if best is not None and len(words & set(best.text.lower().split())) >= 0.8 * len(words):
        return best
    return None
