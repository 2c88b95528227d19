"""Articles by guideline section 6."""
from __future__ import annotations

import pytest

from extract.articles import split_articles
from extract.normalize import normalize


def titles(raw: str) -> list[str]:
    n = normalize(raw)
    return [a.title for a in split_articles(n.text, n.headings) if a.title]


BODY = "12月21日，遂宁市人社系统召开巩固脱贫成果助力乡村振兴暨后评估工作推进会议，安排部署下一步工作。"

EXAMPLES = [
    # a bulletin item: title line, body, closing attribution
    (f"我市召开就业工作推进会\n{BODY}\n（市就业局）\n我市举办技能大赛\n{BODY}",
     ["我市召开就业工作推进会", "我市举办技能大赛"]),
    # a title printed over two lines joins
    (f"全市人社系统召开巩固脱贫成果助力乡村振兴暨\n\n后评估工作推进会议\n\n{BODY}",
     ["全市人社系统召开巩固脱贫成果助力乡村振兴暨后评估工作推进会议"]),
    # markdown headings: long ones are titles, short ones are section heads
    (f"# 川渝两地签署就业合作协议\n\n□本报记者 胡斌\n\n{BODY}\n\n## 积极谋划\n\n{BODY}\n\n## 云南推出就业创业新模式\n\n{BODY}",
     ["川渝两地签署就业合作协议", "云南推出就业创业新模式"]),
    # a column heading over untitled items gives no title
    (f"市州动态\n{BODY}(本刊通讯员)\n{BODY}(本刊通讯员)", []),
    (f"工作简讯：\n船山区：{BODY}", []),
    # a web page: stamp lines between headline and body are skipped
    (f"首页 > 工作动态\n我省举办春风行动招聘会\n发布时间：2022-03-15 来源：省人社厅\n{BODY}",
     ["我省举办春风行动招聘会"]),
    # a subtitle below the title is not part of it
    (f"技能培训激发就业新动力\n——记城口县焊工培训班\n{BODY}", ["技能培训激发就业新动力"]),
    # a newspaper headline closing on a count or a result, a shorter line below it
    (f"全州新增就业扶贫车间37个\n吸纳贫困劳动力1860人\n\n{BODY}", ["全州新增就业扶贫车间37个"]),
    (f"大理州第三届“金花杯”扎染技能大赛落幕\n86名选手比拼“指尖上的非遗”\n\n{BODY}",
     ["大理州第三届“金花杯”扎染技能大赛落幕"]),
    (f"我市首届家政服务技能大赛在遂宁举行\n32名选手同台竞技\n{BODY}", ["我市首届家政服务技能大赛在遂宁举行"]),
    # a short kicker above a longer headline still joins it
    (f"津天协作再结硕果\n首批368名务工人员乘专列赴津\n{BODY}", ["津天协作再结硕果首批368名务工人员乘专列赴津"]),
    # a line opening with a year and comma, a contact line, a numbered attachment: no titles
    (f"2021年，全市计划开展补贴性职业技能培训12万人次，其中农民工培训\n5.5万人次、脱贫劳动力培训8000人次。", []),
    (f"联系人：王磊，电话：0310-3021234；刘洋（市财政局社保科）\n，电话：0310-3029876，邮箱：a@b.cn，请各地于3月31日前报送。", []),
    (f"3．职业技能培训计划报送表\n\n邯郸市人力资源和社会保障局邯郸市财政局二〇二一年三月十二日（此件公开发布）\n", []),
    # an issuer's line with a date in Chinese numerals is no kicker
    (f"邵阳市人力资源和社会保障局\n工作简报\n第4期\n邵阳市人力资源和社会保障局办公室二〇一四年四月十日\n\n"
     f"我市召开就业扶贫工作会议\n{BODY}", ["我市召开就业扶贫工作会议"]),
    (f"县人民政府办公室　二〇二一年三月五日\n我县举办返乡创业培训班\n{BODY}", ["我县举办返乡创业培训班"]),
    # a sentence opening with its date, or cut inside 《…》 by a PDF line break, is body
    (f"4月，县政府印发《浠水县就业扶贫三年行动方案（2018—2020年）\n》，明确了车间建设、技能培训、公益岗位开发等12项具体措施。", []),
    (f"3月5日，市人社局召开推进会\n{BODY}", []),
    (f"5月中旬，依托企业启动车间建设\n{BODY}", []),
    (f"县政府印发《就业扶贫三年行动方案\n（2018—2020年）》，明确了车间建设、技能培训、公益岗位开发等12项具体措施。", []),
    # a title that closes its book title, also over two lines
    (f"我市印发《就业帮扶三年行动方案（2021—2023年）》\n{BODY}", ["我市印发《就业帮扶三年行动方案（2021—2023年）》"]),
    (f"我市印发《就业帮扶\n三年行动方案》\n{BODY}", ["我市印发《就业帮扶三年行动方案》"]),
]


