from common import *
counts = [
 C('24.63万人',246300,'人','employment'), C('102.6%',102.6,'%','rate'),
 C('63.8亿元',6380000000,'元','money'), C('9.12万人',91200,'人','employment'),
 C('3400人',3400,'人','employment'), C('5份',5,'份','other'),
 C('1.18万人次',11800,'人次','employment'), C('7个',7,'个','organisations'),
 C('3600万元',36000000,'元','money'), C('41个',41,'个','organisations'),
 C('2460人',2460,'人','employment'), C('2.36万人次',23600,'人次','trainees'),
 C('4200人次',4200,'人次','trainees'), C('6个',6,'个','projects'),
 C('223名',223,'人','participants'), C('15人',15,'人','awards'),
 C('12期',12,'期','events'), C('540人',540,'人','trainees'),
 C('1.47亿元',147000000,'元','loans'), C('3120笔',3120,'笔','loans'),
 C('2890人',2890,'人','employment'), C('8700余人',8700,'人','employment','over'),
 C('1.6万个',16000,'个','employment'), C('1.52万人',15200,'人','employment'),
 C('不低于800元',800,'元','money','at_least'),
 C('24万人以上',240000,'人','employment','over',target=True),
 C('不少于1.2万人',12000,'人','employment','at_least',target=True),
 C('2万人次',20000,'人次','trainees',target=True),
 C('15个',15,'个','organisations',target=True),
 C('不少于120场',120,'场','events','at_least',target=True),
 C('200家以上',200,'家','organisations','over',target=True),
]
events = [
 E('5月12日','2022-05-12','2022-05-12','meeting'),
 E('7月18日至20日','2022-07-18','2022-07-20','competition'),
 E('8月','2022-08','2022-08','training'),
 E('明年3月','2023-03','2023-03','job_fair'),
]
places = [
 P('固原市','city','640400'), P('宁夏回族自治区','province','640000'), P('福建省','province','350000'),
 P('厦门市','city','350200'), P('福州市','city','350100'), P('泉州市','city','350500'),
 P('西吉县','county','640422'), P('将台堡镇','town'), P('隆德县','county','640423'), P('沙塘镇','town'),
 P('原州区','county','640402'), P('三营镇','town'), P('彭阳县','county','640425'), P('白阳镇','town'),
 P('泾源县','county','640424'), P('泾河源镇','town'), P('东山坡村','village'), P('固原经济技术开发区','zone'),
]
orgs = [
 O('固原市人力资源和社会保障局'), O('市委','中共固原市委员会'), O('市政府','固原市人民政府'),
 O('自治区人力资源社会保障厅','宁夏回族自治区人力资源和社会保障厅'),
 O('宁夏六盘山牧歌生态农业有限公司'), O('彭阳县白阳镇红河源中蜂养殖专业合作社'),
 O('泾源县泾河源镇东山坡村黄牛养殖专业合作社'),
]
txt = build('005_guyuan_work_report_pdf','txt','utf-8','2022-12-20',
 ['固原市人力资源和社会保障局关于2022年就业帮扶工作的总结'], counts, events, places, orgs)
if __name__ == '__main__': scan(txt)
