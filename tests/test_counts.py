"""Example tables for extract.counts (guideline §2).

POSITIVE: a sentence -> the one count it must yield, as (text, value, value_max,
unit, approx). CATEGORY and TARGET: a sentence -> the category / is_target of its
first count. NEGATIVES: sentences that must yield no count at all, grouped by the
exclusion rule that declines them. XFAIL: known gaps, run strictly.
"""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from extract.context import make_context
from extract.counts import extract


def counts(text, year=2021):
    return extract(make_context("t", text, dt.date(year, 1, 1), "year"))


POSITIVE = {
    ("3341名", 3341, None, "人", "exact"): ["全县回引优秀农民工3341名。"],
    ("三千余人", 3000, None, "人", "over"): ["共组织三千余人参加。"],
    ("4.1万人次", 41000, None, "人次", "exact"): ["培训在岗农民工4.1万人次。"],
    ("3万余人次", 30000, None, "人次", "over"): ["带动就业3万余人次。"],
    ("5.08亿元", 508000000, None, "元", "exact"): ["实现总产值5.08亿元。"],
    ("十万元", 100000, None, "元", "exact"): ["成立了十万元爱心基金。"],
    ("百分之九十", 90, None, "%", "exact"): ["覆盖率达到百分之九十。"],
    ("近2800名", 2800, None, "人", "about"): ["招聘近2800名高校毕业生。"],
    ("76万人以上", 760000, None, "人", "over"): ["规模保持在76万人以上。"],
    ("不低于90%", 90, None, "%", "at_least"): ["就业率不低于90%。"],
    ("最高1000万元", 10000000, None, "元", "up_to"): ["单笔最高1000万元。"],
    ("超过5000元", 5000, None, "元", "over"): ["每月工资超过5000元。"],
    ("2000元-3000元", 2000, 3000, "元", "exact"): ["每月有2000元-3000元的收入。"],
    ("2000-3000元", 2000, 3000, "元", "exact"): ["每月有2000-3000元的收入。"],
    ("两三千元", 2000, 3000, "元", "exact"): ["每个月还有两三千元现金。"],
    ("七八位", 7, 8, "人", "exact"): ["有七八位是脱贫户。"],
    ("两三个", 2, 3, "个", "exact"): ["建了两三个车间。"],
    ("20至30人", 20, 30, "人", "exact"): ["每班20至30人。"],
    ("1个百分点", 1, None, "百分点", "exact"): ["超过去年1个百分点。"],
    ("七成", 70, None, "%", "exact"): ["七成村民外出务工。"],
    ("5口人", 5, None, "口", "exact"): ["维持家里5口人的生活。"],
    ("9个人", 9, None, "人", "exact"): ["车间里有9个人。"],
    ("3000块钱", 3000, None, "元", "exact"): ["一个月挣3000块钱。"],
    ("上百元", 100, None, "元", "over"): ["每天收入上百元。"],
    ("数万人", 10000, None, "人", "over"): ["吸引数万人参加。"],
    ("十几个", 10, None, "个", "over"): ["建成十几个基地。"],
    ("三万五千元", 35000, None, "元", "exact"): ["年收入三万五千元。"],
    ("13万2千元", 132000, None, "元", "exact"): ["补贴13万2千元。"],
    ("百分之一点五七", 1.57, None, "%", "exact"): ["增长百分之一点五七。"],
    ("至少100个人", 100, None, "人", "at_least"): ["至少100个人参加。"],
    ("2.2万亩", 22000, None, "亩", "exact"): ["流转土地2.2万亩。"],
    ("3万元", 30000, None, "元", "exact"): ["按照3万元/个的标准补助。"],
    ("1.5倍", 1.5, None, "倍", "exact"): ["增长1.5倍。"],
    ("1,382个", 1382, None, "个", "exact"): ["创办经济实体1,382个。"],
    ("20余万元", 200000, None, "元", "over"): ["发放补贴20余万元。"],
    ("约300人", 300, None, "人", "about"): ["约300人到场。"],
    ("500人左右", 500, None, "人", "about"): ["参会500人左右。"],
    ("1000元以下", 1000, None, "元", "up_to"): ["补助1000元以下。"],
    ("逾千家", 1000, None, "家", "over"): ["吸引逾千家企业。"],
    ("5部门", 5, None, "部门", "exact"): ["市人社局等5部门联合印发。"],
    ("每村设一个", 1, None, "个", "exact"): ["每村设一个岗位。"],
    # bounds before a short verb or a compared quantity ending in 的
    ("至少完成2次", 2, None, "次", "at_least"): ["每人至少完成2次全流程操作。"],
    ("至少建设1家", 1, None, "家", "at_least"): ["每个市至少建设1家大师工作室。"],
    ("最高补贴5000元", 5000, None, "元", "up_to"): ["对新招用人员最高补贴5000元。"],
    ("不少于新增20个", 20, None, "个", "at_least"): ["不少于新增20个基地。"],
    ("不低于当地最低工资标准的60%", 60, None, "%", "at_least"): ["补贴标准不低于当地最低工资标准的60%。"],
    ("不超过上年度工资总额的5%", 5, None, "%", "up_to"): ["奖励不超过上年度工资总额的5%。"],
    # up_to and over written as 不足, 不到, 少于, 成多
    ("不足1万元", 10000, None, "元", "up_to"): ["过去年收入不足1万元。"],
    ("不到300人", 300, None, "人", "up_to"): ["全村不到300人。"],
    ("少于50人", 50, None, "人", "up_to"): ["每班少于50人。"],
    ("六成多", 60, None, "%", "over"): ["外出务工的占比六成多。"],
    ("1倍多", 1, None, "倍", "over"): ["收入增长1倍多。"],
    # a bare magnitude of two characters after a cue; trips
    ("超百万人次", 1000000, None, "人次", "over"): ["“技能湖北”行动培训超百万人次"],
    # a short quotation that is speech (particles, pronouns, earning verbs), not a slogan
    ("两千块", 2000, None, "元", "exact"): ["她说，“春茶季还拿了两千块奖金”。", "“年底拿了两千块分红”，老李笑着说。"],
    ("三千块", 3000, None, "元", "exact"): ["“我每月能挣三千块”，她说。", "“咱们一年多赚三千块呢”。"],
    ("近千万元", 10000000, None, "元", "about"): ["累计投入近千万元。"],
    ("1350余趟", 1350, None, "趟", "over"): ["累计组织包车1350余趟。"],
    ("200车次", 200, None, "车次", "exact"): ["开行专车200车次。"],
    # a bare magnitude before a person unit (headlines): 千名, 百名, 万人
    ("千名", 1000, None, "人", "exact"): ["通化市组织千名务工人员赴沪就业", "千名技工进企业"],
    ("百名", 100, None, "人", "exact"): ["百名专家走进乡村。"],
    ("万人", 10000, None, "人", "exact"): ["万人参加招聘会。"],
    ("千名以上", 1000, None, "人", "over"): ["组织千名以上农民工返岗。"],
    # basis points are a rate like 百分点; negated over cues are up_to
    ("150个基点", 150, None, "基点", "exact"): ["贷款利率上浮150个基点。"],
    ("25个基点", 25, None, "基点", "exact"): ["利率下调25个基点。"],
    ("不超过150个基点", 150, None, "基点", "up_to"): ["在LPR基础上上浮不超过150个基点。"],
    ("不得超过3次", 3, None, "次", "up_to"): ["累计次数不得超过3次。"],
    ("不能超过5人", 5, None, "人", "up_to"): ["每组不能超过5人。"],
    ("不得高于3%", 3, None, "%", "up_to"): ["利率不得高于3%。"],
    # 届 counts editions held; its ordinal uses are declined (NEGATIVES)
    ("27届", 27, None, "届", "exact"): ["闽宁两省区已连续举办劳务协作招聘会27届。", "该赛事已举办27届。"],
    ("三届", 3, None, "届", "exact"): ["连续三届获评先进集体。"],
    # compound units win over their head, longest first: 家次, 项次, 期次
    ("5230家次", 5230, None, "家次", "exact"): ["进场企业5230家次。", "走访用工企业5230家次。"],
    ("120项次", 120, None, "项次", "exact"): ["排查整改120项次。"],
    ("12期次", 12, None, "期次", "exact"): ["举办培训班12期次。"],
    # people named by their place, no measure word (guideline §2: a number before a noun)
    ("约有20万新化人", 200000, None, "人", "about"): ["全国约有20万新化人从事文印产业。"],
    ("5000多遂宁人", 5000, None, "人", "over"): ["有5000多遂宁人在外务工。"],
    ("2万四川籍人", 20000, None, "人", "exact"): ["在粤务工的2万四川籍人。"],
    # 前 after a time word is no rank; sessions counted with 期 stay counts
    ("3万人", 30000, None, "人", "exact"): ["春节前3万人返乡。", "节前3万人返乡。"],
    ("5家", 5, None, "家", "exact"): ["目前5家企业已入驻。"],
    ("三期", 3, None, "期", "exact"): ["举办培训班三期。"],
    # 家 before 用人/用工 is a count of firms (家用电器 is not)
    ("156家", 156, None, "家", "exact"): ["区内外156家用人单位参会。", "走访156家用工企业。"],
    ("600余家", 600, None, "家", "over"): ["600余家用人单位参加招聘。", "组织600余家用工单位进场。"],
    # a number right before a noun, no measure word (guideline §2)
    ("12万", 120000, None, "人", "exact"): ["全年转移12万农村劳动力。", "转移就业12万农村劳动力，"],
    ("1.8万", 18000, None, "人", "exact"): ["1.8万贫困劳动力赴粤务工。"],
    # a related-article title with its date glued on: the digits after are a stamp
    ("20期", 20, None, "期", "exact"): ["缙云烧饼师傅培训今年已开班20期2023-05-22",
                                        "家政培训开班20期2022/6/1"],
    # an over cue with a perfective 了, and before a compared quantity ending in 的
    ("突破了300万元", 3000000, None, "元", "over"): ["去年销售额突破了300万元。"],
    ("超过全县劳动力总数的35%", 35, None, "%", "over"): ["外出务工人数超过全县劳动力总数的35%。"],
    ("高于当地平均水平的20%", 20, None, "%", "over"): ["月收入高于当地平均水平的20%。"],
    ("超出2000元", 2000, None, "元", "over"): ["人均月工资超出2000元。"],
    # measure words of produce and livestock
    ("500万袋", 5000000, None, "袋", "exact"): ["全镇年产香菇菌棒500万袋。", "每年生产菌棒500万袋。"],
    ("2万羽", 20000, None, "羽", "exact"): ["合作社养殖蛋鸡2万羽。"],
    ("3000瓶", 3000, None, "瓶", "exact"): ["线上销售蜂蜜3000瓶。"],
}


