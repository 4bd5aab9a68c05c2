/**
 * Deterministic generator of realistic Chinese report texts for testing and benchmarking
 * near-duplicate detection. Independent reports are assembled from many phrasings over
 * subjects, towns, villages, problem types, amounts and dates; templated clusters (贴牌)
 * are one text copied under different reporter names with light edits (a few characters
 * changed, witness names swapped, sentences reordered, a greeting or a line added).
 * Every report carries its cluster label (null for independent reports) as ground truth.
 */
import { ProblemCategory } from "../domain/enums";

export type Rng = () => number;

const imul = Math.imul; // a global looked up in a hot loop is slow inside jest's vm context

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: Rng, p: number) => r() < p;
function sample<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.min(n, copy.length));
}

// --- vocabulary ------------------------------------------------------------------------

const TOWNS = [
  "水集街道",
  "望城街道",
  "沽河街道",
  "姜山镇",
  "夏格庄镇",
  "院上镇",
  "日庄镇",
  "南墅镇",
  "河头店镇",
  "店埠镇",
  "李权庄镇",
  "马连庄镇",
  "六曲山镇",
];
const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文".split(
    "",
  );
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志强海波宁凯辉斌鑫亮晓东春梅德福宝山振兴永成庆林金凤淑贞俊峰文玲学忠新民爱华立新国庆桂芝秀兰".split(
    "",
  );
const VILLAGE_PREFIX = ["", "", "东", "西", "南", "北", "前", "后", "大", "小", "上", "下", "新"];
const VILLAGE_SUFFIX = ["家庄", "庄", "疃", "格庄", "官庄", "家岭", "家河", "家埠", "戈庄", "家屯", "家洼", "家寨"];
const VILLAGE_POSTS = [
  "村党支部书记",
  "村委会主任",
  "村党支部书记兼村委会主任",
  "村会计",
  "村报账员",
  "村妇女主任",
  "村治保主任",
  "村网格员",
  "村民小组长",
];
const TOWN_POSTS = [
  "党委副书记",
  "副镇长",
  "财政所所长",
  "农业农村办公室主任",
  "城建办主任",
  "社会事务办公室工作人员",
  "自然资源所工作人员",
  "经管站站长",
  "社区党委书记",
  "综合执法中队队长",
];
const CITY_UNITS = [
  "市住建局",
  "市教育和体育局",
  "市自然资源局",
  "市医疗保障局",
  "市市场监督管理局",
  "市交通运输局",
  "市水利局",
  "市民政局",
  "市人力资源和社会保障局",
];
const CITY_POSTS = ["副局长", "科长", "副科长", "工作人员", "所长", "中队长", "办公室主任"];
const RELATIVES = ["弟弟", "妹妹", "小舅子", "岳父", "儿子", "女儿", "侄子", "外甥", "表哥", "连襟", "儿媳妇", "亲家"];
const PROJECTS = [
  "村内道路硬化工程",
  "自来水管网改造工程",
  "文化广场",
  "村委办公楼",
  "排水沟渠",
  "路灯安装工程",
  "高标准农田项目",
  "污水处理设施",
  "桥涵维修工程",
  "大棚园区",
  "冷库",
  "美丽乡村改造项目",
];
const ASSETS = ["小轿车", "两套楼房", "门头房", "大货车", "养殖场", "几十亩果园", "挖掘机"];
const COLLECTIVE_ASSETS = ["荒山", "果园", "鱼塘", "厂房", "机动地", "沙场", "苗圃", "集体林地"];
const RESTAURANTS = ["镇上的饭店", "县城的酒店", "农家乐", "朋友开的酒楼", "海鲜城", "私人会所"];
const BUSINESSES = [
  "宅基地审批手续",
  "残疾补贴",
  "医保报销",
  "房产证",
  "营业执照",
  "养老保险",
  "户口迁移",
  "土地确权证",
];
const OFFICES = ["镇便民服务中心", "街道办事处", "市政务服务大厅", "镇社会事务办公室", "市医保服务窗口"];
const COMPANIES = ["一家建筑公司", "某劳务公司", "镇上的服装厂", "一家食品加工厂", "某物流公司", "某建材厂"];
const DISPUTES = ["宅基地界址", "土地承包合同", "借款", "房屋买卖", "交通事故赔偿", "林地权属"];

// --- slots -----------------------------------------------------------------------------

interface Ctx {
  town: string;
  village: string;
  subject: string;
  post: string;
  unit: string;
  reporter: string;
  witnesses: string[];
  relative: string;
  year: number;
}

