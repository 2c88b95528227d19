"""Example tables for the organisations extractor (guideline section 5).

Positives group sentences under the names they must yield (as a set, the way the
scorer matches); negatives must yield nothing; known gaps are strict xfails.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from extract import organisations
from extract.context import make_context

DATE = dt.date(2023, 7, 17)


def names(text: str) -> set[str]:
    return {o.name for o in organisations.extract(make_context("t", text, DATE, "day"))}


POSITIVE = [
    # place qualifier + body; titles that follow are not part of the name
    ({"市人力资源社会保障局"}, ["市人力资源社会保障局党组书记、局长梁勤玲出席会议并讲话。",
                        "并就市人力资源社会保障局等5部门《关于加强就业帮扶的实施意见》进行解读。"]),
    ({"遂宁市人力资源和社会保障局"}, ["遂宁市人力资源和社会保障局二级巡视员陈泉出席。"]),
    ({"潼南区政府", "潼南区人力资源社会保障局"}, ["大赛由潼南区政府主办，潼南区人力资源社会保障局承办。"]),
    ({"重庆市人力资源和社会保障局"}, ["重庆市人力资源和社会保障局党组书记、局长黎勇出席。"]),
    # coordinated lists split; bare members of a good list are names
    ({"省人社厅", "财政厅", "教育厅", "退役军人厅", "团省委", "省妇联", "省残联"},
     ["由省人社厅、财政厅、教育厅、退役军人厅、团省委、省妇联和省残联等七部门共同主办。"]),
    ({"市委", "市政府", "党中央", "国务院"}, ["落实党中央、国务院决策部署和市委、市政府相关工作要求。"]),
    ({"中共中央", "国务院"}, ["2021年，中共中央、国务院印发了《成渝地区双城经济圈建设规划纲要》。"]),
    ({"德阳市委", "宣传部"}, ["德阳市委常委、宣传部部长吴成钢出席活动。"]),
    # long compositional names with 驻, 暨 and subordinate units
    ({"遂宁市船山区驻温州农民工服务管理党支部", "农民工服务工作站", "人才工作站", "农民工工会工作委员会"},
     ["调研组还参加了遂宁市船山区驻温州农民工服务管理党支部、农民工服务工作站、人才工作站、农民工工会工作委员会成立大会。"]),
    ({"市农民工暨返乡下乡创业工作领导小组办公室"}, ["7月4-7日，市农民工暨返乡下乡创业工作领导小组办公室赴北京开展活动。"]),
    ({"攀枝花市医保局党支部"}, ["攀枝花市医保局党支部每年都召开专题会议。"]),
    ({"四川省人民政府办公厅", "重庆市人民政府办公厅"}, ["四川省人民政府办公厅、重庆市人民政府办公厅印发了规划。"]),
    # firms: place + proper name + trade + form; proper name bounded by a stop
    ({"北京佳坤诚建筑工程有限公司", "温州东东控股有限公司"},
     ["调研组深入北京佳坤诚建筑工程有限公司、温州东东控股有限公司实地查看。"]),
    ({"绿然公司"}, ["联合视察组视察遂宁绵竹蔬菜生产带蓬溪示范基地绿然公司"]),
    ({"重庆(潼南)种苗繁育中心"}, ["先后前往重庆(潼南)种苗繁育中心。"]),
    ({"腾讯科技（深圳）有限公司"}, ["由腾讯科技（深圳）有限公司承办。"]),
    ({"中国工商银行遂宁分行"}, ["中国工商银行遂宁分行为企业提供贷款。"]),
    ({"浩石模块", "绿山微湖"}, ["创办浩石模块、绿山微湖等经济实体1382个。"]),
    # congress, schools, villages, media
    ({"遂宁人大", "潼南人大"}, ["遂宁人大与潼南人大积极对接。"]),
    ({"重庆市潼南区人大常委会", "四川省遂宁市人大常委会"},
     ["近日，重庆市潼南区人大常委会和四川省遂宁市人大常委会联合视察了基地。"]),
    ({"山东农业大学", "省科学院", "省农学院"}, ["来自山东农业大学、省科学院、省农学院等单位的15名专家。"]),
    ({"龙珠社区党群服务中心"}, ["在龙珠社区党群服务中心开展合力包粽子活动。"]),
    ({"新华社", "国务院"}, ["据新华社北京3月5日电，国务院印发通知。"]),
    ({"四川日报"}, ["来源：四川日报"]),
    ({"甘肃日报", "每日甘肃网"}, ["甘肃日报、每日甘肃网记者报道。"]),
    ({"中国就业网"}, ["（中国就业网）", "来源：中国就业网"]),
    ({"城口县就业和人才服务局"}, ["参加了城口县就业和人才服务局主办的培训班。"]),
    ({"安徽省合肥市蜀山区三里庵街道办事处"}, ["安徽省合肥市蜀山区三里庵街道办事处组织开展活动。"]),
    ({"中共遂宁市委", "遂宁市人民政府"}, ["中共遂宁市委、遂宁市人民政府印发了意见。"]),
    ({"镇政府", "村委会", "村党支部"}, ["镇政府、村委会、村党支部积极配合。"]),
    # a firm's name runs back past a stop character inside its own name to a real
    # boundary (list marker, punctuation, verb); a short place form that overlaps a
    # longer reading (江华 in 浙江华固, 安新 in 埃安新能源) is no place
    ({"华为技术有限公司"}, ["走访了华为技术有限公司。", "华为技术有限公司招聘200人。"]),
    ({"浙江华固蓄电池科技有限公司"}, ["1.浙江华固蓄电池科技有限公司（长兴县）",
                              "（一）浙江华固蓄电池科技有限公司"]),
    ({"广汽埃安新能源汽车有限公司"}, ["进入广汽埃安新能源汽车有限公司等企业工作。",
                              "218名务工人员入职广汽埃安新能源汽车有限公司。"]),
    ({"湖南华菱钢铁集团有限公司"}, ["200名学员入职湖南华菱钢铁集团有限公司。"]),
    ({"福建安踏体育用品有限公司"}, ["组织劳动力赴福建安踏体育用品有限公司务工。"]),
    ({"成都以太科技有限公司"}, ["张三现就职于成都以太科技有限公司。"]),
    ({"长兴县小浦镇八都岕村股份经济合作社"}, ["3.长兴县小浦镇八都岕村股份经济合作社（长兴县）"]),
    ({"遂宁市船山区永兴镇都市农业专业合作社"}, ["遂宁市船山区永兴镇都市农业专业合作社获评示范社。"]),
    # towns and street offices as qualifiers; zones count as places
    ({"东风镇党委"}, ["全家收入达到3.6万元。东风镇党委负责人说，镇里计划扶持。",
                  "东风镇党委负责人说，镇里计划扶持。"]),
    ({"石鱼镇劳动保障站"}, ["石鱼镇劳动保障站工作人员上门服务。"]),
    ({"铜元局街道零工市场"}, ["近日，铜元局街道零工市场在铜元局社区正式揭牌运行。",
                       "铜元局街道零工市场揭牌运行"]),
    ({"船山区人力资源市场"}, ["船山区人力资源市场举办招聘会。"]),
    ({"南坪街道办事处", "重庆经开区人力资源服务中心"},
     ["3月15日，南坪街道办事处联合重庆经开区人力资源服务中心开展活动。"]),
    ({"遂宁高新区管委会", "市经开区人社局"}, ["遂宁高新区管委会、市经开区人社局参加。"]),
    # a division under a department is one body; 指挥部 heads
    ({"省人社厅职业能力建设处"}, ["省人社厅职业能力建设处负责人表示，"]),
    ({"市人社局就业促进科"}, ["市人社局就业促进科科长介绍。"]),
    ({"广东省对口支援新疆前方指挥部", "喀什地区人社局"},
     ["广东省对口支援新疆前方指挥部会同喀什地区人社局开展协作。"]),
    ({"县防汛抗旱指挥部"}, ["县防汛抗旱指挥部发布通知。"]),
    ({"遂宁市驻广州农民工服务站"}, ["遂宁市驻广州农民工服务站开展慰问。"]),
    ({"人社部", "教育部"}, ["人社部、教育部联合印发通知。"]),
    ({"省总工会吴江分会"}, ["省总工会吴江分会成立。"]),
    # a brand abbreviation before a firm's place opens its name (org_brands.txt);
    # a verb there does not
    ({"迁安市人社局", "首钢迁安钢铁有限责任公司"}, ["迁安市人社局联合首钢迁安钢铁有限责任公司等重点企业开展招聘。"]),
    ({"国网遂宁供电公司"}, ["国网遂宁供电公司开展招聘。", "组织毕业生走进国网遂宁供电公司。"]),
    ({"中石化四川销售有限公司"}, ["，中石化四川销售有限公司招聘加油员。"]),
    ({"遂宁华通电子有限公司"}, ["带领遂宁华通电子有限公司参会。", "共吸纳遂宁华通电子有限公司等企业。",
                          "现场输送遂宁华通电子有限公司员工50人。"]),
    # words in brackets inside a firm's name: （集团）, (集团), （中国）
    ({"包头钢铁（集团）有限责任公司"}, ["焊工：王志强（包头钢铁（集团）有限责任公司）",
                               "包头钢铁（集团）有限责任公司招聘200人。"]),
    ({"包头钢铁(集团)有限责任公司"}, ["入职包头钢铁(集团)有限责任公司。"]),
    ({"四川长虹电器（集团）股份有限公司"}, ["四川长虹电器（集团）股份有限公司招聘技工。"]),
    ({"华为技术（中国）有限公司"}, ["华为技术（中国）有限公司招聘。"]),
    # banners and towns as qualifiers
    ({"莫力达瓦旗尼尔基镇社区卫生服务中心"}, ["育婴员：刘娜（莫力达瓦旗尼尔基镇社区卫生服务中心）"]),
    # news agencies and websites in datelines and bylines
    ({"中新网", "山东省人社厅"}, ["中新网济南3月5日电（记者 赵晓）记者从山东省人社厅获悉。"]),
    ({"大众网"}, ["大众网青岛3月6日讯 记者从市人社部门了解到。"]),
    ({"齐鲁晚报"}, ["据齐鲁晚报济南5月6日讯，今年春季招聘会火热。", "齐鲁晚报记者了解到，招聘会火热。"]),
    ({"人民网", "国务院"}, ["人民网北京1月5日电 国务院印发通知。"]),
    # a family farm named after its village; 其中, 全村 and verbs stop the walk
    ({"大湾村汪家冲家庭农场"}, ["全村发展家庭农场12家，其中大湾村汪家冲家庭农场被评为省级示范家庭农场。"]),
    ({"石门村李家湾家庭农场"}, ["其中石门村李家湾家庭农场年产值180万元。"]),
    # named stations: 驿站 heads; a regional abbreviation (川渝, 津甘) qualifies a body
    ({"津甘劳务协作工作站"}, ["两地还在合作市揭牌成立“津甘劳务协作工作站”，现场办理手续。"]),
    ({"川渝人力资源服务中心"}, ["双方共建川渝人力资源服务中心。"]),
    ({"京津冀人才服务驿站"}, ["揭牌成立“京津冀人才服务驿站”。"]),
    ({"朝阳区望京街道零工驿站", "北京市朝阳区人力资源公共服务中心"},
     ["考察组实地察看了朝阳区望京街道零工驿站、北京市朝阳区人力资源公共服务中心。"]),
    ({"遂宁市船山区爱心驿站"}, ["遂宁市船山区爱心驿站投入使用。"]),
    ({"银川市金凤区劳务工作站"}, ["与会人员实地走访了银川市金凤区劳务工作站，看望了劳动力。"]),
    # a sub-unit written right after its parent is one body, also when its own name
    # joins two modifiers with 和/与 (a conjunction after a head still splits a list)
    ({"巫溪县人社局就业和人才中心"}, ["巫溪县人社局就业和人才中心负责人介绍，", "走访巫溪县人社局就业和人才中心。"]),
    ({"市人社局就业和人才服务中心"}, ["市人社局就业和人才服务中心开展招聘。"]),
    ({"县就业和社保中心"}, ["县就业和社保中心负责人上门服务。"]),
    ({"省人社厅", "就业中心"}, ["省人社厅和就业中心联合开展调研。"]),
    # a date before a bare-level name is a boundary
    ({"市人社局", "市财政局"}, ["9月1日市人社局、市财政局召开联席会议。", "2023年9月1日市人社局、市财政局召开联席会议。",
                          "二〇二三年九月一日市人社局、市财政局召开联席会议。"]),
    ({"县政府"}, ["5月县政府印发方案。", "2019年县政府出台意见。", "十二月十五日县政府召开会议。"]),
    # a sub-unit written after its parent, with its own place between (分指挥部,
    # like 分行, 分局), and a 总队/支队 under its department, is one body
    ({"上海市对口支援新疆工作前方指挥部莎车分指挥部"},
     ["由上海市对口支援新疆工作前方指挥部莎车分指挥部联合主办。", "上海市对口支援新疆工作前方指挥部莎车分指挥部负责同志出席。"]),
    ({"浙江省援川指挥部广元分指挥部"}, ["浙江省援川指挥部广元分指挥部开展调研。"]),
    ({"省人社厅劳动保障监察总队"}, ["省人社厅劳动保障监察总队开展执法检查。"]),
    ({"遂宁市消防救援支队", "四川省消防救援总队"}, ["遂宁市消防救援支队、四川省消防救援总队参加演练。"]),
    ({"中共城口县委办公室"}, ["中共城口县委办公室印发通知。"]),
    ({"县委办公室", "县政府办公室"}, ["县委办公室、县政府办公室联合印发。"]),
    # a bare level before 委 or 政府 after a verb is the name's place
    ({"省委", "省政府"}, ["全市认真贯彻落实省委、省政府关于打赢脱贫攻坚战的决策部署。", "需要省委省政府支持。"]),
    ({"市委"}, ["按照市委部署，抓好落实。"]),
    ({"县委", "县政府"}, ["坚决贯彻县委决定，认真执行县政府要求。"]),
    # a paper's masthead (name, date and page) names the paper
    ({"城口报"}, ["城口报2021年4月16日　星期五　第2版　综合新闻"]),
    ({"遂宁日报"}, ["遂宁日报 第3版 要闻", "遂宁日报2023年5月6日 星期六 第2版"]),
    # a marketplace as subject or organiser is the body that runs it
    ({"县人力资源市场"}, ["县人力资源市场组织企业招聘。"]),
    # a list goes on past a post after a good name
    ({"遂宁市人社局", "就业服务站"}, ["遂宁市人社局局长、就业服务站站长参加座谈。"]),
    # vocational schools as education heads
    ({"新化县人社局", "县职业中专", "娄底潇湘职业学院"}, ["新化县人社局联合县职业中专、娄底潇湘职业学院开设培训班。"]),
    ({"市技校"}, ["组织学员到市技校学习焊接技术。"]),
    ({"县职高", "县卫校"}, ["县职高、县卫校承担培训任务。"]),
    # school kinds and levels between the place and the head (高等 is no 等)
    ({"盐城工学院", "盐城幼儿师范高等专科学校"}, ["与盐城工学院、盐城幼儿师范高等专科学校签订协议。"]),
    ({"湖南幼儿师范高等专科学校"}, ["湖南幼儿师范高等专科学校承办培训。"]),
    ({"县中等职业技术学校"}, ["依托县中等职业技术学校开设焊工班。"]),
    ({"市特殊教育学校"}, ["走访市特殊教育学校。"]),
    # a conjunction as the second character of a brand after a place (佳和, 祥和)
    ({"湖北佳和服饰有限公司"}, ["5月中旬，依托湖北佳和服饰有限公司等企业启动车间建设。"]),
    ({"湖南祥和建筑有限公司"}, ["湖南祥和建筑有限公司招聘200人。"]),
    ({"县人社局", "湖北服饰有限公司"}, ["走访县人社局和湖北服饰有限公司。"]),
    # units of the Xinjiang Corps: the Corps, a division with the Corps or a regiment
    ({"新疆生产建设兵团第四师"}, ["日前，新疆生产建设兵团第四师与伊犁州签订劳动力转移就业合作协议。",
                          "约定2015年新疆生产建设兵团第四师各团场吸纳富余劳动力。"]),
    ({"兵团第七师一二三团"}, ["兵团第七师一二三团组织职工参加技能培训。"]),
    ({"第八师一二一团", "石河子大学"}, ["第八师一二一团与石河子大学签订校企合作协议。"]),
    ({"农八师", "州人社局"}, ["农八师与州人社局对接用工需求。"]),
    ({"新疆生产建设兵团"}, ["新疆生产建设兵团出台稳就业二十条措施。"]),
    # a Corps unit qualifies a body's name as a place does
    ({"兵团第四师人社局"}, ["兵团第四师人社局举办专场招聘会。"]),
    ({"第七师一二三团劳动保障所"}, ["第七师一二三团劳动保障所为职工办理社保。"]),
    ({"兵团人社局"}, ["兵团人社局召开就业工作会议。"]),
    # a county's short form inside a proper name after two or three unknown characters
    ({"盐井古盐田旅游服务专业合作社"}, ["驻村工作队帮助上盐井村成立了盐井古盐田旅游服务专业合作社。"]),
    ({"白鹤滩江华香菇种植专业合作社"}, ["帮助村民组建了白鹤滩江华香菇种植专业合作社。"]),
    ({"紫金矿业集团股份有限公司"}, ["预计将有紫金矿业集团股份有限公司等企业参会。"]),  # 有 is a verb
    ({"船山蓝天服饰有限公司"}, ["走访了船山蓝天服饰有限公司。"]),
    # websites named as a source (with its channel) or in a link list
    ({"人民网-内蒙古频道"}, ["2023年05月22日08:31 | 来源：人民网-内蒙古频道"]),
    ({"新华网-四川频道"}, ["来源：新华网-四川频道"]),
    ({"央视网"}, ["文章来源：央视网"]),
    ({"中国政府网", "山西省人民政府", "运城市人民政府"}, ["友情链接：中国政府网山西省人民政府运城市人民政府"]),
    ({"四川省人民政府网", "遂宁市人民政府"}, ["友情链接：四川省人民政府网 遂宁市人民政府"]),
    ({"中国政府网", "国务院"}, ["据中国政府网消息，国务院印发通知。"]),
    # a source in brackets after 据 or 来源, without them
    ({"云南网"}, ["带动2.6万名群众居家就业。（据云南网）", "（来源：云南网）"]),
    ({"新华社"}, ["全国新增就业1200万人。（据新华社）"]),
    ({"人民日报"}, ["返乡创业人数持续增长。（据人民日报）"]),
    # a firm under its group, a branch under that firm: one name
    ({"茂南区人社局", "中国移动通信集团广东有限公司茂名分公司"},
     ["茂南区人社局与中国移动通信集团广东有限公司茂名分公司签订就业扶贫合作协议。"]),
    ({"中国移动通信集团广东有限公司"}, ["由中国移动通信集团广东有限公司提供岗位。"]),
    ({"华润集团四川有限公司"}, ["走访了华润集团四川有限公司。"]),
    # a sub-unit after its parent, a weak stop inside its own name
    ({"湖北省农业科学院食用菌研究所"}, ["还被送到湖北省农业科学院食用菌研究所学习了一个月。"]),
    # a section after its bureau, reached by a report verb
    ({"市人社局职业能力建设科"}, ["要于3月31日前将年度培训计划报市人社局职业能力建设科。"]),
    ({"县人社局就业科"}, ["材料报县人社局就业科审核。"]),
    ({"县就业局"}, ["名单上报县就业局备案。", "名单报送县就业局备案。"]),
    # rural banks and credit unions
    ({"县农商行"}, ["我又在县农商行贷了10万元创业担保贷款。"]),
    ({"遂宁农商银行", "县农信社"}, ["遂宁农商银行、县农信社为返乡人员发放贷款。"]),
    ({"沙县区人社局", "沙县小吃同业公会"}, ["沙县区人社局、沙县小吃同业公会承办的培训班开班。"]),
]

NEGATIVE = [
    "据介绍，该县人社局成立了10万元爱心基金。",          # anaphor
    "发：本局领导，各科室，局属单位。",
    "各县（市、区）人社局、就业局、农民工服务中心主要领导参加会议。",  # generic plural list
    "要加强与发改、财政等相关部门的协调配合。",
    "遂宁市代表队共派出22名选手。",                      # teams
    "调研组指出，家乡党委、政府要反映诉求。",
    "市政府数据开放平台上线。",                          # inside a platform's name
    "遂潼两地人大将继续谋划开展联合视察。",
    "7个川渝毗邻地区的人力资源社会保障局协办。",
    "全市人社系统召开推进会议，全市人社部门要站在大局高度。",
    "市直园区劳动保障与民政事务局（社会事业局）主要领导参加会议。",
    "“遂州绣娘”亮相第十九届西博会。",
    "招募1000余名“三支一扶”大学生到基层工作。",
    "印发《遂宁市人力资源和社会保障局关于做好就业工作的通知》。",
    "支持创办家庭农场，统筹全局，做好部署。",
    "重庆市江北区、南岸区等地网信办以及泸州市、绵阳市两地网信办领导观摩。",
    # stations and 指挥部 with no place or proper name are classes, not bodies
    "黔东南州从江县在各乡镇设立就业服务站，由网格员摸排。",
    "阆中市、西充县分别在东莞市、宁波市设立农民工服务站。",
    "要成立疫情防控指挥部。",
    "要加快建设零工市场。",
    # a firm's head with only trade words is a class of firms
    "积极为科技有限公司提供服务。",
    "企业转型为科技有限公司。",
    "社员都在合作社务工，村民都加入了合作社。",
    # venues and a fair's sub-venues (分会场)
    "吴江分会场共有218家企业进场，昆山分会场吸引了企业。",
    "招聘会将在苏州国际博览中心举办。",
    "活动在市会展中心举行。",
    # an issuer's short name inside a document number
    "人社部发〔2013〕20号",
    "根据《通知》（人社部发〔2013〕20号）精神。",
    # a verb glued after a place (地处) is no body
    "怒江傈僳族自治州地处偏远，全州劳动力约28万人。",
    "遂宁市地处成渝之间。",
    # quantified places and places of speech: a class, not one body
    "全村发展家庭农场12家。",
    "全镇新增家庭农场5家。",
    "大家在外面安心工作，家里合作社照样转得动。",
    "村里合作社分红了。",
    # a level with its alternatives in brackets is a class of bodies
    "申请人向创业所在地的县（区）就业服务中心提出申请。",
    "由市（州）人社局、县(市、区)就业局负责审核。",
    "镇（街道）便民服务中心受理。",
    # stations with no place; a 本报 dateline names no body
    "北京市朝阳区已建成零工驿站25家，新增零工驿站不少于20个。",
    "我国已建成新就业形态劳动者服务驿站5000个。",
    "本报北京3月5日讯 春季招聘会开幕。",
    # a head followed by a venue word names a place or venue; a level + 中心 is a
    # town or city centre
    "招聘会在县城中心广场举行。",
    "活动在市政府广场举办。",
    "店铺位于市中心，交通便利。",
    "专场招聘会在镇中心举行。",
    # a verb that creates bodies ends the walk; a class counted after the name
    "力争全年新建零工市场20家。",
    "今年新设就业服务站15个，筹建零工驿站8个。",
    "在黄埔区设立织金籍务工人员服务站2个。",
    "在广州建成遂宁籍农民工服务站3个以上。",
    # levels with 级 and batches make a class of bodies
    "目前已建成村级电商服务站412个，带动农民增收。",
    "全县建成村级电商服务站，覆盖所有行政村。",
    "国家级技能大师工作室等平台加快建设。",
    "近日，达州市首批农民工服务工作站已在杭州市挂牌。",
    "第二批就业帮扶工作站即将挂牌。",
    # a marketplace used as a location is a venue (guideline section 5)
    "2月10日，启动仪式暨大型招聘会在市人力资源市场举行。",
    "招聘会在莎车县人力资源市场举行。",
    "招聘会于县零工市场举办。",
    "求职者走进船山区零工市场，找到了工作。",
    "市人力资源市场内人头攒动。",
    # a list of a generic class goes on past the posts of its members
    "各县（市、区）人社局局长、就业中心主任参加会议。",
    "各县区人社局局长、人才中心主任参加会议。",
    "各市人社局分管负责同志、就业局负责人参加。",
    # bulletin names and 通报 with dates are no papers' mastheads
    "工作简报2021年4月16日 星期五",
    "情况通报 第2版",
    # school levels as education, not bodies
    "具有中专以上学历，技校毕业生优先。",
    "读完职高后外出务工。",
    # a number and a measure word before a class of firms or schools (8家|家政公司)
    "厦门、福州等地的8家家政公司到场招聘。",
    "组织10余家合作社参加展销。",
    "两家科技公司落户园区。",
    "新建3所学校。",
    # a conjunction between a class and 合作社 is no brand
    "引导农户和合作社签订协议。",
    # an administrative centre is a venue (guideline section 5)
    "会议在市行政中心召开。",
    "县行政中心大楼投入使用。",
    "打造区域金融中心。",
    # a bare division, the regiments as a class, other 兵团 and 师 words
    "约定第四师各团场吸纳劳动力不少于3000人。",
    "兵团精神代代相传，大家团结一心。",
    "青年志愿者兵团开展志愿服务。",
    "组织十二团员参加活动。",
    # a website's name as a word, a link list's chrome
    "登录中国政府网站查询政策。",
    "相关链接：网站地图",
    # a part or share of a class is a class
    "三是部分乡镇劳动保障所仅有1名工作人员。",
    "个别乡镇人社所力量薄弱。",
    "其他县区人社局参照执行。",
    # a body named inside a platform's name, with the platform's own name in quotes
    "推动帮扶车间与省人社厅“豫才通”平台对接。",
    "群众可通过市人社局“就业通”小程序报名。",
    # no bank or union head alone
    "向农商行贷款。",
]

XFAIL = [
    # a verb phrase of unknown characters before a firm's head reads as its proper name
    (set(), "要因地制宜发展合作社。"),
]


@pytest.mark.parametrize("expected,texts", POSITIVE)
def test_positive(expected: set[str], texts: list[str]) -> None:
    for text in texts:
        assert names(text) == expected, text


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize("expected,text", XFAIL)
@pytest.mark.xfail(strict=True)
def test_known_gaps(expected: set[str], text: str) -> None:
    assert names(text) == expected


CANONICAL = [
    ("遂宁市人社系统召开会议，市就业局局长出席，省人社厅领导讲话。",
     {"市就业局": "遂宁市就业局", "省人社厅": "四川省人力资源和社会保障厅"}),
    ("潼南区委书记张安疆出席。", {"潼南区委": "中共重庆市潼南区委员会"}),
    ("沐川县人社局局长费玉芳出席。", {"沐川县人社局": "沐川县人力资源和社会保障局"}),
    ("兵团第四师人社局与第七师一二三团签约。",
     {"兵团第四师人社局": "新疆生产建设兵团第四师人力资源和社会保障局",
      "第七师一二三团": "新疆生产建设兵团第七师一二三团"}),
]


@pytest.mark.parametrize("text,expected", CANONICAL)
def test_canonical(text: str, expected: dict[str, str]) -> None:
    got = {o.name: o.canonical for o in organisations.extract(make_context("t", text, DATE, "day"))}
    assert got == expected


def test_record_provenance() -> None:
    text = "近日，安居区农民工服务中心联合安居区总工会开展活动。"
    ctx = make_context("t", text, DATE, "day")
    for o in organisations.extract(ctx):
        assert text[o.start:o.end] == o.text and o.sentence == ctx.sentence_at(o.start).text
        assert o.rule.startswith("org.") and o.org_type in ("service", "association")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("市县省区局厅委办公司中心人社就业遂宁政府党组、和的该各（）()《》 \n")) | st.characters(),
               max_size=80))
def test_never_raises(text: str) -> None:
    ctx = make_context("h", text)
    for o in organisations.extract(ctx):
        assert ctx.text[o.start:o.end] == o.text