@pytest.mark.parametrize("sentence,expected", [(s, e) for e, ss in POSITIVE.items() for s in ss])
def test_positive(sentence, expected):
    got = [(c.text, c.value, c.value_max, c.unit, c.approx) for c in counts(sentence)]
    text, value, vmax, unit, approx = expected
    want = (text.replace("每村设", ""), float(value), None if vmax is None else float(vmax), unit, approx)
    assert got == [want]


CATEGORY = {
    "trainees": ["培训在岗农民工4.1万人次。", "开展创业培训200余人次。", "去年已招生3.2万余人。"],
    "employment": ["吸纳就业9986人。", "带动就业15万余人次。", "招聘近2800名高校毕业生到基层就业。",
                   "提供就业岗位1.2万个。"],
    "awards": ["获得一等奖1个。", "全市获奖作品达到88件。", "选树创业明星124名。",
               "美发等4个项目二等奖。"],
    "loans": ["已发放贷款65笔，金额4864万元。", "发放创业担保贷款3.2亿元。"],
    "money": ["每年安排资金4万元。", "月薪有5000多元。"],
    "participants": ["共派出22名选手。", "来自8支代表队的选手。", "15名高层次专家参加。"],
    "organisations": ["建成就业帮扶车间473个。", "创办经济实体1382个。", "创建专家服务基地5个。",
                      "新增创业90万户以上。"],
    "events": ["举办招聘活动1.5万场次。", "组织专项招聘会3次。", "开展活动20余场次。"],
    "projects": ["选送作品637件。", "出台16条措施。", "实施3202个项目。"],
    "rate": ["合格率达到98%以上。", "提高1个百分点。", "增长1.5倍。"],
    "other": ["维持家里5口人的生活。", "结对帮扶4个村。", "流转土地2.2万亩。", "两个女儿年幼。"],
}
# widened vocabularies and rules: employment verbs (输转, 转移, 外出务工, 创业 of
# people, 带动, 找到工作), model units chosen (示范企业), per-unit quantities,
# 其中 subsets, noun heads, served people, masked compounds (务工人员, 服务中心)
CATEGORY_WIDENED = {
    "employment": ["全年共输转城乡富余劳动力52.36万人。", "向新疆等地输转劳动力三万余人。",
                   "有组织劳务输出1.2万人。", "转移农村劳动力8000人。", "扶持创业2900余人。",
                   "扶持返乡创业412人。", "计划今年再扶持10名返乡农民工创业。",
                   "全年返乡创业人数突破5500人。", "新增返乡创业农民工3680人。",
                   "带动周边群众300人。", "已有23名灵活就业人员通过市场找到工作。",
                   "茶叶从业人员达15万人。", "点对点运送务工人员3.7万人。",
                   "接回外地员工2600余名。", "招聘会送岗1200个。",
                   "吸纳群众就业680余人，其中贫困户136户。",
                   "累计吸纳就业1.56万人，其中就业困难人员623人。",
                   "脱贫人口就业形势总体平稳，规模保持在76万人以上。"],
    "trainees": ["培训农村劳动力30万人次，其中贫困劳动力不少于10万人。", "新增高技能人才6.2万人。"],
    "participants": ["聘请创业导师30名。", "组建就业指导专家15名。"],
    "awards": ["拟认定以下12家单位为2024年度就业创业示范企业。", "一、就业示范企业（6家）",
               "二、创业示范单位（4家）", "三、就业服务示范机构（2家）", "评选出10位包粽子达人。"],
    "organisations": ["建成返乡创业园3个，入驻企业85家。", "认定培训基地32个。", "县级示范园区2个。"],
    "events": ["计划全年开展各类技能培训40期。", "举办技能培训20期。"],
    "projects": ["大赛设置54个比赛项目。", "新增培训课程12门。"],
    "other": ["每人至少完成2次全流程制茶。", "每个市至少建设1家大师工作室。", "每省选派两名选手。",
              "务工人员乘坐2辆大巴车返岗。", "提供岗位信息1.2万条。",
              "设置求职登记、技能培训、岗位对接等4个功能区。", "日均服务灵活就业人员300余人次。",
              "提供就业补贴、社保转移等咨询服务200余人次。", "合作社已发展社员136户。",
              "比上年增加19万人，就业形势更加严峻。",
              "摸排贫困劳动力4.5万人，已外出务工的有2.8万人。"],
}