const personName = (r: Rng) => pick(r, SURNAMES) + pick(r, GIVEN) + (chance(r, 0.7) ? pick(r, GIVEN) : "");
const villageName = (r: Rng) => pick(r, VILLAGE_PREFIX) + pick(r, SURNAMES) + pick(r, VILLAGE_SUFFIX) + "村";
const amount = (r: Rng) =>
  pick(r, [int(r, 2, 99) * 100, int(r, 1, 50) * 1000, int(r, 1, 30) * 10000, int(r, 3000, 98000)]);
const wan = (r: Rng) =>
  pick(r, [`${int(r, 2, 80)}万`, `${int(r, 2, 9)}万多`, `近${int(r, 2, 50)}万`, `${int(r, 10, 200)}多万`]);
const month = (r: Rng, c: Ctx) => `${c.year - int(r, 0, 3)}年${int(r, 1, 12)}月`;
const dateText = (r: Rng, c: Ctx) =>
  pick(r, [
    `${month(r, c)}`,
    `${month(r, c)}${int(r, 1, 28)}日`,
    `${c.year - int(r, 0, 3)}年春节前后`,
    `${c.year - int(r, 1, 4)}年下半年`,
    `去年${int(r, 1, 12)}月份`,
    "前年秋天",
    "今年年初",
  ]);
const phone = (r: Rng) =>
  `1${pick(r, ["3", "5", "7", "8", "9"])}${int(r, 0, 9)}${String(int(r, 0, 99_999_999)).padStart(8, "0")}`;
const villagers = (r: Rng) => pick(r, ["村民", "群众", "老百姓", "乡亲们", "村里人", "大家"]);
const strongly = (r: Rng) => pick(r, ["意见很大", "敢怒不敢言", "反映强烈", "议论纷纷", "非常不满", "很有怨言"]);
const subjectRef = (r: Rng, c: Ctx) =>
  pick(r, [c.subject, c.subject, "此人", "他", `${c.subject}${pick(r, ["书记", "主任", ""])}`]);

type Template = (r: Rng, c: Ctx) => string;

interface ProblemType {
  category: ProblemCategory;
  /** Where the subject works: a village, a town office or a city department. */
  level: "village" | "town" | "city";
  facts: Template[];
}

