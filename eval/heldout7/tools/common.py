"""Helpers used to write and check the gold of heldout7 (not part of the eval)."""
import json, re, collections, html.parser, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def C(text, value, unit, cat, approx='exact', vmax=None, target=False):
    return dict(text=text, value=value, value_max=vmax, unit=unit, approx=approx,
                category=cat, is_target=target)
def E(text, start, end, typ, rel=False):
    return dict(text=text, start=start, end=end, relative=rel, type=typ)
def P(name, level, adcode=None):
    return dict(name=name, level=level, adcode=adcode)
def O(name, canonical=None):
    return dict(name=name, canonical=canonical or name)

class TX(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.out = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ('script', 'style'): s.skip += 1
        if t in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'tr', 'ul', 'span', 'a', 'td'): s.out.append('\n')
    def handle_endtag(s, t):
        if t in ('script', 'style'): s.skip -= 1
    def handle_data(s, d):
        if not s.skip: s.out.append(d)

def clean(raw, is_html):
    if is_html:
        t = TX(); t.feed(raw); raw = ''.join(t.out)
    raw = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', raw)
    import opencc
    raw = opencc.OpenCC('t2s').convert(raw)
    raw = ''.join(chr(ord(c) - 0xFEE0) if '\uff10' <= c <= '\uff19' or '\uff21' <= c <= '\uff3a' or '\uff41' <= c <= '\uff5a' else c for c in raw)
    return raw

def build(stem, ext, enc, doc_date, articles, counts, events, places, orgs, show=True):
    raw = open(f'{OUT}/docs/{stem}.{ext}', 'rb').read().decode(enc)
    txt = clean(raw, ext == 'html')
    flat = re.sub(r'\s+', '', txt)
    ok = True
    need = collections.Counter(re.sub(r'\s+', '', c['text']) for c in counts)
    for t, n in need.items():
        k = flat.count(t)
        if k < n: print('COUNT text too few', t, n, k); ok = False
        elif k > n and show: print('  note: count text occurs more often', t, n, k)
    need = collections.Counter(e['text'] for e in events)
    for t, n in need.items():
        k = flat.count(t)
        if k < n: print('EVENT text too few', t, n, k); ok = False
    for o in orgs:
        if re.sub(r'\s+', '', o['name']) not in flat: print('ORG missing', o['name']); ok = False
    for a in articles:
        if re.sub(r'\s+', '', a) not in flat: print('TITLE missing', a); ok = False
    names = [p['name'] for p in places]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    onames = [o['name'] for o in orgs]
    assert len(onames) == len(set(onames)), [n for n in onames if onames.count(n) > 1]
    for c in counts:
        assert c['category'] in ('trainees','employment','awards','loans','money','participants','organisations','events','projects','rate','other'), c
        assert c['approx'] in ('exact','over','at_least','about','up_to'), c
    for e in events:
        assert e['type'] in ('meeting','competition','training','job_fair','visit','signing','launch','publication','ceremony','promotion','other'), e
    for p in places:
        assert p['level'] in ('province','city','county','town','village','zone')
        assert (p['adcode'] is None) == (p['level'] in ('town','village','zone')), p
    g = dict(doc=f'{stem}.{ext}', doc_date=doc_date, articles=articles, counts=counts,
             events=events, places=places, organisations=orgs)
    with open(f'{OUT}/gold/{stem}.json', 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(stem, 'OK' if ok else 'PROBLEMS', 'chars', len(flat), 'counts', len(counts), 'events',
          len(events), 'places', len(places), 'orgs', len(orgs))
    return txt

NUM = r'[0-9０-９.．]+|[一二两三四五六七八九十百千万亿零〇几]+'
def scan(txt):
    """print every number-like token with context, to spot counts the gold forgot"""
    for m in re.finditer(r'(?:%s)[^\s，。；、,]{0,4}' % NUM, re.sub(r'\s+', '', txt)):
        print(m.group(0), end=' | ')
    print()
