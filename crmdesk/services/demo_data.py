"""Word lists for the demo database: realistic Chinese and English CRM data, no I/O.

`crmdesk.services.demo_people` turns them into people, companies, places and phone numbers.

Chinese names are composed of a surname and a given name but stored whole (张伟, 欧阳娜娜);
each part carries its pinyin so that e-mail addresses and WeChat ids look real.
"""

from __future__ import annotations

# (surname, pinyin): the most common surnames first, a few compound ones at the end.
CN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"),
    ("于", "yu"), ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("魏", "wei"),
    ("苏", "su"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("卢", "lu"),
    ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge"),
)  # fmt: skip

# (given name, pinyin, gender): one- and two-character given names.
CN_GIVEN: tuple[tuple[str, str, str], ...] = (
    ("伟", "wei", "male"), ("芳", "fang", "female"), ("娜", "na", "female"),
    ("敏", "min", "female"), ("静", "jing", "female"), ("强", "qiang", "male"),
    ("磊", "lei", "male"), ("军", "jun", "male"), ("洋", "yang", "male"),
    ("勇", "yong", "male"), ("艳", "yan", "female"), ("杰", "jie", "male"),
    ("涛", "tao", "male"), ("明", "ming", "male"), ("超", "chao", "male"),
    ("丽", "li", "female"), ("霞", "xia", "female"), ("平", "ping", "female"),
    ("刚", "gang", "male"), ("鹏", "peng", "male"), ("斌", "bin", "male"),
    ("秀英", "xiuying", "female"), ("秀兰", "xiulan", "female"), ("桂英", "guiying", "female"),
    ("建华", "jianhua", "male"), ("建国", "jianguo", "male"), ("志强", "zhiqiang", "male"),
    ("晓明", "xiaoming", "male"), ("海燕", "haiyan", "female"), ("婷婷", "tingting", "female"),
    ("娜娜", "nana", "female"), ("思远", "siyuan", "male"), ("子涵", "zihan", "female"),
    ("雨桐", "yutong", "female"), ("浩然", "haoran", "male"), ("俊杰", "junjie", "male"),
    ("欣怡", "xinyi", "female"), ("文博", "wenbo", "male"), ("佳琪", "jiaqi", "female"),
    ("宇轩", "yuxuan", "male"), ("梓萱", "zixuan", "female"), ("国栋", "guodong", "male"),
    ("立新", "lixin", "male"), ("美玲", "meiling", "female"), ("红梅", "hongmei", "female"),
    ("春生", "chunsheng", "male"), ("丽华", "lihua", "female"), ("德明", "deming", "male"),
)  # fmt: skip

# (first name, gender)
EN_FIRST: tuple[tuple[str, str], ...] = (
    ("James", "male"), ("Mary", "female"), ("John", "male"), ("Patricia", "female"),
    ("Robert", "male"), ("Jennifer", "female"), ("Michael", "male"), ("Linda", "female"),
    ("David", "male"), ("Elizabeth", "female"), ("William", "male"), ("Susan", "female"),
    ("Richard", "male"), ("Jessica", "female"), ("Thomas", "male"), ("Sarah", "female"),
    ("Daniel", "male"), ("Karen", "female"), ("Matthew", "male"), ("Emily", "female"),
    ("Oliver", "male"), ("Charlotte", "female"), ("Lucas", "male"), ("Sophie", "female"),
    ("Ahmed", "male"), ("Priya", "female"), ("Hans", "male"), ("Ingrid", "female"),
    ("Pierre", "male"), ("Claire", "female"), ("Marco", "male"), ("Giulia", "female"),
    ("Kenji", "male"), ("Yuki", "female"), ("Alex", "other"), ("Sam", "unknown"),
)  # fmt: skip

EN_LAST: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott",
    "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
    "Müller", "Schmidt", "Dubois", "Rossi", "Tanaka", "Patel", "Nguyen", "O'Brien",
    "Fischer", "Larsen", "Kowalski", "Silva", "Fernández",
)  # fmt: skip