const PROBLEMS: ProblemType[] = [
  {
    category: ProblemCategory.MASS_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `${subjectRef(r, c)}利用职务便利，违规为其${c.relative}办理了低保，${c.relative}家有${pick(r, ASSETS)}，根本不符合条件`,
      (r, c) =>
        `村里真正困难的${c.witnesses[0]}家${pick(r, ["多次申请低保都没批下来", "申请了三年低保一直没有结果", "老两口常年有病却吃不上低保"])}，${subjectRef(r, c)}却把名额给了自己的亲戚`,
      (r, c) => `${dateText(r, c)}以来，${subjectRef(r, c)}每年从低保户手中收取好处费${amount(r)}元，不给钱就取消低保`,
      (r) =>
        `低保评议会${pick(r, ["根本没有开", "只是走了个过场", "一次也没召开过"])}，名单是他一个人定的，${pick(r, ["也没有张榜公示", "公示栏里从来没贴过", "村民都不知道"])}`,
      (r, c) =>
        `全村${int(r, 8, 40)}户低保户中有${int(r, 3, 9)}户是${subjectRef(r, c)}的亲戚朋友，${villagers(r)}${strongly(r)}`,
      (r, c) =>
        `${c.witnesses[0]}是残疾人，残疾补贴${pick(r, ["被村里扣下了一半", "一直被冒领", "已经两年没发"])}，钱去哪了没人说得清`,
    ],
  },
  {
    category: ProblemCategory.INTEGRITY_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `${dateText(r, c)}${pick(r, ["修高速", "建工业园", "铁路建设", "修国道"])}征地时，${subjectRef(r, c)}虚报青苗补偿面积${int(r, 5, 90)}亩，冒领补偿款${wan(r)}元`,
      (r, c) => `征地补偿款到现在也没有全部发到${villagers(r)}手中，${subjectRef(r, c)}截留了大约${wan(r)}元，去向不明`,
      (r) =>
        `${villagers(r)}多次要求公开补偿款发放明细，${pick(r, ["他一直推脱不公开", "村里始终没有答复", "每次都说账在镇上"])}`,
      (r, c) =>
        `${subjectRef(r, c)}把本应分给${villagers(r)}的${int(r, 10, 60)}亩地的补偿款${pick(r, ["划到了自己亲戚名下", "存进了个人账户", "用来还了个人欠款"])}`,
      (r, c) =>
        `${c.witnesses[0]}家被占了${int(r, 1, 6)}亩地，${pick(r, ["一分钱补偿都没有拿到", "只拿到一半补偿款", "补偿标准比别人低很多"])}`,
    ],
  },
  {
    category: ProblemCategory.INTEGRITY_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `${dateText(r, c)}村里修建${pick(r, PROJECTS)}，${subjectRef(r, c)}没有经过招标，直接把工程交给其${c.relative}承包`,
      (r) =>
        `工程造价明显虚高，实际花费不到${wan(r)}元，却按${wan(r)}元结算，${pick(r, ["差价被他们分了", "多出来的钱不知去向", "账目对不上"])}`,
      (r, c) =>
        `${subjectRef(r, c)}从工程中收受承包人好处费${amount(r)}元，还让承包人${pick(r, ["给他家免费装修房子", "给他儿子买了车", "替他还了赌债"])}`,
      (r) =>
        `${pick(r, PROJECTS)}刚完工不到${int(r, 2, 11)}个月就${pick(r, ["出现大面积裂缝", "坏了没人修", "塌了一段"])}，质量很差，${villagers(r)}${strongly(r)}`,
      (r, c) => `工程款的${int(r, 10, 40)}%被${subjectRef(r, c)}以"协调费"的名义拿走了`,
    ],
  },
  {
    category: ProblemCategory.INTEGRITY_DISCIPLINE,
    level: "town",
    facts: [
      (r, c) => `${subjectRef(r, c)}经常在${pick(r, RESTAURANTS)}大吃大喝，费用都拿到单位报销，一年下来有${wan(r)}元`,
      (r, c) =>
        `${dateText(r, c)}，${subjectRef(r, c)}收受辖区企业老板送的${pick(r, ["购物卡", "名烟名酒", "海参", "现金红包", "茶叶"])}，价值${amount(r)}元左右`,
      (r, c) =>
        `${subjectRef(r, c)}长期${pick(r, ["使用公车办私事，周末经常开着公车接送孩子", "把公车停在自己家门口", "开公车去外地旅游"])}`,
      (r, c) =>
        `${subjectRef(r, c)}在${c.unit}管理服务对象${c.witnesses[0]}开的公司里${pick(r, ["有干股", "挂名领工资", "让老婆入了股"])}，每年分红${wan(r)}元`,
      (r, c) =>
        `逢年过节，${subjectRef(r, c)}都要让下面的${pick(r, ["村干部", "企业", "个体户"])}送礼，${pick(r, ["不送就处处刁难", "送少了还要挨批评", "大家都敢怒不敢言"])}`,
    ],
  },
  {
    category: ProblemCategory.INTEGRITY_DISCIPLINE,
    level: "town",
    facts: [
      (r, c) =>
        `${dateText(r, c)}，${subjectRef(r, c)}为其${c.relative}操办婚礼，大摆宴席${int(r, 20, 80)}桌，邀请了很多管理服务对象，收受礼金${wan(r)}元`,
      (r, c) =>
        `${subjectRef(r, c)}的${c.relative}${pick(r, ["考上大学", "孩子满月", "乔迁新居", "过生日"])}，他借机大办酒席，${pick(r, ["辖区好多老板都去随了礼", "收了不少管理服务对象的红包", "用的是单位的车接送客人"])}`,
      (r) =>
        `为了掩人耳目，酒席分${int(r, 2, 5)}处摆，${pick(r, ["礼单由专人记账", "红包直接收进了包里", "对外说是亲戚帮忙操办"])}`,
    ],
  },
  {
    category: ProblemCategory.MASS_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `村集体的${pick(r, COLLECTIVE_ASSETS)}被${subjectRef(r, c)}以很低的价格租给了自己的${pick(r, ["朋友", "亲戚", "同学", "合伙人"])}，每年租金只有${amount(r)}元，远低于市场价`,
      (r, c) => `村里的账目${int(r, 2, 9)}年没有公开，${subjectRef(r, c)}把集体收入存在个人账户里`,
      (r, c) =>
        `${subjectRef(r, c)}私自变卖村集体${pick(r, ["树木", "旧校舍", "变压器", "废旧设备", "沙土"])}，所得${amount(r)}元没有入账`,
      (r, c) =>
        `${c.witnesses[0]}等${int(r, 5, 30)}名${villagers(r)}联名要求查账，${subjectRef(r, c)}${pick(r, ["拒不配合", "说账本丢了", "反而威胁带头的人"])}`,
    ],
  },
  {
    category: ProblemCategory.MASS_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `危房改造补贴名额被${subjectRef(r, c)}优先给了自己的亲戚，而${c.witnesses[0]}家的房子${pick(r, ["漏雨多年", "墙都裂了", "已经成了危房"])}却一直没有得到补助`,
      (r, c) => `${subjectRef(r, c)}向申请补贴的${villagers(r)}索要好处费，每户${amount(r)}元，不给就不报名`,
      (r, c) =>
        `${dateText(r, c)}发放的${pick(r, ["耕地地力保护补贴", "种粮补贴", "养老补助", "取暖补贴"])}，有${int(r, 5, 40)}户${villagers(r)}没有领到`,
      (r, c) =>
        `${subjectRef(r, c)}在分配${pick(r, ["救灾物资", "扶贫资金", "公益岗位", "宅基地"])}时优亲厚友，${villagers(r)}${strongly(r)}`,
    ],
  },
  {
    category: ProblemCategory.WORK_DISCIPLINE,
    level: "town",
    facts: [
      (r, c) =>
        `我们去${pick(r, OFFICES)}办理${pick(r, BUSINESSES)}，${subjectRef(r, c)}态度恶劣，让我们来回跑了${int(r, 3, 12)}趟还是没有办成`,
      (r, c) =>
        `${subjectRef(r, c)}上班时间经常不在岗，${pick(r, ["电话也不接", "办公室总是锁着门", "有人看见他在打牌"])}，群众有事找不到人`,
      (r, c) =>
        `${subjectRef(r, c)}对群众反映的问题推诿扯皮，${dateText(r, c)}反映的${pick(r, ["排水不畅", "道路损坏", "饮水困难", "垃圾堆放"])}问题到现在还没有解决`,
      (r, c) => `办事时${subjectRef(r, c)}${pick(r, ["吃拿卡要", "故意刁难", "让找熟人打招呼"])}，不送东西就说材料不全`,
      (r) =>
        `${pick(r, ["上级检查", "年终考核", "创城验收"])}时他们弄虚作假，${pick(r, ["台账都是临时补的", "数字是编出来的", "照片是摆拍的"])}`,
    ],
  },
  {
    category: ProblemCategory.LIFE_DISCIPLINE,
    level: "town",
    facts: [
      (r, c) =>
        `${subjectRef(r, c)}经常在${pick(r, ["村头小卖部", "朋友家里", "镇上的棋牌室", "自家车库"])}打麻将赌博，输赢很大，每次${pick(r, ["上千元", "几千元", "上万元"])}`,
      (r, c) =>
        `${subjectRef(r, c)}与${c.witnesses[1]}长期保持不正当关系，在${pick(r, ["村里", "单位", "当地"])}影响很坏`,
      (r, c) =>
        `${subjectRef(r, c)}${pick(r, ["酒后驾驶公车", "醉酒后打人", "酒后闹事"])}，${dateText(r, c)}还被人拍了视频`,
    ],
  },
  {
    category: ProblemCategory.ORGANIZATIONAL_DISCIPLINE,
    level: "village",
    facts: [
      (r, c) =>
        `${dateText(r, c)}村委换届选举时，${subjectRef(r, c)}指使他人挨家挨户发钱拉票，每票${int(r, 100, 800)}元`,
      (r, c) => `${subjectRef(r, c)}在发展党员工作中搞暗箱操作，把不符合条件的${c.relative}发展为党员`,
      (r, c) =>
        `${subjectRef(r, c)}${int(r, 2, 6)}年没有召开过党员大会，${pick(r, ["会议记录都是补写的", "党费收了也不入账", "重大事项一个人说了算"])}`,
      (r) =>
        `选举时${pick(r, ["票箱没有当场封存", "唱票时不让村民代表监督", "流动票箱被拿回了家"])}，选举结果${villagers(r)}不认可`,
    ],
  },
  {
    category: ProblemCategory.LAW_AND_LITIGATION,
    level: "town",
    facts: [
      (r, c) =>
        `我与${c.witnesses[0]}因${pick(r, DISPUTES)}发生纠纷，法院判决后对方一直不履行，我认为${subjectRef(r, c)}偏袒对方`,
      (r) =>
        `案件${pick(r, ["已经执行了两年还没有结果", "法院迟迟不立案", "判决明显不公"])}，我要求${pick(r, ["重新审理", "追究办案人员责任", "尽快执行"])}`,
      (r, c) =>
        `${dateText(r, c)}我到${pick(r, ["派出所", "司法所", "法庭"])}反映，${subjectRef(r, c)}${pick(r, ["不予受理", "让我回家等消息", "态度蛮横"])}`,
    ],
  },
  {
    category: ProblemCategory.OTHER,
    level: "city",
    facts: [
      (r) => `${pick(r, COMPANIES)}拖欠我们${int(r, 5, 60)}名工人的工资共计${wan(r)}元，多次讨要无果`,
      (r) => `小区物业乱收费，每户每年多收${int(r, 100, 900)}元，业主多次反映没人管`,
      (r) =>
        `${pick(r, ["附近的石料厂", "村头的养殖场", "新建的搅拌站"])}噪音和粉尘污染严重，${pick(r, ["晚上都睡不着觉", "庄稼都受了影响", "孩子经常咳嗽"])}`,
      (r, c) =>
        `我们向${c.unit}反映了${int(r, 2, 8)}次，${subjectRef(r, c)}${pick(r, ["一直没有答复", "说不归他们管", "推给了镇上"])}`,
    ],
  },
];

