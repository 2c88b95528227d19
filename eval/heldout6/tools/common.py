"""Helpers for writing the heldout6 gold files (hand-written values; helpers only format them)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent

def C(text, value, unit, approx="exact", cat="other", target=False, vmax=None):
    return {"text": text, "value": value, "value_max": vmax, "unit": unit, "approx": approx,
            "category": cat, "is_target": target}

def E(text, start, end=None, typ="other", rel=False):
    return {"text": text, "start": start, "end": end or start, "relative": rel, "type": typ}

def P(name, level, adcode=None):
    return {"name": name, "level": level, "adcode": adcode}

def O(name, canonical=None):
    return {"name": name, "canonical": canonical or name}

def write(doc, doc_date, articles, counts, events, places, orgs):
    g = {"doc": doc, "doc_date": doc_date, "articles": articles, "counts": counts,
         "events": events, "places": places, "organisations": orgs}
    stem = doc.rsplit(".", 1)[0]
    (OUT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