# Company names: city prefix (from CN_CITIES) + brand + trade + suffix.
CN_BRANDS: tuple[tuple[str, str], ...] = (
    ("华信", "huaxin"), ("恒通", "hengtong"), ("鼎盛", "dingsheng"), ("宏达", "hongda"),
    ("瑞丰", "ruifeng"), ("金桥", "jinqiao"), ("中联", "zhonglian"), ("天成", "tiancheng"),
    ("远航", "yuanhang"), ("博源", "boyuan"), ("创新", "chuangxin"), ("永盛", "yongsheng"),
    ("东方", "dongfang"), ("海纳", "haina"), ("新锐", "xinrui"), ("万达", "wanda"),
    ("长城", "changcheng"), ("汇丰源", "huifengyuan"), ("启明", "qiming"), ("联合", "lianhe"),
    ("盛世", "shengshi"), ("精工", "jinggong"), ("众诚", "zhongcheng"), ("泰和", "taihe"),
    ("星辰", "xingchen"), ("蓝海", "lanhai"), ("华瑞", "huarui"), ("同创", "tongchuang"),
)  # fmt: skip

CN_TRADES: tuple[str, ...] = (
    "科技", "贸易", "机械", "电子", "实业", "信息技术", "物流", "建材", "医疗器械",
    "环保科技", "新材料", "自动化设备", "食品", "纺织", "汽车零部件", "软件",
)  # fmt: skip

CN_SUFFIXES: tuple[str, ...] = ("有限公司", "有限公司", "股份有限公司", "集团有限公司")

EN_BRANDS: tuple[str, ...] = (
    "Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
    "Blue Ridge", "Silverline", "Redwood", "Pinnacle", "Summit", "Harbor", "Evergreen",
    "Apex", "Crescent", "Keystone", "Lakeside", "Meridian", "Orion", "Sterling", "Vertex",
    "Brightwater", "Ironclad", "Fairfield", "Granite", "Oakmont",
)  # fmt: skip

EN_TRADES: tuple[str, ...] = (
    "Trading", "Systems", "Industries", "Logistics", "Technologies", "Manufacturing",
    "Solutions", "Supplies", "Engineering", "Foods", "Medical", "Electronics",
)  # fmt: skip

EN_SUFFIXES: tuple[str, ...] = ("Ltd", "Inc", "GmbH", "LLC", "Pte Ltd", "Co., Ltd", "plc")

# (city, postal code, districts): Chinese cities in Chinese.
CN_CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("上海", "200000", ("浦东新区", "徐汇区", "闵行区", "静安区")),
    ("北京", "100000", ("朝阳区", "海淀区", "东城区", "丰台区")),
    ("深圳", "518000", ("南山区", "福田区", "宝安区", "龙岗区")),
    ("广州", "510000", ("天河区", "越秀区", "番禺区", "白云区")),
    ("杭州", "310000", ("西湖区", "滨江区", "余杭区")),
    ("苏州", "215000", ("工业园区", "姑苏区", "吴中区")),
    ("南京", "210000", ("鼓楼区", "建邺区", "江宁区")),
    ("成都", "610000", ("高新区", "武侯区", "锦江区")),
    ("武汉", "430000", ("江汉区", "洪山区", "武昌区")),
    ("重庆", "400000", ("渝中区", "江北区", "九龙坡区")),
    ("天津", "300000", ("和平区", "滨海新区", "南开区")),
    ("西安", "710000", ("雁塔区", "碑林区", "未央区")),
    ("宁波", "315000", ("鄞州区", "海曙区", "北仑区")),
    ("东莞", "523000", ("南城街道", "长安镇", "松山湖")),
    ("青岛", "266000", ("市南区", "崂山区", "黄岛区")),
    ("厦门", "361000", ("思明区", "湖里区", "集美区")),
    ("长沙", "410000", ("岳麓区", "芙蓉区", "雨花区")),
    ("佛山", "528000", ("顺德区", "南海区", "禅城区")),
)  # fmt: skip

CN_ROADS: tuple[str, ...] = (
    "人民路", "中山路", "解放路", "建设路", "科技园路", "创业大道", "长江路", "滨江大道",
    "工业大道", "和平路", "文化路", "南京路", "世纪大道", "高新路", "东风路",
)  # fmt: skip