# outcomes with words between verb and object; honour titles in X之星
CATEGORY_WIDENED["trainees"] += ["180名彝族青年参加了为期10天的电工、焊工技能培训。",
                                 "60名学员接受了为期一周的家政培训。"]
CATEGORY_WIDENED["trainees"] += ["培训农村劳动力987人次，其中低收入农户家庭成员312人次。",
                                 "45名农村妇女参加培训，其中建档立卡贫困户家庭成员17人。"]
CATEGORY_WIDENED["loans"] = ["该县已为230名返乡创业人员发放创业担保贷款。", "为120名创业者提供创业担保贷款。"]
CATEGORY_WIDENED["awards"] += ["会上表彰了“十佳返乡创业之星”10名。", "评出“巾帼创业之星”20名。"]


@pytest.mark.parametrize("sentence,category",
                         [(s, c) for c, ss in CATEGORY_WIDENED.items() for s in ss])
def test_category_widened(sentence, category):
    got = counts(sentence)
    first = {"摸排贫困劳动力4.5万人，已外出务工的有2.8万人。", "建成返乡创业园3个，入驻企业85家。",
             "比上年增加19万人，就业形势更加严峻。"}
    assert (got[0] if sentence in first else got[-1]).category == category


# (sentence, count text, category): the count picked by its text
CATEGORY_BY_TEXT = [
    # a group of people of category other yields to the verb after it
    ("帮助3360名就业困难人员实现就业。", "3360名", "employment"),
    ("带动200名失业人员再就业。", "200名", "employment"),
    # 其中 with no count before it: the group the sentence is about
    ("此次赴沪务工人员平均年龄38岁，其中脱贫劳动力和监测对象136人。", "136人", "employment"),
    ("组织千名务工人员赴沪就业", "千名", "employment"),
    # a space parts a headline's phrases
    ("山东去年城镇新增就业124.6万人 今年力争新增技能人才30万人以上", "124.6万人", "employment"),
    ("山东去年城镇新增就业124.6万人 今年力争新增技能人才30万人以上", "30万人以上", "trainees"),
    # a quotation right after the unit is the noun; classes are events
    ("区内职业院校开设了3个“订单班”。", "3个", "events"),
    ("与企业合办5个“冠名班”。", "5个", "events"),
    ("闽宁两省区已连续举办劳务协作招聘会27届。", "27届", "events"),
    # awards named by what they honour
    ("青山区人社局等5个单位获得优秀组织奖。", "5个", "awards"),
    ("8名教练获得优秀指导教师奖。", "8名", "awards"),
    ("三、优秀组织奖（5个）", "5个", "awards"),
    ("3家企业获突出贡献奖。", "3家", "awards"),
    # visitors and staff present are participants
    ("两天吸引游客1.8万人次。", "1.8万人次", "participants"),
    ("当天共有2300余人次进场求职。", "2300余人次", "participants"),
    ("配备了随车服务人员12名。", "12名", "participants"),
    ("抽调工作人员30名。", "30名", "participants"),
    # borrowers after a loan amount; a sentence's loan word governs a bare count
    ("发放“拉面贷”3.6亿元，支持1850户拉面经营户扩大经营。", "1850户", "loans"),
    ("可继续提供创业担保贷款贴息，但累计次数不得超过3次。", "不得超过3次", "loans"),
    ("上浮不超过150个基点。", "不超过150个基点", "rate"),
    # divisions, cases, printed matter, households visited: other
    ("全省16个市同步举办招聘活动1200余场。", "16个", "other"),
    ("来自全市9个旗县区和32家企业的选手参赛。", "9个", "other"),
    ("全年受理劳动人事争议案件3126件。", "3126件", "other"),
    ("调解劳动纠纷45件。", "45件", "other"),
    ("发放政策宣传资料3000余份。", "3000余份", "other"),
    ("印发就业政策宣传手册1.5万册。", "1.5万册", "other"),
    ("共走访就业困难人员2.1万户。", "2.1万户", "other"),
    # a count inside parentheses takes its clause words from inside them
    ("新招用人员达到职工人数15%（超过100人的企业达到8%）。", "超过100人", "other"),
    # vehicles are other; competitions held are events; a quotation before the number is the noun
    ("当天发车46辆，护送1860名务工人员返岗。", "46辆", "other"),
    ("举行欢送仪式，发出返岗专车30辆。", "30辆", "other"),
    ("全市已举办各级各类职业技能竞赛150余场。", "150余场", "events"),
    ("共举办技能大赛12场。", "12场", "events"),
    ("设置15个竞赛项目。", "15个", "projects"),
    ("新建“家门口就业服务站”320个。", "320个", "organisations"),
    ("建成“零工驿站”56个。", "56个", "organisations"),
    # a division before 家 is where, not what
    ("其余县市区及高新区1019家，返还资金1321万元。", "1019家", "organisations"),
    ("其中乡镇街道320家。", "320家", "organisations"),
    # skilled people are a stock unless newly trained
    ("全市技能人才总量达到150万人，其中高技能人才45万人。", "150万人", "other"),
    ("全市技能人才总量达到150万人，其中高技能人才45万人。", "45万人", "other"),
    ("培养技能人才3000人。", "3000人", "trainees"),
    # problems found and agreements signed are other
    ("共检查在建项目17个，发现问题5个。", "5个", "other"),
    ("与上海等地签订劳务协作协议6份。", "6份", "other"),
    ("与企业签订合同12份。", "12份", "other"),
    # an outcome after the people outranks the nouns describing them
    ("现场有580名女性求职者达成就业意向。", "580名", "employment"),
    ("赛后，有46名获奖选手与企业现场签订了就业意向协议。", "46名", "employment"),
    ("全市40名创业培训讲师参加培训。", "40名", "trainees"),
    ("200名参赛选手接受培训。", "200名", "trainees"),
    ("离校未就业高校毕业生2000人实现就业。", "2000人", "employment"),
    ("组织200名干部帮助群众实现就业。", "200名", "participants"),
    # groups named by their situation yield to 其中; not employed is other
    ("计划培训电商创业人员3000人，其中建档立卡贫困人员不少于800人。", "不少于800人", "trainees"),
    ("摸排劳动力17.3万人，其中已转移就业12.1万人，未就业5.2万人。", "5.2万人", "other"),
    # people at work in a workshop or field are employed; job seekers present are participants
    ("走进车间，30多名村民正在赶制一批订单。", "30多名", "employment"),
    ("40多名村民正在加工假睫毛。", "40多名", "employment"),
    ("李强正带着十几名村民采摘、分拣、装箱。", "十几名", "employment"),
    ("20多名苗族妇女正在飞针走线。", "20多名", "employment"),
    ("全国约有20万新化人从事文印产业。", "约有20万新化人", "employment"),
    ("每天有200余人次前来求职。", "200余人次", "participants"),
    ("组织搬迁群众15人赴县城参观社区工厂。", "15人", "participants"),
    # people applying for a business loan are counted as loans
    ("现场为30名返乡农民工办理了创业贷款申请登记。", "30名", "loans"),
    # money keeps its own category: a loan word elsewhere in the sentence does not govern it
    ("引导金融机构落实涉农贷款优惠政策，按1万元的标准给予创业补助。", "1万元", "money"),
]


