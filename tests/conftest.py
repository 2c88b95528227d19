from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Raw seed texts by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory):
    """One end-to-end run over seeds/, shared by the tests that read its tables."""
    from extract.pipeline import run

    out = tmp_path_factory.mktemp("seed_out")
    summary = run([SEEDS], out, jobs=1, progress=False)
    return summary, out
