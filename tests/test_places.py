"""Example tables for extract.places (guideline §4): each example lists the places
(name, level, adcode) the text must yield, in order; negatives yield nothing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from extract import places
from extract.context import make_context


def names(text: str) -> list[tuple]:
    return [(p.name, p.level, p.adcode) for p in places.extract(make_context("t", text))]


EXAMPLES = [
    # full names, standard names of short forms and 县-forms
    ("遂宁市人社局召开会议", [("遂宁市", "city", "510900")]),
    ("2021遂潼技能大赛在重庆市潼南区举行", [("重庆市", "province", "500000"),
                                  ("潼南区", "county", "500152")]),
    ("彭水县人力资源社会保障局", [("彭水苗族土家族自治县", "county", "500243")]),
    ("酉阳县龙潭镇丹泉村", [("酉阳土家族苗族自治县", "county", "500242"),
                     ("龙潭镇", "town", None), ("丹泉村", "village", None)]),
    ("吴江市", [("吴江区", "county", "320509")]),
    ("吴江区", [("吴江区", "county", "320509")]),
    # short forms where they stand as places
    ("赴温州考察", [("温州市", "city", "330300")]),
    ("北京、温州等地", [("北京市", "province", "110000"), ("温州市", "city", "330300")]),
    ("山东农业大学", [("山东省", "province", "370000")]),
    ("来自黔江、彭水、酉阳的务工人员", [("黔江区", "county", "500114"),
                            ("彭水苗族土家族自治县", "county", "500243"),
                            ("酉阳土家族苗族自治县", "county", "500242")]),
    ("蓬溪县委书记张智勇", [("蓬溪县", "county", "510921")]),
    ("主办单位：浙江省人力资源和社会保障厅", [("浙江省", "province", "330000")]),
    ("蓬溪县驻乌鲁木齐农民工服务工作站", [("蓬溪县", "county", "510921"),
                              ("乌鲁木齐市", "city", "650100")]),
    # disambiguation by a parent written just before; ambiguous stays null
    ("重庆市江北区", [("重庆市", "province", "500000"), ("江北区", "county", "500105")]),
    ("宁波市江北区", [("宁波市", "city", "330200"), ("江北区", "county", "330205")]),
    ("北京市朝阳区", [("北京市", "province", "110000"), ("朝阳区", "county", "110105")]),
    ("在江北区召开", [("江北区", "county", None)]),
    # towns, villages, shared suffixes
    ("铜梁区石鱼镇长乐村", [("铜梁区", "county", "500151"), ("石鱼镇", "town", None),
                     ("长乐村", "village", None)]),
    ("城口县蓼子乡长湾村", [("城口县", "county", "500229"), ("蓼子乡", "town", None),
                     ("长湾村", "village", None)]),
    ("幸福乡月坝、共和、松林、龙门等4个村", [("幸福乡", "town", None), ("月坝村", "village", None),
                               ("共和村", "village", None), ("松林村", "village", None),
                               ("龙门村", "village", None)]),
    ("月坝、共和等2个村", [("月坝村", "village", None), ("共和村", "village", None)]),
    ("来到太安镇双坝社区", [("太安镇", "town", None), ("双坝社区", "village", None)]),
    # autonomous regions by their standard short forms, also opening a body's name
    ("广东省对口支援新疆前方指挥部", [("广东省", "province", "440000"),
                           ("新疆维吾尔自治区", "province", "650000")]),
    ("对新疆、西藏等地区的高校毕业生", [("新疆维吾尔自治区", "province", "650000"),
                           ("西藏自治区", "province", "540000")]),
    ("宁夏、广西和内蒙古", [("宁夏回族自治区", "province", "640000"),
                    ("广西壮族自治区", "province", "450000"),
                    ("内蒙古自治区", "province", "150000")]),
    ("伊犁州人社局", [("伊犁哈萨克自治州", "city", "654000")]),
    # a university's leading province or city counts; a county short there does not
    ("依托西华师范大学开展培训", []),
    ("南开大学、长安大学毕业生", []),
    ("吉首大学", [("吉首市", "county", "433101")]),
    # long transliterated town names after their county or a locative word
    ("在伽师县卧里托格拉克镇，援疆资金", [("伽师县", "county", "653129"),
                             ("卧里托格拉克镇", "town", None)]),
    ("来到阿热勒托格拉克乡", [("阿热勒托格拉克乡", "town", None)]),
    ("疏附县托克扎克镇", [("疏附县", "county", "653121"), ("托克扎克镇", "town", None)]),
    # a name character before a noun that is no name alone (古镇, 市镇, 集镇, 新村)
    ("在焕古镇东河村举办", [("焕古镇", "town", None), ("东河村", "village", None)]),
    ("张浦镇、周市镇等地", [("张浦镇", "town", None), ("周市镇", "town", None)]),
    ("来到高集镇", [("高集镇", "town", None)]),
    ("走访东新村", [("东新村", "village", None)]),
    # shared suffixes: the first stem starts after a locative word; items that carry
    # their own suffix keep it, and a class noun (乡镇) adds none
    ("来自焕古、向阳等4个镇的学员", [("焕古镇", "town", None), ("向阳镇", "town", None)]),
    ("组织黄坪、龙门等村", [("黄坪村", "village", None), ("龙门村", "village", None)]),
    ("在温泉镇、红山镇等8个乡镇开办", [("温泉镇", "town", None), ("红山镇", "town", None)]),
    ("城关镇、小桥街道等镇街", [("城关镇", "town", None), ("小桥街道", "town", None)]),
    ("温泉镇、红山等3个镇", [("温泉镇", "town", None), ("红山镇", "town", None)]),
    # zones
    ("市河东新区在万达商城举办", [("河东新区", "zone", None)]),
    ("★王店乡返乡创业园新增入驻企业5家", [("王店乡", "town", None),
                                ("王店乡返乡创业园", "zone", None)]),
    ("参观了仪陇县马鞍镇返乡创业示范园", [("仪陇县", "county", "511324"),
                             ("仪陇县马鞍镇返乡创业示范园", "zone", None),
                             ("马鞍镇", "town", None)]),
    ("湖北省职业技能大赛在武汉经济技术开发区举行",
     [("湖北省", "province", "420000"), ("武汉市", "city", "420100"),
      ("武汉经济技术开发区", "zone", None)]),
    ("在遂宁市创业园举办", [("遂宁市", "city", "510900"), ("遂宁市创业园", "zone", None)]),
    ("遂宁经开区立足辖区", [("遂宁市", "city", "510900"), ("遂宁经开区", "zone", None)]),
    # free-trade ports and pilot zones are named zones
    ("海南自由贸易港建设加快推进", [("海南省", "province", "460000"), ("海南自由贸易港", "zone", None)]),
    ("在上海自由贸易试验区设立服务站", [("上海市", "province", "310000"),
                                ("上海自由贸易试验区", "zone", None)]),
    ("在川渝毗邻地区人力资源服务产业园（遂宁）成功举办",
     [("川渝毗邻地区人力资源服务产业园（遂宁）", "zone", None), ("遂宁市", "city", "510900")]),
    ("上海嘉定工业区内重点企业", [("上海市", "province", "310000"),
                           ("上海嘉定工业区", "zone", None), ("嘉定区", "county", "310114")]),
    ("入驻河南省郑州市航空港产业集聚区", [("河南省", "province", "410000"),
                              ("河南省郑州市航空港产业集聚区", "zone", None),
                              ("郑州市", "city", "410100")]),
    # every division of a chain before a body's head, also where jieba reads the
    # chain as one word (甘肃省甘南藏族自治州) or a level word into the head (旗人)
    ("甘肃省甘南藏族自治州合作市人社局", [("甘肃省", "province", "620000"),
                             ("甘南藏族自治州", "city", "623000"), ("合作市", "county", "623001")]),
    ("四川省凉山彝族自治州西昌市就业局", [("四川省", "province", "510000"),
                             ("凉山彝族自治州", "city", "513400"), ("西昌市", "county", "513401")]),
    ("新疆维吾尔自治区伊犁哈萨克自治州霍城县", [("新疆维吾尔自治区", "province", "650000"),
                                 ("伊犁哈萨克自治州", "city", "654000"),
                                 ("霍城县", "county", "654023")]),
    # abbreviations (简称) of banners and autonomous counties
    ("育婴员：刘娜（达茂旗百灵庙镇社区卫生服务中心）", [("达尔罕茂明安联合旗", "county", "150223"),
                                       ("百灵庙镇", "town", None)]),
    ("朝阳县、建平县、喀左县建成零工市场", [("朝阳县", "county", "211321"), ("建平县", "county", "211322"),
                                ("喀喇沁左翼蒙古族自治县", "county", "211324")]),
    ("科左中旗人社局、察右前旗就业服务中心", [("科尔沁左翼中旗", "county", "150521"),
                                ("察哈尔右翼前旗", "county", "150926")]),
    ("锡盟人社局赴杜蒙县招聘", [("锡林郭勒盟", "city", "152500"),
                        ("杜尔伯特蒙古族自治县", "county", "230624")]),
    # a town after a body of its county; the town's own body after it
    ("村委会还与金寨县人社局、花石乡政府对接", [("金寨县", "county", "341524"), ("花石乡", "town", None)]),
    ("县财政局、石鱼镇政府", [("石鱼镇", "town", None)]),
    ("南岸区铜元局街道铜元局社区", [("南岸区", "county", "500108"), ("铜元局街道", "town", None),
                          ("铜元局社区", "village", None)]),
    ("大湾村党总支书记", [("大湾村", "village", None)]),
    # two-character names that look like slogans stay names
    ("走访了振兴村、新兴村", [("振兴村", "village", None), ("新兴村", "village", None)]),
    # an ordinary word that is a county's short form, with real support
    ("赴合作、夏河招聘", [("合作市", "county", "623001"), ("夏河县", "county", "623027")]),
    # a short form after a place counts where that place contains it (or, for a short
    # that is no ordinary word, shares its province); 惠民 after a Guizhou county is a
    # firm's name, before 社区 a community's
    ("山东惠民", [("山东省", "province", "370000"), ("惠民县", "county", "371621")]),
    ("织金县惠民服饰有限公司", [("织金县", "county", "520524")]),
    ("织金县双堰街道惠民社区", [("织金县", "county", "520524"), ("双堰街道", "town", None),
                        ("惠民社区", "village", None)]),
    # 全州 is 'the whole prefecture' (like 全市); written in full or after its parent it is 全州县
    ("全州县人社局", [("全州县", "county", "450324")]),
    ("广西全州、兴安等县", [("广西壮族自治区", "province", "450000"), ("全州县", "county", "450324"),
                     ("兴安县", "county", "450325")]),
    # a province's or city's short form before 籍, also where jieba reads 四川籍 as one word
    ("52岁的四川籍务工人员李大明说", [("四川省", "province", "510000")]),
    ("其中贵州籍约8万人", [("贵州省", "province", "520000")]),
    ("湖南籍农民工返岗", [("湖南省", "province", "430000")]),
    ("温州籍商人", [("温州市", "city", "330300")]),
    # former names of renamed counties denote today's division (place_renamed.tsv)
    ("满载达县、渠县的务工人员", [("达川区", "county", "511703"), ("渠县", "county", "511725")]),
    ("郫县人社局", [("郫都区", "county", "510117")]), ("襄阳县", [("襄州区", "county", "420607")]),
    # a one-character village name right after its county or town
    ("临沂市兰陵县代村的扶贫车间", [("临沂市", "city", "371300"), ("兰陵县", "county", "371324"),
                            ("代村", "village", None)]),
    ("在石鱼镇李村召开", [("石鱼镇", "town", None), ("李村", "village", None)]),
    ("龙岗区布吉街道代村", [("龙岗区", "county", "440307"), ("布吉街道", "town", None),
                     ("代村", "village", None)]),
    ("长乐镇两村联建", [("长乐镇", "town", None)]),
    # a verb opening a stem is no part of the name; village names that are verbs stay
    ("老县镇组织锦屏社区搬迁群众赴外参观", [("老县镇", "town", None), ("锦屏社区", "village", None)]),
    ("镇里组织红星村村民", [("红星村", "village", None)]),
    ("在建设村召开", [("建设村", "village", None)]),
    ("走访团结村、胜利村", [("团结村", "village", None), ("胜利村", "village", None)]),
    # transliterated stems of five characters or more (吾, 博: Uyghur transliteration)
    ("来自托木吾斯塘镇阿热勒村的村民", [("托木吾斯塘镇", "town", None), ("阿热勒村", "village", None)]),
    ("喀什市吾斯塘博依街道", [("喀什市", "county", "653101"), ("吾斯塘博依街道", "town", None)]),
    ("在莎车县托木吾斯塘乡举办", [("莎车县", "county", "653125"), ("托木吾斯塘乡", "town", None)]),
    # a county's short form before a development zone's designation names the zone
    ("依托井冈山经济技术开发区、吉安高新技术产业开发区等园区",
     [("井冈山市", "county", "360881"), ("井冈山经济技术开发区", "zone", None),
      ("吉安高新技术产业开发区", "zone", None)]),
    ("入驻井冈山经济开发区的企业", [("井冈山市", "county", "360881"), ("井冈山经济开发区", "zone", None)]),
    ("落户泰和高新技术产业开发区", [("泰和县", "county", "360826"), ("泰和高新技术产业开发区", "zone", None)]),
    ("永丰工业园区新增企业", [("永丰县", "county", "360825"), ("永丰工业园区", "zone", None)]),
    # a short form shared by a city and its own county is the city (吉安县 written in
    # full elsewhere keeps its weight)
    ("永丰县与吉安农商银行签订协议", [("永丰县", "county", "360825"), ("吉安市", "city", "360800")]),
    ("吉安、赣州两地", [("吉安市", "city", "360800"), ("赣州市", "city", "360700")]),
    ("长沙人社局", [("长沙市", "city", "430100")]),
    ("南昌人社局召开会议", [("南昌市", "city", "360100")]),
    # a demonym that jieba reads across a head (长沙人|社局, 北京人|大)
    ("北京人大常委会", [("北京市", "province", "110000")]),
    # an ordinary-word short form after a locative word, before a verb
    ("在合作举办招聘会", [("合作市", "county", "623001")]),
    ("赴合作考察", [("合作市", "county", "623001")]),
    # a venue or workplace before a list is no town stem (扶贫车间、凤山镇)
    ("观摩了大阁镇满族刺绣扶贫车间、凤山镇食用菌种植基地", [("大阁镇", "town", None), ("凤山镇", "town", None)]),
    ("依托生产基地、龙潭镇", [("龙潭镇", "town", None)]),
    # real names with rare characters are no mojibake
    ("婺源县人社局在江湾镇篁岭村举办", [("婺源县", "county", "361130"), ("江湾镇", "town", None),
                             ("篁岭村", "village", None)]),
    ("长兴县小浦镇八都岕村", [("长兴县", "county", "330522"), ("小浦镇", "town", None),
                      ("八都岕村", "village", None)]),
    ("近日，吉安市�人社局在井冈山举办培训", [("吉安市", "city", "360800"), ("井冈山市", "county", "360881")]),
    # a county's bare short form inside a city the document writes in full (not in
    # another city's document, and never an ordinary word)
    ("丽水市景宁县开展培训。相关新闻：缙云烧饼师傅培训开班",
     [("丽水市", "city", "331100"), ("景宁畲族自治县", "county", "331127"), ("缙云县", "county", "331122")]),
    ("遂宁市召开会议。射洪今年新增就业1200人", [("遂宁市", "city", "510900"), ("射洪市", "county", "510981")]),
    ("黄冈市人社局组织培训，英山茶乡“茶工”变“茶师”", [("黄冈市", "city", "421100"), ("英山县", "county", "421124")]),
    ("遂宁市召开会议。黔江今年新增就业", [("遂宁市", "city", "510900")]),
    ("甘南藏族自治州召开会议，加强合作，投资兴业。", [("甘南藏族自治州", "city", "623000")]),
    # Inner Mongolian units: 苏木 (town level) and 嘎查 (village level)
    ("来自阿什罕苏木巴彦塔拉嘎查的牧民", [("阿什罕苏木", "town", None), ("巴彦塔拉嘎查", "village", None)]),
    ("梧桐花镇、海拉苏镇、白音套海苏木等地", [("梧桐花镇", "town", None), ("海拉苏镇", "town", None),
                                ("白音套海苏木", "town", None)]),
    ("在查干诺尔嘎查开展培训", [("查干诺尔嘎查", "village", None)]),
    # ethnic townships and towns: the designation belongs to the name
    ("驻通榆县向海蒙古族乡复兴村工作队", [("通榆县", "county", "220822"), ("向海蒙古族乡", "town", None),
                               ("复兴村", "village", None)]),
    ("在盐井纳西民族乡上盐井村建成车间", [("盐井纳西民族乡", "town", None), ("上盐井村", "village", None)]),
    ("在盐井纳西民族乡上盐井村建成车间。驻村工作队帮助上盐井村成立合作社",
     [("盐井纳西民族乡", "town", None), ("上盐井村", "village", None), ("上盐井村", "village", None)]),
    ("在大河回族彝族乡举办", [("大河回族彝族乡", "town", None)]),
    ("到喇嘛甸满族镇调研", [("喇嘛甸满族镇", "town", None)]),
    # a place's end bounds a stem that jieba reads across a function word or a
    # locative word (将台堡镇, 和平乡)
    ("在西吉县将台堡镇开展培训", [("西吉县", "county", "640422"), ("将台堡镇", "town", None)]),
    ("在遂宁市和平乡举办", [("遂宁市", "city", "510900"), ("和平乡", "town", None)]),
    ("西吉县将兴隆镇打造成示范镇", [("西吉县", "county", "640422"), ("兴隆镇", "town", None)]),
    # a verb that jieba's dictionary reads into the name (前进村) is no motion verb
    ("在前进村举办", [("前进村", "village", None)]),
    ("支持前进村发展", [("前进村", "village", None)]),
    ("。该乡李楼村返乡青年", [("李楼村", "village", None)]),
    ("红旗乡前进村", [("红旗乡", "town", None), ("前进村", "village", None)]),
    # a conjunction closes the place before a zone: the zone opens after it
    ("来自通榆县和白城经济开发区的选手", [("通榆县", "county", "220822"), ("白城市", "city", "220800"),
                               ("白城经济开发区", "zone", None)]),
    ("遂宁市与潼南经开区", [("遂宁市", "city", "510900"), ("潼南区", "county", "500152"),
                      ("潼南经开区", "zone", None)]),
    # economic co-operation zones
    ("在霍城县、伊宁边境经济合作区建成基地", [("霍城县", "county", "654023"), ("伊宁边境经济合作区", "zone", None)]),
    ("瑞丽边境经济合作区", [("瑞丽市", "county", "533102"), ("瑞丽边境经济合作区", "zone", None)]),
    # 新疆生产建设兵团 mentions its region
    ("新疆生产建设兵团第四师与伊犁州签订协议", [("新疆维吾尔自治区", "province", "650000"),
                                  ("伊犁哈萨克自治州", "city", "654000")]),
    # a bare short form overlapping another form (红河|河源, 陕西|西安) needs support
    ("彭阳县白阳镇红河源中蜂养殖专业合作社", [("彭阳县", "county", "640425"), ("白阳镇", "town", None)]),
    ("陕西安康", [("陕西省", "province", "610000"), ("安康市", "city", "610900")]),
    # zones joined by a conjunction are two; a list holding a zone shares no suffix
    ("依托温州经济技术开发区和台州经济开发区建设基地", [("温州市", "city", "330300"), ("温州经济技术开发区", "zone", None),
                                         ("台州市", "city", "331000"), ("台州经济开发区", "zone", None)]),
    ("观摩了平舆县户外休闲用品产业园、东和店镇刘楼村帮扶车间", [("平舆县", "county", "411723"),
                                              ("平舆县户外休闲用品产业园", "zone", None),
                                              ("东和店镇", "town", None), ("刘楼村", "village", None)]),
    # a long zone name opening a clause with a county's short form
    ("在正安县，正安国际吉他产业园与县人社局合作", [("正安县", "county", "520324"), ("正安国际吉他产业园", "zone", None)]),
]

NEGATIVES = [
    "加强合作，投资兴业，安居乐业。", "合作市场", "各县（市、区）人社局", "全市", "我市", "本县",
    "省、市", "基层", "全市农村乡村振兴", "城乡统筹，乡镇街道", "全村", "各村", "本村", "该镇",
    "村民", "进村入户", "返乡入乡创业", "6社", "川渝两地", "鲁渝协作", "成渝地区双城经济圈",
    "深入贫困村", "市直园区", "各类园区", "示范园区", "一村一品", "黔江", "幸福安康",
    "以“幸福里社区”为切入点",
    # nicknames and descriptions, not towns or villages
    "英山茶乡“茶工”变“茶师”", "江南水乡", "鱼米之乡", "打造千年古镇", "走进小山村",
    "在这个小城镇", "特色小镇", "派驻村第一书记", "送技能下乡", "农民工返乡创业",
    "城区、郊区等5个乡镇", "大力推进特色镇",
    # kinds of zones, and zones with no name
    "建成返乡创业园3个", "建设现代农业示范园", "全县建成省级示范园3个", "各类创业园区",
    "入驻物流园", "依托县创业园", "在华中师范大学", "在西南大学",
    "当地以铝产业园区为依托", "本地以物流园区为载体", "老工业区改造", "在工业区内",
    # slogans: a noun and a verb or adjective before a town or village suffix
    "走出了一条产业兴村的路子", "坚持人才强镇、生态美村", "依法治村", "党建强村",
    "推动旅游富村", "文化兴乡",
    # bodies of a county are no town names (县人社局、X乡政府 shares no 乡)
    "县人社局、县财政局等乡镇", "市发改委、市住建局",
    # county shorts that are ordinary words: no support from a head or a particle
    "村里新建就业帮扶车间2处", "在新建的车间", "落实惠民政策", "突破百亿大关",
    "同心协力", "路桥建设",
    # 全州 = the whole prefecture
    "全州就业扶贫推进会", "年内全州新增转移就业贫困劳动力2万人", "在全州范围内",
    # a bare suffix word after a verb, an ordinal, a quantifier or a negation is generic
    "我县举办首期社区工厂管理人员培训班", "全县已建成社区工厂42家", "首批社区就业驿站",
    "今年将实现街道全覆盖", "找活不出街道、求助不出社区", "开展社区招聘", "依托社区工厂",
    "打造社区就业驿站", "志愿者走进社区开展服务", "未来社区建设", "指导街道开展工作",
    "推动就业服务向街道延伸", "帮助社区居民", "惠民小区",
    # an ordinary-word short form modifying the noun after it (合作企业, 合作伙伴, 合作中)
    "并优先推荐至合作企业就业", "在合作中实现共赢", "与合作伙伴签约", "在东方广场",
    # words ending in 乡 that are verbs or classes of units (离乡, 归乡, 县乡), and a
    # pointer (其中) opening a stem
    "其中县乡专场招聘会98场", "县乡两级", "市县乡三级联动", "优先安置无法离乡的贫困劳动力",
    "背井离乡外出务工", "游子归乡创业", "其他乡镇", "其余村",
    # venues and workplaces in a list are no town stems
    "参观扶贫车间、工厂镇", "企业、单位村",
    # mojibake (UTF-8 read as GBK): no place from garbled text
    "杞﹂棿璐熻矗浜轰粙𬭼�鍓𡺃溅闂村凡绛捐�㈡湇瑁",
    "涓诲姙鍗曚綅锛氭捣鍗楃渷浜哄姏璧勬簮鍜岀ぞ浼氫繚闅滃巺",
    "鍙傚姞鍩硅鐨勫鍛樻潵鑷悇涔￠晣",
    "姘存弧涔℃按婊℃沩澶у姏鍙戝𪾢浜旀寚灞辩孩锣朵骇涓泛纴甯﹀姩𨱒戞皯灏变笟180浜猴纴浜哄潎骞村?",
    # Inner Mongolian class words and motion verbs before a unit word
    "把订单班招生送到了嘎查村", "各苏木乡镇", "送岗进苏木嘎查", "苏木嘎查两级",
    "“津昌携手·送岗进乡”专场招聘会", "送政策进镇", "干部驻乡蹲点", "各民族乡", "在少数民族乡开展",
    # a shared suffix that opens 乡村 is none (种植、刺绣等乡村工匠)
    "开展马铃薯种植、刺绣等乡村工匠培训班", "发展养殖、加工等乡村产业",
    # a full-length stem after punctuation must read as a name
    "，大力发展村集体经济", "。加快推进村级",
    # a long stem with no division's short form opening it is no zone
    "，大力发展现代特色农业产业园", "，积极打造返乡创业示范产业园",
]

XFAIL = [
    # a county's bare short form with no support from context is not taken
    ("黔江今年新增就业", [("黔江区", "county", "500114")]),
]


@pytest.mark.parametrize("text, expected", EXAMPLES)
def test_examples(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", XFAIL)
@pytest.mark.xfail(strict=True)
def test_known_gaps(text, expected):
    assert names(text) == expected


def test_columns_beyond_the_contract():
    (p,) = places.extract(make_context("t", "潼南区"))
    assert (p.province, p.city, p.county, p.adcode_vintage) == ("重庆市", "重庆市", "潼南区", "2024")
    assert p.longitude and p.latitude and p.rule == "place.<full name>"


def test_parents_of_a_village():
    ps = places.extract(make_context("t", "铜梁区石鱼镇长乐村"))
    assert (ps[2].province, ps[2].county) == ("重庆市", "铜梁区")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("重庆市江北区遂宁潼南石鱼镇长乐村乡、等2个合作（）“”在赴") + ["a", " ", "\n"]),
               max_size=40) | st.text(max_size=40))
def test_never_raises_and_spans_are_valid(text):
    ctx = make_context("t", text)
    for p in places.extract(ctx):
        assert text[p.start:p.end] == p.text and p.sentence == ctx.sentence_at(p.start).text