CATEGORY_BY_TEXT += [
    # subsidies are money, not loans, even beside a loan count (guideline §2: money = subsidies)
    ("2024年共发放贷款1862笔、金额3.86亿元，财政贴息2100余万元。", "2100余万元", "money"),
    ("2024年共发放贷款1862笔、金额3.86亿元，财政贴息2100余万元。", "3.86亿元", "loans"),
    ("累计发放创业担保贷款2.38亿元，兑现创业补贴416万元。", "416万元", "money"),
    ("发放创业担保贷款5000万元以上，对首次创业的给予5000元一次性创业补贴。", "5000元", "money"),
    ("全年发放贷款300笔，落实奖补资金120万元。", "120万元", "money"),
    ("发放贴息贷款1000万元。", "1000万元", "loans"),
    ("发放创业担保贷款3亿元并财政贴息。", "3亿元", "loans"),
    ("贷款65笔，金额4864万元。", "4864万元", "loans"),
    # 各 + a verb before the number is a per-unit quantity: other (not 各地, 各类, 各县)
    ("在甲区、乙区、丙区各建设1个县级公共实训基地。", "1个", "other"),
    ("两市各推荐10名选手参赛。", "10名", "other"),
    ("甲乙两县各选派2名骨干教师参加。", "2名", "other"),
    ("各地新建车间30个。", "30个", "organisations"),
    ("各县区共培训5000人次。", "5000人次", "trainees"),
]


