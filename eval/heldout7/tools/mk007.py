# writes docs/007 in GBK; lines marked @@MOJI@@ are turned into UTF-8-read-as-GBK mojibake first
out = []
for ln in open('src007.txt', encoding='utf-8').read().split('\n'):
    if ln.startswith('@@MOJI@@'):
        b = ln[8:].encode('utf-8')
        m = b.decode('gbk', errors='replace').replace('\ufffd', '?')
        m.encode('gbk')
        out.append(m)
    else:
        out.append(ln)
text = '\r\n'.join(out)
open('../docs/007_wuzhishan_gbk_bulletin.txt', 'wb').write(text.encode('gbk'))
print(out[0]); print([l for l in out if '?' in l][1:])
