/*
 * Whole-sentence extraction (analysis/extract.c) on sentences written for
 * these tests.
 */
#include <stdlib.h>

#include "extract.h"
#include "harness.h"

static struct sb_lex	*lx;
static struct sb_obslist list;

/* Extract s published on pub by a source speaking for region. */
static size_t
run(const char *s, const char *pub, const char *region)
{
	struct sb_text	 t;
	struct sb_docinfo info;
	struct sb_diag	 d;

	sb_obslist_free(&list);
	memset(&info, 0, sizeof(info));
	info.name = "test.txt";
	sb_date_parse(pub, &info.pub);
	info.region = region;
	if (sb_text_decode(s, strlen(s), 0, &t, &d) != SB_OK)
		return (size_t)-1;
	if (sb_extract(lx, &t, &info, &list, &d) != SB_OK)
		list.obssz = (size_t)-1;
	sb_text_free(&t);
	return list.obssz;
}

static struct sb_obs	 none;		/* read when a figure is missing */
#define O(i)	((size_t)(i) < list.obssz ? list.obs[(i)] : none)

int
main(void)
{
	struct sb_diag	 d;

	if (sb_lex_new(NULL, &lx, &d) != SB_OK) {
		fprintf(stderr, "lexicon: %s\n", d.msg);
		return 1;
	}
	int_eq(run("2022年，我市一般公共预算收入完成502.3亿元，同比增长5.1%。",
	    "2023-02-03", "太原市"), 2, "revenue and its growth");
	dbl_eq(O(0).value, 502.3, "value as written");
	str_eq(O(0).unit, "亿元", "unit as written");
	dbl_eq(O(0).base_value, 50230000000.0, "base value");
	str_eq(O(0).base_unit, "元", "base unit");
	str_eq(O(0).indicator_id, "budget_revenue", "lexicon indicator");
	str_eq(O(0).region, "太原市", "我市 resolves to the home region");
	str_eq(O(0).period, "2022", "period");
	int_eq(O(0).kind, SB_KIND_LEVEL, "level");
	int_eq(O(0).qual, SB_QUAL_EXACT, "exact");
	int_eq(O(1).kind, SB_KIND_GROWTH, "growth");
	dbl_eq(O(1).value, 5.1, "growth value");
	ok(strstr(O(1).indicator, "一般公共预算收入") != NULL,
	    "growth carries the subject");
	int_eq(O(0).line, 1, "line");
	int_eq(O(0).col, 19, "column in characters");

	int_eq(run("全市PM2.5浓度由2017年的60微克/立方米下降至2022年的44微克/立方米。"
	    "1至8月，全市PM2.5浓度降低到39微克/立方米，同比下降9.3%。",
	    "2023-09-21", "太原市"), 4, "PM2.5: two periods in one sentence");
	str_eq(O(0).period, "2017", "first period");
	str_eq(O(1).period, "2022", "second period");
	dbl_eq(O(1).value, 44, "44 is not the 2.5 of PM2.5");
	str_eq(O(1).base_unit, "µg/m³", "concentration base unit");
	str_eq(O(2).period, "2023-01..2023-08", "Jan-Aug");
	dbl_eq(O(3).value, -9.3, "decrease is negative");
	int_eq(O(3).kind, SB_KIND_GROWTH, "decrease is growth");

	int_eq(run("今年将新增就业1.5万人，建设篮球场15块。", "2023-02-16",
	    "太原市"), 2, "plan figures");
	dbl_eq(O(0).base_value, 15000, "1.5万人");
	str_eq(O(0).base_unit, "人", "人");
	int_eq(O(0).qual, SB_QUAL_TARGET, "this year's plan is a target");
	str_eq(O(1).unit, "块", "classifier unit");
	int_eq(O(1).kind, SB_KIND_COUNT, "count");

	int_eq(run("项目总投资超千亿元，财政支出八成左右用于民生。", "2023-02-16",
	    "太原市"), 2, "digit-less and tenths");
	dbl_eq(O(0).value, 1000, "千 read as 1000");
	str_eq(O(0).unit, "亿元", "亿元");
	dbl_eq(O(0).base_value, 1e11, "超千亿元");
	int_eq(O(0).qual, SB_QUAL_OVER, "超 is over");
	dbl_eq(O(1).base_value, 80, "八成 is 80 %");
	int_eq(O(1).qual, SB_QUAL_APPROX, "左右 is approx");

	int_eq(run("该厂产值3年翻了一番，效率提高约一倍，增长33.9倍。", "2025-01-07",
	    "太原市"), 3, "multiples");
	dbl_eq(O(0).base_value, 100, "翻了一番 is +100 %");
	dbl_eq(O(1).base_value, 100, "提高一倍 is +100 %");
	dbl_eq(O(2).base_value, 3390, "增长33.9倍 is +3390 %");

	int_eq(run("在城市竞争力排名中，太原市位列第32位，进入50强。", "2025-01-07",
	    "太原市"), 2, "ranks");
	int_eq(O(0).kind, SB_KIND_RANK, "第32位 is a rank");
	dbl_eq(O(0).value, 32, "rank value");
	str_eq(O(0).base_unit, "名", "rank unit");
	int_eq(O(1).kind, SB_KIND_RANK, "50强 is a rank");
	int_eq(O(1).qual, SB_QUAL_UNDER, "50强 is within the top 50");

	int_eq(run("第十四届全国人大会议期间，861路公交和5G基站、C919客机、"
	    "12345热线与“2+26”城市都在报道中。", "2024-03-06", "全国"), 0,
	    "names with digits are not figures");

	int_eq(run("奖励标准为每人30-90元，目标增长4.5%—5%，装机容量150兆瓦。",
	    "2023-02-16", "太原市"), 3, "ranges and scaled units");
	dbl_eq(O(0).value, 30, "range low");
	dbl_eq(O(0).value_hi, 90, "range high");
	dbl_eq(O(1).value_hi, 5, "percent range high");
	dbl_eq(O(2).base_value, 150000, "兆瓦 to 千瓦");

	int_eq(run("去年该县财政减收8.3亿元。", "2023-02-16", "娄烦县"), 1,
	    "decrease amount");
	dbl_eq(O(0).base_value, -830000000, "减收 is negative");
	str_eq(O(0).period, "2022", "去年");

	int_eq(run("晋源区召开会议\n本报讯 全区高标准农田达到万亩。", "2023-02-16",
	    "太原市"), 1, "headline region and 全区");
	str_eq(O(0).region, "晋源区", "全区 is the headline's district");
	dbl_eq(O(0).base_value, 10000, "达到万亩");

	int_eq(run("全市PM2.5年均浓度为每立方米46微克，一季度和二季度分别增长8.9%、"
	    "7.7%，分别下降3.4个、1个百分点。", "2023-09-01", "太原市"), 5,
	    "lists and per-unit concentration");
	str_eq(O(0).base_unit, "µg/m³", "每立方米46微克");
	dbl_eq(O(0).base_value, 46, "46 µg/m³");
	str_eq(O(1).period, "2023-Q1", "the first of 分别 takes the first period");
	str_eq(O(2).period, "2023-Q2", "the second takes the second");
	int_eq(O(2).kind, SB_KIND_GROWTH, "a list item shares its verb");
	str_eq(O(3).base_unit, "百分点", "3.4个 shares 个百分点");
	dbl_eq(O(3).base_value, -3.4, "下降 3.4 points");
	dbl_eq(O(4).base_value, -1, "and 1 point, also down");

	int_eq(run("过去五年，全市GDP年均增长5.2%，民营企业约占企业总数的四分之一，"
	    "外资企业占比1/4，物价指数为-0.8%。", "2025-03-05", "太原市"), 4,
	    "multi-year average, fractions, a negative");
	str_eq(O(0).period, "2020..2024", "过去五年");
	dbl_eq(O(1).base_value, 25, "四分之一 is 25 %");
	int_eq(O(1).kind, SB_KIND_SHARE, "a fraction is a share");
	dbl_eq(O(2).base_value, 25, "1/4 is 25 %");
	dbl_eq(O(3).base_value, -0.8, "-0.8%");

	int_eq(run("厚度仅有纸的二十五分之一。咨询电话0351-4567890，"
	    "2023年9月20日上午10时举行，拨打12345热线。", "2023-09-21",
	    "太原市"), 0, "comparisons, phone numbers, dates, hotlines");

	int_eq(run("到2025年，力争全市地区生产总值达到6000亿元。", "2023-02-01",
	    "太原市"), 1, "a target for a later year");
	str_eq(O(0).period, "2025", "a target takes the year it is for");
	int_eq(O(0).qual, SB_QUAL_TARGET, "力争 marks a target");
	str_eq(O(0).indicator_id, "gdp", "地区生产总值");

	int_eq(run("2022年全市PM2.5平均浓度为44微克/立方米，比2017年的60微克/立方米"
	    "下降26.7%，按可比价格计算，比上年增长4.0%。", "2023-01-18", "太原市"),
	    4, "bases of comparison");
	str_eq(O(1).period, "2017", "比2017年的60: the figure of the base year");
	str_eq(O(2).period, "2022", "the fall is of the year reported");
	ok(strstr(O(3).indicator, "上年") == NULL &&
	    strstr(O(3).indicator, "可比价") == NULL,
	    "comparison phrases are not names");

	/* No date given: the dateline's month and day, the text's year. */
	int_eq(run("本报太原2月15日讯 2023年全市将新建幼儿园3所。去年新增就业8万人。",
	    "", "太原市"), 2, "dateline date");
	str_eq(O(0).period, "2023", "explicit year");
	int_eq(O(0).qual, SB_QUAL_TARGET, "a plan of the running year");
	str_eq(O(1).period, "2022", "去年 against the dateline's year");

	/* The time a story's figures belong to, with no period stated. */
	int_eq(run("本报讯 全市新建口袋公园12个，改造背街小巷40条。", "2024-01-09",
	    "太原市"), 2, "results printed in January");
	str_eq(O(0).period, "2023", "January reports the year just ended");
	int_eq(run("本报讯 全市要新建口袋公园12个。", "2024-01-09", "太原市"), 1,
	    "a plan printed in January");
	str_eq(O(0).period, "2024", "a plan with no date is for the running year");
	int_eq(run("本报讯 近日，市红十字会向灾区捐赠物资价值15万元。", "2024-01-09",
	    "太原市"), 1, "news of the month");
	str_eq(O(0).period, "2024-01", "近日 dates the story to its month");
	int_eq(run("本报讯 1月22日消息，东城区文旅局投放护照2000本。\n\n"
	    "领取地点包括5个。", "2024-01-23", "太原市"), 2, "news of a day");
	str_eq(O(1).period, "2024-01", "1月22日消息 dates the whole story");
	int_eq(run("本报讯 截至目前，全区累计发放消费券3000万元。", "2024-06-12",
	    "太原市"), 1, "as of now");
	str_eq(O(0).period, "2024-06", "截至目前 is the month published");
	int_eq(run("本报讯 去年，全市举办了展会6场。新增展馆面积2万平方米。",
	    "2024-06-12", "太原市"), 2, "results share their tense");
	str_eq(O(1).period, "2023", "a result after 举办了 keeps the frame");
	int_eq(run("本报讯 该市营商环境连续三年位列全省第一。", "2025-01-07",
	    "太原市"), 1, "a run of years");
	str_eq(O(0).period, "2022..2024", "连续三年 ends with the year reported");

	int_eq(run("本报讯 今年以来，全市举办了推介活动4场。近期还计划举办推介活动3场。",
	    "2024-09-20", "太原市"), 2, "done so far and planned");
	str_eq(O(0).period, "2024-01..2024-09", "今年以来 is the months so far");
	str_eq(O(1).period, "2024", "a plan is for the year");
	int_eq(run("本报讯 全市推行一窗通办，95%申请事项可一次办结。", "2024-09-20",
	    "太原市"), 1, "a share that opens its clause");
	ok(strstr(O(0).indicator, "申请事项") != NULL,
	    "the thing after the share names it");

	/* Names, places and what is not a figure. */
	int_eq(run("杏花岭区召开会议\n本报讯 近日，市科技局认定首批12家新型研发机构。",
	    "2024-09-20", "太原市"), 1, "a city bureau");
	str_eq(O(0).region, "太原市", "市科技局 speaks for the city, not the headline's district");
	int_eq(run("该区要推动南村12座“菌菇+”大棚投产，在湿地公园打造30亩“稻鸭共生”"
	    "示范区。", "2024-02-20", "太原市"), 2, "quoted names after a unit");
	ok(strstr(O(0).indicator, "“菌菇+”大棚") != NULL &&
	    strstr(O(0).indicator, "南村") == NULL, "the thing counted, not the village");
	ok(strncmp(O(1).indicator, "打造“稻鸭共生”示范区", 30) == 0,
	    "the verb next to the figure names it with the thing");
	int_eq(run("打通服务群众“最后一公里”，工作分五方面推进。", "2024-02-20",
	    "太原市"), 0, "a number in a quoted name, 五方面");
	int_eq(run("巩固散煤清零成果，今天是第8个“环境日”，列为全省10个重点课题之一，"
	    "从12个方面给予支持，推动工业跻身全省第一方阵。", "2024-02-20",
	    "太原市"), 0, "清零, editions, one of ten, aspects, tiers");
	int_eq(run("本报讯 记者从市供电公司获悉，城南供电公司荣获“百强县公司”称号，"
	    "全省排名第三。", "2024-02-20", "太原市"), 1, "source and subject");
	str_eq(O(0).region, "城南供电公司", "the company ranked, not the source");
	int_eq(run("山西重型机械有限公司等52家企业与18所高校合作。", "2024-02-20",
	    "太原市"), 2, "examples before 等");
	str_eq(O(0).region, "太原市", "an example is not the subject");
	int_eq(run("东沟村党支部牵头，该村划分12个网格，评出文明户20户。",
	    "2024-02-20", "太原市"), 2, "a village's party branch");
	str_eq(O(1).region, "东沟村", "该村 is the village");
	int_eq(run("全市外贸总量占全省比重70%左右，打造全省最大的物流基地2个。",
	    "2024-02-20", "太原市"), 2, "scopes of a share and a superlative");
	str_eq(O(0).region, "太原市", "占全省 is the base");
	str_eq(O(1).region, "太原市", "全省最大 is a scope");

	int_eq(run("全年工业、服务业增加值分别增长6.1%、5.2%，车祸起数、伤亡人数同比"
	    "分别下降3.5%、2.8%。", "2024-02-20", "太原市"), 4,
	    "two lists after 分别");
	ok(strstr(O(0).indicator, "工业") != NULL &&
	    strstr(O(0).indicator, "服务业") == NULL, "the first name, the first figure");
	str_eq(O(1).indicator, "服务业增加值", "the second name, the second figure");
	str_eq(O(2).indicator, "车祸起数", "a list of two after 同比分别");
	str_eq(O(3).indicator, "伤亡人数", "the last of the list");
	int_eq(run("园区签约企业80家，签署设备采购、技术服务合同等总额达2.6亿元。",
	    "2024-02-20", "太原市"), 2, "a name listed with 、");
	ok(strstr(O(1).indicator, "设备采购") != NULL &&
	    strstr(O(1).indicator, "总额") != NULL, "the items before 、 and the total");

	int_eq(run("近日，区教育局对辖区12所学校及幼儿园的校长进行培训，市科技局"
	    "认定首批30家2023年度科技型企业。", "2024-02-20", "太原市"), 2,
	    "the thing counted after the unit");
	str_eq(O(0).indicator, "学校", "16所学校: the noun in the unit, up to 及");
	str_eq(O(1).indicator, "认定科技型企业", "a year between the unit and the thing");
	int_eq(run("全市有8家单位与北京大学等3所高校合作。", "2024-02-20",
	    "太原市"), 2, "a partner after 与");
	str_eq(O(0).indicator, "单位", "the thing counted stops at 与");

	int_eq(run("全区推广清洁低碳技术，推进生态修复项目建设，力争年内并网发电。推进800"
	    "\n\n亩防护林工程和通道绿化工程。", "2024-02-20", "太原市"), 1,
	    "a page break between a number and its unit");
	str_eq(O(0).indicator, "推进防护林工程", "the thing after the break names it");

	int_eq(run("全市已设立首期规模2.5亿元的创业投资引导基金，占地面积达8万平方米的"
	    "孵化基地基本建成。", "2024-02-20", "太原市"), 2,
	    "what a figure measures after 的");
	str_eq(O(0).indicator, "创业投资引导基金首期规模", "the thing, then its attribute");
	str_eq(O(1).indicator, "孵化基地占地面积", "the thing up to its predicate");

	int_eq(run("本报讯 2022年，全村新修道路3公里。截至目前，积分兑换人数共计80人次。",
	    "2024-03-12", "太原市"), 2, "a year, then 截至目前");
	str_eq(O(0).period, "2022", "the year named");
	str_eq(O(1).period, "2024-03", "截至目前 is now, not the story's year");

	int_eq(run("本报讯 一份来自市统计局的数据显示，全市有养老机构120家。其中民办机构"
	    "占六成。全市今年新建养老机构8家。", "2024-03-12", "太原市"), 3,
	    "data cited with no date");
	str_eq(O(0).period, "", "数据显示 with no date: no period");
	str_eq(O(1).period, "", "the next sentence goes on with it");
	str_eq(O(2).period, "2024", "until a period is named");
	int_eq(run("本报讯 以每户年用电3000千瓦时计算，可节约电费200万元。按可比价格计算，"
	    "今年全市生产总值增长5%。", "2024-03-12", "太原市"), 3, "a reckoning");
	str_eq(O(0).period, "", "以……计算 is no time");
	str_eq(O(1).period, "", "nor what is reckoned from it");
	str_eq(O(2).period, "2024", "按可比价格计算 is a method, not a reckoning");

	int_eq(run("本报讯 全市每年财政支出七成左右用于教育事业，进口总额占全省的60%左右。"
	    "2023年全市进口总额占全省的58%。", "2024-03-12", "太原市"), 3,
	    "shares given roughly");
	str_eq(O(0).indicator, "财政支出用于教育事业", "a share of what goes where");
	str_eq(O(0).period, "", "a rough share with no time: how things stand");
	str_eq(O(1).period, "", "the same for 60%左右");
	str_eq(O(2).period, "2023", "a share with its year keeps it");

	int_eq(run("本报讯 城东供电公司荣获“先进单位”称号，全省排名第二。", "2024-03-12",
	    "太原市"), 1, "a rank in a clause of its own");
	str_eq(O(0).indicator, "全省排名", "the rank of its scope, not the title");

	int_eq(run("本报讯 山西中部城市群合作签约项目3个。", "2024-03-12", "太原市"), 1,
	    "an area named after a province");
	str_eq(O(0).region, "太原市", "山西中部城市群 is not Shanxi");
	ok(strstr(O(0).indicator, "签约项目") != NULL, "签约 keeps its 约");
	int_eq(O(0).qual, SB_QUAL_EXACT, "签约 is no 约 (approx)");

	int_eq(run("本报讯 全县新建厂房3座。\n\n“2023年，车间产量达到8600吨！”晋阳化工"
	    "新材料公司车间主任介绍说，全年完成检修任务。", "2024-03-12",
	    "太原市"), 2, "a quotation and its speaker");
	str_eq(O(1).region, "晋阳化工新材料公司", "the company that speaks the quotation");
	str_eq(O(1).period, "2023", "the year inside the quotation");

	int_eq(run("本报讯 全市在《中国城市营商环境报告》榜单中的排名从2021年的88名上升到"
	    "41名。", "2024-03-12", "太原市"), 2, "a title in a name");
	ok(strstr(O(0).indicator, "中国城市营商环境报告") != NULL,
	    "《…》 is a word of the name, not a clause break");
	str_eq(O(0).indicator, O(1).indicator, "both ranks of the same table");

	int_eq(run("全年为12万名80岁以上老年人发放津贴。增速是综合指标，今年预期目标设定"
	    "\n\n为5%左右。",
	    "2024-03-12", "太原市"), 2, "an age after a count, a heading-less break");
	ok(strstr(O(0).indicator, "80岁以上老年人") != NULL, "an age is a word of the thing");
	ok(strstr(O(1).indicator, "预期目标") != NULL,
	    "a line with a comma and no full stop, cut by a page break, goes on");

	int_eq(run("2023年，全市新增就业5万人，年末城镇调查失业率降到5.1%，居民消费价格"
	    "上涨1.2%。全年粮食产量28万吨。", "2024-03-12", "太原市"), 4,
	    "年末 in a list of the year's results");
	str_eq(O(1).period, "2023-12", "年末 dates its own clause");
	str_eq(O(2).period, "2023", "not the next clause");
	str_eq(O(3).period, "2023", "nor the next sentence");

	int_eq(run("一、“十三五”时期工作回顾\n“十三五”时期是极不平凡的五年。全市生产总值超过"
	    "4000亿元、年均增长6%，城镇新增就业年均5万人。2020年，粮食产量30万吨。",
	    "2021-02-09", "太原市"), 4, "a review of years past");
	str_eq(O(0).period, "2020", "a level: the last of the years");
	str_eq(O(1).period, "2016..2020", "a yearly growth: all of them");
	str_eq(O(2).period, "2016..2020", "年均: all of them");
	str_eq(O(3).period, "2020", "a year named: its own");

	int_eq(run("本报讯 去年，国有商业银行普惠贷款增长30%。", "2024-03-12", "太原市"),
	    1, "a kind of organisation");
	str_eq(O(0).region, "太原市", "国有商业银行 is no one's name");
	ok(strstr(O(0).indicator, "国有商业银行") != NULL, "it stays in the name");

	int_eq(run("中国（山西）华晋能源有限公司今年1至6月产值12亿元。"
	    "中国(河南)第8批援外医疗队向当地捐赠价值12万余元的药品。",
	    "2023-07-20", "太原市"), 2, "a name after 中国(山西)");
	str_eq(O(0).region, "中国（山西）华晋能源有限公司",
	    "full-width brackets: both places in the name");
	str_eq(O(1).region, "中国(河南)第8批援外医疗队",
	    "ASCII brackets: both places in the name");

	int_eq(run("本报讯 华晋能源有限公司近日与外方签订合作协议。\n\n"
	    "据介绍，中方出资1.2亿元，持股51%。", "2023-07-20", ""), 2,
	    "中方 in a story of one company");
	str_eq(O(0).region, "华晋能源有限公司",
	    "中方 is the company the story is about");
	str_eq(O(0).indicator, "出资", "中方 is no part of the name");
	int_eq(run("中方愿与各方加强合作，今年对外援助金额达到5亿元。",
	    "2023-07-20", ""), 1, "中方 with no company named");
	str_eq(O(0).region, "全国", "中方 is then the nation");

	int_eq(run("据介绍，此次捐赠的医疗物资包括口罩、防护服、消毒液等，价值约12.5万元。",
	    "2023-07-20", ""), 1, "a value after a list of examples");
	str_eq(O(0).indicator, "医疗物资价值",
	    "the value of what the list exemplifies, by its head");
	int_eq(run("华晋焦化公司今年的主要产品包括焦炭、甲醇等，共计120万吨。",
	    "2023-07-20", ""), 1, "a total after a list of examples");
	str_eq(O(0).indicator, "主要产品", "what the list exemplifies");

	int_eq(run("本报讯 区慈善总会近日向受灾群众捐赠价值50万元的生活物资。",
	    "2023-07-20", ""), 1, "a gift to someone");
	str_eq(O(0).indicator, "捐赠", "whom it went to is no part of the name");

	int_eq(run("去年全区改造12个老旧小区全部完工，新建5个日间照料中心，"
	    "设置120个点位，用了3个季度。", "2024-03-01", ""), 3,
	    "what was counted; words that begin with a time");
	str_eq(O(0).indicator, "改造老旧小区",
	    "the thing counted ends before 全部 (what became of it)");
	str_eq(O(1).indicator, "新建日间照料中心", "个 before 日间 counts");
	dbl_eq(O(2).value, 120, "个 before 点位 counts");
	ok(strstr(O(2).indicator, "点位") != NULL, "the points are named");

	int_eq(run("去年我市城镇居民人均可支配收入45000元，农村居民人均可支配收入"
	    "18500元，分别增长5.2%和7.1%。", "2024-03-01", "太原市"), 4,
	    "分别 after the figures it pairs with");
	str_eq(O(2).indicator_id, "income_urban:growth",
	    "the first growth is the first level's");
	str_eq(O(3).indicator_id, "income_rural:growth",
	    "the second growth is the second level's");

	int_eq(run("去年城镇、农村居民人均可支配收入分别增长5.2%、7.1%；"
	    "高技术制造业、装备制造业增加值分别增长8.9%、7.7%。", "2024-03-01",
	    "太原市"), 4, "items before 分别 that share a head");
	str_eq(O(0).indicator_id, "income_urban:growth",
	    "城镇 takes the head of 农村居民人均可支配收入");
	str_eq(O(1).indicator_id, "income_rural:growth", "the last item its own");
	str_eq(O(2).indicator, "高技术制造业增加值",
	    "高技术制造业 takes what follows 制造业 in the last item");
	str_eq(O(2).indicator_id, "hightech_mfg_value:growth",
	    "and the id of its whole name");

	int_eq(run("全年共接报各类警情12万起，全市在建项目1200个，在校学生120万人。",
	    "2024-03-01", "太原市"), 3, "起 counts cases; 在建 and 在校 are words");
	dbl_eq(O(0).base_value, 120000, "12万起");
	str_eq(O(0).base_unit, "起", "起 is the unit of cases");
	str_eq(O(1).indicator, "在建项目", "在 of 在建 stays");
	str_eq(O(2).indicator, "在校学生", "在 of 在校 stays");

	int_eq(run("1至6月，全市空气质量综合指数为4.35，在全省11个地市中排名第5。",
	    "2024-07-15", "太原市"), 2, "the places ranked are no figure");
	int_eq(O(1).kind, SB_KIND_RANK, "the rank");
	str_eq(O(1).indicator, "空气质量综合指数排名",
	    "the rank of the figure before, not of 地市中");

	int_eq(run("税收收入完成150亿元，占一般公共预算收入的比重为72.3%。",
	    "2024-07-15", "太原市"), 2, "a share after 占");
	str_eq(O(1).indicator, "税收收入占一般公共预算收入的比重",
	    "the share of the figure before in the whole");
	ok(strncmp(O(1).indicator_id, "np:", 3) == 0,
	    "not the whole's id (budget_revenue)");

	int_eq(run("前三季度，第一产业增加值900亿元，增长3.2%；全省固定资产投资（不含农户）"
	    "同比下降2.1%。", "2024-10-20", "山西省"), 3,
	    "a growth after its level; a note in brackets");
	str_eq(O(1).indicator_id, "gdp_primary:growth",
	    "增加值 holds 增: the id takes :growth once");
	str_eq(O(2).indicator_id, "fixed_investment:growth",
	    "the subject before the brackets, by its lexicon id");

	int_eq(run("全市城区细颗粒物（PM2.5）平均浓度为38微克/立方米，同比下降9.5%；"
	    "工业（含建筑业）增加值增长6%。", "2024-03-01", "太原市"), 3,
	    "a note in brackets inside a name");
	str_eq(O(0).indicator, "城区细颗粒物平均浓度",
	    "the words before the note begin the name");
	str_eq(O(0).indicator_id, "pm25", "a lexicon word ends the name");
	str_eq(O(1).indicator_id, "pm25:growth", "its growth");
	str_eq(O(2).indicator, "工业增加值", "the note is left out of the name");

	int_eq(run("全省绿电交易量76.6亿千瓦时，外送量全国第一。全省三级医院绩效考核"
	    "居全国第11位。太原连续2年位列“2023年城市营商环境百强榜单”第32位。",
	    "2024-03-01", "太原市"), 4, "ranks named by their scope");
	str_eq(O(1).indicator, "外送量全国排名", "the scope before the rank");
	str_eq(O(2).indicator, "三级医院绩效考核全国排名", "居全国 too");
	str_eq(O(3).indicator, "城市营商环境百强榜单排名",
	    "no marks, no year, no duration in a ranking's name");

	int_eq(run("全市粮食产量连续5年稳定在35亿斤以上，贷款余额比年初增加1200亿元，"
	    "全年共发生3起较大事故。", "2024-03-01", "太原市"), 3,
	    "durations, bases and adjectives in names");
	str_eq(O(0).indicator, "粮食产量", "连续5年 is no part of it");
	str_eq(O(1).indicator, "贷款余额", "比年初 ends the name");
	str_eq(O(2).indicator, "发生较大事故", "较 of 较大 stays");

	int_eq(run("年末全市共有医疗卫生机构3910个，其中医院194个；卫生技术人员7.6万人。"
	    "2023年年末城镇登记失业率2.8%，居民消费价格上涨0.3%。", "2024-03-20",
	    "太原市"), 5, "a part of a whole at the year's end");
	str_eq(O(1).period, "2023-12", "其中: the whole's time");
	str_eq(O(2).indicator_id, "health_workers", "卫生技术人员 is a word");
	str_eq(O(4).period, "2023", "a figure after another's 年末 is of the year");

	int_eq(run("今年以来，小店区新增市场主体1.2万户，同比增长18%，总量突破8万户。"
	    "截至9月底，全市金融机构本外币各项存款余额1.8万亿元，较年初增加1520亿元。",
	    "2024-10-20", "太原市"), 5, "a total, an increase since January");
	str_eq(O(2).indicator, "市场主体总量", "总量 alone is of the thing before");
	str_eq(O(4).indicator_id, "deposits", "较年初 names nothing: the balance's");

	int_eq(run("全市工业、服务业增加值分别增长5%、6%；投资、消费增速分别快于全国"
	    "3.4个、1个百分点。", "2024-10-20", "太原市"), 4,
	    "items of a list that share a head");
	str_eq(O(0).indicator, "工业增加值",
	    "the ending of the last item that makes a word of the lexicon");
	str_eq(O(0).indicator_id, "industrial_output:growth", "and its id");
	str_eq(O(2).indicator, "投资增速", "the head of the last item");

	int_eq(run("上半年，全市地区生产总值2650.3亿元，同比增长5.2%，增速比一季度加快0.6"
	    "个百分点。截至2024年底，全市累计建成充电桩2.3万个，是2020年的4.5倍。"
	    "全市居民消费价格指数（CPI）为100.3。", "2024-11-15", "太原市"), 6,
	    "a rate alone, a multiple of a year, an index with a note");
	str_eq(O(2).indicator, "地区生产总值增速", "增速 alone is of the figure before");
	str_eq(O(4).period, "2024-12", "是2020年的: a base, not the multiple's time");
	dbl_eq(O(5).value, 100.3, "an index after a note in brackets");
	str_eq(O(5).indicator_id, "cpi", "the index's name");

	int_eq(run("全市人均预期寿命达到79.2岁，87万名80岁以上老年人领取高龄津贴；"
	    "全市共举办招聘会120场，达成就业意向8000余人，决出金牌48枚。",
	    "2024-11-15", "太原市"), 5, "ages measured and ages as words");
	str_eq(O(0).indicator_id, "life_expectancy", "寿命 before an age");
	dbl_eq(O(0).value, 79.2, "its value");
	dbl_eq(O(1).base_value, 870000, "80岁以上 is a word of the thing counted");
	str_eq(O(3).indicator, "达成就业意向", "达 of 达成 stays");
	str_eq(O(4).base_unit, "枚", "枚 counts");

	int_eq(run("前三季度，规上工业增加值同比增长9.8%，高于全市平均水平2.3个百分点。"
	    "一般公共预算收入18.7亿元，其中税收收入占比78.2%。", "2024-10-25",
	    "太原市"), 4, "a gap in growth; a share of a lexicon indicator");
	str_eq(O(1).indicator, "规上工业增加值高于平均水平",
	    "the gap of the growth before");
	str_eq(O(3).indicator_id, "tax_revenue:share", "a share is its own series");

	int_eq(run("10月份，我市环境空气质量综合指数为4.12。\nPM2.5平均浓度为32微克/立方米。"
	    "\n3月15日，该区召开大会。\n全区新增就业2000人。", "2024-11-05", "太原市"),
	    3, "a month of data speaks for the story, a day's month for its paragraph");
	str_eq(O(1).period, "2024-10", "the month of the lead in the next paragraph");
	str_eq(O(2).period, "2024-10", "not the month of a day's event");

	int_eq(run("全省一般公共预算收入3200亿元，太原市完成580亿元，占全省的18.1%。",
	    "2024-11-05", "太原市"), 3, "a share of the whole after 占");
	str_eq(O(2).indicator, "一般公共预算收入占全省比重",
	    "named with the whole, as a share");
	str_eq(O(2).region, "太原市", "the part's place");

	int_eq(run("全市新增光伏装机超过全省三成，今年招商引资目标设定为800亿元。",
	    "2024-03-01", "太原市"), 2, "more than a part of a whole; a goal set");
	str_eq(O(0).indicator, "新增光伏装机占全省比重", "a share of the whole");
	str_eq(O(1).indicator, "招商引资目标", "设定为 ends no name");

	int_eq(run("全市地区生产总值5573.7亿元（+5.1%），一般公共预算收入500.2亿元"
	    "（-2.6%）；全年实现营业收入4000亿元的目标任务。", "2024-03-01", "太原市"),
	    5, "a signed change in brackets; a goal");
	str_eq(O(1).indicator_id, "gdp:growth", "（+5.1%） is the growth before");
	dbl_eq(O(1).value, 5.1, "its value");
	dbl_eq(O(3).value, -2.6, "a fall in brackets");
	str_eq(O(3).indicator_id, "budget_revenue:growth", "its growth");
	int_eq(O(4).qual, SB_QUAL_TARGET, "的目标任务: a goal");
	str_eq(O(4).indicator, "营业收入", "not named 目标任务");

	int_eq(run("2025年全市地区生产总值增长5%，快于2024年1.8个百分点。"
	    "规上原煤产量1.3亿吨。", "2026-02-09", "太原市"), 3,
	    "a year after 快于 is a base");
	str_eq(O(1).period, "2025", "the gap is of the year reviewed");
	str_eq(O(2).period, "2025", "the base does not become the story's year");

	int_eq(run("全年一、二、三产业增加值分别为44.8亿元、2267.1亿元和3261.8亿元，"
	    "分别增长3.4%、6.2%和4.4%。", "2024-03-01", "太原市"), 6,
	    "a list after 分别 pairs with the list before");
	str_eq(O(0).indicator_id, "gdp_primary", "一 of 一、二、三产业");
	str_eq(O(3).indicator_id, "gdp_primary:growth", "the first growth, the first's");
	str_eq(O(4).indicator_id, "gdp_secondary:growth", "the second's");
	str_eq(O(5).indicator_id, "gdp_tertiary:growth", "the third's");
	str_eq(O(0).period, "2023", "全年 in March is the year before");
	int_eq(run("全年粮食产量28.6万吨。全年计划新增就业5万人。", "2024-11-20",
	    "太原市"), 2, "全年 late in the year");
	str_eq(O(0).period, "2024", "the year running");
	int_eq(O(1).qual, SB_QUAL_TARGET, "a plan is a goal");

	int_eq(run("到2025年，全市森林覆盖率将提高到25%。", "2024-11-20", "太原市"),
	    1, "a goal for a year");
	str_eq(O(0).indicator, "森林覆盖率", "将 ends no name");
	str_eq(O(0).period, "2025", "the year it is for");

	int_eq(run("太钢集团前三季度实现营业收入1200亿元。山西焦煤集团今年实现利润80亿元，"
	    "全县粮食总产量预计达到1.6亿斤。", "2024-11-05", "太原市"), 3,
	    "an enterprise before a time; its suffix");
	str_eq(O(0).region, "太钢", "前三季度 is a time, not 前5位");
	str_eq(O(1).indicator, "利润", "集团 is part of the enterprise's name");
	str_eq(O(1).region, "山西焦煤", "the enterprise");
	str_eq(O(2).indicator_id, "grain_output", "预计 ends no name");
	str_eq(O(2).indicator, "粮食总产量", "the name");

	int_eq(run("全市3200户8600名低保对象稳定脱贫。", "2024-11-05", "太原市"), 2,
	    "two counts of one thing");
	str_eq(O(0).indicator, "低保对象", "the households' thing is the persons'");
	str_eq(O(1).indicator, "低保对象", "稳定 begins the predicate");

	int_eq(run("今年拟发行超长期特别国债，今年先发行1000亿元。全市赤字规模120亿元，"
	    "比上年年初预算增加18亿元。", "2024-03-05", "太原市"), 3,
	    "a verb alone; a base that opens a clause");
	str_eq(O(0).indicator, "发行超长期特别国债",
	    "the verb's object earlier in the sentence; 超 of 超长期 stays");
	str_eq(O(2).indicator_id, "deficit_amount", "比上年年初预算 names the base");

	int_eq(run("过去五年极不平凡。全市改造老旧小区5600个，惠及近千万家庭，地表水优良"
	    "水体比例由67.9%上升到87.9%。", "2023-03-05", "太原市"), 4,
	    "households; a level from the year before the years named");
	str_eq(O(1).indicator, "惠及家庭", "家庭 is the thing counted");
	str_eq(O(1).base_unit, "户", "counted as households");
	dbl_eq(O(1).base_value, 10000000, "近千万");
	str_eq(O(2).period, "2017", "由67.9%: where it started");
	str_eq(O(3).period, "2022", "上升到87.9%: where it ended");

	int_eq(run("全市5G用户达到320万户，占移动电话用户的52%。", "2024-10-25",
	    "太原市"), 2, "a part of a whole");
	str_eq(O(1).indicator, "5G用户占移动电话用户比重", "named as a share");

	int_eq(run("全市拥有专精特新中小企业四十二家，三个方面工作有序推进。1-9月，全市"
	    "第一、二、三产业增加值分别增长3.2%、4.6%和5.9%，利润总额同比增长两成。",
	    "2024-10-25", "太原市"), 5, "numerals in words, ordinals listed, tenths");
	dbl_eq(O(0).value, 42, "四十二家 counts");
	str_eq(O(1).indicator_id, "gdp_primary:growth", "第一 of a list is no rank");
	str_eq(O(3).indicator_id, "gdp_tertiary:growth", "the third");
	int_eq(O(4).kind, SB_KIND_GROWTH, "增长两成 is a change");
	dbl_eq(O(4).base_value, 20, "of 20%");

	int_eq(run("前三季度，全国居民人均可支配收入30941元，比上年同期名义增长5.2%。"
	    "全县今年计划改造老旧小区45个，目前已开工38个，开工率84.4%。",
	    "2024-10-25", "太原市"), 5, "a growth's place; done after planned");
	str_eq(O(1).region, "全国", "the place of the level it is the growth of");
	int_eq(O(2).qual, SB_QUAL_TARGET, "the plan");
	int_eq(O(3).qual, SB_QUAL_EXACT, "目前已开工: done");
	int_eq(O(4).qual, SB_QUAL_EXACT, "and what follows it");

	int_eq(run("全市第三产业增加值占GDP比重力争达到58%。1—9月，全市规上工业增加值同比"
	    "增长3.5%，较上月回落1.8个百分点。清徐县规模以上工业企业实现营业收入"
	    "286亿元。", "2024-10-25", "太原市"), 4, "a share's part; a change of a "
	    "growth; a subject that does something");
	str_eq(O(0).indicator, "第三产业增加值占GDP比重", "力争 ends no name");
	str_eq(O(0).indicator_id, "gdp_tertiary:share", "the part's id, not the whole's");
	str_eq(O(2).indicator_id, "np:规上工业增加值增速", "a change of the growth before");
	str_eq(O(3).indicator_id, "np:规模以上工业企业实现营业收入",
	    "not the count of enterprises");

	int_eq(run("到2027年，全市新能源装机力争达到1000万千瓦。\n全市粮食产量12亿斤。",
	    "2024-10-25", "太原市"), 2, "a goal's horizon is no time of the story");
	str_eq(O(0).period, "2027", "the goal's year");
	str_eq(O(1).period, "2024-10", "not the story's year after");

	int_eq(run("今年以来，小店区新增市场主体1.2万户。清徐县完成投资50亿元。该区社会消费品"
	    "零售总额达到186亿元，全县粮食产量3亿斤。", "2024-10-25", "太原市"), 4,
	    "该区 and 全县 after a 区 and a 县");
	str_eq(O(2).region, "小店区", "该区: the last 区");
	str_eq(O(3).region, "清徐县", "全县: the last 县");

	int_eq(run("1—10月，全市进出口总额增长8%。去年同期，全市进出口总额为1024亿元。",
	    "2024-11-10", "太原市"), 2, "the same months of the year before");
	str_eq(O(1).period, "2023-01..2023-10", "去年同期 after 1—10月");

	int_eq(run("今年全市新增城镇就业3.2万人。今年全市将新增城镇就业5万人。",
	    "2024-07-15", "太原市"), 2, "今年 alone is no plan");
	int_eq(O(0).qual, SB_QUAL_EXACT, "so far this year");
	int_eq(O(1).qual, SB_QUAL_TARGET, "将: a plan");

	int_eq(run("全市规上工业增加值增长6.5%，增速高于全省1.2个百分点。", "2024-10-25",
	    "太原市"), 2, "a gap, 增速 written");
	str_eq(O(1).indicator, "规上工业增加值高于", "the growth before's gap");

	int_eq(run("全市充电桩2.3万个，是2020年的4.5倍；新能源汽车产量增长1.5倍。",
	    "2024-11-15", "太原市"), 3, "a ratio and a growth in multiples");
	dbl_eq(O(1).base_value, 350, "是……的4.5倍: 350 % more");
	dbl_eq(O(2).base_value, 150, "增长1.5倍: 150 %");

	int_eq(run("全市城乡低保标准分别提高到每人每月780元和620元。小店区地区生产总值"
	    "约占全市的四分之一。", "2024-07-15", "太原市"), 3,
	    "a rate per person and month; a share given roughly");
	str_eq(O(0).indicator, "城乡低保标准", "每人每月 ends no name");
	int_eq(O(2).qual, SB_QUAL_APPROX, "约占: roughly");
	str_eq(O(2).indicator, "地区生产总值占全市比重", "约 leaves the name");

	int_eq(run("全市PM10浓度为58μg/m3。", "2024-03-01", "太原市"), 1,
	    "μg/m3 written with a plain 3");
	str_eq(O(0).base_unit, "µg/m³", "the base unit");

	int_eq(run("前三季度，太原市、大同市和长治市分别实现地区生产总值4200亿元、"
	    "1500亿元和1800亿元。", "2024-10-20", "山西省"), 3,
	    "places listed with 和 before 分别 and a long predicate");
	str_eq(O(0).region, "太原市", "the first place");
	str_eq(O(1).region, "大同市", "the second");
	str_eq(O(2).region, "长治市", "the third, after 和");
	str_eq(O(2).indicator, "地区生产总值", "named by the lexicon");

	int_eq(run("9月份，全省居民消费价格同比上涨0.6%，1至9月平均上涨0.2%；"
	    "城镇调查失业率平均为5.1%。", "2024-10-20", "山西省"), 3,
	    "平均 names nothing");
	str_eq(O(1).indicator_id, "cpi:growth",
	    "a growth named by 平均 alone is the growth before's");
	str_eq(O(1).period, "2024-01..2024-09", "over its own months");
	str_eq(O(2).indicator, "城镇调查失业率", "平均 ends no name");

	int_eq(run("年末全市户籍人口380万人，出生率6.5‰，自然增长率-1.2‰。",
	    "2025-02-10", "太原市"), 3, "per mille");
	str_eq(O(1).base_unit, "‰", "‰ is a unit of its own");
	dbl_eq(O(2).value, -1.2, "a negative rate per mille");

	int_eq(run("核心区将利用湖东岸60余万平方米商业楼宇，推动全区高产稳产农田达到万亩规模。",
	    "2023-02-20", "太原市"), 2, "an area and the thing after it");
	str_eq(O(0).indicator, "商业楼宇", "the area of the buildings after it");
	ok(strstr(O(1).indicator, "高产稳产农田") != NULL,
	    "达到万亩规模: 规模 is no thing");

	int_eq(run("检测时间减少近一半。", "2023-02-20", "太原市"), 1, "近一半");
	int_eq(O(0).qual, SB_QUAL_UNDER, "近一半 is under half");

	int_eq(run("今年拟安排专项债券3000亿元，支出规模比去年扩大200亿元以上。",
	    "2024-03-05", "太原市"), 2, "plans in a budget");
	str_eq(O(0).indicator, "专项债券", "拟安排 is no part of the name");
	str_eq(O(1).indicator, "支出规模", "比去年扩大 ends the name");

	int_eq(run("今年城镇调查失业率全年控制在5.5%左右，粮食产量连年稳定在30万吨以上。",
	    "2024-03-05", "太原市"), 2, "targets held in a range");
	str_eq(O(0).indicator, "城镇调查失业率", "全年控制在 is no part of the name");
	str_eq(O(1).indicator, "粮食产量", "连年稳定在 neither");

	int_eq(run("2023年，对全省经济增长的贡献率保持在30%左右。", "2024-03-05",
	    "太原市"), 1, "a rate with 增长 in its name");
	int_eq(O(0).kind, SB_KIND_SHARE, "增长的贡献率 is a share, not a growth");
	str_eq(O(0).period, "2023", "a rate keeps its year");

	int_eq(run("前三季度，小店区新增就业6万人，完成年度目标的103%。\n\n“我们今年的目标"
	    "是接待游客1000万人次。”市文旅局局长说。", "2024-11-20", "太原市"), 3,
	    "a rate of completion; a goal quoted");
	int_eq(O(1).qual, SB_QUAL_EXACT, "完成年度目标的103% is done, not a goal");
	str_eq(O(2).indicator, "接待游客", "我们的目标是 leads no name");
	int_eq(O(2).qual, SB_QUAL_TARGET, "a goal");
	str_eq(O(2).region, "太原市", "市文旅局 speaks for the city, not the district before");

	int_eq(run("今年1至9月，全市优良天数达到186天，优良天数比例为68.1%，较去年同期增加"
	    "12天。该市新增企业356家。该项目总投资约12亿元，建成后年产值可达50亿元，"
	    "可再生能源装机3万千瓦。", "2024-10-20", "太原市"), 7,
	    "names of a statistics bulletin");
	str_eq(O(2).indicator, "优良天数", "增加12天: the figure before in days");
	str_eq(O(3).region, "太原市", "该市 is the city");
	str_eq(O(3).indicator, "新增企业", "and no part of the name");
	str_eq(O(4).indicator, "项目总投资", "该 leads no name");
	str_eq(O(5).indicator, "年产值", "建成后 and 可达 neither");
	str_eq(O(6).indicator, "可再生能源装机", "可再生 keeps its 可");

	int_eq(run("前三季度，晋中市、吕梁市地区生产总值分别增长5.1%、4.8%。清徐县、"
	    "阳曲县分别完成投资12.5亿元、8.3亿元。", "2024-10-20", "太原市"), 4,
	    "places listed before 分别");
	str_eq(O(0).region, "晋中市", "the first place, the first figure");
	str_eq(O(1).region, "吕梁市", "the second place, the second figure");
	str_eq(O(1).indicator, O(0).indicator, "one name for both");
	str_eq(O(3).region, "阳曲县", "the second county");

	int_eq(run("全省11个设区市中，太原市PM2.5平均浓度为39微克/立方米，排名第3位。",
	    "2024-10-20", "太原市"), 3, "a rank after a level");
	str_eq(O(2).indicator, "PM2.5平均浓度排名", "排名 alone: the rank of the figure before");

	int_eq(run("太原空气质量持续改善\n本报讯 2024年，我市PM2.5平均浓度为38微克/立方米。",
	    "2025-01-15", ""), 1, "no home region given");
	str_eq(O(0).region, "太原市", "我市 is the headline's city");

	int_eq(run("全市常住人口545.8万人，比上年末增加2.3万人。", "2024-06-27",
	    "太原市"), 2, "a change since the end of last year");
	str_eq(O(1).indicator, "常住人口", "比上年末 is no name");

	int_eq(run("本报讯 前三季度，全市GDP达到4012.5亿元，同比增长5.2%。其中，小店区完成"
	    "812亿元，增长6.1%。", "2024-10-25", "太原市"), 4, "a breakdown after 其中");
	str_eq(O(2).indicator, "GDP", "a part takes the name of the whole");
	str_eq(O(2).region, "小店区", "and its own place");
	str_eq(O(3).indicator, "GDP增速", "its growth too");
	int_eq(run("小店区召开会议\n本报讯 截至9月底，全市新能源汽车保有量达到18.6万辆。",
	    "2024-10-25", ""), 1, "全市 with no home region");
	str_eq(O(0).region, "太原市", "a district's story: its city");

	int_eq(run("本报讯 2023年，全市居民人均可支配收入48612元，增长4.8%，增速居全省第一。"
	    "全年旅游收入650亿元，恢复到2019年的105%。公交线路增至198条。",
	    "2024-02-05", "太原市"), 6, "ranks and bases of ratios");
	str_eq(O(2).indicator, "居民人均可支配收入增速排名",
	    "增速居全省第一: the growth's rank");
	str_eq(O(4).period, "2023", "恢复到2019年的105%: 2019 is the base");
	str_eq(O(5).period, "2023", "and no frame for what follows");

	int_eq(run("截至2024年底，全市常住人口达到545.8万人，城镇化率为89.5%。", "2025-03-25",
	    "太原市"), 2, "a year's end framing a sentence");
	str_eq(O(0).period, "2024-12", "截至2024年底: its clause");
	str_eq(O(1).period, "2024-12", "and the whole sentence");

	int_eq(run("1-8月，我市规上工业增加值同比增长6.2%，高于全省平均水平1.5个百分点，"
	    "居全省第2位。", "2024-09-20", "太原市"), 3, "a rank with no name");
	str_eq(O(2).indicator, "规上工业增加值排名", "居全省第2位: the sentence's subject ranks");

	int_eq(run("大同市、朔州市规上工业增加值分别增长7.2%和6.8%。", "2024-10-25",
	    "太原市"), 2, "a list joined by 和");
	str_eq(O(1).region, "朔州市", "the second place");
	int_eq(O(1).kind, SB_KIND_GROWTH, "增长 goes for both");
	str_eq(O(1).indicator, O(0).indicator, "one name for both");

	int_eq(run("今年1-10月，我市PM2.5平均浓度为37微克/立方米，改善幅度居全省第一；"
	    "空气质量综合指数4.65，同比改善3.5%。", "2024-11-10", "太原市"), 4,
	    "improvements");
	str_eq(O(1).indicator, "PM2.5平均浓度改善幅度排名", "改善幅度居全省第一");
	ok(strncmp(O(3).indicator, "空气质量综合指数", 24) == 0,
	    "同比改善3.5%: the change of the figure before");

	int_eq(run("在2024中国城市综合实力排行榜中，太原位列全国第38位。全市一般公共预算收入"
	    "完成268.5亿元，完成预算的78.6%，同口径增长6.2%。", "2024-11-10",
	    "太原市"), 4, "a ranking and a budget");
	str_eq(O(0).indicator, "2024中国城市综合实力排行榜排名", "the rank in the list named");
	str_eq(O(3).indicator, "一般公共预算收入增速",
	    "同口径增长6.2%: the amount's growth, not the share's");

	int_eq(run("以乡镇为单位统计，全市建成示范村120个。", "2024-06-20", "太原市"), 1,
	    "a village of a kind after a verb");
	str_eq(O(0).region, "太原市", "建成示范村 is no village's name");

	int_eq(run("本报讯 近日，小店区北格镇张村新建蔬菜大棚30座，带动村民增收200万元。"
	    "该镇今年计划再建大棚50座。\n\n清徐县马峪乡东于村村集体经济收入达到85万元，"
	    "较去年增长21%。", "2024-06-20", "太原市"), 5, "villages named with their places");
	str_eq(O(0).region, "张村", "a one-character village after its township");
	str_eq(O(1).region, "张村", "the village opens the sentence after its district");
	str_eq(O(2).region, "小店区", "该镇: the district it lies in");
	str_eq(O(4).region, "东于村", "县, 乡 and 村: the village, for the whole sentence");

	int_eq(run("全市成立业委会的小区占比也仅30%左右。", "2024-06-20", "太原市"), 1,
	    "an adverb before the figure");
	str_eq(O(0).indicator, "成立业委会的小区占比", "也仅 ends no name");

	int_eq(run("我市前10月新增城镇就业5.6万人\n本报讯 1—10月，全市城镇新增就业5.6万人，"
	    "完成全年目标任务的93.3%；城镇登记失业率控制在3%以内。", "2024-11-08",
	    "太原市"), 4, "a rate of completion");
	str_eq(O(0).period, "2024-01..2024-10", "前10月: the first ten months");
	int_eq(O(2).qual, SB_QUAL_EXACT, "目标任务的93.3% is done, not a goal");
	int_eq(O(3).qual, SB_QUAL_UNDER, "nor the figure after it");

	int_eq(run("今年以来，市住建局共完成老旧小区改造项目126个。", "2024-11-08",
	    "太原市"), 1, "a city bureau before its results");
	str_eq(O(0).indicator, "老旧小区改造项目", "住建局 is no part of the name");
	str_eq(O(0).region, "太原市", "the bureau speaks for the city");

	int_eq(run("本报讯 9月28日，总投资50亿元的智能制造产业园项目开工建设。", "2024-09-30",
	    "太原市"), 1, "a project's investment");
	str_eq(O(0).indicator, "智能制造产业园项目总投资", "the project's, not all investment");
	ok(strncmp(O(0).indicator_id, "np:", 3) == 0, "a series of its own");

	sb_obslist_free(&list);
	sb_lex_free(lx);
	return h_done();
}