@pytest.mark.parametrize("sentence,text,category", CATEGORY_BY_TEXT)
def test_category_by_text(sentence, text, category):
    got = {c.text: c.category for c in counts(sentence)}
    assert got.get(text) == category


def test_per_unit_keeps_money_and_periods():
    assert [c.category for c in counts("享受每人1000元的培训补贴，每年培训1000人。")] == ["money", "trainees"]


@pytest.mark.parametrize("sentence,category", [(s, c) for c, ss in CATEGORY.items() for s in ss])
def test_category(sentence, category):
    assert counts(sentence)[-1].category == category


def test_category_inherited_within_sentence():
    got = counts("吸纳就业9986人，其中脱贫人口4121人。")
    assert [c.category for c in got] == ["employment", "employment"]


TARGET = {
    True: ["我们计划到2025年，就业规模保持在76万人以上。", "川渝两地全年促进城镇新增就业145万人以上。",
           "力争全年培训5000人次。", "预计新增就业1万人。", "目标是帮助3000人就业。"],
    False: ["截至目前，已帮扶就业3501人。", "累计带动就业15万余人次。", "每年财政匹配200万元支持创业。",
            "已超过全年目标任务，其中帮扶就业1820人。", "到2019年底，全市建成车间30个。"],
}
TARGET_WIDENED = {
    # planned completion is not a result: 计划完成, 确保…完成; 计划 + any verb
    True: ["2019年，全省计划完成培训3万人次以上。", "确保全年完成培训1.2万人的目标任务。",
           "力争年内完成新增就业5000人。", "2013年计划招募3万名高校毕业生。",
           "计划用3年时间培训30万人次。", "计划全年开展培训40期。",
           "计划完成培训3万人次以上，新增基地不少于20个，每个市至少建设1家工作室。",
           "会议要求，下半年各地要力争新增返乡创业2000人以上。", "明年将新增就业1万人。"],
    # 将 as 把, sums granted under a directive, lists under publicity, the noun 要求
    False: ["将3000万元资金拨付到位。", "将补贴资金500万元发放到户。", "将100名学员分为5个班。",
            "学员还将参加考试，并享受每人1000元的培训补贴。", "要安排资金500万元。",
            "根据《评选办法》要求，共收到申报材料87份。", "拟认定以下12家单位为示范企业。",
            "拟表彰先进个人30名。", "已完成培训3000人。", "继续实施“三支一扶”计划，共招募3000人。"],
}


