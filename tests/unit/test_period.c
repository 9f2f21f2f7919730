/* Time expressions against a publication date (analysis/period.c). */
#include "harness.h"
#include "period.h"

static const char *
per(const char *s, const char *pub)
{
	static char	 buf[64];
	struct sb_date	 d;
	struct sb_period p;

	sb_date_parse(pub, &d);
	if (sb_period_scan(s, strlen(s), &d, 0, &p) == 0)
		return "(none)";
	return sb_period_fmt(&p, buf, sizeof(buf));
}

int
main(void)
{
	str_eq(per("2017年的60", "2023-09-21"), "2017", "explicit year");
	str_eq(per("今年前8个月", "2023-09-21"), "2023-01..2023-08", "今年前8个月");
	str_eq(per("今年以来", "2023-09-21"), "2023-01..2023-09", "今年以来 runs to the publication month");
	str_eq(per("今年全市", "2023-09-21"), "2023", "今年");
	str_eq(per("去年全年", "2023-02-16"), "2022", "去年");
	str_eq(per("上年同期", "2025-01-07"), "2024", "上年");
	str_eq(per("1至8月,全市", "2023-09-21"), "2023-01..2023-08", "1至8月");
	str_eq(per("1—5月份", "2023-09-21"), "2023-01..2023-05", "1—5月份");
	str_eq(per("12月", "2025-01-07"), "2024-12", "a month after publication is last year's");
	str_eq(per("2023年一季度", "2023-09-21"), "2023-Q1", "一季度");
	str_eq(per("今年上半年", "2023-09-21"), "2023-H1", "上半年");
	str_eq(per("2022年年末", "2023-09-21"), "2022-12", "年末");
	str_eq(per("2021—2023年", "2023-09-21"), "2021..2023", "year range");
	str_eq(per("“十四五”以来", "2024-09-05"), "2021..2024", "十四五以来");
	str_eq(per("“十四五”以来", "2024-03-05"), "2021..2023",
	    "early in a year, 以来 ends with the last full year");
	str_eq(per("两年来，已解决", "2023-09-21"), "2021..2023",
	    "late in a year, N年来 runs to that year");
	str_eq(per("五年来，经济", "2023-03-05"), "2018..2022",
	    "early in a year, N年来 ends with the last full year");
	str_eq(per("过去五年", "2023-09-21"), "2018..2022", "过去五年 are full years");
	str_eq(per("3年就翻了一番", "2024-09-21"), "2022..2024",
	    "N年就: the years up to the one published");
	str_eq(per("三年就翻了一番", "2025-01-10"), "2022..2024",
	    "N年就 in January ends with the year just ended");
	str_eq(per("5年，已解决", "2023-09-21"), "(none)", "5年 alone is a duration");
	str_eq(per("十年增加近70万亿元", "2023-03-05"), "2013..2022",
	    "N年 and a change: the years of the change");
	str_eq(per("十年树木", "2023-03-05"), "(none)", "N年 alone is no period");
	str_eq(per("2024年底", "2025-01-05"), "2024-12", "a year's end is its December");
	str_eq(per("上年末", "2025-03-05"), "2024-12", "上年末 too");
	str_eq(per("一季度末", "2025-06-05"), "2025-03", "a quarter's end is its last month");
	str_eq(per("上月", "2025-01-05"), "2024-12", "上月: the month before");
	str_eq(per("本月", "2025-01-05"), "2025-01", "本月: the month published");
	str_eq(per("9月20日上午", "2023-09-21"), "2023-09", "a day names its month");
	str_eq(per("2024年3月5日", "2024-03-06"), "2024-03", "full date");
	str_eq(per("1949年", "2024-03-06"), "1949", "oldest year");
	str_eq(per("861路", "2024-03-06"), "(none)", "bus line is no period");
	str_eq(per("3000亩", "2024-03-06"), "(none)", "a quantity is no period");
	/* Words that begin like a period, and periods that begin alike. */
	str_eq(per("上级部门", "2024-03-06"), "(none)", "上级 is no period");
	str_eq(per("第一批", "2024-03-06"), "(none)", "第一批 is no period");
	str_eq(per("一季度末", "2024-03-06"), "2024-03", "一季度末 is its last month");
	str_eq(per("前三季度", "2024-11-06"), "2024-01..2024-09", "前三季度");
	str_eq(per("第三季度", "2024-11-06"), "2024-Q3", "第三季度");
	str_eq(per("上个月", "2024-03-06"), "2024-02", "上个月");
	str_eq(per("一至八月", "2024-09-06"), "2024-01..2024-08", "months in words");
	str_eq(per("三个月后", "2024-03-06"), "(none)", "三个月 is a duration");
	str_eq(per("十三五期间", "2024-03-06"), "2016..2020", "十三五期间");
	str_eq(per("\"十四五\"时期", "2024-03-06"), "2021..2025", "\"十四五\" in ASCII quotes");
	str_eq(per("“十三五”末", "2024-03-06"), "2020", "the end of a plan is its last year");
	str_eq(per("一季度", "2024-01-22"), "2023-Q1", "a quarter not over yet is last year's");
	str_eq(per("前三季度", "2024-01-22"), "2023-01..2023-09", "so are months that end later");
	str_eq(per("1—8月", "2024-09-06"), "2024-01..2024-08", "months ended are this year's");
	str_eq(per("2022年至2024年", "2024-03-06"), "2022..2024", "years to years");
	str_eq(per("2022年到2024年，", "2024-03-06"), "2022..2024", "years to years, 到");
	str_eq(per("2022年至2024年6月", "2024-07-06"), "2022", "not months of another year");
	return h_done();
}
