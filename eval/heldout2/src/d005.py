import sys
sys.path.insert(0, "/tmp/pyp")
from common import *
import opencc
from pypinyin import pinyin, Style

S = """百色市开展“壮族三月三·八桂嘉年华”就业服务活动

2021年4月14日至16日，百色市人力资源和社会保障局在右江区、田阳区、田东县等12个县（市、区）同步开展“壮族三月三”就业服务活动，共举办现场招聘会24场，组织区内外企业560家进场招聘，提供岗位2.3万个，其中月薪5000元以上的岗位占三成。

4月15日，广西壮族自治区人力资源和社会保障厅副厅长一行到田东县调研活动开展情况，实地察看了田东县就业服务中心和祥周镇百渡村就业帮扶车间，与务工群众面对面交流。

在平果，当地以铝产业园区为依托，组织广西华银铝业有限公司等企业开设专场，吸纳脱贫劳动力就业1280人。靖西市、那坡县则利用边境贸易优势，开展直播带岗12场次，观看人数超过35万人次。

据统计，活动期间全市共达成就业意向6800余人，发放就业政策宣传资料1.5万份，为群众提供“一站式”就业服务。

（百色市人社局）
"""
conv = opencc.OpenCC("s2t")
t = conv.convert(S)
# paste pinyin readings after every character that the conversion changed, as a ruby layer copied as text
out = []
for a, b in zip(S, t):
    if a != b:
        out.append(b + "(" + pinyin(a, style=Style.TONE)[0][0] + ")")
    else:
        out.append(b)
T = "".join(out)
assert len(S) == len(t)
write("005_guangxi_baise_traditional_pinyin.txt", T, "2021",
  ["百色市开展“壮族三月三·八桂嘉年华”就业服务活动"],
  [C("12个",12,"个","exact","other"),
   C("24场",24,"场","exact","events"),
   C("560家",560,"家","exact","organisations"),
   C("2.3万个",23000,"个","exact","employment"),
   C("5000元以上",5000,"元","over","money"),
   C("三成",30,"%","exact","rate"),
   C("1280人",1280,"人","exact","employment"),
   C("12场次",12,"场次","exact","events"),
   C("超过35万人次",350000,"人次","over","participants"),
   C("6800余人",6800,"人","over","employment"),
   C("1.5万份",15000,"份","exact","other"),
  ],
  [E("2021年4月14日至16日","2021-04-14","2021-04-16","job_fair"),
   E("4月15日","2021-04-15",type="visit")],
  [P("百色市","city","451000"),P("右江区","county","451002"),P("田阳区","county","451003"),
   P("田东县","county","451022"),P("广西壮族自治区","province","450000"),
   P("祥周镇","town"),P("百渡村","village"),P("平果市","county","451082"),
   P("靖西市","county","451081"),P("那坡县","county","451026")],
  [O("百色市人力资源和社会保障局"),O("广西壮族自治区人力资源和社会保障厅"),
   O("田东县就业服务中心"),O("广西华银铝业有限公司"),
   O("百色市人社局","百色市人力资源和社会保障局")],
)