# a semicolon list goes on with the quotas before it; a directive inside a modifier
# (即将赴闽务工的32名) qualifies existing people; a sum granted in a later clause than
# a goal is a standard
TARGET_WIDENED[True] += ["根据协议，今年将帮助劳动力转移就业4.5万人以上；举办招聘会不少于30场，共建工作站15个。",
                         "力争新增就业1万人；开展培训5000人次。"]
TARGET_WIDENED[False] += ["看望了即将赴闽务工的32名脱贫劳动力。", "慰问将要返岗的200名务工人员。",
                          "新增就业1万人；开展培训5000人次。"]


# plans scope over later clauses (预计…，帮助…; 会议要求，…); a tally inside a plan is
# planned (将累计举办, 力争…，完成…培训); prizes, loan caps and present pay are no targets
TARGET_WIDENED[True] += ["预计全市将累计举办招聘活动260场次以上，帮助5万名以上农村劳动力实现就业。",
                         "2018年，力争新增转移就业3万人以上，完成贫困劳动力技能培训2万人次。",
                         "会议要求，年内全州新增转移就业2万人，新建就业扶贫基地30个。",
                         "通知要求：全年开展培训1万人次，新建基地20个。",
                         "明年预计共计新增岗位3000个。"]
TARGET_WIDENED[False] += ["获得一等奖的选手还将获得称号及每人1万元奖金。",
                          "以前找零工要到市场门口蹲守，现在手机上就能接单，一天能挣300到500块。",
                          "拟返还稳岗资金共计2386.5万元，惠及职工6.4万人。",
                          "根据《评选办法》（湖人社发〔2022〕35号）要求，共收到申报材料87份。",
                          "如今车间里有30多名工人。",
                          # 将 as 把 with a change made, and a count its own clause says is done
                          "市人社局将个人创业担保贷款额度由10万元提高至15万元。",
                          "我县将补贴标准从每人800元调整为1000元。",
                          "双方将共同开发岗位，首批120名农牧民已赴北京上岗。",
                          "签订协议后，全年共输出劳动力3000人以上。",
                          "全年累计培训5000人次以上。"]
TARGET_WIDENED[True] += [
    # a yearly bound promised in an agreement signed in the sentence
    "两地签订劳务协作框架协议，北京市每年为我市提供就业岗位不少于1万个。",
    "双方签署合作协议，约定每年互派干部不少于10名。",
    "明年将培训2万人次，已完成方案编制。",
    # what a project will do once built
    "创业园二期开工，建成后可新增入驻企业40家。", "项目投产后可带动就业300人。"]
TARGET_WIDENED[False] += ["园区建成后已入驻企业20家。"]
TARGET_WIDENED[True] += [
    # the terms of an agreement signed in the sentence (约定, 明确, 商定)
    "两地签订劳务协作协议，明确今年再开设“订单班”5期。",
    "双方签署合作协议，约定2035年输送劳动力不少于3000人。",
    "两县签订协议，商定联合举办专场招聘会10场。",
    "协议约定，明年接收务工人员2000名。",
    # a bounded total granted in a later clause of a goal is one of the goals; a promised floor of pay
    "今年计划新增就业2800人，发放创业担保贷款不少于2000万元。",
    "力争全年培训5000人次，发放创业担保贷款1亿元以上。",
    "将动员企业拿出更多岗位，月薪不低于4500元。",
    # a forecast of how many listed firms come; a preposition or 再 after 将 is no place name
    "预计将有甲公司、乙公司等200余家企业进场。",
    "下一步将在初保村、牙胡村再开设培训班2期。",
    "明年将在各乡镇举办招聘会20场。",
    "今年将新建返乡创业孵化基地5个。"]
TARGET_WIDENED[True] += [
    # a line wrapped mid-sentence goes on with the plan of the line before it
    "全年计划开展职业技能培训12万人次，其中农民工培训\n5.5万人次、脱贫劳动力培训8000人次，新增取证人员6万人以上。",
    "下半年全县力争新增车间50个以上，确保年底前\n每个贫困村至少有1个就业扶贫车间。",
    "明年预计新增岗位3000个，其中公益性岗位\n600个。",
    # the tasks of a notice (after 通知如下：/ 提出如下意见：) are plans, quotas included
    "现就有关工作通知如下：\n一、在各县开展家政服务专项培训不少于40期，每期培训人数不少于30人。",
    "现将有关事项通知如下：各乡镇各建设1个就业服务站，每县（市、区）选派2名业务骨干参加。",
    "经研究，提出如下意见：\n（一）全年组织职业技能竞赛10场，培育技能大师工作室5个。",
    # a total paid out in a later clause of a goal is one of the goals
    "2014年，我局将力争新增转移就业5万人，发放小额担保贷款2.5亿元。",
    "力争全年培训1万人次，拨付培训补贴3000万元。",
    # a recurring quantity under a signed contract, even after 签了 / 已签订
    "今年8月，我们跟食品公司签了合同，对方每年收购鲜菇600吨。",
    "合作社已与农户签订收购合同，每年收购生猪2000头。",
    "两地签下劳务协作协议，每月输送务工人员50人。"]
