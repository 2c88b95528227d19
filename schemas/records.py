"""Record models: the one source of truth for every output table.

Each pydantic model below is one row of one table (``TABLES`` maps table names
to models). The Arrow schemas (``schemas.arrow``) and the data dictionary
(``schemas.dictionary``) are derived from these models, never written twice.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

Precision = Literal["day", "month", "year"]
Approx = Literal["exact", "over", "at_least", "about", "up_to"]
CountCategory = Literal[
    "trainees", "employment", "awards", "loans", "money", "participants",
    "organisations", "events", "projects", "rate", "other",
]
EventType = Literal[
    "meeting", "competition", "training", "job_fair", "visit", "signing",
    "launch", "publication", "ceremony", "promotion", "other",
]
PlaceLevel = Literal["province", "city", "county", "town", "village", "zone"]
OrgType = Literal[
    "government", "party", "congress", "enterprise", "education",
    "association", "service", "media", "other",
]


class Record(BaseModel):
    """Base of every row: strict, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(Record):
    """One row per input document that could be read."""

    doc_id: str = Field(description="Stable id: a hash of the raw input bytes")
    source: str = Field(description="Input path as given, relative to the input folder")
    source_format: str = Field(description="Input format: txt, html, docx, pdf")
    encoding: Optional[str] = Field(None, description="Encoding the raw bytes were decoded with")
    text: str = Field(description="The normalized text all offsets point into")
    doc_date: Optional[dt.date] = Field(None, description="First day of the document's date")
    doc_date_precision: Optional[Precision] = Field(None, description="day, month or year")
    doc_date_rule: Optional[str] = Field(None, description="Rule that set doc_date")
    normalizations: list[str] = Field(default_factory=list, description="Normalization steps that changed the text")
    warnings: list[str] = Field(default_factory=list, description="Suspicious content left in place (e.g. mojibake)")
    extractor_version: str = Field(description="Version of the code that made the rows")
    run_id: str = Field(description="Id of the run that wrote this row")


class ErrorRow(Record):
    """One row per input or record that failed, with the reason."""

    source: str = Field(description="Input path (or doc_id) that failed")
    stage: str = Field(description="Pipeline stage: read, decode, normalize, extract, validate, write")
    message: str = Field(description="One-line reason")
    doc_id: Optional[str] = Field(None, description="Document id when known")


class Article(Record):
    """One row per article; start/end span its body."""

    doc_id: str = Field(description="Document id")
    title: str = Field(description="Headline as written, whitespace removed; empty for untitled items")
    start: int = Field(ge=0, description="Start offset of the article body")
    end: int = Field(ge=0, description="End offset (exclusive) of the article body")
    title_start: Optional[int] = Field(None, description="Start offset of the title, if any")
    title_end: Optional[int] = Field(None, description="End offset of the title, if any")
    rule: str = Field(description="Segmentation rule that made the article")


class Span(Record):
    """Provenance shared by every extracted record."""

    doc_id: str = Field(description="Document id")
    text: str = Field(description="The text covered: documents.text[start:end]")
    start: int = Field(ge=0, description="Start character offset into documents.text")
    end: int = Field(ge=0, description="End character offset (exclusive)")
    sentence: str = Field(description="The sentence the record was found in")
    rule: str = Field(description="Id of the rule that made the record")

    @model_validator(mode="after")
    def _span_length(self) -> "Span":
        if self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}:{self.end}] does not fit text {self.text!r}")
        return self


class Count(Span):
    """A number with a unit that measures people, money, things or a rate."""

    value: float = Field(description="Number with magnitude words folded in (lower end of a range)")
    value_max: Optional[float] = Field(None, description="Upper end of a range, else null")
    unit: str = Field(description="Folded unit (guideline section 2)")
    approx: Approx = Field(description="exact, over, at_least, about, up_to")
    category: CountCategory = Field(description="What is counted (guideline section 2)")
    is_target: bool = Field(description="Plan, goal or quota rather than a result")


class Event(Span):
    """A dated occurrence, anchored by its date expression."""

    date_start: dt.date = Field(description="First day of the event")
    date_end: dt.date = Field(description="Last day of the event")
    precision: Precision = Field(description="day, month or year")
    relative: bool = Field(description="Anchored by a relative word (近日, 日前, ...)")
    type: EventType = Field(description="Kind of occurrence (guideline section 3)")
    organisations: list[str] = Field(default_factory=list, description="Organisations named in the event's sentence")
    places: list[str] = Field(default_factory=list, description="Places named in the event's sentence")

    @model_validator(mode="after")
    def _ordered(self) -> "Event":
        if self.date_start > self.date_end:
            raise ValueError(f"date_start {self.date_start} after date_end {self.date_end}")
        return self


class Place(Span):
    """A mention of an administrative division or a named zone."""

    name: str = Field(description="Standard full name (guideline section 4)")
    level: PlaceLevel = Field(description="province, city, county, town, village, zone")
    adcode: Optional[str] = Field(None, pattern=r"^\d{6}$", description="6-digit national division code")
    province: Optional[str] = Field(None, description="Name of the province it lies in")
    city: Optional[str] = Field(None, description="Name of the city it lies in")
    county: Optional[str] = Field(None, description="Name of the county it lies in")
    longitude: Optional[float] = Field(None, description="Longitude of the division's centre")
    latitude: Optional[float] = Field(None, description="Latitude of the division's centre")
    adcode_vintage: Optional[str] = Field(None, description="Year of the code table the adcode comes from")


class Organisation(Span):
    """A mention of a named organisation."""

    name: str = Field(description="Name as written, whitespace removed")
    canonical: Optional[str] = Field(None, description="Full name with its place resolved from context")
    org_type: Optional[OrgType] = Field(None, description="government, party, congress, enterprise, ...")


TABLES: dict[str, type[Record]] = {
    "documents": Document,
    "errors": ErrorRow,
    "articles": Article,
    "counts": Count,
    "events": Event,
    "places": Place,
    "organisations": Organisation,
}
