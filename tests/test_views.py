"""The views: document page, report, SQL and notebook, checked in headless Chromium.

The browser tests drive Debian's chromium through the DevTools protocol
(``websocket-client``); they skip only when no chromium is installed
(``scripts/install_test_browser.sh`` installs it).
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator, Optional

import pandas as pd
import pytest

from extract.cli import app
from extract.views.markup import Span, render
from extract.views.sql import query
from extract.views.tables import find_document

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).exists()), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (scripts/install_test_browser.sh)")


class Browser:
    """Headless chromium over the DevTools protocol: open a page, read its console."""

    def __init__(self, exe: str) -> None:
        import websocket

        self.profile = tempfile.mkdtemp(prefix="views-chromium-")
        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={self.profile}",
             "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.time() + 20
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=1280, height=900,
                  deviceScaleFactor=1, mobile=False)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        deadline = time.time() + timeout
        while not any(e.get("method") == method for e in self.events):
            if time.time() > deadline:
                raise TimeoutError(method)
            self.events.append(json.loads(self.ws.recv()))

    def open(self, page: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=page.resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        self.evaluate("new Promise(r => setTimeout(r, 300))")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and requests that left the machine."""
        found = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params["exceptionDetails"]))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"])
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:", "about:", "blob:")):
                    found.append(f"network request: {url}")
        return found

    def screenshot(self, dest: Path, full: bool = False) -> None:
        shot = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=full)
        dest.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium not installed (scripts/install_test_browser.sh)")
    b = Browser(CHROMIUM)
    yield b
    b.close()


def invoke(*args: str) -> Any:
    from typer.testing import CliRunner

    from extract import cli_views  # noqa: F401  (registers the commands)

    return CliRunner().invoke(app, list(args))


# Every highlight group's text, read back from the DOM (pieces of a split record joined).
MARK_TEXTS = """(() => { const out = {};
  document.querySelectorAll('#doc mark.rec').forEach(m => {
    const id = m.dataset.rec; out[id] = (out[id] || '') + m.textContent; });
  return {marks: out, records: JSON.parse(document.getElementById('records').textContent)}; })()"""


def check_highlights(browser: Browser) -> dict[str, Any]:
    got = browser.evaluate(MARK_TEXTS)
    records = got["records"]
    assert set(got["marks"]) == set(records)
    for rid, rec in records.items():
        assert got["marks"][rid] == rec["text"], (rid, rec)
    return records


def test_markup_nests_splits_and_escapes() -> None:
    spans = [Span("o", 0, 6, "mark", "rec"), Span("p", 0, 3, "mark", "rec"), Span("x", 5, 8, "mark", "rec")]
    html = render("成都市人社局<b>&", spans)
    assert html.startswith('<mark class="rec" data-rec="o" id="o"><mark class="rec" data-rec="p" id="p">成都市</mark>')
    assert '<mark class="rec cont" data-rec="x">&lt;b</mark>&gt;&amp;' in html


def test_find_document_by_id_source_and_name(seed_run) -> None:
    _, out = seed_run
    docs = pd.read_parquet(out / "documents.parquet")
    first = docs.iloc[0]
    assert find_document(out, first.doc_id) == first.doc_id
    assert find_document(out, first.source) == first.doc_id
    assert find_document(out, Path(first.source).name) == first.doc_id
    assert find_document(out, "no-such-doc") is None


def test_sql_views_join_tables(seed_run) -> None:
    _, out = seed_run
    got = query(out, "SELECT d.source, count(p.doc_id) AS n FROM documents d "
                     "LEFT JOIN places p USING (doc_id) GROUP BY ALL ORDER BY d.source")
    assert len(got) == 5 and list(got.columns) == ["source", "n"]
    result = invoke("sql", str(out), "SELECT count(*) AS docs FROM documents")
    assert result.exit_code == 0 and "docs" in result.output and "5" in result.output
    assert invoke("sql", str(out), "SELECT nope FROM counts").exit_code == 2


