"""Every artifact of the seeds that normalization handles, with the exact text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from extract.normalize import normalize

# (raw, expected normalized text, step that must be recorded)
EXAMPLES = [
    # pinyin readings after traditional characters (seed 004), real brackets kept
    ("市州動(dòng)態(tài)", "市州动态", "pinyin_removed"),
    ("技能培訓(xùn)助力就業(yè)扶貧", "技能培训助力就业扶贫", "pinyin_removed"),
    ("（市就业局）(1)要素保障", "（市就业局）(1)要素保障", None),
    ("人工智能(AI)和(app)", "人工智能(AI)和(app)", None),
    ("的(de)活动", "的活动", "pinyin_removed"),
    # a reading whose bracket was lost in a broken conversion
    ("活動?dòng)最後", "活动最后", "pinyin_removed"),
    # traditional to simplified
    ("沐川縣幸福鄉共和村", "沐川县幸福乡共和村", "traditional_to_simplified"),
    # full-width digits, letters and percent
    ("达到１００％，ＡＢ级，１２．５万", "达到100%，AB级，12.5万", "fullwidth_to_ascii"),
    # spaces between CJK and digits (seed 002)
    ("今年 7 月 13 日—15 日", "今年7月13日—15日", "cjk_digit_spaces_removed"),
    ("76.9 万人", "76.9万人", "cjk_digit_spaces_removed"),
    # tabs inside a line (seed 001's table of contents)
    ("赴北京、\t\t\t温州开展", "赴北京、温州开展", "cjk_digit_spaces_removed"),
    # a Word bookmark (seed 001) and markdown headings (seed 003)
    ("正文。\n[bookmark: _GoBack]\n呈送：", "正文。\n\n呈送：", "markup_removed"),
    ("# 川渝两地签署协议\n\n正文。", "川渝两地签署协议\n\n正文。", "markdown_headings_removed"),
    # runs of blank lines collapse to one
    ("第一段。\n\n\n\n\n第二段。", "第一段。\n\n第二段。", "blank_lines_collapsed"),
    # a long paragraph cut by a blank line mid-sentence (seed 003) is joined
    ("本次活动由四川省委网信办指导，德阳市网信办主办，泸州市、绵阳市两地网信办领导现场观摩，以及德\n\n阳市公安局联合举办。",
     "本次活动由四川省委网信办指导，德阳市网信办主办，泸州市、绵阳市两地网信办领导现场观摩，以及德阳市公安局联合举办。",
     "lines_joined"),
]


@pytest.mark.parametrize("raw, expected, step", EXAMPLES)
def test_normalization_examples(raw: str, expected: str, step: str | None) -> None:
    result = normalize(raw)
    assert result.text == expected
    if step:
        assert step in result.steps


def test_pdf_column_lines_are_joined_but_paragraphs_stay(seed_texts: dict[str, str]) -> None:
    text = normalize(seed_texts["002_7f47214507696cc7.txt"]).text
    assert "人才兴则产业兴，产业兴则就业稳。" in text
    assert "今年7月13日—15日，山东高层次专家助力重庆黔江乡村振兴服务活动在黔江举行。" in text
    assert "全市脱贫人口就业达到76.9万人，" in text
    assert "市人力社保局相关负责人表示。\n\n为此" in text  # paragraph break kept


def test_seed_004_is_simplified_and_mojibake_flagged(seed_texts: dict[str, str]) -> None:
    result = normalize(seed_texts["004_e724c7f9a0258902.txt"])
    assert result.text.startswith("市州动态\n2017年,雅安市人社部门以技能培训助力就业扶贫为重点")
    assert "(dòng)" not in result.text and "xùn" not in result.text
    assert any("mojibake" in w for w in result.warnings)
    assert "?;" in result.text  # left in place, only flagged


def test_clean_text_has_no_warnings_or_steps() -> None:
    result = normalize("12月21日，遂宁市人社系统召开推进会议。")
    assert result.steps == [] and result.warnings == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_raises_and_is_idempotent_on_layout(raw: str) -> None:
    once = normalize(raw).text
    assert "\n\n\n" not in once
    assert not once.startswith("\n")


@pytest.mark.parametrize("raw", [
    # a long official title stays on its own line above the body
    "湖州市人力资源和社会保障局关于2024年度湖州市就业创业示范企业（单位）名单的公示\n\n根据评选办法要求，经企业自愿申报。",
    # a stamp line ending in a number stays apart from a body opening with a date
    "2023-02-08 16:30　来源：吴江日报　作者：沈佳　【字号 大 中 小】　阅读：3568\n\n2月6日，招聘会举行。",
])
def test_paragraph_breaks_that_stay(raw: str) -> None:
    assert "\n\n" in normalize(raw).text


@pytest.mark.parametrize("raw, expected", [
    # a number cut from its unit by a line break joins in any document (guideline s.1)
    ("服务灵活就业人员２．３　万\n人次，达成用工意向8600人。", "服务灵活就业人员2.3万人次，达成用工意向8600人。"),
    ("全市脱贫人口就业达到76.9 万\n人，超过去年。", "全市脱贫人口就业达到76.9万人，超过去年。"),
    # a photo credit does not run into the next headline
    ("▲村里的扶贫车间里，工人们在编织柳编工艺品，产品远销海外。（10月11日摄）　本报记者 王建 摄\n\n全省就业扶贫政策培训班在济南举办",
     "▲村里的扶贫车间里，工人们在编织柳编工艺品，产品远销海外。（10月11日摄）　本报记者 王建 摄\n\n全省就业扶贫政策培训班在济南举办"),
])
def test_number_and_caption_breaks(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw, expected", [
    # UTF-8 read as GBK and saved again: repaired where the bytes decode strictly
    ("主办单位：海南省人力资源和社会保障厅".encode("utf-8").decode("gb18030"), "主办单位：海南省人力资源和社会保障厅"),
    ("版权所有：遂宁市就业局".encode("utf-8").decode("gb18030", errors="replace"), None),
])
def test_mojibake_is_repaired_when_it_decodes(raw: str, expected: str | None) -> None:
    result = normalize(raw)
    if expected is None:
        assert result.text  # left in place, never raises
    else:
        assert result.text == expected and "mojibake_repaired" in result.steps


def test_traditional_text_is_not_taken_for_mojibake(seed_texts: dict[str, str]) -> None:
    assert "mojibake_repaired" not in normalize(seed_texts["004_e724c7f9a0258902.txt"]).steps


@pytest.mark.parametrize("raw, joined", [
    ("（二）车间建设加快推进。全年新建就业扶贫车\n\n— 1 —\n\n间216个。", "车间216个"),
    ("各地积极组织开展各类职业技能培训\n- 12 -\n3000人次。", "技能培训3000人次"),
    ("本月通过“城口就业”就业岗位信息发布\n·32·\n平台。", "信息发布平台"),
    ("各级人社部门主动上门帮助农民工解决\n第 3 页\n实际困难。", "解决实际困难"),
])
def test_page_numbers_cutting_a_sentence_are_dropped(raw: str, joined: str) -> None:
    assert joined in normalize(raw).text


@pytest.mark.parametrize("raw, kept", [
    ("第一段结束。\n- 2 -\n第二段开始。", "- 2 -"),          # between paragraphs: layout, left alone
    ("工作动态\n2024\n第3期", "2024"),                       # a year on its own line is no page number
])
def test_page_numbers_between_paragraphs_stay(raw: str, kept: str) -> None:
    assert kept in normalize(raw).text


@pytest.mark.parametrize("raw, joined", [
    # a decimal at a line's start is no list marker (5. is, 5.5万 is not)
    ("（一）目标任务。全市计划培训12万人次，其中农民工培训\n5.5万人次、贫困劳动力8000人次。\n" * 6, "农民工培训5.5万人次"),
    # a newspaper paragraph pasted line by line: long running lines cut anywhere
    ("州人社局相关负责人表示，下半年，全州将力争新增扶贫车间50个以上，确保年底前\n每个贫困村至少有1个就业扶贫车间或扶贫\n工厂。",
     "确保年底前每个贫困村至少有1个就业扶贫车间或扶贫工厂。"),
])
def test_lines_cut_inside_running_text_are_joined(raw: str, joined: str) -> None:
    assert joined in normalize(raw).text


@pytest.mark.parametrize("raw", [
    "川渝携手，共促就业\n今年以来，两地合作举办招聘会。",      # a short headline with a comma
    "二、主要做法\n全年新建车间。",                              # a heading
    "开展以下工作，主要包括三个方面的内容和要求\n1. 开展培训",     # a list item
])
def test_headlines_and_list_items_stay_on_their_own_line(raw: str) -> None:
    assert "\n" in normalize(raw).text
