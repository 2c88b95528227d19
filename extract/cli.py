"""The ``extract`` command: a thin shell over ``extract.pipeline.run``."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese government bulletins into tables.")


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder for the tables."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress on stderr."),
    force: bool = typer.Option(False, "--force", help="Redo documents already in OUT."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler, tcp://HOST:PORT."),
) -> None:
    """Extract every table from INPUTS into OUT; exit 1 if any document failed."""
    from extract.pipeline import default_jobs, run as run_pipeline

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    summary = run_pipeline(inputs, out, jobs=jobs or default_jobs(), progress=progress,
                           force=force, scheduler=scheduler)
    typer.echo(summary.line(), err=True)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def dictionary() -> None:
    """Print the data dictionary generated from the schemas."""
    from schemas.dictionary import render

    typer.echo(render(), nl=False)


def main() -> None:
    from extract import cli_views  # noqa: F401  (registers show, report, sql)

    app()


if __name__ == "__main__":
    main()