def test_sql_reads_folders_of_parts_and_missing_tables(seed_run, tmp_path: Path) -> None:
    _, out = seed_run
    (tmp_path / "places.parquet").mkdir()
    frame = pd.read_parquet(out / "places.parquet")
    for i, part in enumerate((frame.iloc[: len(frame) // 2], frame.iloc[len(frame) // 2:])):
        part.to_parquet(tmp_path / "places.parquet" / f"part-{i}.parquet")
    pd.read_parquet(out / "documents.parquet").to_parquet(tmp_path / "documents.parquet")
    got = query(tmp_path, "SELECT (SELECT count(*) FROM places) AS p, (SELECT count(*) FROM counts) AS c")
    assert got.iloc[0].tolist() == [len(frame), 0]


@needs_chromium
def test_show_page_highlights_every_record(seed_run, browser: Browser, tmp_path: Path) -> None:
    _, out = seed_run
    checked = 0
    for source in sorted(pd.read_parquet(out / "documents.parquet").source):
        page = tmp_path / f"{Path(source).stem}.html"
        assert invoke("show", str(out), Path(source).name, "--out", str(page)).exit_code == 0
        browser.open(page)
        assert browser.problems() == []
        checked += len(check_highlights(browser))
        assert browser.evaluate("document.querySelectorAll('span.article').length") >= 1
    assert checked > 0
    browser.evaluate("document.querySelector('#doc mark.rec').click()")
    assert browser.evaluate("document.querySelectorAll('#fields table').length") >= 1
    browser.screenshot(tmp_path / "show.png")
    assert (tmp_path / "show.png").stat().st_size > 10_000


@needs_chromium
def test_report_page_renders_offline(seed_run, browser: Browser, tmp_path: Path) -> None:
    _, out = seed_run
    page = tmp_path / "report.html"
    assert invoke("report", str(out), "--out", str(page)).exit_code == 0
    assert "cdn" not in page.read_text(encoding="utf-8").split("</script>", 1)[1].lower()
    browser.open(page)
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('.plotly-graph-div .main-svg').length") >= 2
    links = browser.evaluate("[...document.querySelectorAll('#overview a')].map(a => a.href)")
    assert len(links) == 5
    browser.open(Path(links[0].split("#")[0].removeprefix("file://")))
    assert browser.problems() == []
    check_highlights(browser)
    browser.open(page)
    deep = browser.evaluate("[...document.querySelectorAll('#counts a')].map(a => a.href)")
    assert deep and all("#counts-" in u for u in deep)
    target, anchor = deep[0].removeprefix("file://").split("#")
    browser.open(Path(target))
    assert browser.evaluate(f"document.getElementById('{anchor}').textContent.length") > 0
    browser.open(page)
    browser.screenshot(tmp_path / "report.png")
    assert (tmp_path / "report.png").stat().st_size > 10_000


@needs_chromium
def test_pages_work_on_an_empty_output(browser: Browser, tmp_path: Path) -> None:
    from schemas.arrow import arrow_schema
    from schemas.records import TABLES
    import pyarrow.parquet as pq

    for table in TABLES:
        pq.write_table(arrow_schema(table).empty_table(), tmp_path / f"{table}.parquet")
    page = tmp_path / "report.html"
    assert invoke("report", str(tmp_path), "--out", str(page)).exit_code == 0
    browser.open(page)
    assert browser.problems() == []
    assert invoke("show", str(tmp_path), "x", "--out", str(tmp_path / "x.html")).exit_code == 2


def test_notebook_runs_headless(seed_run, tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    _, out = seed_run
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    os.environ["EXTRACT_OUTPUT_DIR"] = str(out)
    try:
        nbclient.NotebookClient(nb, timeout=60, kernel_name="python3",
                                resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        os.environ.pop("EXTRACT_OUTPUT_DIR", None)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []


def write_tables(out: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """A hand-made output folder: every contract table, with the given rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from schemas.arrow import arrow_schema
    from schemas.records import TABLES

    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=arrow_schema(table)),
                       out / f"{table}.parquet")


@needs_chromium
def test_show_escapes_text_and_splits_crossing_records(browser: Browser, tmp_path: Path) -> None:
    import datetime as dt

    text = "<script>alert(1)</script>成都市人社局&遂宁市\n第二条 \"引号\"'"
    doc = {"doc_id": "d1", "source": "a&b<c>.txt", "source_format": "txt", "text": text,
           "extractor_version": "t", "run_id": "r"}
    base = {"doc_id": "d1", "sentence": text, "rule": "test.<rule>&"}

    def span(start: int, end: int, **extra: Any) -> dict[str, Any]:
        return {**base, "start": start, "end": end, "text": text[start:end], **extra}

    i = text.index("成都市")
    write_tables(tmp_path, {
        "documents": [doc],
        "articles": [{"doc_id": "d1", "title": "<i>标题</i>", "start": 0, "end": len(text), "rule": "a"}],
        "organisations": [span(i, i + 6, name="成都市人社局")],
        "places": [span(i, i + 3, name="成都市", level="city"), span(i, i + 3, name="成都市", level="city"),
                   span(i + 7, i + 10, name="遂宁市", level="city")],
        "counts": [span(i + 4, i + 8, value=1.0, unit="个", approx="exact", category="other", is_target=False)],
        "events": [span(0, 8, date_start=dt.date(2021, 1, 1), date_end=dt.date(2021, 1, 1),
                        precision="day", relative=False, type="other")],
    })
    page = tmp_path / "show.html"
    assert invoke("show", str(tmp_path), "a&b<c>.txt", "--out", str(page)).exit_code == 0
    browser.open(page)
    assert browser.problems() == []
    assert browser.evaluate("document.getElementById('doc').textContent") == text
    assert browser.evaluate("document.querySelectorAll('#doc script, #doc i').length") == 0
    records = check_highlights(browser)
    assert len(records) == 6
    assert browser.evaluate("document.querySelectorAll('#doc mark.cont').length") >= 1
    report = tmp_path / "report.html"
    assert invoke("report", str(tmp_path), "--out", str(report)).exit_code == 0
    browser.open(report)
    assert browser.problems() == []
    assert "a&b<c>.txt" in browser.evaluate("document.getElementById('overview').textContent")
