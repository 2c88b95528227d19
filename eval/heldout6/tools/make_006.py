"""Builds 006 with the project venv's opencc: simplified source -> traditional, pinyin pasted after some characters."""
import pathlib, re, opencc
OUT = pathlib.Path(__file__).resolve().parent.parent
simp = """邵阳市人力资源和社会保障局
工作简报
第4期
邵阳市人力资源和社会保障局办公室　　　　　　二〇一四年四月十日

我市召开2014年就业扶贫暨农民工工作会议
三月十八日，全市2014年就业扶贫暨农民工工作会议在市行政中心召开。会议总结了2013年全市就业扶贫工作，部署今年工作任务。2013年，全市共转移农村劳动力就业8.2万人，开展农民工技能培训3.6万人次，新增城镇就业4.5万人，发放小额担保贷款1.86亿元。会议提出，今年力争新增城镇就业4.6万人，培训农民工4万人次。会上，市人社局与12个县（市、区）人社局签订了目标责任书，对上年度工作成绩突出的5个单位进行了表彰。

隆回县举办返乡农民工创业培训班
3月24日至28日，隆回县就业服务局在桃洪镇举办第一期返乡农民工创业培训班（SYB），学员45人，培训合格率100%。今年2月，该县已组织“春风行动”专场招聘会3场，进场企业132家，提供岗位6000余个，与1860名求职者达成就业意向。

邵东县与广东东莞签订劳务合作协议
日前，邵东县人社局与广东省东莞市人力资源局签订劳务合作协议，双方将共建劳务输出基地2个，计划全年向东莞输送劳动力3000人。去年12月，该县已在东莞市长安镇设立邵东县驻东莞劳务工作站，目前已为在莞务工人员提供维权服务230余人次。

武冈市就业扶贫工作受省表彰
近日，湖南省人力资源和社会保障厅通报表扬2013年度全省就业扶贫工作先进单位，武冈市人社局榜上有名。该市于二〇一二年十月被确定为全省就业扶贫试点县市，2013年转移贫困劳动力就业1.2万人，贫困劳动力人均年增收约6000元。

工作动态
新邵县：3月下旬，县人社局组织就业服务人员深入酿溪镇、严塘镇等8个乡镇开展“送岗位进村”招聘活动，发放就业政策资料1.2万份，登记求职人员860人。
洞口县：4月2日，洞口县人社局联合县扶贫办在高沙镇举办贫困劳动力专场招聘会，28家企业提供岗位1100余个，当场签订用工协议176人。

报：省人社厅　　送：市委、市政府　　发：各县（市、区）人社局
"""
PY = {"業": "yè", "動": "dòng", "會": "huì", "議": "yì", "鄉": "xiāng", "創": "chuàng",
      "訓": "xùn", "轉": "zhuǎn", "勞": "láo", "務": "wù", "簽": "qiān", "協": "xié",
      "縣": "xiàn", "廳": "tīng", "萬": "wàn", "億": "yì", "貸": "dài", "東": "dōng",
      "廣": "guǎng", "輸": "shū", "陽": "yáng", "點": "diǎn", "開": "kāi", "彰": "zhāng",
      "崗": "gǎng", "職": "zhí", "區": "qū"}
trad = opencc.OpenCC("s2t").convert(simp)
back = opencc.OpenCC("t2s").convert(trad)
assert back == simp, [(a, b) for a, b in zip(back, simp) if a != b]
raw = "".join(ch + (f"({PY[ch]})" if ch in PY else "") for ch in trad)
# check: stripping the readings and converting back gives the source
strip = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)", "", raw)
assert opencc.OpenCC("t2s").convert(strip) == simp
(OUT / "docs" / "006_shaoyang_bulletin_2014_trad.txt").write_text(raw, encoding="utf-8")
(OUT / "tools" / "006_simplified_reference.txt").write_text(simp, encoding="utf-8")
print(len(raw), len(simp)); print(raw)