TARGET_WIDENED[False] += [
    # a notice that reports (结果, 情况), and the standards, budgets and results inside a notice
    "现将考核结果通知如下：全市培训40期，培训学员1200人。",
    "现就有关工作通知如下：就业见习补贴标准不低于当地最低工资标准的60%。",
    "现就有关工作通知如下：市财政局安排职业技能提升专项资金3800万元。",
    "现就有关工作通知如下：对取得初级工证书的给予1000元培训补贴。",
    "现就有关工作通知如下：已确定电工、焊工等8个竞赛项目。",
    # what a contract yields in money is no quota
    "合作社与学员签订产品回收协议，绣娘每月可增收800元至1500元。",
    "签订协议以来，每年输送劳动力3000人。",
    # 将 inside a town's name (将台堡镇) is no future
    "8月，在西吉县将台堡镇、隆德县沙塘镇等地开展培训班12期，培训学员540人。",
    # named things a number sums up (等12家) exist; pay offered is a standard
    "务工人员将分别到甲公司、乙公司等12家企业就业，月均工资4500元以上。",
    "首批学员将赴宁波、苏州等5家企业上岗。",
    "岗位将由甲厂、乙厂等8家企业提供，月工资3000元至5000元。",
    # what was done under an agreement
    "按照协议约定，输送劳动力3000人。"]


def test_target_standards_after_goals():
    """A cap, a per-head grant and pay offered after a goal are standards; a bounded total is a goal."""
    def got(t):
        return [(c.text, c.is_target) for c in counts(t)]
    assert got("力争输转劳动力1.5万人；对稳定就业的脱贫劳动力，给予每人一次性交通补助最高800元。") == [
        ("1.5万人", True), ("最高800元", False)]
    assert got("力争新增就业1万人；对吸纳就业的企业每人补贴1000元。") == [("1万人", True), ("1000元", False)]
    assert got("计划输送劳动力500人，月薪4000元以上。") == [("500人", True), ("4000元以上", False)]
    assert got("计划培训3000人，发放培训补贴不少于300万元。") == [("3000人", True), ("不少于300万元", True)]


def test_target_wrapped_lines_and_entitlements():
    """A line wrapped mid-sentence continues its plan; a heading (no comma) or a finished
    sentence does not. A sum one recipient is entitled to after a goal is a standard."""
    def got(t):
        return [(c.text, c.is_target) for c in counts(t)]
    assert got("一、力争新增就业1万人\n全市新建就业车间30个。") == [("1万人", True), ("30个", False)]
    assert got("全年计划培训1万人次。\n全市新建就业车间30个。") == [("1万人次", True), ("30个", False)]
    assert got("计划培训1万人次，其中\n农民工5000人次。") == [("1万人次", True), ("5000人次", True)]
    assert got("力争新增就业1万人，对新认定的示范基地给予奖补50万元。") == [("1万人", True), ("50万元", False)]


def test_target_plan_against_result():
    got = counts("全年目标任务5000人，完成5200人。")
    assert [(c.text, c.is_target) for c in got] == [("5000人", True), ("5200人", False)]
    got = counts("计划培训5000人，实际完成6000人。")
    assert [(c.text, c.is_target) for c in got] == [("5000人", True), ("6000人", False)]
    got = counts("今年计划培训3000人，培训合格者可申请最高10万元的创业担保贷款。")
    assert [(c.text, c.is_target) for c in got] == [("3000人", True), ("最高10万元", False)]


def test_target_quota():
    """A goal noun right before its number names the quota, even after 完成 (a result)."""
    def got(t):
        return [(c.text, c.is_target) for c in counts(t)]
    assert got("截至9月底，新增就业3.2万人，完成年度目标任务3.5万人的91.4%。") == [
        ("3.2万人", False), ("3.5万人", True), ("91.4%", False)]
    assert got("已完成全年目标任务1.2万人的105%。") == [("1.2万人", True), ("105%", False)]
    assert got("超额完成省下达目标5000人的任务。") == [("5000人", True)]
    assert got("全市完成任务数800人的92%。") == [("800人", True), ("92%", False)]
    assert got("完成培训3000人，占目标的60%。") == [("3000人", False), ("60%", False)]


def test_target_quota_word_needs_no_count_between():
    """全年 + a bound is a quota only when no count stands between: otherwise it is a year's tally."""
    def got(t):
        return [(c.text, c.is_target) for c in counts(t)]
    assert got("全年承接培训项目52个，培训合格率达到96%以上。") == [("52个", False), ("96%以上", False)]
    assert got("全年举办招聘会30场，就业率保持在95%以上。") == [("30场", False), ("95%以上", False)]
    assert got("全年新增就业1.2万人以上。") == [("1.2万人以上", True)]
    assert got("全年培训3万人次以上、新增就业2万人以上。") == [("3万人次以上", True), ("2万人以上", True)]


def test_target_mixed():
    got = counts("力争全年输出劳动力5万人以上，对稳定就业的务工人员每人给予一次性奖补1000元。")
    assert [(c.text, c.is_target) for c in got] == [("5万人以上", True), ("1000元", False)]
    got = counts("计划发放补贴资金500万元。")
    assert [c.is_target for c in got] == [True]


@pytest.mark.parametrize("sentence,target", [(s, t) for t, ss in TARGET_WIDENED.items() for s in ss])
def test_target_widened(sentence, target):
    assert all(c.is_target is target for c in counts(sentence))


@pytest.mark.parametrize("sentence,target", [(s, t) for t, ss in TARGET.items() for s in ss])
def test_target(sentence, target):
    assert counts(sentence)[-1].is_target is target