@pytest.mark.parametrize("raw, expected", EXAMPLES)
def test_titles(raw: str, expected: list[str]) -> None:
    assert titles(raw) == expected


def test_table_of_contents_names_the_titles(seed_texts: dict[str, str]) -> None:
    assert titles(seed_texts["001_01c02c6ddd31601f.txt"]) == [
        "遂宁市农民工暨返乡下乡创业工作领导小组办公室赴北京、温州开展回引创业及走访调研活动",
        "遂宁市第七届“遂州杯”创业大赛暨“遂宁电子园丁”特色劳务品牌推介会举行",
        "安居区到福建省晋江市开展返乡入乡创业项目推介活动",
        "大英县“五个到位”做好农民工返乡创业工作",
    ]


def test_attribution_belongs_to_its_article() -> None:
    n = normalize(f"我市召开就业工作推进会\n{BODY}\n（市就业局）\n我市举办技能大赛\n{BODY}")
    first = split_articles(n.text, n.headings)[0]
    assert n.text[first.start:first.end].endswith("（市就业局）")


@pytest.mark.xfail(strict=True, reason="a newspaper page's headline printed below its photo captions")
def test_headline_after_the_story(seed_texts: dict[str, str]) -> None:
    assert "巩固脱贫成果端稳就业饭碗重庆人社为脱贫人口托起稳稳的幸福" in titles(seed_texts["002_7f47214507696cc7.txt"])


CHROME_EXAMPLES = [
    # a breadcrumb above the headline is chrome, not a kicker
    (f"中国新闻网 > 地方新闻 > 正文\n\n山东新增就业124万人\n\n来源：中国新闻网\n\n{BODY}", ["山东新增就业124万人"]),
    # the issuer above a bulletin's title is not a kicker
    (f"海东市人力资源和社会保障局\n\n海东市拉面经济工作综述\n\n{BODY}", ["海东市拉面经济工作综述"]),
    # a document title followed by its first numbered section
    (f"大同市创业担保贷款申请指南\n\n一、申请对象\n{BODY}", ["大同市创业担保贷款申请指南"]),
    # footers and attachment lines are not titles
    (f"鼓楼区举办专场招聘会\n\n{BODY}\n\n【打印】【关闭】\n\n相关链接：福建省人社厅 | 福州市人社局 | 融媒体中心\n\n"
     "主办单位：福州市鼓楼区人民政府办公室承办单位：福州市鼓楼区人力资源和社会保障局\n"
     "网站标识码：3501020001闽ICP备05012345号-1闽公网安备35010202000123号",
     ["鼓楼区举办专场招聘会"]),
    (f"包头市关于大赛获奖情况的通报\n\n{BODY}\n\n附件：第三届包头市职业技能大赛获奖名单\n\n包头市人力资源和社会保障局\n2023年9月28日\n\n{BODY}",
     ["包头市关于大赛获奖情况的通报"]),
]


@pytest.mark.parametrize("raw, expected", CHROME_EXAMPLES)
def test_chrome_and_issuers_are_not_titles(raw: str, expected: list[str]) -> None:
    assert titles(raw) == expected


OFFICIAL_EXAMPLES = [
    # an official title: the issuer's line above 关于… joins it
    (f"镇雄县人力资源和社会保障局\n关于2017年就业扶贫工作情况的报告\n\n县扶贫开发领导小组办公室：\n{BODY}",
     ["镇雄县人力资源和社会保障局关于2017年就业扶贫工作情况的报告"]),
    # an issuer with a document-kind label above the title is not a kicker
    (f"赣州市人力资源和社会保障局新闻发布稿\n\n赣州市春风行动取得明显成效\n\n2018年3月20日\n\n{BODY}",
     ["赣州市春风行动取得明显成效"]),
    # the issuer and date below a title sit between it and the body
    (f"政府工作报告（摘要）\n\n徐州市人民政府\n2025年1月14日\n\n一、2024年工作回顾\n\n{BODY}", ["政府工作报告（摘要）"]),
    # a series label before a separator, a column heading, a page number
    (f"巫溪看变化|小伙返乡种出致富果\n\n{BODY}", ["小伙返乡种出致富果"]),
    (f"市县简讯\n\n{BODY}\n\n－2－\n\n{BODY}", []),
    # a bulletin's header and its dated issuer line do not join the first title
    (f"湘西州人社工作动态\n第18期\n\n湘西州人力资源和社会保障局办公室2016年6月30日\n\n【工作动态】合作社带富留守妇女\n\n{BODY}",
     ["合作社带富留守妇女"]),
]