const OPENINGS: Template[] = [
  () => "尊敬的纪委领导：",
  () => "纪委领导您好！",
  (r, c) =>
    `我是${c.town}${c.village}${pick(r, ["村民", "的一名党员", "的老党员", "的退休教师"])}，现${pick(r, ["实名反映", "向组织反映", "如实反映"])}以下问题。`,
  (r, c) => `我们是${c.town}${c.village}的${pick(r, ["部分村民", "党员群众", "村民代表"])}，`,
  (r, c) => `我要举报${c.town}${c.village}的${c.subject}。`,
  () => "",
  () => "",
  (r, c) => `现向贵委反映${c.subject}${pick(r, ["的违纪问题", "的问题", "存在的严重问题", "的违规行为"])}。`,
  () => "各位领导：",
  (r) => `${pick(r, ["本人", "我们"])}${pick(r, ["长期", "多年来"])}看在眼里，实在忍无可忍，特此反映。`,
];

const INTRODUCTIONS: Template[] = [
  (r, c) => `${c.subject}，现任${c.unit}${c.post}。`,
  (r, c) => `被举报人${c.subject}，${c.unit}${c.post}，任职已有${int(r, 2, 20)}年。`,
  (r, c) => `${c.unit}${c.post}${c.subject}在任期间，`,
  (r, c) => `${c.subject}${pick(r, ["自从当上", "担任"])}${c.post}以来，`,
  (r, c) => `${c.unit}的${c.subject}（${c.post}）${pick(r, ["问题很多", "一贯作风不正"])}：`,
  () => "",
];

