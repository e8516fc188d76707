"""The record schema: typed models for one document's extraction result.

Every extracted value carries its evidence: ``start``/``end`` character offsets
into the ORIGINAL input text (``text[start:end]`` is the mention, whatever
normalisation ran), the index of the sentence it came from (see
``Document.sentences``) and a ``confidence`` in [0, 1].

``schema/document.schema.json`` (in the repository) is generated from these models
(``python -m extract.schema``) and a test keeps it in sync.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Evidence", "Mention", "Sentence", "DocDate", "Role", "Person", "Place", "Organization",
    "DateExpression", "Quantity", "Statement", "Event", "Document", "SCHEMA_PATH", "json_schema",
]

SCHEMA_VERSION = "1.0"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "document.schema.json"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a value was found: a span of the original text."""

    text: str = Field(description="the original text of the span: input[start:end]")
    start: int = Field(ge=0, description="start character offset into the original input")
    end: int = Field(ge=0, description="end character offset (exclusive)")
    sentence: int = Field(ge=-1, description="index into Document.sentences (-1: outside any sentence)")
    confidence: float = Field(ge=0, le=1)


class Mention(Evidence):
    """One mention of an entity."""


class Sentence(_Model):
    index: int
    start: int
    end: int


class DocDate(_Model):
    value: str = Field(description="ISO 8601 date of the document")
    source: Literal["dateline", "publish_line", "caller"]
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    confidence: float = 1.0


class DatelinePlace(Evidence):
    name: str = Field(description="place name as written")
    normalized: Optional[str] = Field(None, description="canonical Hindi name if the gazetteer knows it")


class Role(Evidence):
    """A designation held by a person (evidence: the designation's span)."""

    title: str = Field(description="designation as written, without organisation, jurisdiction or qualifier; "
                                   "a plural post (निदेशकों) in the singular each person holds (निदेशक)")
    level: Optional[str] = None
    portfolio: Optional[str] = None
    base: Optional[str] = Field(None, description="the bare title: अध्यक्ष, संयोजक, जिलाधिकारी ...")
    qualifier: Optional[str] = Field(None, description="parenthesised qualifier: प्रदेश महामंत्री (संगठन) -> संगठन")
    organization: Optional[str] = None
    jurisdiction: Optional[str] = None
    former: bool = False


class Person(_Model):
    id: str
    name: str = Field(description="canonical name (fullest form), without honorifics")
    honorific: Optional[str] = None
    name_latin: Optional[str] = None
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention]
    confidence: float


class Place(_Model):
    id: str
    name: str = Field(description="the place as first written in the text")
    normalized: str = Field(description="canonical Hindi name (gazetteer), else the written form")
    name_en: Optional[str] = None
    kind: str = Field(description="state, ut, district, city, town, subdistrict, village, country, region, other")
    state: Optional[str] = None
    district: Optional[str] = None
    code: Optional[str] = Field(None, description="LGD code where known")
    mentions: list[Mention]
    confidence: float


class Organization(_Model):
    id: str
    name: str = Field(description="canonical full name")
    aliases: list[str] = Field(default_factory=list, description="other forms used in the text")
    kind: Optional[str] = None
    mentions: list[Mention]
    confidence: float


class DateExpression(Evidence):
    value: Optional[str] = Field(description="TIMEX3 value (ISO 8601 where possible); null if unresolvable")
    type: Literal["date", "time", "duration", "set"]
    granularity: Optional[str] = None
    resolved: bool = True
    mod: Optional[str] = None


class Quantity(Evidence):
    value: float
    unit: Optional[str] = None


class Statement(Evidence):
    """A decision, directive, plan or official action (evidence: its sentence)."""

    id: str
    kind: Literal["decision", "directive", "plan", "action"]
    cue: Optional[str] = None
    content: Optional[Evidence] = Field(None, description="the content clause, e.g. what was decided")
    actor: Optional[str] = None
    dates: list[int] = Field(default_factory=list, description="indices into Document.dates")
    places: list[str] = Field(default_factory=list, description="ids of places mentioned")
    quantities: list[int] = Field(default_factory=list, description="indices into Document.quantities")


class Event(Evidence):
    """An event the document reports or announces (evidence: its trigger)."""

    id: str
    type: str
    type_en: Optional[str] = None
    status: Literal["reported", "announced"] = "reported"
    date: Optional[str] = None
    place: Optional[str] = None
    venue: Optional[str] = None
    organizer: Optional[str] = None
    chair: Optional[str] = Field(None, description="person id of who chairs or presides over it")
    participants: list[str] = Field(default_factory=list, description="person ids")
    decisions: list[str] = Field(default_factory=list, description="statement ids")


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: Optional[str] = None
    text_sha256: str
    length: int = Field(description="length of the original text in characters")
    doc_date: Optional[DocDate] = None
    dateline_place: Optional[DatelinePlace] = None
    sentences: list[Sentence] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    dates: list[DateExpression] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    decisions: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of :class:`Document`."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/hindi-extract/hindi-extract/schema/document.schema.json"
    return schema


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":  # python -m extract.schema [PATH]
    write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH)
