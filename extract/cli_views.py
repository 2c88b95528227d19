"""Commands that look at a finished output folder: show, report, sql."""
from __future__ import annotations

from extract.cli import app  # noqa: F401