const EVIDENCE: Template[] = [
  (r, c) => `以上问题村里很多人都知道，可以找${c.witnesses[0]}、${c.witnesses[1]}了解情况。`,
  (r) => `我手里有相关的${pick(r, ["收据和照片", "录音", "转账记录", "账目复印件"])}，可以提供给组织。`,
  (r, c) => `我们曾向${c.town}反映过${pick(r, ["几次", "多次", ""])}，但一直没有结果。`,
  (r, c) => `${c.witnesses[1]}可以证明，${pick(r, ["当时他也在场", "钱是他经手的", "他亲眼看见的"])}。`,
  () => "",
  () => "",
];

const CLOSINGS: Template[] = [
  () => "恳请纪委领导派人调查核实，严肃处理，还群众一个公道。",
  () => "希望上级纪委认真调查，给老百姓一个说法。",
  () => "请求依纪依法处理，维护群众的合法利益。",
  (r) =>
    `${pick(r, ["请领导", "恳请组织"])}${pick(r, ["尽快", "早日", "务必"])}${pick(r, ["查清事实", "调查处理", "派人下来核查"])}。`,
  () => "以上情况属实，如有不实愿意承担责任。",
  () => "希望纪委能为我们做主。",
  () => "",
];

const ADDED_LINES = [
  "此事群众意见很大。",
  "请领导重视。",
  "我们实在没有办法了。",
  "情况紧急，请尽快处理。",
  "以上反映的都是事实。",
];

const SUBSTITUTIONS: [string, string][] = [
  ["反映", "举报"],
  ["村民", "群众"],
  ["意见很大", "意见非常大"],
  ["希望", "恳请"],
  ["调查", "查处"],
  ["问题", "情况"],
  ["很多", "不少"],
  ["一直", "始终"],
  ["根本", "完全"],
  ["经常", "常常"],
  ["自己的", "他的"],
];

// --- assembly --------------------------------------------------------------------------

