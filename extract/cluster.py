"""Running the pipeline on a Dask distributed cluster.

The same ``process_file`` runs on the workers; results come back in input
order with a bounded number of tasks in flight, and the client writes the
tables exactly as a local run does. Workers must see the input files at the
same paths (a shared or network file system), and have this package installed.
"""
from __future__ import annotations

from typing import Iterator

from extract.pipeline import DocResult, _ordered, process_file


def dask_results(todo: Iterator[tuple[str, str]], run_id: str, scheduler: str,
                 window: int = 256) -> Iterator[DocResult]:
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit("--scheduler needs Dask: pip install 'bulletin-extract[cluster]'") from exc
    with Client(scheduler) as client:
        futures = (client.submit(process_file, p, s, run_id, pure=False) for p, s in todo)
        yield from _ordered(futures, window)
