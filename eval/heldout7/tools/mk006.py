import opencc
from pypinyin import pinyin, Style
s2t = opencc.OpenCC('s2t'); t2s = opencc.OpenCC('t2s')
simp = open('src006_simp.txt', encoding='utf-8').read()
trad = s2t.convert(simp)
assert t2s.convert(trad) == simp, [(a, b) for a, b in zip(t2s.convert(trad), simp) if a != b]
import re
py = [None] * len(simp)
for m in re.finditer(r'[\u4e00-\u9fff]+', simp):   # whole runs, so phrases get the right reading
    for k, r in enumerate(pinyin(m.group(0), style=Style.TONE)):
        py[m.start() + k] = r[0]
out = []
for i, (cs, ct) in enumerate(zip(simp, trad)):
    out.append(ct)
    if cs != ct:
        out.append('(' + py[i] + ')')
open('../docs/006_changdu_trad_pinyin.txt', 'w', encoding='utf-8').write(''.join(out))
