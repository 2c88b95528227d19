"""The Arrow schemas are derived from the pydantic models, never written twice."""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

import pyarrow as pa
import pytest
from pydantic import ValidationError

from schemas.arrow import arrow_schema, arrow_type
from schemas.records import TABLES, Count, Event


@pytest.mark.parametrize("annotation, expected", [
    (str, (pa.string(), False)), (Optional[str], (pa.string(), True)),
    (float, (pa.float64(), False)), (Optional[float], (pa.float64(), True)),
    (bool, (pa.bool_(), False)), (dt.date, (pa.date32(), False)),
    (Optional[dt.date], (pa.date32(), True)), (list[str], (pa.list_(pa.string()), False)),
    (Literal["a", "b"], (pa.string(), False)),
])
def test_type_map(annotation, expected) -> None:
    assert arrow_type(annotation) == expected


def test_every_model_field_is_a_column() -> None:
    for table, model in TABLES.items():
        assert arrow_schema(table).names == list(model.model_fields)


def test_contract_columns_are_present() -> None:
    contract = {
        "documents": ["doc_id", "source", "text", "doc_date", "doc_date_precision", "extractor_version"],
        "errors": ["source", "stage", "message"],
        "articles": ["doc_id", "title", "start", "end"],
        "counts": ["doc_id", "text", "start", "end", "sentence", "rule", "value", "value_max", "unit",
                   "approx", "category", "is_target"],
        "events": ["doc_id", "text", "start", "end", "sentence", "rule", "date_start", "date_end",
                   "precision", "relative", "type"],
        "places": ["doc_id", "text", "start", "end", "rule", "name", "level", "adcode"],
        "organisations": ["doc_id", "text", "start", "end", "rule", "name", "canonical"],
    }
    for table, cols in contract.items():
        assert set(cols) <= set(arrow_schema(table).names), table


def test_records_are_validated() -> None:
    base = dict(doc_id="d", text="22名", start=0, end=3, sentence="22名", rule="r")
    with pytest.raises(ValidationError):
        Count(**base, value=22, unit="人", approx="roughly", category="participants", is_target=False)
    with pytest.raises(ValidationError, match="does not fit"):
        Count(**{**base, "end": 5}, value=22, unit="人", approx="exact", category="participants", is_target=False)
    with pytest.raises(ValidationError, match="after"):
        Event(**base, date_start=dt.date(2021, 2, 1), date_end=dt.date(2021, 1, 1), precision="day",
              relative=False, type="meeting")
