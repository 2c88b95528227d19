"""Commands that look at a finished output folder: show, report, sql.

Thin shells over ``extract.views``; each reads the Parquet tables alone.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from extract.cli import app


def _folder(out: Path) -> None:
    if not (out / "documents.parquet").exists():
        typer.echo(f"error: {out} has no documents.parquet (not an output folder?)", err=True)
        raise typer.Exit(2)


@app.command()
def show(
    output_dir: Path = typer.Argument(..., help="Output folder of a run."),
    doc: str = typer.Argument(..., help="doc_id (or a unique prefix), source path or source file name."),
    out: Path = typer.Option(..., "--out", "-o", help="HTML file to write."),
) -> None:
    """Write DOC's text with every record highlighted as a static HTML page."""
    from extract.views.show import write_show
    from extract.views.tables import find_document

    _folder(output_dir)
    doc_id = find_document(output_dir, doc)
    if doc_id is None:
        typer.echo(f"error: no document {doc!r} in {output_dir} (give a doc_id or a source name)", err=True)
        raise typer.Exit(2)
    n = write_show(output_dir, doc_id, out)
    typer.echo(f"{out}: {doc_id}, " + ", ".join(f"{k} {v}" for k, v in n.items()), err=True)


@app.command()
def report(
    output_dir: Path = typer.Argument(..., help="Output folder of a run."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    doc_pages: bool = typer.Option(True, "--doc-pages/--no-doc-pages",
                                   help="Also write each document's page to <out stem>_docs/ and link it."),
    max_doc_pages: int = typer.Option(500, help="Write at most this many document pages."),
) -> None:
    """Write one self-contained dashboard page over every table (works offline)."""
    from extract.views.report import write_report

    _folder(output_dir)
    pages = write_report(output_dir, out, doc_pages=doc_pages, max_doc_pages=max_doc_pages)
    typer.echo(f"{out}: report written" + (f", {pages} document pages" if pages else ""), err=True)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def sql(
    output_dir: Path = typer.Argument(..., help="Output folder of a run."),
    query: str = typer.Argument(..., help="SQL; every table (documents, counts, ...) is a view by its name."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json (lines)."),
    max_rows: int = typer.Option(100, help="Rows to print in table format."),
) -> None:
    """Run a DuckDB query over the Parquet tables and print the result."""
    import duckdb

    from extract.views.sql import query as run_query, render

    _folder(output_dir)
    try:
        result = run_query(output_dir, query)
    except duckdb.Error as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(render(result, fmt.value, max_rows))
