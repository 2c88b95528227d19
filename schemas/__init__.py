"""Record types and their Arrow schemas: the single source of truth."""
from schemas.records import (
    TABLES, Article, Count, Document, ErrorRow, Event, Organisation, Place, Record, Span,
)

__all__ = [
    "TABLES", "Article", "Count", "Document", "ErrorRow", "Event", "Organisation",
    "Place", "Record", "Span",
]
