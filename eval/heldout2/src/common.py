"""Helpers for writing the heldout2 gold by hand (guideline §2-§6)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def C(text, value, unit, approx="exact", category="other", target=False, vmax=None):
    return {"text": text, "value": value, "value_max": vmax, "unit": unit,
            "approx": approx, "category": category, "is_target": target}

def E(text, start, end=None, type="other", relative=False):
    return {"text": text, "start": start, "end": end or start, "relative": relative, "type": type}

def P(name, level, adcode=None):
    return {"name": name, "level": level, "adcode": adcode}

def O(name, canonical=None):
    return {"name": name, "canonical": canonical or name}

def write(doc, text, doc_date, articles, counts, events, places, orgs):
    with open(os.path.join(ROOT, "docs", doc), "w", encoding="utf-8") as fh:
        fh.write(text)
    g = {"doc": doc, "doc_date": doc_date, "articles": articles, "counts": counts,
         "events": events, "places": places, "organisations": orgs}
    with open(os.path.join(ROOT, "gold", doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(f"{doc}: {len(text)} chars, {len(counts)} counts, {len(events)} events, "
          f"{len(places)} places, {len(orgs)} orgs")
