"""The extractors, in the order they run (later ones see earlier ones' records
in ``DocContext.prior``). Explicit on purpose: no auto-discovery."""
from __future__ import annotations

import importlib
from typing import Callable

from extract.context import DocContext

EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("places", "extract.places"),
    ("organisations", "extract.organisations"),
    ("counts", "extract.counts"),
    ("events", "extract.events"),
)


def extractor(module: str) -> Callable[[DocContext], list]:
    """The ``extract`` function of an extractor module (imported once)."""
    return importlib.import_module(module).extract  # type: ignore[no-any-return]
