"""Sanity checks of the hand-written gold against an approximate normalisation of each document."""
import json, re, html, pathlib, sys, collections
import opencc
OUT = pathlib.Path(__file__).resolve().parent.parent
T2S = opencc.OpenCC("t2s")
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")

def normalize(path):
    b = path.read_bytes()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("gbk")
    if path.suffix == ".html":
        s = re.sub(r"<head>.*?</head>", "", s, flags=re.S)
        s = re.sub(r"<script.*?</script>", "", s, flags=re.S)
        s = re.sub(r"<[^>]+>", "", s)
        s = html.unescape(s)
    s = PINYIN.sub("", s)
    s = T2S.convert(s)
    s = "".join(chr(ord(c) - 0xFEE0) if ("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ") else c for c in s)
    if "work_summary" in path.name:  # PDF: join lines broken inside sentences
        s = re.sub(r"(?<=[^。：；\n])\n(?=[^\n])", "", s)
    return s

NUM = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万零〇]+)"
UNITS = "人次|场次|万元|亿元|元|名|人|个|家|户|期|场|项|笔|份|张|吨|斤|%|成|块钱|条|所|批|次|位"
CAND = re.compile(rf"{NUM}(?:万|亿)?(?:余|多)?(?:{UNITS})")
DATE = re.compile(r"(?:[0-9〇一二三四五六七八九十]+年)?[0-9一二三四五六七八九十]+月(?:[0-9一二三四五六七八九十]+日)?|近日|日前|昨天|昨日|今天|前天|目前|上月|本月")

for gf in sorted((OUT / "gold").glob("*.json")):
    g = json.loads(gf.read_text())
    doc = OUT / "docs" / g["doc"]
    t = normalize(doc)
    (OUT / "tools" / "normalized").mkdir(exist_ok=True)
    (OUT / "tools" / "normalized" / (doc.stem + ".txt")).write_text(t)
    body = len(re.sub(r"\s", "", t))
    print(f"=== {g['doc']}  chars(no ws)={body}  doc_date={g['doc_date']}  "
          f"C={len(g['counts'])} E={len(g['events'])} P={len(g['places'])} O={len(g['organisations'])}")
    tt = re.sub(r"\s", "", t)
    for a in g["articles"]:
        if a not in tt: print("  TITLE MISSING", a)
    need = collections.Counter(c["text"] for c in g["counts"])
    for txt, n in need.items():
        occ = len(re.findall(rf"(?<![0-9.]){re.escape(txt)}", t))
        if occ != n: print(f"  count {txt!r}: gold {n} / text {occ}")
    for e in g["events"]:
        if e["text"] not in t: print("  EVENT MISSING", e["text"])
    for o in g["organisations"]:
        if o["name"] not in t: print("  ORG MISSING", o["name"])
    for p in g["places"]:
        stem = re.sub(r"(省|市|区|县|镇|乡|街道|村)$", "", p["name"])
        if p["name"] not in t and stem not in t: print("  PLACE MISSING", p["name"])
    # candidates not in gold
    golds = set(need)
    cands = [m.group(0) for m in CAND.finditer(t)]
    miss = [c for c in cands if not any(c in gtxt or gtxt in c for gtxt in golds)]
    if miss: print("  uncovered candidates:", miss)
    dates = [m.group(0) for m in DATE.finditer(t)]
    ev = [e["text"] for e in g["events"]]
    print("  dates in text:", dates)
    print("  events gold  :", ev)
