"""Views over a finished output folder: a document view, a report and SQL.

Everything here reads the Parquet tables alone (the output contract) and writes
static files that open in a browser with no server and no network.
"""