# (city, postal code, country): international cities in English.
EN_CITIES: tuple[tuple[str, str, str], ...] = (
    ("New York", "10001", "United States"),
    ("San Francisco", "94105", "United States"),
    ("Chicago", "60601", "United States"),
    ("London", "EC1A 1BB", "United Kingdom"),
    ("Manchester", "M1 1AE", "United Kingdom"),
    ("Berlin", "10115", "Germany"),
    ("Munich", "80331", "Germany"),
    ("Paris", "75001", "France"),
    ("Milan", "20121", "Italy"),
    ("Singapore", "049315", "Singapore"),
    ("Sydney", "2000", "Australia"),
    ("Toronto", "M5H 2N2", "Canada"),
    ("Tokyo", "100-0005", "Japan"),
    ("Hong Kong", "999077", "Hong Kong SAR"),
    ("Dubai", "00000", "United Arab Emirates"),
    ("Amsterdam", "1012 JS", "Netherlands"),
)  # fmt: skip

EN_STREETS: tuple[str, ...] = (
    "Main Street", "Market Street", "Oak Avenue", "Harbour Road", "King Street",
    "Park Lane", "Station Road", "Industrial Way", "Queen's Road", "Bridge Street",
    "Lakeshore Drive", "Commerce Boulevard",
)  # fmt: skip

# Country calling code and a national number pattern ("#" = a digit, "N" = a digit 2-9).
INTL_PHONES: dict[str, str] = {
    "United States": "+1 N## 555 01##",
    "United Kingdom": "+44 20 7946 0###",
    "Germany": "+49 30 N## ####",
    "France": "+33 1 N# ## ## ##",
    "Italy": "+39 02 N### ####",
    "Singapore": "+65 6### ####",
    "Australia": "+61 2 N### ####",
    "Canada": "+1 416 555 01##",
    "Japan": "+81 3 N### ####",
    "Hong Kong SAR": "+852 N### ####",
    "United Arab Emirates": "+971 4 N## ####",
    "Netherlands": "+31 20 N## ####",
}

CN_MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "155", "156", "158", "159", "166", "173", "177", "180", "181", "182", "185", "186",
    "187", "188", "189", "191", "198", "199",
)  # fmt: skip

CN_MAIL_DOMAINS: tuple[str, ...] = ("163.com", "qq.com", "126.com", "sina.com", "139.com")
EN_MAIL_DOMAINS: tuple[str, ...] = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com")

# (Chinese, English)
INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("制造业", "Manufacturing"), ("电子元器件", "Electronic components"),
    ("汽车及零部件", "Automotive"), ("医疗健康", "Healthcare"), ("零售", "Retail"),
    ("物流运输", "Logistics"), ("建筑工程", "Construction"), ("食品饮料", "Food & beverage"),
    ("教育培训", "Education"), ("能源化工", "Energy & chemicals"),
    ("信息技术", "Information technology"), ("纺织服装", "Textiles & apparel"),
    ("餐饮酒店", "Hospitality"), ("农业", "Agriculture"),
)  # fmt: skip

# (Chinese name, English name, specifications, unit price range in CNY)
PRODUCTS: tuple[tuple[str, str, tuple[str, ...], tuple[int, int]], ...] = (
    ("工业控制器", "Industrial controller", ("PLC-200", "PLC-500", "PLC-900"), (1800, 12000)),
    ("伺服电机", "Servo motor", ("0.4kW", "1.5kW", "3kW"), (900, 6800)),
    ("变频器", "Frequency inverter", ("2.2kW", "7.5kW", "15kW"), (1200, 9500)),
    ("触摸屏", "HMI touch panel", ("7英寸 / 7 in", "10英寸 / 10 in"), (800, 4200)),
    ("传感器套件", "Sensor kit", ("温度 / temperature", "压力 / pressure"), (150, 1600)),
    ("CRM 软件授权", "CRM software licence", ("标准版 / Standard", "专业版 / Pro"), (600, 3600)),
    ("年度维保服务", "Annual maintenance plan", ("基础 / Basic", "全面 / Full"), (5000, 48000)),
    ("激光打印机", "Laser printer", ("A4 黑白 / mono", "A3 彩色 / colour"), (1500, 22000)),
    ("办公家具", "Office furniture", ("工位 / workstation", "会议桌 / table"), (700, 9000)),
    ("不锈钢阀门", "Stainless steel valve", ("DN25", "DN50", "DN100"), (120, 2400)),
    ("LED 照明", "LED lighting", ("面板灯 / panel", "工矿灯 / high bay"), (60, 900)),
    ("包装材料", "Packaging material", ("纸箱 / carton", "气泡膜 / bubble wrap"), (2, 40)),
    ("空气净化器", "Air purifier", ("家用 / home", "商用 / commercial"), (1999, 15800)),
    ("云服务器", "Cloud server", ("4核8G / 4 vCPU", "16核64G / 16 vCPU"), (3000, 36000)),
)  # fmt: skip

