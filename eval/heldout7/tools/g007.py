from common import *
counts = [
 C('58家',58,'家','organisations'), C('2100余个',2100,'个','employment','over'),
 C('1600余人次',1600,'人次','participants','over'), C('423人',423,'人','employment'),
 C('137人',137,'人','employment'), C('11家',11,'家','organisations'),
 C('4000元以上',4000,'元','money','over'), C('320个',320,'个','employment'),
 C('260余人次',260,'人次','participants','over'), C('3000余份',3000,'份','other','over'),
 C('46人',46,'人','trainees'), C('800元至1500元',800,'元','money',vmax=1500),
 C('2期',2,'期','events',target=True),
 C('32户',32,'户','other'), C('1.6万元',16000,'元','money'),
 C('1260个',1260,'个','employment'), C('1180人',1180,'人','employment'),
 C('4300余人',4300,'人','employment','over'), C('约3200元',3200,'元','money','about'),
 C('2.3万人',23000,'人','employment',target=True), C('100%',100,'%','rate',target=True),
]
events = []   # doc_date is null (the issue line is mojibake): 3月8日, 3月下旬, 近日 are not resolved
places = [
 P('五指山市','county','469001'), P('海南省','province','460000'), P('海口市','city','460100'),
 P('三亚市','city','460200'), P('毛阳镇','town'), P('毛纳村','village'), P('初保村','village'),
 P('牙胡村','village'), P('南圣镇','town'), P('什会村','village'),
 P('保亭黎族苗族自治县','county','469029'), P('琼中黎族苗族自治县','county','469030'),
]
orgs = [
 O('市人社局','五指山市人力资源和社会保障局'), O('市扶贫办','五指山市扶贫开发办公室'),
 O('市妇联','五指山市妇女联合会'), O('海南雨林谷旅业有限公司'), O('五指山红峡谷文化旅游有限公司'),
 O('海南省农垦五指山茶业集团有限公司'), O('五指山市毛阳镇毛纳村黎锦专业合作社'),
 O('海南省人社厅','海南省人力资源和社会保障厅'), O('五指山市就业局'),
]
txt = build('007_wuzhishan_gbk_bulletin','txt','gbk',None,
 ['我市举办“春风行动”暨脱贫劳动力专场招聘会','毛阳镇黎锦技艺培训让绣娘“指尖技艺”变“指尖经济”'],
 counts, events, places, orgs)
if __name__ == '__main__': scan(txt)