NEGATIVES = {
    "date_time_duration": ["12月21日召开会议。", "2017年启动。", "车间开工两个多月来。",
                           "正常经营6个月以上。", "上午10:30开始。", "每学期发放。", "3个工作日内办结。"],
    "age": ["38岁的肖仁安。"],
    "view_counter": ["时间:2019年06月03日 来源:光山县人社局 点击:2576次", "阅读: 356 次", "人气：1234次",
                     "浏览次数:88"],
    "ordinal_rank": ["第三届大赛。", "获全省第三名。", "获全省前十名。", "排名第三。", "第3条规定。",
                     "第二次会议。"],
    "slogan_name": ["“四个不摘”。", "“十四五”时期。", "“一区两群”协同发展。", "践行“两个维护”。",
                    "招募“三支一扶”人员。", "联合实施十大行动。", "实现“3个100%”。",
                    "户均至少一人就业。", "大英县“五个到位”做好工作。"],
    "list_marker": ["（1）要素保障到位。", "一是聚焦产业。"],
    "enumeration": ["从三个方面实施。", "搭建四级创业服务平台。", "设置三大类。", "搭建市、县区、乡镇、村社四个层级的平台。", "11类人群。",
                    "9种大病。", "强化四个意识。"],
    "figurative_one": ["打造一张名片。", "找到一份工作。", "培养一批人才。", "一家人的日子。"],
    "appositive": ["川渝两地联合举办。", "川渝两省市签署。", "依托这两个品牌。"],
    "phone_code": ["咨询电话：0825-2222222。", "拨打12333热线。", "遂人社发〔2021〕12号。"],
    "length_area": ["离家5公里。", "海拔1000米。", "建筑面积5万平方米。", "占地30公顷。"],
    "no_unit": ["年收入8万多。", "浏览次数：1234。"],
    "item_weight": ["每个3斤重。"],
    "bound_without_number": ["至少完成全部流程。", "最高人民法院发布。", "不足之处。", "不到位的问题。"],
    "bound_gap_no_digits_or_punctuation": ["至少，3月底前完成。"],
    "many_after_other_units": ["3个多月。"],
    "place_names": ["三门峡市的企业。", "七台河市人社局。", "四川省。"],
    # 零 inside a word starts no count; 一次性 is an adjective
    "zero_in_word": ["涉及汽车零部件装配。", "发展零售业。", "打零工增收。", "零距离服务群众。"],
    "adjective_once": ["给予一次性补贴。", "实行一次性告知。"],
    # appositive 两 before a quoted name already named (两个“朝阳”)
    "appositive_quoted": ["北京朝阳区与辽宁朝阳市，两个“朝阳”名字相同。",
                          "天府新区和天府镇，两个“天府”携手。"],
    # ordinal and cohort 届, ordinal 二次
    "ordinal_edition": ["十四届全国人大二次会议。", "学习党的二十届三中全会精神。", "2024届高校毕业生。",
                        "第27届招聘会。", "本届大赛。"],
    "bare_magnitude_names": ["万人助万企活动。", "入选千人计划。", "成千上万人。"],
    # a phase is a name or ordinal (二期建设, 一期工程); 前 + a number is a rank: the first N
    "phase": ["启动产业园二期建设。", "一期工程已完工。", "三期项目开工。", "二期厂房交付。"],
    "rank_first_n": ["前三场累计达成就业意向。", "各项目前三名获奖。", "前5家企业已签约。", "位居全省前十。"],
    # a word before 人 that is no place makes no count
    "not_a_place": ["三千农村人家。"],
    "household_goods": ["今年共售出十二万家用轿车。", "换购三万家用电器。"],
}


@pytest.mark.parametrize("sentence", [s for ss in NEGATIVES.values() for s in ss])
def test_negative(sentence):
    assert [c.text for c in counts(sentence)] == []


XFAIL = [
    # a number after its people noun with no measure word (人口45万) is not read yet
    ("全县人口45万。", [(450000.0, "人", False)]),
]


@pytest.mark.parametrize("sentence,expected", [
    pytest.param(s, e, marks=pytest.mark.xfail(strict=True)) for s, e in XFAIL])
def test_known_gaps(sentence, expected):
    assert [(c.value, c.unit, c.is_target) for c in counts(sentence)] == expected


def test_spans_and_sentences():
    text = "会上，共派出22名选手。\n近日，吸纳就业9986人，其中脱贫人口4121人。"
    ctx = make_context("t", text)
    for c in extract(ctx):
        assert text[c.start:c.end] == c.text
        assert c.sentence == ctx.sentence_at(c.start).text
        assert c.rule.startswith("count.")


def test_repeated_mentions_each_counted():
    assert len(counts("帮扶就业1820人。帮扶我市1820人脱贫人口就业。")) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789一二两三十百千万亿余多近约第个人名元%-至，。“”《》年月日的是ab\n ")),
               max_size=40) | st.text(max_size=40))
def test_never_raises_and_spans_valid(text):
    ctx = make_context("t", text)
    for c in extract(ctx):
        assert text[c.start:c.end] == c.text


def test_a_bare_noun_count_does_not_cost_the_others():
    """Every rule's match builds a candidate (a rule without a group once made the
    whole document's counts vanish)."""
    got = [c.text for c in counts("全市1.8万贫困劳动力赴粤务工，发放补贴3260万元，培训1.2万人次。")]
    assert got == ["1.8万", "3260万元", "1.2万人次"]