CN_TITLES: tuple[str, ...] = (
    "总经理", "副总经理", "采购经理", "采购专员", "技术总监", "财务总监", "行政主管",
    "生产经理", "销售总监", "项目经理", "工程师", "董事长助理", "运营经理",
)  # fmt: skip

EN_TITLES: tuple[str, ...] = (
    "CEO", "Managing Director", "Purchasing Manager", "Procurement Specialist", "CTO",
    "CFO", "Operations Manager", "Head of IT", "Project Manager", "Office Manager",
    "Plant Manager", "Sales Director",
)  # fmt: skip

# Follow-up texts; "{p}" is replaced by a product name of the same language.
CN_CONTENTS: tuple[str, ...] = (
    "电话沟通{p}的采购计划，对方预算已批", "上门拜访，演示{p}，客户技术部门参加",
    "微信发送{p}报价单及产品资料", "参加客户季度采购会议，讨论{p}替换方案",
    "邮件确认{p}技术参数", "回访使用情况，客户反馈{p}运行稳定", "约见采购经理，谈{p}价格",
    "客户来电咨询{p}交期", "展会后跟进，介绍{p}新款", "节日问候，顺便了解{p}需求变化",
    "陪同技术工程师现场勘察", "就合同条款进行第二轮谈判",
)  # fmt: skip

CN_OUTCOMES: tuple[str, ...] = (
    "客户有明确意向，等待内部审批", "认为价格偏高，要求九折", "需要与竞品对比后再定",
    "已确认需求，进入报价阶段", "决策人出差，下周再谈", "对服务方案满意", "暂无预算，明年再议",
    "要求提供样品试用", "已口头同意，待签合同", "客户对交期有顾虑",
)  # fmt: skip

CN_NEXT_STEPS: tuple[str, ...] = (
    "下周发正式报价", "安排样品寄送", "约技术交流会", "准备合同草稿", "月底再次电话跟进",
    "邀请参观工厂", "发送成功案例", "与财务确认付款方式", "申请特价审批", "节后回访",
)  # fmt: skip

EN_CONTENTS: tuple[str, ...] = (
    "Call about the {p} purchase plan; budget approved", "On-site visit, demoed the {p}",
    "Sent the {p} quotation and brochure by e-mail", "Quarterly review meeting about the {p}",
    "Confirmed the {p} specifications by e-mail", "Check-in call: the {p} runs fine",
    "Met the purchasing manager to discuss {p} pricing", "Customer asked about {p} lead times",
    "Follow-up after the trade show, presented the new {p}", "WhatsApp chat about {p} options",
    "Site survey with our engineer", "Second round of contract negotiation",
)  # fmt: skip

EN_OUTCOMES: tuple[str, ...] = (
    "Strong interest, waiting for internal approval", "Price seen as too high, asks 10% off",
    "Comparing with a competitor", "Need confirmed, moving to a quote",
    "Decision maker travelling, talk next week", "Happy with the service proposal",
    "No budget this year", "Asked for a trial unit", "Verbal yes, contract pending",
    "Concerned about delivery time",
)  # fmt: skip

EN_NEXT_STEPS: tuple[str, ...] = (
    "Send the formal quote next week", "Ship a sample", "Book a technical workshop",
    "Draft the contract", "Call again at month end", "Invite to a factory tour",
    "Send case studies", "Confirm payment terms with finance", "Request a special price",
    "Check in after the holidays",
)  # fmt: skip