export interface GeneratedReport {
  id: string;
  text: string;
  /** Same label = copies of one templated text (贴牌); null for an independent report. */
  clusterId: string | null;
  reporterName: string;
  subjectName: string;
  town: string;
  category: ProblemCategory;
  /** The subject's post and work unit as the text names them (a village, a town or a city department). */
  subjectPost: string;
  subjectUnit: string;
  /** The village the text is set in. */
  village: string;
  /** Where the subject works. */
  level: "village" | "town" | "city";
}

export interface GenerateOptions {
  seed?: number;
  /** Independent reports (each its own text). */
  independentCount?: number;
  /** Templated clusters and their sizes (copies per cluster, base text included). */
  clusterCount?: number;
  minClusterSize?: number;
  maxClusterSize?: number;
}

function newContext(r: Rng, problem: ProblemType): Ctx {
  const town = pick(r, TOWNS);
  const village = villageName(r);
  let unit: string;
  let post: string;
  if (problem.level === "village") {
    unit = `${town}${village}`;
    post = pick(r, VILLAGE_POSTS);
  } else if (problem.level === "town" && chance(r, 0.75)) {
    unit = town;
    post = pick(r, TOWN_POSTS);
  } else {
    unit = pick(r, CITY_UNITS);
    post = pick(r, CITY_POSTS);
  }
  return {
    town,
    village,
    subject: personName(r),
    post,
    unit,
    reporter: personName(r),
    witnesses: [personName(r), personName(r)],
    relative: pick(r, RELATIVES),
    year: int(r, 2024, 2026),
  };
}

const SIGNATURE_FORMATS: ((r: Rng, c: Ctx) => string)[] = [
  () => "",
  () => "",
  () => "一群知情群众",
  (r, c) => `${c.village}部分村民`,
  () => "知情人",
  (r, c) => `举报人：${c.reporter}，联系电话：${phone(r)}`,
  (r, c) => `反映人：${c.reporter}　${phone(r)}`,
  (r, c) => `实名举报人${c.reporter}，电话${phone(r)}，住${c.town}${c.village}`,
  (r, c) => `${c.reporter} ${c.year}年${int(r, 1, 12)}月${int(r, 1, 28)}日`,
];
const ANONYMOUS_FORMATS = 5;

/** Index of a signature format: anonymous ones first, then real-name ones. */
const signatureFormat = (r: Rng, realName: boolean) =>
  realName ? int(r, ANONYMOUS_FORMATS, SIGNATURE_FORMATS.length - 1) : int(r, 0, ANONYMOUS_FORMATS - 1);

/** The body of a report as a list of sentences (so that copies can reorder them). */
function composeSentences(r: Rng, c: Ctx, problem: ProblemType): string[] {
  const sentences: string[] = [];
  const opening = pick(r, OPENINGS)(r, c);
  if (opening) sentences.push(opening);
  const intro = pick(r, INTRODUCTIONS)(r, c);
  const facts = sample(r, problem.facts, int(r, 2, Math.min(4, problem.facts.length))).map((t) => t(r, c));
  // a second, related complaint about the same person
  const related = PROBLEMS.filter((p) => p !== problem && p.level === problem.level);
  if (related.length > 0 && chance(r, 0.3)) facts.push(pick(r, pick(r, related).facts)(r, c));
  facts.forEach((f, i) => {
    const lead = i === 0 ? intro : pick(r, ["", "", "另外，", "还有，", "此外，", "更严重的是，", "同时，"]);
    sentences.push(`${lead}${f}${pick(r, ["。", "。", "！", "。"])}`);
  });
  for (const t of sample(r, EVIDENCE, int(r, 0, 2))) {
    const s = t(r, c);
    if (s) sentences.push(s);
  }
  const closing = pick(r, CLOSINGS)(r, c);
  if (closing) sentences.push(closing);
  return sentences;
}