@pytest.mark.parametrize("raw, expected", OFFICIAL_EXAMPLES)
def test_official_titles_issuers_and_labels(raw: str, expected: list[str]) -> None:
    assert titles(raw) == expected


def test_original_headline_line_sits_between_title_and_body() -> None:
    raw = (f"百色：粤桂协作架起劳务输出“连心桥”\n2021年05月28日 10:32   来源：广西新闻网\n"
           f"原标题：粤桂协作架起劳务输出“连心桥” 百色今年已输送劳动力超5万人\n\n{BODY}")
    assert titles(raw) == ["百色：粤桂协作架起劳务输出“连心桥”"]


HEADER_EXAMPLES = [
    # a document's header line (issuer + 文件, its number) is not part of the title
    (f"阜阳市人力资源和社会保障局文件阜人社秘〔2018〕12号\n\n阜阳市人力资源和社会保障局关于2017年度全市就业扶贫工作情况的通报\n\n"
     f"各县（市、区）人力资源和社会保障局：\n{BODY}",
     ["阜阳市人力资源和社会保障局关于2017年度全市就业扶贫工作情况的通报"]),
    (f"遂宁市人民政府办公室文件\n遂府办发〔2021〕5号\n关于做好返乡创业工作的通知\n\n各县（区）人民政府：\n{BODY}",
     ["关于做好返乡创业工作的通知"]),
    # WeChat chrome around an article's headline
    (f"西峡县人力资源和社会保障局\n点击上方蓝字 关注我们\n\n西峡县：“香菇小镇”里的就业经\n\n原创 西峡县人社局\n\n{BODY}",
     ["西峡县：“香菇小镇”里的就业经"]),
    (f"遂宁市人力资源和社会保障局\n长按识别二维码关注我们\n我市举办春风行动招聘会\n阅读 2156\n{BODY}\n阅读原文", ["我市举办春风行动招聘会"]),
    # a newsletter's name with its issue number over its articles is no title
    (f"# 上饶人社工作动态（2022年第9期）\n\n## 全市人社系统召开稳就业保民生工作推进会\n\n{BODY}\n\n"
     f"## 婺源县“点单式”培训助力乡村旅游\n\n{BODY}",
     ["全市人社系统召开稳就业保民生工作推进会", "婺源县“点单式”培训助力乡村旅游"]),
    (f"# 遂宁市就业创业工作简报总第128期\n\n## 我市召开就业创业工作推进会议\n\n{BODY}", ["我市召开就业创业工作推进会议"]),
    # a headline with an issue word inside is still a title
    (f"# 第5期SYB创业培训班在遂宁开班\n\n{BODY}", ["第5期SYB创业培训班在遂宁开班"]),
]


KICKER_EXAMPLES = [
    # a smaller heading right above the headline is its kicker and joins it
    (f"### 京蒙协作结硕果\n\n# 赤峰翁牛特旗：京蒙协作“订单班”让牧民端上“技能饭碗”\n\n{BODY}",
     ["京蒙协作结硕果赤峰翁牛特旗：京蒙协作“订单班”让牧民端上“技能饭碗”"]),
    (f"## 稳就业 惠民生\n\n# 我市春风行动累计提供岗位3万个\n\n{BODY}", ["稳就业惠民生我市春风行动累计提供岗位3万个"]),
    (f"### 东西部劳务协作系列报道之三\n\n## 遂宁籍农民工在温州安居乐业\n\n{BODY}",
     ["东西部劳务协作系列报道之三遂宁籍农民工在温州安居乐业"]),
    # a column label, a heading with a body between: no kicker
    (f"### 工作动态\n\n## 我市召开就业创业工作推进会议\n\n{BODY}", ["我市召开就业创业工作推进会议"]),
    (f"### 京蒙协作结硕果\n\n{BODY}\n\n# 赤峰翁牛特旗订单班开班\n\n{BODY}", ["赤峰翁牛特旗订单班开班"]),
]


@pytest.mark.parametrize("raw, expected", KICKER_EXAMPLES)
def test_kicker_joins_its_headline(raw: str, expected: list[str]) -> None:
    assert titles(raw) == expected


@pytest.mark.parametrize("raw, expected", HEADER_EXAMPLES)
def test_headers_chrome_and_newsletter_names(raw: str, expected: list[str]) -> None:
    assert titles(raw) == expected


def test_larger_heading_above_is_no_kicker() -> None:
    got = titles(f"# 遂宁人社工作通讯\n\n## 我市召开就业创业工作推进会议\n\n{BODY}")
    assert "我市召开就业创业工作推进会议" in got  # a newsletter's name stays apart