CN_SUMMARIES: tuple[str, ...] = (
    "展会上认识，对自动化改造感兴趣", "朋友介绍，正在寻找新供应商", "官网留言咨询报价",
    "电话陌拜，对方表示可以了解一下", "老客户推荐，采购量较大", "自己上门咨询产品",
)  # fmt: skip

EN_SUMMARIES: tuple[str, ...] = (
    "Met at the trade fair, interested in automation", "Referred by a partner, new supplier",
    "Web enquiry asking for a quote", "Cold call, open to a presentation",
    "Recommended by an existing customer", "Walked into the showroom",
)  # fmt: skip

CN_NEEDS: tuple[str, ...] = (
    "提高产线自动化程度", "降低采购成本", "替换老旧设备", "扩建新厂房", "统一IT系统",
    "节能改造",
)  # fmt: skip
EN_NEEDS: tuple[str, ...] = (
    "Automate the assembly line", "Cut purchasing costs", "Replace ageing equipment",
    "Equip a new plant", "Consolidate IT systems", "Energy savings",
)  # fmt: skip
CN_SERVICE: tuple[str, ...] = ("24小时响应", "现场安装调试", "每季度巡检", "操作培训")
EN_SERVICE: tuple[str, ...] = (
    "24h response", "On-site installation", "Quarterly inspection", "Operator training",
)  # fmt: skip
BRANDS_PREFERRED: tuple[str, ...] = ("西门子", "Siemens", "ABB", "施耐德", "Omron", "汇川", "Bosch")

CN_NOTES: tuple[str, ...] = (
    "决策流程较长，需要董事会批准", "喜欢微信沟通，不喜欢长邮件", "付款及时，信誉好",
    "对价格敏感", "上午联系效果最好", "",
)  # fmt: skip
EN_NOTES: tuple[str, ...] = (
    "Board approval needed for large orders", "Prefers short calls over long e-mails",
    "Pays on time", "Very price-sensitive", "Best reached in the morning", "",
)  # fmt: skip

# (tag, weight): Chinese and English tags, as salespeople use them. No spaces: the customer's
# `tags` column holds the names joined by spaces.
TAGS: tuple[tuple[str, int], ...] = (
    ("VIP", 6), ("重点客户", 8), ("展会", 7), ("Referral", 5), ("老客户", 6), ("大客户", 4),
    ("价格敏感", 5), ("Trade-show", 3), ("Key-account", 3), ("待回款", 2),
    ("Newsletter", 3), ("竞品客户", 2),
)  # fmt: skip

CN_OPPORTUNITY: tuple[str, ...] = ("{p}采购项目", "{p}年度框架协议", "{p}升级改造", "新厂{p}配套")
EN_OPPORTUNITY: tuple[str, ...] = (
    "{p} purchase", "{p} framework agreement", "{p} upgrade", "{p} for the new site",
)  # fmt: skip

CN_REMINDERS: tuple[str, ...] = ("确认样品是否收到", "提醒客户付款", "寄送节日礼品", "复核报价")
EN_REMINDERS: tuple[str, ...] = (
    "Check the sample arrived", "Chase the payment", "Send the seasonal gift", "Review the quote",
)  # fmt: skip

CURRENCIES: dict[str, str] = {
    "United States": "USD", "Canada": "CAD", "United Kingdom": "GBP", "Germany": "EUR",
    "France": "EUR", "Italy": "EUR", "Netherlands": "EUR", "Singapore": "SGD",
    "Australia": "AUD", "Japan": "JPY", "Hong Kong SAR": "HKD", "United Arab Emirates": "USD",
    "中国": "CNY",
}  # fmt: skip

# Yuan per unit of each currency, to turn the CNY price lists into local prices.
CNY_PER_UNIT: dict[str, float] = {
    "CNY": 1.0, "USD": 7.2, "CAD": 5.2, "GBP": 9.1, "EUR": 7.8, "SGD": 5.4, "AUD": 4.7,
    "JPY": 0.048, "HKD": 0.92,
}  # fmt: skip