/** A light edit of a templated text: how copies of one 贴牌 text differ from each other. */
function editedCopy(r: Rng, sentences: readonly string[], c: Ctx, base: Ctx): string[] {
  let out = [...sentences];
  // the reporter and witnesses change between copies
  out = out.map((s) => s.split(base.reporter).join(c.reporter));
  if (chance(r, 0.5)) {
    const [a, b] = base.witnesses;
    out = out.map((s) => s.split(a).join("\u0000").split(b).join(a).split("\u0000").join(b));
  }
  // a few words changed
  for (let n = int(r, 1, 3); n > 0; n--) {
    const [from, to] = pick(r, SUBSTITUTIONS);
    const i = out.findIndex((s) => s.includes(from));
    if (i >= 0) out[i] = out[i].replace(from, to);
  }
  // a typo or two
  for (let n = int(r, 0, 2); n > 0; n--) {
    const i = int(r, 0, out.length - 1);
    const chars = Array.from(out[i]);
    if (chars.length > 4) {
      chars[int(r, 0, chars.length - 1)] = pick(r, "的了是在有和就也都而".split(""));
      out[i] = chars.join("");
    }
  }
  // sentences reordered (never the first: the greeting stays on top)
  if (out.length > 3 && chance(r, 0.6)) {
    const i = int(r, 1, out.length - 2);
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  if (chance(r, 0.25)) out.splice(int(r, 1, out.length), 0, pick(r, ADDED_LINES));
  if (chance(r, 0.2)) out[0] = pick(r, ["尊敬的领导：", "纪委领导：", "您好！"]) + out[0];
  return out;
}

/** What a report says about its subject, from the context it was written in (draws no random numbers). */
const subjectFacts = (c: Ctx, problem: ProblemType) => ({
  subjectPost: c.post,
  subjectUnit: c.unit,
  village: c.village,
  level: problem.level,
});

/** Independent reports plus templated clusters, shuffled, with ids R000001…; deterministic for a seed. */
export function generateReports(options: GenerateOptions = {}): GeneratedReport[] {
  const {
    seed = 20260930,
    independentCount = 1000,
    clusterCount = 40,
    minClusterSize = 3,
    maxClusterSize = 12,
  } = options;
  const r = mulberry32(seed);
  const drafts: Omit<GeneratedReport, "id">[] = [];
  const render = (sentences: string[], c: Ctx, format: number) => {
    const sign = SIGNATURE_FORMATS[format](r, c);
    return sentences.join("") + (sign ? `\n${sign}` : "");
  };

  for (let i = 0; i < independentCount; i++) {
    const problem = pick(r, PROBLEMS);
    const c = newContext(r, problem);
    drafts.push({
      text: render(composeSentences(r, c, problem), c, signatureFormat(r, chance(r, 0.55))),
      clusterId: null,
      reporterName: c.reporter,
      subjectName: c.subject,
      town: c.town,
      category: problem.category,
      ...subjectFacts(c, problem),
    });
  }

  for (let k = 0; k < clusterCount; k++) {
    const problem = pick(r, PROBLEMS);
    const base = newContext(r, problem);
    const sentences = composeSentences(r, base, problem);
    const clusterId = `C${String(k + 1).padStart(3, "0")}`;
    const size = int(r, minClusterSize, maxClusterSize);
    // copies are mostly signed the way the template says, each with its own name and phone
    const baseFormat = signatureFormat(r, chance(r, 0.7));
    for (let j = 0; j < size; j++) {
      const c: Ctx = { ...base, reporter: personName(r) };
      const copy = j === 0 ? sentences : editedCopy(r, sentences, c, base);
      const format = j === 0 || chance(r, 0.85) ? baseFormat : signatureFormat(r, chance(r, 0.5));
      drafts.push({
        text: render(copy, c, format),
        clusterId,
        reporterName: c.reporter,
        subjectName: base.subject,
        town: base.town,
        category: problem.category,
        ...subjectFacts(base, problem),
      });
    }
  }

  const shuffled = sample(r, drafts, drafts.length);
  return shuffled.map((d, i) => ({ id: `R${String(i + 1).padStart(6, "0")}`, ...d }));
}

/**
 * About `total` reports with roughly the given share in templated clusters (for benchmarks);
 * the size is exact.
 */
export function generateReportSet(total: number, seed = 20260930, clusteredShare = 0.2): GeneratedReport[] {
  const meanCluster = 7.5;
  const clusterCount = Math.max(0, Math.round((total * clusteredShare) / meanCluster));
  const independentCount = Math.max(0, total - Math.round(clusterCount * meanCluster));
  const reports = generateReports({ seed, independentCount, clusterCount });
  if (reports.length >= total) return reports.slice(0, total);
  const extra = generateReports({ seed: seed + 1, independentCount: total - reports.length, clusterCount: 0 });
  return [...reports, ...extra.map((x, i) => ({ ...x, id: `R${String(reports.length + i + 1).padStart(6, "0")}` }))];
}

// --- repeat reports and reports without substance (demo data) ---------------------------

/** How a reporter who writes again about the same matter begins (重复举报). */
const REPEAT_LEADS: Template[] = [
  (r, c) =>
    `${c.subject}的问题我${pick(r, ["去年", "前几个月", "上次", "已经多次"])}反映过，到现在${pick(r, ["没有任何结果", "也没有人来调查", "问题依然存在"])}，现再次反映。`,
  (r, c) =>
    `关于${c.unit}${c.subject}的问题，${pick(r, ["这是我们第二次反映", "我们再次向组织反映", "之前已经写过信"])}。`,
  (r) => `之前反映的问题，${pick(r, ["镇上说查过了，但我们不认可调查结论", "至今没有答复", "调查只是走了个过场"])}。`,
  (r) =>
    `${pick(r, ["上次反映后", "自从反映以后"])}，${pick(r, ["他变本加厉", "他四处打听是谁举报的", "问题一点也没有改正"])}。`,
];

export interface RepeatSeriesOptions {
  seed?: number;
  /** Reports about the one subject, the first report included. */
  count: number;
  /** Share of the later reports written by the first reporter again (the others: other villagers). */
  sameReporterShare?: number;
}

/**
 * One subject reported again and again (重复举报): `count` texts about the same person (same
 * town, village, unit, post and kind of problem), each written afresh rather than copied, in
 * the order they were sent. The first reporter signs with name and phone; later letters often
 * start by saying the matter was reported before. Deterministic for a seed; clusterId is null
 * (these are repeats, not 贴牌 copies).
 */
export function generateRepeatSeries(options: RepeatSeriesOptions): GeneratedReport[] {
  const { seed = 20261001, count, sameReporterShare = 0.5 } = options;
  const r = mulberry32(seed);
  const inScope = PROBLEMS.filter(
    (p) => p.category !== ProblemCategory.LAW_AND_LITIGATION && p.category !== ProblemCategory.OTHER,
  );
  const problem = pick(r, inScope);
  const base = newContext(r, problem);
  const out: GeneratedReport[] = [];
  for (let j = 0; j < count; j++) {
    const again = j === 0 || chance(r, sameReporterShare);
    const c: Ctx = {
      ...base,
      reporter: again ? base.reporter : personName(r),
      witnesses: chance(r, 0.5) ? base.witnesses : [personName(r), personName(r)],
    };
    const sentences = composeSentences(r, c, problem);
    if (j > 0) sentences.splice(sentences.length > 1 && chance(r, 0.5) ? 1 : 0, 0, pick(r, REPEAT_LEADS)(r, c));
    const sign = SIGNATURE_FORMATS[
      again ? int(r, ANONYMOUS_FORMATS, SIGNATURE_FORMATS.length - 1) : signatureFormat(r, chance(r, 0.4))
    ](r, c);
    out.push({
      id: `S${String(j + 1).padStart(6, "0")}`,
      text: sentences.join("") + (sign ? `\n${sign}` : ""),
      clusterId: null,
      reporterName: c.reporter,
      subjectName: base.subject,
      town: base.town,
      category: problem.category,
      ...subjectFacts(base, problem),
    });
  }
  return out;
}

const BARE_ACCUSATIONS: Template[] = [
  (r, c) =>
    `${c.town}${c.village}${c.post}${c.subject}是个大贪官，${pick(r, ["老百姓都知道", "群众恨透了他", "谁都拿他没办法"])}，请纪委严查！`,
  (r, c) =>
    `举报${c.unit}的${c.subject}${pick(r, ["贪污腐败", "以权谋私", "欺压百姓", "作风败坏"])}，${pick(r, ["问题非常严重", "必须严肃处理", "请领导重视"])}。`,
  (r, c) =>
    `${c.subject}${pick(r, ["当官不为民做主", "有严重经济问题", "背后有保护伞"])}，${pick(r, ["希望上级派人来查", "请纪委为民做主", "不查不足以平民愤"])}！`,
];

/**
 * Bare accusations without facts (无实质内容): a name, a post and a charge, nothing that could
 * be checked. Anonymous. Deterministic for a seed.
 */
export function generateNoSubstanceReports(count: number, seed = 20261101): GeneratedReport[] {
  const r = mulberry32(seed);
  const inScope = PROBLEMS.filter(
    (p) => p.category !== ProblemCategory.LAW_AND_LITIGATION && p.category !== ProblemCategory.OTHER,
  );
  return Array.from({ length: count }, (_, i) => {
    const problem = pick(r, inScope);
    const c = newContext(r, problem);
    return {
      id: `N${String(i + 1).padStart(6, "0")}`,
      text: pick(r, BARE_ACCUSATIONS)(r, c) + (chance(r, 0.5) ? `\n${pick(r, ["知情人", "一群老百姓", ""])}` : ""),
      clusterId: null,
      reporterName: c.reporter,
      subjectName: c.subject,
      town: c.town,
      category: problem.category,
      ...subjectFacts(c, problem),
    };
  });
}
