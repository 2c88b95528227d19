"""Arrow schemas derived from the pydantic record models (one type map).

>>> arrow_schema("events").field("date_start").type
DataType(date32[day])
"""
from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from typing import Any, Literal, Union

import pyarrow as pa

from schemas.records import TABLES

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
    dt.date: pa.date32(),
}


def arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a field annotation and whether it is nullable."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return arrow_type(args[0])[0], True
    if origin is Literal:
        return pa.string(), False
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(arrow_type(item)[0]), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one output table, field descriptions as metadata."""
    model = TABLES[table]
    fields = []
    for name, info in model.model_fields.items():
        typ, nullable = arrow_type(info.annotation)
        meta = {"description": info.description or ""}
        fields.append(pa.field(name, typ, nullable=nullable, metadata=meta))
    return pa.schema(fields, metadata={"table": table})
