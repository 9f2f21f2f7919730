/*
 * Figure extraction (see extract.h and DESIGN.md "How a figure finds its
 * meaning").
 *
 * The text is read one sentence at a time.  A scan marks spans: periods,
 * regions, indicator names, cue words, clause marks and figures (a
 * numeral with its unit).  Then each figure is attached: its indicator is
 * the nearest lexicon name, else the noun phrase, before it in its clause;
 * its period and region the nearest in the clause, else the sentence,
 * else what the article section carries, else the publication date and
 * the home region.  Each decision is a small function over nearby spans.
 *
 * An article page often holds several stories; a dateline (本报讯,
 * 本报太原2月15日讯) starts a new section, and the lines before it are
 * its headline, whose place becomes the section's place.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "number.h"
#include "simd.h"
#include "strmatch.h"

enum span_type {
	SP_PERIOD,
	SP_REGION,
	SP_PRONOUN,	/* 我市, 全区, 该县 ...: a region by reference */
	SP_IND,
	SP_CUE,
	SP_DELIM,	/* ，、；： and brackets: clause marks */
	SP_FIG,
	SP_DEAD		/* a span swallowed by a longer one (an org name) */
};

/* A parsed figure (before attachment). */
struct fig {
	double		 value, value_hi;	/* as written */
	double		 factor;		/* to the base unit */
	char		 unit[48];		/* as written, with its scale */
	const char	*base;			/* base unit */
	enum sb_kind	 kind;
	enum sb_qual	 qual;
	int		 rank;			/* 第N位, 前N名, N强 */
	int		 sign;			/* -1 for decreases */
	size_t		 unit_end;		/* end of unit and post cues */
	size_t		 quote;			/* start of the quoted name it
						   is in (“150兆瓦…项目”), or 0 */
};

struct span {
	enum span_type	 type;
	size_t		 start, end;	/* byte offsets in the normalized text */
	struct sb_period per;		/* SP_PERIOD */
	const struct sb_lex_entry *e;	/* SP_REGION, SP_IND, SP_CUE */
	const char	*region;	/* SP_REGION, SP_PRONOUN: full name */
	int		 level;		/* SP_PRONOUN: 1 city, 2 province, 3 county, 4 org */
	int		 scope;		/* SP_REGION: a place as scope or venue
					   (全国第二, 在北京), not a subject;
					   SP_PERIOD: a base of comparison
					   (比2017年: 1; 恢复到2019年的: 2) */
	struct fig	 fig;		/* SP_FIG */
};

/*
 * How far back a figure looks for its context, in spans.  Real clauses
 * hold a handful; a run of 10^5 numerals must not make the work
 * quadratic.
 */
#define CONTEXT_SPANS	64
#define CONTEXT_BYTES	96
/* How far from a figure a reckoning or a data source is looked for. */
#define UNDATED_WINDOW	300

/* A sentence longer than this is quoted as a window around the figure. */
#define SENTENCE_MAX	1200

/* State of one article. */
struct ctx {
	const struct sb_lex	*lx;
	const struct sb_text	*t;
	const struct sb_docinfo	*info;
	struct sb_date		 pub;
	const char		*home;		/* home region full name */
	const char		*province;	/* province of the home region */
	struct span		*sp;		/* spans of the current sentence */
	size_t			 spsz, spcap;
	/* Carried by the article section. */
	const char		*sec_region;	/* from the headline */
	const char		*last_county;	/* for 该区, 全县 */
	const char		*last_qu, *last_xian;	/* the last 区, the last
						   县 or 市 of them */
	const char		*last_org;	/* for 该公司; carried in a section */
	const char		*sec_org;	/* the section's last organisation
						   (for 中方) */
	char			**pool;		/* org names found, owned */
	int			*poolcnt;	/* times each was named */
	size_t			 lc_line, lc_off, lc_col;	/* linecol() cache */
	const unsigned char	*cls;		/* CL_* per BMP code point */
	const unsigned char	*firstmap;	/* sb_lex_firstmap() */
	int			 list_dir;	/* sign of the last growth figure */
	const char		*list_base;	/* and its base unit */
	size_t			 poolsz;
	struct sb_period	 sec_period;	/* last period of the section */
	struct sb_period	 sec_ahead;	/* first period later in it */
	struct sb_period	 sec_span;	/* years a heading reviews:
						   一、“十四五”时期工作回顾 */
	struct sb_period	 sec_year;	/* last year named in it */
	int			 sec_ahead_done;	/* sec_ahead looked up */
	int			 sec_sentences;	/* sentences read in the section */
	int			 sec_plan;	/* the story announces this year's plan */
	int			 sec_county;	/* the story is about a county (该区) */
	int			 sec_past;	/* its last sentences report results */
	int			 sec_now;	/* it reports an event of the month */
	int			 sec_undated;	/* cited data with no date go on */
	size_t			 para;		/* start of the paragraph */
	const char		*prev_region;	/* the sentence's last figure's */
	char			 prev_level[256];	/* the sentence's last */
	char			 prev_level_id[300];	/* amount or count */
	char			 prev_growth[256];	/* the sentence's last */
	char			 prev_growth_id[300];	/* growth */
	size_t			 tense_s0;	/* sentence start + 1 of tense */
	size_t			 wy_s0, wy_at, wy_done;	/* whole_year() */
	int			 tense;		/* its tense() */
	size_t			 lead_qend;	/* end of a quotation that opens
						   the sentence, else 0 */
	struct sb_obslist	*out;
};

/* Length of the UTF-8 character at p (1 for a stray byte). */
static size_t
clen(const char *p)
{
	unsigned char	 c = (unsigned char)*p;

	if (c < 0x80)
		return 1;
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/*
 * Code point at p (U+FFFD for a stray byte) into *cp and its length, as
 * cp_at() and clen() give them: the scan's decode, once per character.
 */
static inline size_t
cp_len(const char *p, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] >= 0xe0 && u[0] < 0xf0) {	/* the common case */
		*cp = ((uint32_t)(u[0] & 0x0f) << 12) |
		    ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
		return 3;
	}
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xf0) {
		*cp = ((uint32_t)(u[0] & 0x07) << 18) |
		    ((uint32_t)(u[1] & 0x3f) << 12) |
		    ((uint32_t)(u[2] & 0x3f) << 6) | (u[3] & 0x3f);
		return 4;
	}
	if (u[0] >= 0xc0) {
		*cp = ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
		return 2;
	}
	*cp = 0xfffd;
	return 1;
}

/* Code point at p (U+FFFD for a stray byte); the text is valid UTF-8. */
static inline uint32_t
cp_at(const char *p)
{
	uint32_t	 cp;

	(void)cp_len(p, &cp);
	return cp;
}

/*
 * Cheap filters so the scan tries a rule only where it can match: most
 * characters of a text start no numeral, period, pronoun or mark.  The
 * classes live in a table per process (64 KiB, built in microseconds).
 */
#define CL_NUM		0x01u	/* may start a numeral (or 翻) */
#define CL_PERIOD	0x02u	/* may start a time expression */
#define CL_PRONOUN	0x04u	/* 我 本 全 该 */
#define CL_MARK		0x08u	/* a clause mark */
#define CL_BREAK	0x10u	/* may end a sentence or start a dateline */
#define CL_FRAME	0x20u	/* 去 上 过 前: a review's frame */
#define CL_STRIP_HEAD	0x40u	/* begins a word of strip_head */
#define CL_STRIP_TAIL	0x80u	/* ends a word of strip_tail */

/* Words stripped from the front and the end of a noun phrase. */
static const struct word strip_head[] = {
	W("其中"), W("共计"), W("共"), W("累计"), W("合计"), W("总计"), W("全年"),
	W("以来"), W("同时"), W("此外"), W("目前"), W("截至目前"), W("已经"), W("已"),
	W("并"), W("和"), W("及"), W("与"), W("为"), W("力争"), W("计划"),
	W("预计"), W("达到"), W("达"), W("有"), W("约"), W("超过"), W("超"),
	W("近"), W("逾"), W("突破"), W("的"), W("在"), W("对"), W("实现"),
	W("完成"), W("是"), W("将"), W("要"), W("分别"), W("还"), W("均"),
	W("了"), W("至"), W("由"), W("从"), W("比"), W("较"), W("当年"),
	W("当月"), W("期间"), W("其"), W("通过"), W("先"), W("比上年"), W("比去年"),
	W("较上年"), W("较去年"), W("上年"), W("同期"), W("上年同期"), W("去年同期"),
	W("与上年相比"), W("按可比价格计算"), W("按可比价计算"), W("扣除价格因素"), W("全面"),
	W("进一步"), W("持续"), W("再"), W("又"), W("也"), W("都"), W("本报讯"),
	W("据悉"), W("据了解"), W("记者"), W("获悉"), W("近日"), W("日前"), W("现在"),
	W("如今"), W("此次"), W("本次"), W("当天"), W("首批"), W("现场"), W("先后"),
	W("共同"), W("一方面"), W("另一方面"), W("同比"), W("以"), W("每年"),
	W("拟"), W("安排"), W("拟安排"), W("我们"), W("目标是"), W("该"),
	W("比上年末"), W("比去年末"), W("较上年末"), W("上年末"), W("同口径"),
	W("比年初"), W("较年初"), W("建成后"), W("投产后"), W("达产后"), W("位列"), W("位居"), { NULL, 0 }
};
static const struct word strip_tail[] = {
	W("分别为"), W("分别"), W("共计"), W("累计"), W("合计"), W("总计"), W("达到"),
	W("达"), W("为"), W("是"), W("约"), W("约为"), W("超过"), W("超"),
	W("近"), W("逾"), W("突破"), W("共"), W("有"), W("的"), W("由"), W("从"),
	W("降低到"), W("降低至"), W("下降到"), W("下降至"), W("降至"), W("降到"),
	W("提高到"), W("提高至"), W("增至"), W("增加到"), W("上升到"), W("上升至"),
	W("提升至"), W("提升到"), W("到"), W("至"), W("在"), W("了"), W("高达"),
	W("多达"), W("将近"), W("接近"), W("不到"), W("不足"), W("最高"), W("以上"),
	W("左右"), W("仅"), W("就"), W("已"), W("排名第"), W("排名"), W("第"),
	W("前"), W("居"), W("位居"), W("位列"), W("列"), W("增长"), W("下降"),
	W("提高"), W("降低"), W("减少"), W("增加"), W("上涨"), W("回落"), W("提升"),
	W("同比"), W("比上年"), W("较上年"), W("比年初"), W("较年初"), W("年均"),
	W("每年"), W("首期"), W("拥有"),
	W("包括"), W("折合人民币"), W("折合"), W("价值"), W("每立方米"), W("为每立方米"),
	W("拟按"), W("按"), W("保持"), W("完成"), W("实现"), W("首次站上"), W("站上"),
	W("迈上"), W("比上年"), W("比去年"), W("较上年"), W("同期"), W("首次跃上"),
	W("跃上"), W("跃升至"), W("就"), W("首批"), W("翻"), W("控制在"),
	W("控制"), W("全年"), W("稳定在"), W("连年稳定在"), W("保持在"),
	W("可达"), W("比上年末"), W("比去年末"), W("较上年末"), W("同口径"),
	W("也"), W("也仅"), W("平均"), W("设定为"), W("设定"), W("定为"),
	W("将"), W("预计"), W("力争"), W("每人每月"), W("每人每年"), W("每月"),
	W("每人"),
	{ NULL, 0 }
};

/* Words that end a duration or a date, never a quantity's unit. */
static const struct word time_words[] = {
	W("年"), W("月"), W("日"), W("号"), W("时"), W("点"), W("分钟"), W("秒"),
	W("岁"), W("周"), W("届"), W("路"), W("楼"), W("层"), W("版"), W("季度"),
	W("小时"), W("个月"), W("个小时"), W("个工作日"), W("天内"), W("多年"),
	W("余年"), { NULL, 0 }
};

/* What 在 begins words with (在建, 在校, 在岗, 在职, 在线 ...). */
static const struct word zai_words[] = {
	W("建"), W("校"), W("岗"), W("职"), W("册"), W("营"), W("线"), W("园"),
	W("读"), W("保"), W("途"), W("运"), W("用"), W("役"), W("库"), W("研"),
	W("押"), W("编"), W("网"), { NULL, 0 }
};

/* What 较 begins adjectives with (较大事故, 较多, 较高水平). */
static const struct word jiao_words[] = {
	W("大"), W("重"), W("多"), W("高"), W("快"), W("好"), W("低"), W("强"),
	W("小"), W("少"), W("轻"), { NULL, 0 }
};

/* What 超 and 达 begin words with (超长期, 超大城市, 达成, 达标). */
static const struct word chao_words[] = {
	W("长"), W("大"), W("高"), W("低"), { NULL, 0 }
};
static const struct word da_words[] = {
	W("成"), W("标"), { NULL, 0 }
};

/*
 * One-character stop words that stay when they begin a word: 在建项目,
 * 较大事故 (no comparison), 超长期特别国债, 达成意向.
 */
static const struct {
	const char		*c;
	const struct word	*next;
} stay_words[] = {
	{ "在", zai_words }, { "较", jiao_words }, { "超", chao_words },
	{ "达", da_words }, { NULL, NULL }
};

/* Durations a count unit may stand before: 3个季度, 5个小时. */
static const struct word unit_durations[] = {
	W("季度"), W("小时"), W("钟头"), W("星期"), W("工作日"), W("学期"),
	W("年头"), { NULL, 0 }
};

/* Words that end a name when walking back from an org suffix. */
static const struct word name_stops[] = {
	W("的"), W("在"), W("与"), W("和"), W("从"), W("向"), W("对"), W("为"),
	W("由"), W("是"), W("让"), W("把"), W("被"), W("将"), W("等"), W("及"),
	W("以"),
	W("同"), W("到"), W("了"), W("据"), W("经"), W("省"), W("市"), W("县"),
	W("区"), W("乡"), W("镇"), W("位于"), W("来自"), W("记者"), W("获悉"),
	W("日前"), W("近日"), W("目前"), W("今年"), W("去年"),
	/* verbs that lead a clause before the name they act on */
	W("推动"), W("推进"), W("打造"), W("带动"), W("实现"), W("按照"), W("建设"),
	W("开展"), W("组织"), W("联合"), W("依托"), W("围绕"), W("通过"), W("引进"),
	W("支持"), W("帮助"), W("指导"), W("走进"), W("深入"), W("来到"), W("前往"),
	W("服务"), W("培育"), W("包括"), W("其中"), W("共有"), W("现有"), W("实施"),
	W("新建"), W("改造"), W("全"), W("各"), { NULL, 0 }
};

/*
 * The strip words by the bytes of their first (head) or last (tail)
 * character, sorted: strip_word looks at the few that can match.  The
 * same index serves other tables a scan asks at many positions.
 */
struct widx {
	uint32_t	 key;
	unsigned short	 w;
};
static struct widx	 head_idx[sizeof(strip_head) / sizeof(strip_head[0])];
static struct widx	 tail_idx[sizeof(strip_tail) / sizeof(strip_tail[0])];
static size_t		 head_n, tail_n;
static struct widx	 time_idx[sizeof(time_words) / sizeof(time_words[0])];
static struct widx	 stop_idx[sizeof(name_stops) / sizeof(name_stops[0])];
static size_t		 time_n, stop_n;

static uint32_t
key3(const char *p)
{
	return (uint32_t)(unsigned char)p[0] << 16 |
	    (uint32_t)(unsigned char)p[1] << 8 | (unsigned char)p[2];
}

static int
widx_cmp(const void *a, const void *b)
{
	const struct widx *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

static void
strip_index(const struct word *w, int tail, struct widx *idx, size_t *n)
{
	size_t	 i;

	/* (idx has a slot per word: the tables size it.) */
	for (*n = 0, i = 0; w[i].s != NULL; i++)
		if (w[i].len >= 3) {
			idx[*n].key = key3(tail ? w[i].s + w[i].len - 3 :
			    w[i].s);
			idx[(*n)++].w = (unsigned short)i;
		}
	qsort(idx, *n, sizeof(*idx), widx_cmp);
}

/*
 * first_word() for a table of words of three bytes or more, indexed by
 * strip_index(): the length of the first word of w (in table order) at
 * p, or 0.
 */
static size_t
indexed_word(const char *p, size_t n, const struct word *w,
    const struct widx *idx, size_t idxn)
{
	size_t		 lo = 0, hi = idxn, mid, l, best = 0;
	unsigned int	 bw = ~0u;
	uint32_t	 key;

	if (n < 3)
		return 0;
	key = key3(p);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (idx[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < idxn && idx[lo].key == key; lo++)
		if (idx[lo].w < bw && (l = wlit(p, n, &w[idx[lo].w])) > 0) {
			bw = idx[lo].w;
			best = l;
		}
	return best;
}

static unsigned char	*cls_table;
/* First characters of time_words and name_stops, a bit per code point. */
static unsigned char	 time_first[0x10000 / 8], stop_first[0x10000 / 8];
static pthread_once_t	 cls_once = PTHREAD_ONCE_INIT;

static unsigned char	*classes_build(void);
static void		 verb_index(void);

static void
classes_init(void)
{
	cls_table = classes_build();
}

/* The class table, built once per process; NULL on ENOMEM. */
static const unsigned char *
classes(void)
{
	pthread_once(&cls_once, classes_init);
	return cls_table;
}

static unsigned char *
classes_build(void)
{
	static const uint32_t num[] = {
		0x96f6, 0x3007, 0x4e00, 0x4e8c, 0x4e24, 0x4e09, 0x56db, 0x4e94,
		0x516d, 0x4e03, 0x516b, 0x4e5d, 0x5341, 0x767e, 0x5343, 0x4e07,
		0x4ebf, 0x7ffb, 0
	};	/* 零〇一二两三四五六七八九十百千万亿翻 */
	static const uint32_t per[] = {
		0x4eca, 0x672c, 0x53bb, 0x4e0a, 0x8fc7, 0x524d, 0x660e, 0x5341,
		0x201c, '"', 0x7b2c, 0x4e0b, 0x5e74, 0
	};	/* 今本去上过前明十“"第下年 */
	static const uint32_t mark[] = {
		',', ';', ':', '(', ')', 0xff0c, 0x3001, 0xff1b, 0xff1a,
		0xff08, 0xff09, 0x201c, 0x201d, 0x300a, 0x300b, 0x2014, 0
	};
	static const uint32_t brk[] = {
		'\n', '!', '?', '(', 0x3002, 0xff01, 0xff1f, 0x672c, 0x65b0,
		0xff08, 0
	};	/* 。！？ and 本 新 （ of datelines */
	const struct word *w;
	unsigned char	*t;
	size_t		 n;
	int		 i;
	uint32_t	 cp;

	if ((t = calloc(0x10000, 1)) == NULL)
		return NULL;
	for (i = '0'; i <= '9'; i++)
		t[i] |= CL_NUM | CL_PERIOD;
	for (i = 0; num[i] != 0; i++)
		t[num[i]] |= CL_NUM | (i < 17 && num[i] != 0x4e07 &&
		    num[i] != 0x4ebf ? CL_PERIOD : 0);
	for (i = 0; per[i] != 0; i++)
		t[per[i]] |= CL_PERIOD;
	for (i = 0; mark[i] != 0; i++)
		t[mark[i]] |= CL_MARK;
	for (i = 0; brk[i] != 0; i++)
		t[brk[i]] |= CL_BREAK;
	t[0x6211] |= CL_PRONOUN;
	t[0x672c] |= CL_PRONOUN;
	t[0x5168] |= CL_PRONOUN;
	t[0x8be5] |= CL_PRONOUN;
	t[0x4e2d] |= CL_PRONOUN;	/* 中方 */
	t[0x5e02] |= CL_PRONOUN;	/* 市科技局 */
	t[0x7701] |= CL_PRONOUN;	/* 省 */
	t[0x53bf] |= CL_PRONOUN;	/* 县 */
	t[0x8fd1] |= CL_PERIOD;		/* 近五年 */
	t[0x53bb] |= CL_FRAME;
	t[0x4e0a] |= CL_FRAME;
	t[0x8fc7] |= CL_FRAME;
	t[0x524d] |= CL_FRAME;
	verb_index();
	strip_index(time_words, 0, time_idx, &time_n);
	strip_index(name_stops, 0, stop_idx, &stop_n);
	for (w = time_words; w->s != NULL; w++) {
		cp = cp_at(w->s) & 0xffff;
		time_first[cp >> 3] |= (unsigned char)(1u << (cp & 7));
	}
	for (w = name_stops; w->s != NULL; w++) {
		cp = cp_at(w->s) & 0xffff;
		stop_first[cp >> 3] |= (unsigned char)(1u << (cp & 7));
	}
	strip_index(strip_head, 0, head_idx, &head_n);
	strip_index(strip_tail, 1, tail_idx, &tail_n);
	for (w = strip_head; w->s != NULL; w++)
		t[cp_at(w->s) & 0xffff] |= CL_STRIP_HEAD;
	for (w = strip_tail; w->s != NULL; w++) {
		for (n = w->len - 1; n > 0 && (w->s[n] & 0xc0) == 0x80; n--)
			;
		t[cp_at(w->s + n) & 0xffff] |= CL_STRIP_TAIL;
	}
	return t;
}

/* strcmp(a, s) == 0 for a literal s: the first byte decides most. */
#define STREQ(a, s)	((a)[0] == (s)[0] && strcmp((a), (s)) == 0)

#define CLS(c, cp)	((cp) < 0x10000 ? (c)->cls[(cp)] : 0u)

/* The first bytes of the CL_BREAK characters (brk[] above). */
static const unsigned char break_lead[256] = {
	['\n'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1,
	[0xe3] = 1,	/* 。 */
	[0xef] = 1,	/* ！ ？ （ */
	[0xe6] = 1,	/* 本 新 */
};

/*
 * Is the character at p one of brk[] (p's first byte is in break_lead)?
 * The same answer as the class table's CL_BREAK, by its bytes.
 */
static inline int
break_at(const unsigned char *p, size_t n)
{
	switch (p[0]) {
	case 0xe3:	/* 。 */
		return n >= 3 && p[1] == 0x80 && p[2] == 0x82;
	case 0xef:	/* ！ ？ （ */
		return n >= 3 && p[1] == 0xbc && (p[2] == 0x81 ||
		    p[2] == 0x9f || p[2] == 0x88);
	case 0xe6:	/* 本 新 */
		return n >= 3 && ((p[1] == 0x9c && p[2] == 0xac) ||
		    (p[1] == 0x96 && p[2] == 0xb0));
	default:	/* \n ! ? ( */
		return 1;
	}
}

#ifdef __SSE2__
/* Bytes of v equal to x, and three-byte characters a b c at v0 v1 v2. */
#define EQ8(v, x)	_mm_cmpeq_epi8((v), _mm_set1_epi8((char)(x)))
#define AT3(a, b, c)	_mm_and_si128(_mm_and_si128(EQ8(v0, a), EQ8(v1, b)), \
	    EQ8(v2, c))
/* v0 v1 v2 for AT3: the 16 bytes at p, and the loads one and two on. */
#define LOAD3(p)							\
	__m128i	 v0 = _mm_loadu_si128((const __m128i *)(p));		\
	__m128i	 v1 = _mm_loadu_si128((const __m128i *)((p) + 1));	\
	__m128i	 v2 = _mm_loadu_si128((const __m128i *)((p) + 2))

/*
 * Where 。！？（ and the 本 新 of datelines start, among the 16 positions
 * of v0 (v1 and v2 the loads one and two bytes on): the break characters
 * of brk[] outside ASCII.
 */
static inline __m128i
cjk_marks(__m128i v0, __m128i v1, __m128i v2)
{
	/* 。 E3 80 82; ！ ？ （ EF BC 81/9F/88; 本 E6 9C AC, 新 E6 96 B0 */
	return _mm_or_si128(_mm_or_si128(AT3(0xe3, 0x80, 0x82),
	    _mm_and_si128(_mm_and_si128(EQ8(v0, 0xef), EQ8(v1, 0xbc)),
	    _mm_or_si128(_mm_or_si128(EQ8(v2, 0x81), EQ8(v2, 0x9f)),
	    EQ8(v2, 0x88)))), _mm_or_si128(AT3(0xe6, 0x9c, 0xac),
	    AT3(0xe6, 0x96, 0xb0)));
}

/*
 * The bits of the 16 positions from p (18 bytes readable) where a break
 * character starts: the bytes of brk[] compared in three shifted loads,
 * so no comma or ideograph that merely shares a first byte stops it.
 */
static inline unsigned int
break_bits(const unsigned char *p)
{
	LOAD3(p);

	return (unsigned int)_mm_movemask_epi8(_mm_or_si128(cjk_marks(v0,
	    v1, v2), _mm_or_si128(_mm_or_si128(EQ8(v0, '\n'), EQ8(v0, '!')),
	    _mm_or_si128(EQ8(v0, '?'), EQ8(v0, '(')))));
}

/*
 * The bits of the 16 positions from p (18 bytes readable) where a
 * character lookahead() stops at starts: the sentence marks and 本 新 of
 * cjk_marks(), and 去 上 过 前 of a frame.
 */
static inline unsigned int
ahead_bits(const unsigned char *p)
{
	LOAD3(p);

	return (unsigned int)_mm_movemask_epi8(_mm_or_si128(cjk_marks(v0,
	    v1, v2), _mm_or_si128(_mm_or_si128(AT3(0xe5, 0x8e, 0xbb),
	    AT3(0xe4, 0xb8, 0x8a)), _mm_or_si128(AT3(0xe8, 0xbf, 0x87),
	    AT3(0xe5, 0x89, 0x8d)))));				/* 去上过前 */
}
#endif

#ifdef HAVE_AVX2_PATH
#define EQ32(v, x)	_mm256_cmpeq_epi8((v), _mm256_set1_epi8((char)(x)))
#define AT3_32(a, b, c)	_mm256_and_si256(_mm256_and_si256(EQ32(v0, a), \
	    EQ32(v1, b)), EQ32(v2, c))

/*
 * break_bits() for the 32 positions from p (34 bytes readable), with
 * AVX2: the same characters, compared the same way.
 */
static inline AVX2 unsigned int
break_bits32(const unsigned char *p)
{
	const __m256i	 v0 = _mm256_loadu_si256((const __m256i *)p);
	const __m256i	 v1 = _mm256_loadu_si256((const __m256i *)(p + 1));
	const __m256i	 v2 = _mm256_loadu_si256((const __m256i *)(p + 2));

	return (unsigned int)_mm256_movemask_epi8(_mm256_or_si256(
	    _mm256_or_si256(_mm256_or_si256(AT3_32(0xe3, 0x80, 0x82),
	    _mm256_and_si256(_mm256_and_si256(EQ32(v0, 0xef), EQ32(v1, 0xbc)),
	    _mm256_or_si256(_mm256_or_si256(EQ32(v2, 0x81), EQ32(v2, 0x9f)),
	    EQ32(v2, 0x88)))), _mm256_or_si256(AT3_32(0xe6, 0x9c, 0xac),
	    AT3_32(0xe6, 0x96, 0xb0))), _mm256_or_si256(_mm256_or_si256(
	    EQ32(v0, '\n'), EQ32(v0, '!')), _mm256_or_si256(EQ32(v0, '?'),
	    EQ32(v0, '(')))));
}

/* Past the 32-byte blocks with no break character, from i. */
static AVX2 size_t
skip_nobreak32(const unsigned char *b, size_t i, size_t n)
{
	unsigned int	 bits;

	for (; i + 34 <= n; i += 32)
		if ((bits = break_bits32(b + i)) != 0)
			return i + (size_t)__builtin_ctz(bits);
	return i;
}
#undef AT3_32
#undef EQ32
#endif

/*
 * The first byte at or after i of b[0..n) that may start a break: at a
 * break character itself where 18 bytes are left, else at one of its
 * first bytes (break_at() decides).  Every byte of a text passes here:
 * with AVX2, where the processor has it, 32 at a time.
 */
static inline size_t
skip_nobreak(const unsigned char *b, size_t i, size_t n)
{
#ifdef __SSE2__
	unsigned int	 bits;

#ifdef HAVE_AVX2_PATH
	if (have_avx2() && i + 34 <= n &&
	    (i = skip_nobreak32(b, i, n)) + 34 <= n)
		return i;
#endif
	for (; i + 18 <= n; i += 16)
		if ((bits = break_bits(b + i)) != 0)
			return i + (size_t)__builtin_ctz(bits);
#endif
	while (i + 4 <= n && !(break_lead[b[i]] | break_lead[b[i + 1]] |
	    break_lead[b[i + 2]] | break_lead[b[i + 3]]))
		i += 4;
	while (i < n && !break_lead[b[i]])
		i++;
	return i;
}

/*
 * Copy the string src into dst of size sz, cut to fit: snprintf's "%s"
 * without its cost (every figure copies names a few times).
 */
static void
scopy(char *dst, size_t sz, const char *src)
{
	size_t	 n = strlen(src);

	if (sz == 0)
		return;
	/* Cut to fit at a character's start: a name cut inside one would
	 * end in a lead byte whose continuation is the NUL. */
	if (n >= sz)
		for (n = sz - 1; n > 0 &&
		    ((unsigned char)src[n] & 0xc0) == 0x80;)
			n--;
	memmove(dst, src, n);
	dst[n] = '\0';
}

/* id = "np:" name, cut to fit. */
static void
np_id(char *id, size_t sz, const char *name)
{
	if (sz < 4)
		return;
	memcpy(id, "np:", 3);
	scopy(id + 3, sz - 3, name);
}

/* Start of the character before position i. */
static size_t
prevc(const char *b, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)b[i] & 0xc0) == 0x80)
		i--;
	return i;
}

static int
is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Sentence ends: 。！？!? and paragraph breaks. */
static size_t
sentence_end(const char *p, size_t n)
{
	int	 l;

	if (n == 0)
		return 0;
	if (*p == '\n' || *p == '!' || *p == '?')
		return 1;
	if ((l = lit(p, n, "。")) || (l = lit(p, n, "！")) ||
	    (l = lit(p, n, "？")))
		return (size_t)l;
	return 0;
}

/* The first bytes of clause marks: , ; : ( ) and 0xe2 0xe3 0xef. */
static const unsigned char mark_lead[256] = {
	[','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1,
	[0xe2] = 1,	/* “ ” —— */
	[0xe3] = 1,	/* 、 《 》 */
	[0xef] = 1,	/* ， ； ： （ ） */
};

/* Clause marks inside a sentence. */
static size_t
clause_mark(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	/* ，、；：（）“”《》—— and , ; : ( ), by their bytes.  (A comma
	 * between digits, a thousands separator, is the caller's.) */
	if (n == 0 || !mark_lead[u[0]])
		return 0;
	switch (u[0]) {
	case 0xef:	/* ， ； ： （ ） */
		return n >= 3 && u[1] == 0xbc && (u[2] == 0x8c ||
		    u[2] == 0x9b || u[2] == 0x9a || u[2] == 0x88 ||
		    u[2] == 0x89) ? 3 : 0;
	case 0xe3:	/* 、 《 》 */
		return n >= 3 && u[1] == 0x80 && (u[2] == 0x81 ||
		    u[2] == 0x8a || u[2] == 0x8b) ? 3 : 0;
	case 0xe2:	/* “ ” —— */
		if (n < 3 || u[1] != 0x80)
			return 0;
		if (u[2] == 0x9c || u[2] == 0x9d)
			return 3;
		return u[2] == 0x94 && lit(p + 3, n - 3, "—") ? 6 : 0;
	default:	/* , ; : ( ) */
		return u[0] == ',' || u[0] == ';' || u[0] == ':' ||
		    u[0] == '(' || u[0] == ')';
	}
}

/* A word of comparison at p (n bytes): 快于, 高于, 低于, 慢于, 好于. */
static int
gap_word(const char *p, size_t n)
{
	return lit(p, n, "快于") || lit(p, n, "高于") || lit(p, n, "低于") ||
	    lit(p, n, "慢于") || lit(p, n, "好于");
}

/* An age at p: 80岁.  Its length, or 0. */
static size_t
age(const char *p, size_t n)
{
	size_t	 i = 0;

	while (i < n && i < 3 && p[i] >= '0' && p[i] <= '9')
		i++;
	return i > 0 && lit(p + i, n - i, "岁") ? i + 3 : 0;
}

/* A short quoted name at p: “鱼混+”.  Its length with the quotes, or 0. */
static size_t
quoted_name(const char *p, size_t n)
{
	size_t	 i;

	int		 title;

	if (lit(p, n, "“"))
		title = 0;
	else if (lit(p, n, "《"))	/* 《世界城市名册》: a title too */
		title = 1;
	else
		return 0;
	for (i = 3; i < n && i < 64; i++) {
		/* (Every mark below starts with E2, E3 or EF.) */
		if ((unsigned char)p[i] != 0xe2 && (unsigned char)p[i] != 0xe3 &&
		    (unsigned char)p[i] != 0xef)
			continue;
		if (title ? lit(p + i, n - i, "》") : lit(p + i, n - i, "”"))
			return i + 3;
		if (lit(p + i, n - i, "“") || lit(p + i, n - i, "《") ||
		    lit(p + i, n - i, "。") || lit(p + i, n - i, "，"))
			return 0;
	}
	return 0;
}

static int
span_add(struct ctx *c, const struct span *s)
{
	struct span	*ns;
	size_t		 ncap;

	if (c->spsz == c->spcap) {
		ncap = c->spcap ? c->spcap * 2 : 64;
		if ((ns = reallocarray(c->sp, ncap, sizeof(*ns))) == NULL)
			return SB_ENOMEM;
		c->sp = ns;
		c->spcap = ncap;
	}
	c->sp[c->spsz++] = *s;
	return SB_OK;
}

/* Region pronouns: 我市 本市 全市 (home), 我省 全省 (province), 该区 ... */
struct pron {
	struct word	 w;
	int		 level;
};
static const struct pron pron_wo[] = {
	{ W("我市"), 1 }, { W("我省"), 2 }, { W("我区"), 3 }, { W("我县"), 3 },
	{ { NULL, 0 }, 0 }
};
static const struct pron pron_ben[] = {
	{ W("本市"), 1 }, { W("本省"), 2 }, { W("本区"), 3 }, { W("本县"), 3 },
	{ { NULL, 0 }, 0 }
};
static const struct pron pron_quan[] = {
	{ W("全市"), 1 }, { W("全省"), 2 }, { W("全区"), 3 }, { W("全县"), 3 },
	{ W("全村"), 4 }, { W("全镇"), 3 }, { W("全乡"), 3 }, { { NULL, 0 }, 0 }
};
static const struct pron pron_gai[] = {
	{ W("该市"), 1 }, { W("该省"), 2 }, { W("该区"), 3 }, { W("该县"), 3 },
	{ W("该公司"), 4 }, { W("该企业"), 4 }, { W("该厂"), 4 },
	{ W("该矿"), 4 }, { W("该村"), 4 }, { W("该社区"), 4 },
	{ W("该集团"), 4 }, { W("该镇"), 3 }, { W("该乡"), 3 },
	{ { NULL, 0 }, 0 }
};

/* 中方, the Chinese side of an exchange: the body the story is about. */
static const struct pron pron_zhong[] = {
	{ W("中方"), 5 }, { { NULL, 0 }, 0 }
};

static size_t
pronoun(const char *p, size_t n, int *level)
{
	/* The words by the character they start with. */
	static const struct {
		uint32_t		 cp;
		const struct pron	*w;
	} first[] = {
		{ 0x6211, pron_wo }, { 0x672c, pron_ben }, { 0x5168, pron_quan },
		{ 0x8be5, pron_gai }, { 0x4e2d, pron_zhong }	/* 我本全该中 */
	};
	const struct pron *w = NULL;
	uint32_t	 cp = n >= 3 ? cp_at(p) : 0;
	size_t		 l, i;

	for (i = 0; i < sizeof(first) / sizeof(first[0]); i++)
		if (first[i].cp == cp)
			w = first[i].w;
	if (w == NULL)
		return 0;
	for (; w->w.s != NULL; w++)
		if ((l = wlit(p, n, &w->w)) > 0) {
			*level = w->level;
			return l;
		}
	return 0;
}

/*
 * A government body of the home city, province or county named by its
 * level alone at the start of a clause: 市科技局, 省卫健委, 县人民政府.
 * It speaks for that place like 我市.  Returns the length of 市, 省 or
 * 县 (the rest stays text for the name) and the level, or 0.
 */
static size_t
gov_body(const struct ctx *c, size_t s0, size_t i, size_t s1, int *level)
{
	static const struct word bodies[] = {
		W("局"), W("委"), W("厅"), W("办"), W("人民政府"), W("政府"),
		W("中心"), { NULL, 0 }
	};
	const char	*b = c->t->buf;
	size_t		 j, lim, l;

	if (lit(b + i, s1 - i, "市"))
		*level = 1;
	else if (lit(b + i, s1 - i, "省"))
		*level = 2;
	else if (lit(b + i, s1 - i, "县"))
		*level = 3;
	else
		return 0;
	/* After a mark or at the start, not inside a name (太原市). */
	if (i > s0 && !(CLS(c, cp_at(b + prevc(b, i))) & CL_MARK) &&
	    b[prevc(b, i)] != ' ')
		return 0;
	lim = i + 3 + 7 * 3 < s1 ? i + 3 + 7 * 3 : s1;
	/* The whole body is the span: 住建局 is no part of a figure's
	 * name (市住建局共完成改造项目126个). */
	for (j = i + 6; j < lim; j += clen(b + j))
		if ((l = first_word(b + j, s1 - j, bodies)) > 0 &&
		    !lit(b + j, s1 - j, "办法"))
			return j + l - i;
	return 0;
}

/*
 * May a word of lexicon type start at p (n bytes)?  The map and the
 * filters answer before a trie is walked: most positions start none.
 */
static inline int
lex_may(const struct ctx *c, enum sb_lex_type type, const char *p, size_t n)
{
	uint32_t	 cp;

	return n > 0 && ((cp = cp_at(p)) >= 0x10000 || (c->firstmap[cp >> 3] >>
	    (cp & 7) & 1)) && (sb_lex_starts_at(c->lx, cp, p, n) &
	    (1u << type));
}

/* Cue entry of a given type ("qual", "post", "dir", ...) at p, or 0. */
static size_t
cue_at(const struct ctx *c, const char *p, size_t n, const char *type,
    const struct sb_lex_entry **e)
{
	const struct sb_lex_entry *ce;
	size_t	 l;

	if (!lex_may(c, SB_LEX_CUE, p, n) || (l = sb_lex_match(c->lx, SB_LEX_CUE, p, n, &ce)) == 0 ||
	    strcmp(ce->a, type) != 0)
		return 0;
	*e = ce;
	return l;
}

static int
qual_of(const char *name)
{
	if (STREQ(name, "approx"))
		return SB_QUAL_APPROX;
	if (STREQ(name, "over"))
		return SB_QUAL_OVER;
	if (STREQ(name, "under"))
		return SB_QUAL_UNDER;
	return SB_QUAL_EXACT;
}

/* Words that end a duration or a date, never a quantity's unit. */
static int
time_word(const char *p, size_t n)
{
	uint32_t	 cp;

	return n >= 3 && (cp = cp_at(p)) < 0x10000 && (time_first[cp >> 3] >>
	    (cp & 7) & 1) && indexed_word(p, n, time_words, time_idx,
	    time_n) > 0;
}

/* 个方面, 方面 after a number: the aspects of a plan, not data. */
static int
aspects(const char *p, size_t n)
{
	if (lit(p, n, "个"))
		p += 3, n -= 3;
	return lit(p, n, "方面") > 0;
}

/* Does the clause at p end with 之一 (12个重大课题之一) within 12 chars? */
static int
one_of(const char *p, size_t n)
{
	size_t	 i;

	if (lit(p, n, "分之"))
		return 0;	/* 四分之一 is a fraction */
	/* Most clauses hold no 之 at all: one search for it (a 之 at 35
	 * ends by 38) spares the walk, a few calls a character, at every
	 * figure. */
	if (find3(p, n < 38 ? n : 38, "之") == NULL)
		return 0;
	for (i = 0; i < n && i < 36; i += clen(p + i)) {
		if (clause_mark(p + i, n - i) || sentence_end(p + i, n - i))
			return 0;
		if (lit(p + i, n - i, "之一"))
			return 1;
	}
	return 0;
}

/* After 第N: an edition or a tier (个, 届, 次, 批, 方阵, 梯队), no rank. */
static int
edition(const char *p, size_t n)
{
	static const struct word w[] = {
		W("个"), W("届"), W("次"), W("批"), W("期"), W("轮"), W("方阵"),
		W("梯队"), W("阶段"), W("季"), W("条"), W("项"), W("号"), { NULL, 0 }
	};

	return first_word(p, n, w) > 0;
}

/*
 * Read the unit after a numeral ending at j: [多余] [万|亿...] [多余]
 * unit [左右|以上|...].  Fills f and returns 1, or 0 when no unit.
 */
static int
read_unit(const struct ctx *c, size_t j, int chinese, struct fig *f)
{
	const char	*b = c->t->buf;
	size_t		 n = c->t->len, l, us;
	const struct sb_lex_entry *e, *ce;
	double		 scale = 1;
	char		 scalew[16] = "";

	f->qual = SB_QUAL_EXACT;
	if ((l = lit(b + j, n - j, "多")) || (l = lit(b + j, n - j, "余"))) {
		f->qual = SB_QUAL_OVER;
		j += l;
	}
	if (time_word(b + j, n - j))
		return 0;
	if ((l = sb_number_scale(b + j, n - j, &scale)) > 0) {
		memcpy(scalew, b + j, l);
		scalew[l] = '\0';
		j += l;
	}
	if ((l = lit(b + j, n - j, "多")) || (l = lit(b + j, n - j, "余"))) {
		f->qual = SB_QUAL_OVER;
		j += l;
	}
	/* A PDF paragraph break between a number and its unit. */
	us = j;
	if (b[j] == '\n' && j + 1 < n)
		us = j + 1;
	if (!lex_may(c, SB_LEX_UNIT, b + us, n - us) || (l = sb_lex_match(c->lx,
	    SB_LEX_UNIT, b + us, n - us, &e)) == 0) {
		if (scale != 1 || us != j)
			return 0;
		return 0;
	}
	if (us != j && !STREQ(e->b, "level"))
		return 0;
	/* 个 before 季度 or 小时 is a duration (个月 is one of time_words);
	 * not so 个 before 日间照料中心, 点位 or 年度项目, words that only
	 * begin with a time. */
	if (STREQ(e->b, "count") && first_word(b + us + l, n - us - l,
	    unit_durations) > 0)
		return 0;
	if (chinese && STREQ(e->b, "count") && scale == 1)
		return 0;	/* 三个方面, 两项制度: prose, not data */
	/* 五方面, 十方街: 方 is a cubic metre only after digits, and not
	 * in 方面, 方案, 方式, 方向, 方法. */
	if (STREQ(e->word, "方") && (chinese || lit(b + us + l,
	    n - us - l, "面") || lit(b + us + l, n - us - l, "案") ||
	    lit(b + us + l, n - us - l, "式") || lit(b + us + l, n - us - l,
	    "向") || lit(b + us + l, n - us - l, "法")))
		return 0;
	/* (By hand: snprintf here cost more than the rest of the unit.) */
	{
		size_t	 sl = strlen(scalew), wl = strlen(e->word);

		if (sl + wl >= sizeof(f->unit))
			wl = sl >= sizeof(f->unit) - 1 ? 0 :
			    sizeof(f->unit) - 1 - sl;
		if (sl > sizeof(f->unit) - 1)
			sl = sizeof(f->unit) - 1;
		memcpy(f->unit, scalew, sl);
		memcpy(f->unit + sl, e->word, wl);
		f->unit[sl + wl] = '\0';
	}
	f->base = e->a;
	f->factor = e->factor * scale;
	f->kind = STREQ(e->b, "count") ? SB_KIND_COUNT :
	    STREQ(e->b, "share") ? SB_KIND_SHARE :
	    STREQ(e->b, "growth") ? SB_KIND_GROWTH :
	    STREQ(e->b, "rank") ? SB_KIND_RANK : SB_KIND_LEVEL;
	if (f->kind == SB_KIND_RANK) {
		f->rank = 1;
		f->qual = SB_QUAL_UNDER;	/* 50强: within the top 50 */
	}
	j = us + l;
	if ((l = cue_at(c, b + j, n - j, "post", &ce)) > 0) {
		f->qual = qual_of(ce->b);
		j += l;
	}
	f->unit_end = j;
	return 1;
}

/* Is the two-character word at p one a cue ends (签约, 附近, 赶超)? */
static int
bound_word(const char *p)
{
	static const struct word w[] = {
		W("签约"), W("节约"), W("制约"), W("公约"), W("预约"),
		W("合约"), W("契约"), W("邀约"), W("集约"), W("履约"),
		W("附近"), W("最近"), W("临近"), W("靠近"), W("邻近"),
		W("赶超"), W("高超"), { NULL, 0 }
	};
	int		 i;

	for (i = 0; w[i].s != NULL; i++)
		if (memcmp(p, w[i].s, 6) == 0)
			return 1;
	return 0;
}

/*
 * Is the one-character cue at k (length l) the end of a word (签约, 节约,
 * 附近, 最近)?  Then it qualifies nothing.
 */
static int
word_tail(const struct ctx *c, size_t k, size_t l)
{
	return l == 3 && k >= 3 && bound_word(c->t->buf + k - 3);
}

/* The qualifier cue that ends at (or one character before) i, if any. */
static int
qual_before(const struct ctx *c, size_t i)
{
	const char	*b = c->t->buf;
	const struct sb_lex_entry *e;
	size_t		 k, l, lo = i > 12 ? i - 12 : 0;

	for (k = lo; k < i; k++) {
		if (((unsigned char)b[k] & 0xc0) == 0x80)
			continue;
		if ((l = cue_at(c, b + k, i - k, "qual", &e)) > 0 &&
		    (k + l == i || (k + l + 3 == i &&
		    (lit(b + k + l, 3, "为") || lit(b + k + l, 3, "是") ||
		    lit(b + k + l, 3, "达")))) && !word_tail(c, k, l))
			return qual_of(e->b);
	}
	return -1;
}

/*
 * Does a cue of type (kind, rank) occur in [from, to), with value when
 * not NULL (kind share: 占, 比重, 占比; rank: 排名, 位居)?
 */
static int
cue_context(const struct ctx *c, size_t from, size_t to, const char *type,
    const char *value)
{
	const char	*b = c->t->buf;
	const struct sb_lex_entry *e;
	size_t		 k;

	for (k = from; k < to; k++)
		if (((unsigned char)b[k] & 0xc0) != 0x80 &&
		    cue_at(c, b + k, to - k, type, &e) > 0 &&
		    (value == NULL || strcmp(e->b, value) == 0))
			return 1;
	return 0;
}

/*
 * Does an index's name end right before i: 综合指数4.75, 指数为100.3,
 * 居民消费价格指数（CPI）为100.3?  An index has no unit.
 */
static int
index_before(const char *b, size_t i)
{
	size_t	 j;

	if (i >= 3 && (lit(b + i - 3, 3, "为") || lit(b + i - 3, 3, "是") ||
	    lit(b + i - 3, 3, "达")))
		i -= 3;
	/* A note in brackets between: （CPI）. */
	if (i >= 3 && (lit(b + i - 3, 3, "）") || b[i - 1] == ')')) {
		for (j = i - (b[i - 1] == ')' ? 1 : 3); j > 0 && j + 30 > i;
		    j--)
			if (lit(b + j, i - j, "（") || b[j] == '(')
				break;
		if (j == 0 || j + 30 <= i)
			return 0;
		i = j;
	}
	return i >= 6 && lit(b + i - 6, 6, "指数");
}

/* Does 寿命 or 年龄 end right before i, or before 达到, 为 ... there? */
static int
age_before(const char *b, size_t s0, size_t i)
{
	static const struct word verb[] = {
		W("提高到"), W("提高至"), W("达到"), W("为"), W("是"), W("达"),
		{ NULL, 0 }
	};
	int	 k;

	for (k = 0; verb[k].s != NULL; k++)
		if (i >= s0 + verb[k].len && memcmp(b + i - verb[k].len,
		    verb[k].s, verb[k].len) == 0) {
			i -= verb[k].len;
			break;
		}
	return i >= s0 + 6 && (lit(b + i - 6, 6, "寿命") ||
	    lit(b + i - 6, 6, "年龄"));
}

/*
 * Can the numeral at [i, j) be a figure, by what comes after it (read
 * past the sentence, as read_unit() does: 推进1000⏎亩)?  A unit (past 多, 余 and a scale word, as
 * read_unit() skips them), 半, 分之, a range mark, 微克 or 毫克 (after
 * 每立方米), or 指数 before it.  Read_figure asks before the rest of
 * its rules, which cost more; 1 when it may.
 */
static int
figure_may_follow(const struct ctx *c, size_t i, size_t j, double value)
{
	const char	*b = c->t->buf;
	const struct sb_lex_entry *e;
	size_t		 n = c->t->len, l, j0 = j, sl;
	double		 scale = 1;

	if (b[j] == '-' || b[j] == '~' || lit(b + j, n - j, "—") ||
	    lit(b + j, n - j, "至") || lit(b + j, n - j, "到") ||
	    lit(b + j, n - j, "半") || lit(b + j, n - j, "分") ||
	    lit(b + j, n - j, "微") || lit(b + j, n - j, "毫") ||
	    index_before(b, i))
		return 1;
	if ((l = lit(b + j, n - j, "多")) || (l = lit(b + j, n - j, "余")))
		j += l;
	j += sl = sb_number_scale(b + j, n - j, &scale);
	if ((l = lit(b + j, n - j, "多")) || (l = lit(b + j, n - j, "余")))
		j += l;
	if (b[j] == '\n' && j + 1 < n)
		j++;
	if (!lex_may(c, SB_LEX_UNIT, b + j, n - j))
		return 0;
	/* 一个, 两项, 五次: a numeral in words under 20 before a count,
	 * with no magnitude, is prose.  read_unit() says so too, but after
	 * the rules between; only an age (十八岁) would go on from there,
	 * and 岁 is no count. */
	if (value < 20 && sl == 0 && !lit(b + j0, n - j0, "岁") &&
	    sb_lex_match(c->lx, SB_LEX_UNIT, b + j, n - j, &e) > 0 &&
	    STREQ(e->b, "count"))
		return 0;
	return 1;
}

/*
 * Try to read a figure at position i of the sentence [s0, s1).
 * Returns the bytes consumed (0: no figure here) and fills sp.
 */
static size_t
read_figure(struct ctx *c, size_t s0, size_t s1, size_t i, struct span *sp)
{
	const char	*b = c->t->buf;
	struct sb_num	 num, num2;
	struct fig	*f = &sp->fig;
	size_t		 l, j, p, k, l2;
	int		 ordinal = 0, front = 0, q, negative = 0, signed_ = 0;
	double		 scale;

	p = prevc(b, i);
	/* 5573.7亿元（+5.1%）: a sign right after a bracket is a change. */
	if (i > s0 && (b[p] == '+' || b[p] == '-') && p > s0 &&
	    (lit(b + prevc(b, p), p - prevc(b, p), "（") ||
	    b[prevc(b, p)] == '('))
		signed_ = 1;
	/* -0.8%: a minus sign that follows no digit or letter. */
	if (i > s0 && b[p] == '-' && (p == s0 ||
	    !is_alnum((unsigned char)b[prevc(b, p)])))
		negative = 1;
	else if (i > s0 && b[p] == '+' && signed_)
		;
	else if (i > s0 && (is_alnum((unsigned char)b[p]) || b[p] == '.' ||
	    b[p] == '+' || b[p] == '-' || b[p] == '_' || b[p] == '/'))
		return 0;
	if (i > s0 && lit(b + p, i - p, "第"))
		ordinal = 1;
	if (i > s0 && lit(b + p, i - p, "前"))
		front = 1;
	l = sb_number_parse(b + i, s1 - i, &num);
	if (l == 0 && sb_number_scale(b + i, s1 - i, &scale) == 0)
		return 0;
	/* Most characters that may start a numeral start none. */
	memset(sp, 0, sizeof(*sp));
	sp->type = SP_FIG;
	if (l == 0) {
		/* 达到万亩, 近亿元: a magnitude with no digit before it. */
		if (sb_number_scale(b + i, s1 - i, &scale) == 0 ||
		    qual_before(c, i) < 0)
			return 0;
		num.value = 1;
		num.flags = SB_NUM_IMPLIED;
		l = 0;
	}
	j = i + l;
	if (j < s1 && (is_alpha((unsigned char)b[j]) || b[j] == '+' ||
	    (b[j] == '.' && j + 1 < s1 && is_alnum((unsigned char)b[j + 1]))))
		return 0;	/* 5G, 2+26, C919, version numbers */
	if ((num.flags & SB_NUM_IMPLIED) && l > 0 && qual_before(c, i) < 0)
		return 0;	/* 千 alone is a word, not a number */
	/* 进一步, 一体化, 三农: most numerals in words end in no unit. */
	if ((num.flags & SB_NUM_CHINESE) && !ordinal && !front &&
	    !figure_may_follow(c, i, j, num.value))
		return 0;
	f->value = f->value_hi = num.value;
	f->sign = 1;
	/* 清零: the digit 零 alone counts nothing. */
	if ((num.flags & SB_NUM_CHINESE) && num.value == 0)
		return 0;
	/* 16个方面, 五方面: prose.  12个重大课题之一: one of them. */
	if (aspects(b + j, s1 - j) || one_of(b + j, s1 - j))
		return 0;
	/* 第一、二、三产业: ordinals listed name things. */
	if (ordinal && lit(b + j, s1 - j, "、") && j + 3 < s1 &&
	    (CLS(c, cp_at(b + j + 3)) & CL_NUM))
		return 0;
	if (ordinal || front) {
		/* 第32位, 排名第一, 全国第二, 前5位; other ordinals are names:
		 * 第21个“公民道德宣传日”, 第一方阵. */
		int	 hasunit = lit(b + j, s1 - j, "位") ||
		    lit(b + j, s1 - j, "名");

		if (ordinal && !hasunit && edition(b + j, s1 - j))
			return 0;

		if (!hasunit && (front || !cue_context(c, i > s0 +
		    CONTEXT_BYTES ? i - CONTEXT_BYTES : s0, i + l + 12 >
		    s1 ? s1 : i + l + 12, "rank", NULL)) && !(ordinal &&
		    p >= s0 + 6 &&
		    (lit(b + p - 6, 6, "全国") || lit(b + p - 6, 6, "全省") ||
		    lit(b + p - 6, 6, "全市"))))
			return 0;
		if (lit(b + j, s1 - j, "位") && !ordinal && !front)
			return 0;
		scopy(f->unit, sizeof(f->unit), hasunit ?
		    (lit(b + j, s1 - j, "位") ? "位" : "名") : "名");
		f->base = "名";
		f->factor = 1;
		f->kind = SB_KIND_RANK;
		f->rank = 1;
		f->qual = front ? SB_QUAL_UNDER : SB_QUAL_EXACT;
		f->unit_end = j + (hasunit ? 3 : 0);
		return f->unit_end - i;
	}
	if ((num.flags & SB_NUM_CHINESE) && lit(b + j, s1 - j, "半")) {
		/* 一半: half, as a share of 50 %. */
		if (num.value != 1)
			return 0;
		snprintf(f->unit, sizeof(f->unit), "%%");
		f->value = f->value_hi = 50;
		f->base = "%";
		f->factor = 1;
		f->kind = SB_KIND_SHARE;
		f->qual = SB_QUAL_EXACT;
		f->unit_end = j + 3;
		goto found;	/* (近一半: under) */
	}
	/*
	 * 二十五分之一, 1/4: a fraction is a share of a whole, reported as
	 * a figure when the clause says so (占, 比重); "as thick as 1/25 of
	 * a sheet" is a comparison, not a statistic.
	 */
	if ((lit(b + j, s1 - j, "分之") || b[j] == '/') &&
	    !cue_context(c, i > s0 + CONTEXT_BYTES ? i - CONTEXT_BYTES :
	    s0, i, "kind", "share"))
		return 0;
	if (lit(b + j, s1 - j, "分之") && num.value > 0) {
		k = j + 6;
		if ((l2 = sb_number_parse(b + k, s1 - k, &num2)) > 0 &&
		    num2.value <= num.value) {
			f->value = f->value_hi = num2.value / num.value * 100;
			snprintf(f->unit, sizeof(f->unit), "%%");
			f->base = "%";
			f->factor = 1;
			f->kind = SB_KIND_SHARE;
			f->qual = SB_QUAL_EXACT;
			f->unit_end = k + l2;
			goto found;
		}
	}
	if (b[j] == '/' && j + 1 < s1 && b[j + 1] >= '1' && b[j + 1] <= '9' &&
	    (num.flags & SB_NUM_ARABIC) && num.decimals == 0) {
		k = j + 1;
		if ((l2 = sb_number_parse(b + k, s1 - k, &num2)) > 0 &&
		    num2.decimals == 0 && num2.value >= num.value &&
		    num2.value <= 100 && !(k + l2 < s1 &&
		    (is_alnum((unsigned char)b[k + l2]) || b[k + l2] == '/'))) {
			f->value = f->value_hi = num.value / num2.value * 100;
			snprintf(f->unit, sizeof(f->unit), "%%");
			f->base = "%";
			f->factor = 1;
			f->kind = SB_KIND_SHARE;
			f->qual = SB_QUAL_EXACT;
			f->unit_end = k + l2;
			goto found;
		}
	}
	/* 每立方米46微克: a concentration written per unit first. */
	if ((lit(b + j, s1 - j, "微克") || lit(b + j, s1 - j, "毫克")) &&
	    i >= 12 && lit(b + i - 12, 12, "每立方米")) {
		int	 milli = lit(b + j, s1 - j, "毫克") > 0;

		scopy(f->unit, sizeof(f->unit), milli ?
		    "毫克/立方米" : "微克/立方米");
		f->base = "µg/m³";
		f->factor = milli ? 1000 : 1;
		f->kind = SB_KIND_LEVEL;
		f->qual = SB_QUAL_EXACT;
		f->unit_end = j + 6;
		goto found;
	}
	/* Range: 30-90元, 4.5%—5%, 3至5个. */
	/* (四十二家, 一千余家: a numeral in words of 20 or more counts.) */
	if (!read_unit(c, j, (num.flags & SB_NUM_CHINESE) != 0 &&
	    num.value < 20, f)) {
		k = j;
		if (b[k] == '-' || b[k] == '~' || lit(b + k, s1 - k, "—") ||
		    lit(b + k, s1 - k, "至") || lit(b + k, s1 - k, "到")) {
			k += clen(b + k);
			if (lit(b + k, s1 - k, "—"))
				k += 3;
			if ((l2 = sb_number_parse(b + k, s1 - k, &num2)) > 0 &&
			    num2.value > num.value &&
			    read_unit(c, k + l2, 0, f)) {
				f->value_hi = num2.value;
				goto found;
			}
		}
		/* 人均预期寿命达到79.2岁, 平均年龄为38岁: an age measured
		 * (80岁以上老年人 is a word). */
		if (lit(b + j, s1 - j, "岁") && age_before(b, s0, i)) {
			snprintf(f->unit, sizeof(f->unit), "岁");
			f->base = "岁";
			f->factor = 1;
			f->kind = SB_KIND_LEVEL;
			f->qual = SB_QUAL_EXACT;
			f->unit_end = j + 3;
			goto found;
		}
		/* 空气质量综合指数4.75: an index has no unit. */
		if (index_before(b, i)) {
			f->unit[0] = '\0';
			f->base = "";
			f->factor = 1;
			f->kind = SB_KIND_LEVEL;
			f->qual = SB_QUAL_EXACT;
			f->unit_end = j;
			goto found;
		}
		return 0;
	}
	k = f->unit_end;
	if (b[k] == '-' || b[k] == '~' || lit(b + k, s1 - k, "—") ||
	    lit(b + k, s1 - k, "至")) {
		struct fig	 f2;

		k += clen(b + k);
		if (lit(b + k, s1 - k, "—"))
			k += 3;
		if ((l2 = sb_number_parse(b + k, s1 - k, &num2)) > 0 &&
		    num2.value > num.value && read_unit(c, k + l2, 0, &f2) &&
		    strcmp(f2.unit, f->unit) == 0) {
			f->value_hi = num2.value;
			f->unit_end = f2.unit_end;
		}
	}
found:
	if (f->kind == SB_KIND_COUNT && (lit(f->unit, sizeof(f->unit), "名") ||
	    lit(f->unit, sizeof(f->unit), "位")) && cue_context(c,
	    i > s0 + CONTEXT_BYTES ? i - CONTEXT_BYTES : s0, i, "rank",
	    NULL)) {
		/* 从223名上升到139名 */
		f->kind = SB_KIND_RANK;
		f->base = "名";
		f->rank = 1;
	}
	if ((q = qual_before(c, i)) >= 0 && f->qual == SB_QUAL_EXACT)
		f->qual = q;
	if (negative) {
		f->value = -f->value;
		f->value_hi = -f->value_hi;
	}
	if (signed_ && (STREQ(f->base, "%") || STREQ(f->base, "百分点")))
		f->kind = SB_KIND_GROWTH;
	return f->unit_end - i;
}

/* 翻了一番, 翻两番: output doubles n times, growth (2^n - 1) * 100 %. */
static size_t
read_fan(struct ctx *c, size_t i, size_t s1, struct span *sp)
{
	const char	*b = c->t->buf;
	size_t		 j = i, l;
	struct sb_num	 num;

	if (!lit(b + j, s1 - j, "翻"))
		return 0;
	j += 3;
	if (lit(b + j, s1 - j, "了"))
		j += 3;
	if ((l = sb_number_parse(b + j, s1 - j, &num)) == 0 ||
	    num.value < 1 || num.value > 10 || !lit(b + j + l, s1 - j - l, "番"))
		return 0;
	memset(sp, 0, sizeof(*sp));
	sp->type = SP_FIG;
	sp->fig.value = sp->fig.value_hi = num.value;
	snprintf(sp->fig.unit, sizeof(sp->fig.unit), "番");
	sp->fig.base = "%";
	sp->fig.factor = (pow(2, num.value) - 1) * 100 / num.value;
	sp->fig.kind = SB_KIND_GROWTH;
	sp->fig.sign = 1;
	sp->fig.unit_end = j + l + 3;
	sp->start = j;
	return sp->fig.unit_end - i;
}

/* Characters that end a name when walking back from an org suffix. */
static int
name_stop(const char *p, size_t n)
{
	uint32_t	 cp;

	return n >= 3 && (cp = cp_at(p)) < 0x10000 && (stop_first[cp >> 3] >>
	    (cp & 7) & 1) ? (int)indexed_word(p, n, name_stops, stop_idx,
	    stop_n) : 0;
}

/* Kinds of place or enterprise that are no one's name. */
static int
generic_name(const char *p, size_t n)
{
	static const struct word w[] = {
		W("城中村"), W("自然村"), W("行政村"), W("示范村"), W("农村"), W("乡村"),
		W("新村"), W("居民小区"), W("老旧小区"), W("小区"), W("绿色工厂"), W("智能工厂"),
		W("示范工厂"), W("工厂"), W("企业"), W("公司"), W("集团"), W("社区"), W("村"),
		W("美丽乡村"), W("宜居示范村"), W("帮扶村"), W("脱贫村"), { NULL, 0 }
	};
	int	 i;

	/* ...农村, ...乡村, ...工厂: a kind of place, never a name. */
	if (n >= 6 && (memcmp(p + n - 6, "农村", 6) == 0 ||
	    memcmp(p + n - 6, "乡村", 6) == 0 ||
	    memcmp(p + n - 6, "工厂", 6) == 0))
		return 1;
	for (i = 0; w[i].s != NULL; i++)
		if (w[i].len == n && memcmp(p, w[i].s, n) == 0)
			return 1;
	/* 大型商业银行, 国有企业, 重点企业: a kind, not a name. */
	if (n > 6 && (memcmp(p, "大型", 6) == 0 || memcmp(p, "国有", 6) == 0 ||
	    memcmp(p, "民营", 6) == 0 || memcmp(p, "中小", 6) == 0 ||
	    memcmp(p, "重点", 6) == 0 || memcmp(p, "骨干", 6) == 0 ||
	    memcmp(p, "龙头", 6) == 0 || memcmp(p, "各类", 6) == 0 ||
	    memcmp(p, "规上", 6) == 0))
		return 1;
	/* 三家村, 十个社区: a count, not a name. */
	return (unsigned char)p[0] >= 0xe3 && n >= 6 &&
	    (lit(p + 3, n - 3, "家") || lit(p + 3, n - 3, "个"));
}

/* After an org suffix: does the word go on (村民, 厂房, 社区食堂)? */
static int
continues_word(const char *p, size_t n)
{
	static const struct word w[] = {
		W("民"), W("委"), W("干部"), W("集体"), W("级"), W("里"), W("内"),
		W("庄"), W("落"), W("房"), W("长"), W("区"), W("业"), W("山"), W("井"),
		W("工"), W("食堂"), W("居民"), W("服务"), W("治理"), W("工作"), W("党"),
		W("医"), W("卫生"), W("养老"), W("道"), W("振兴"), W("建设"), W("经济"),
		W("产业"), { NULL, 0 }
	};
	return first_word(p, n, w) > 0;
}

/* 海子湾村党支部: the village's own party branch speaks for it. */
static int
party_branch(const char *p, size_t n)
{
	return lit(p, n, "党支部") || lit(p, n, "党总支") || lit(p, n, "党委");
}

/* How often the story named this organisation (pooled names). */
static int
org_mentions(const struct ctx *c, const char *name)
{
	size_t	 i;

	for (i = c->poolsz; i-- > 0 && i + 32 > c->poolsz;)
		if (c->pool[i] == name)
			return c->poolcnt[i];
	return 1;
}

/* Keep an org name for the article; returns the pooled copy or NULL. */
static const char *
pool_add(struct ctx *c, const char *p, size_t n)
{
	char	**np, *s;
	int	*nc;
	size_t	 i;

	for (i = c->poolsz; i-- > 0 && i + 32 > c->poolsz;)
		if (strlen(c->pool[i]) == n && memcmp(c->pool[i], p, n) == 0) {
			c->poolcnt[i]++;
			return c->pool[i];
		}
	if ((np = reallocarray(c->pool, c->poolsz + 1, sizeof(*np))) == NULL)
		return NULL;
	c->pool = np;
	if ((nc = reallocarray(c->poolcnt, c->poolsz + 1,
	    sizeof(*nc))) == NULL)
		return NULL;
	c->poolcnt = nc;
	c->poolcnt[c->poolsz] = 1;
	if ((s = strndup(p, n)) == NULL)
		return NULL;
	c->pool[c->poolsz++] = s;
	return s;
}

/*
 * The start of a name that begins at start, or earlier when places in
 * the form 中国(山西) or 中国（山西） come just before it: zones, teams and
 * programmes of the nation carry the province so (中国(山西)自由贸易试验
 * 区, 中国（山西）第N批援外医疗队).  The name then holds both places.
 */
static size_t
bracketed_places(const struct ctx *c, size_t s0, size_t start)
{
	const char	*b = c->t->buf;
	size_t		 k, close, open;
	const struct span *in = NULL, *out = NULL;

	if (start >= s0 + 1 && b[start - 1] == ')')
		close = 1;
	else if (start >= s0 + 3 && lit(b + start - 3, 3, "）"))
		close = 3;
	else
		return start;
	for (k = c->spsz; k-- > 0;) {
		const struct span *t = &c->sp[k];

		if (t->type == SP_DEAD || t->type == SP_DELIM)
			continue;
		if (in == NULL) {
			if (t->type != SP_REGION || t->level == 4 ||
			    t->end != start - close)
				return start;
			in = t;
			continue;
		}
		if (t->type != SP_REGION || t->level == 4)
			return start;
		out = t;
		break;
	}
	if (out == NULL || in->start < s0 + 1)
		return start;
	if (b[in->start - 1] == '(')
		open = 1;
	else if (in->start >= s0 + 3 && lit(b + in->start - 3, 3, "（"))
		open = 3;
	else
		return start;
	return out->end == in->start - open ? out->start : start;
}

static int	is_scope(const struct ctx *, size_t, size_t, size_t, size_t,
		    int);

static int	action_verb(const char *);

/*
 * An organisation ends at i with an org suffix of length l (公司, 村,
 * 社区 ...).  Walk back to the start of its name: to the last clause
 * mark, figure, period or cue of the sentence, or a word that cannot be
 * part of a name.  Enterprises keep a place at the front of their name
 * (山西电机制造有限公司); settlements do not (阳曲县西凌井乡海子湾村 is
 * 海子湾村).  Spans inside the name die.  Returns 1 if a span was added.
 */
static int
org_span(struct ctx *c, size_t s0, size_t i, size_t l, int settlement)
{
	const char	*b = c->t->buf;
	struct span	 sp;
	size_t		 start = s0, k, j, chars = 0, w;
	const char	*name;

	for (k = c->spsz; k-- > (c->spsz > CONTEXT_SPANS ?
	    c->spsz - CONTEXT_SPANS : 0);) {
		const struct span *t = &c->sp[k];

		if (t->type == SP_DEAD || t->type == SP_IND)
			continue;
		if (t->type == SP_REGION && !settlement && t->level != 4)
			continue;
		start = t->end;
		break;
	}
	/* A name is short: look no further back than 20 characters. */
	if (i - start > 60) {
		start = i - 60;
		while (start < i && ((unsigned char)b[start] & 0xc0) == 0x80)
			start++;
	}
	/* Walk forward from start past stop words to the name proper. */
	for (j = start; j < i; ) {
		/* “国网百强县公司”: a quoted name starts at its quote. */
		if (lit(b + j, i - j, "“")) {
			start = j + 3;
			j += 3;
			continue;
		}
		/* (建成示范村: a verb of what is done ends a name too.) */
		if ((w = name_stop(b + j, i - j)) > 0 || (i - j >= 6 &&
		    settlement && action_verb(b + j) && (w = 6))) {
			/* The name starts after a stop word; an enterprise
			 * keeps 省, 市, 县, 区 inside its name. */
			if (settlement || !(w == 3 && (lit(b + j, 3, "省") ||
			    lit(b + j, 3, "市") || lit(b + j, 3, "县") ||
			    lit(b + j, 3, "区"))))
				start = j + w;
			j += w;
			continue;
		}
		j += clen(b + j);
	}
	for (j = start; j < i; j += clen(b + j))
		chars++;
	/* 北格镇张村: a one-character village after its township. */
	if (chars == 1 && settlement && start >= s0 + 3 &&
	    (lit(b + start - 3, 3, "镇") || lit(b + start - 3, 3, "乡")))
		chars = 2;
	if (chars < 2 || chars > (settlement ? 6 : 14) ||
	    (unsigned char)b[start] < 0xe3)
		return 0;
	if (lit(b + start, i - start, "该") || lit(b + start, i - start, "各") ||
	    lit(b + start, i - start, "本") || lit(b + start, i - start, "这") ||
	    lit(b + start, i - start, "全") || lit(b + start, i - start, "此"))
		return 0;
	if (generic_name(b + start, i + l - start) ||
	    (continues_word(b + i + l, c->t->len - i - l) &&
	    !party_branch(b + i + l, c->t->len - i - l)))
		return 0;
	/* A settlement's name follows a place, a mark or a clause start. */
	if (settlement && start != s0 && start > 0 &&
	    !clause_mark(b + prevc(b, start), start - prevc(b, start)) &&
	    !lit(b + prevc(b, start), 3, "乡") &&
	    !lit(b + prevc(b, start), 3, "镇") &&
	    !lit(b + prevc(b, start), 3, "县") &&
	    !lit(b + prevc(b, start), 3, "区") &&
	    !lit(b + prevc(b, start), 3, "市"))
		return 0;
	j = start;
	start = bracketed_places(c, s0, start);
	if ((name = pool_add(c, b + start, i + l - start)) == NULL)
		return -1;
	/* The spans inside the name are gone, its brackets too. */
	for (k = c->spsz; k-- > 0 && c->sp[k].start >= start;)
		if (c->sp[k].type != SP_DELIM || c->sp[k].start < j)
			c->sp[k].type = SP_DEAD;
	memset(&sp, 0, sizeof(sp));
	sp.type = SP_REGION;
	sp.start = start;
	sp.end = i + l;
	sp.region = name;
	sp.level = 4;
	sp.scope = is_scope(c, s0, start, i + l, c->t->len, 0);
	return span_add(c, &sp) == SB_OK ? 1 : -1;
}

/* Is the region span just added a scope (全国第二) or venue (在北京)? */
static int
is_scope(const struct ctx *c, size_t s0, size_t start, size_t end, size_t s1,
    int wide)
{
	const char	*b = c->t->buf;
	size_t		 p = prevc(b, start);
	struct sb_period per;

	size_t		 k, e;

	/* 中国·太原, 中国（山西）, “中国创翼”: part of a name; 山西中部城市群:
	 * an area of its own. */
	if (lit(b + end, s1 - end, "·") || lit(b + end, s1 - end, "（") ||
	    b[end] == '(' || ((lit(b + end, s1 - end, "中") ||
	    lit(b + end, s1 - end, "东") || lit(b + end, s1 - end, "西") ||
	    lit(b + end, s1 - end, "南") || lit(b + end, s1 - end, "北")) &&
	    lit(b + end + 3, s1 - end - 3, "部")))
		return 1;
	if (start > s0 && (lit(b + p, start - p, "“") || lit(b + p,
	    start - p, "《") || lit(b + p, start - p, "「")) &&
	    !lit(b + end, s1 - end, "”") && !lit(b + end, s1 - end, "》"))
		return 1;
	/* 全国第二, 全市增幅排名第一, 全省最大: the scope of a rank; 占全省,
 * 从国网太原电力公司获悉: a base or a source. */
	/* A nation or province may name the ranking first: 全国纳税人满意度
	 *调查省会城市前5位. */
	for (k = 0, e = end; k < (wide ? 16u : 4u) && e < s1; k++,
	    e += clen(b + e)) {
		uint32_t	 cp = cp_at(b + e);

		if ((CLS(c, cp) & CL_MARK) && clause_mark(b + e, s1 - e))
			break;
		/* By the first character: this runs for every place. */
		switch (cp) {
		case 0x524d:	/* 前5位, 前列 (not 前三季度, a time) */
			if ((e + 3 < s1 && (CLS(c, cp_at(b + e + 3)) &
			    CL_NUM) && sb_period_scan(b + e, s1 - e, &c->pub,
			    0, &per) == 0) || lit(b + e, s1 - e, "前列"))
				return 1;
			break;
		case 0x7b2c:	/* 第 */
		case 0x6700:	/* 最 */
			return 1;
		case 0x6392:	/* 排名, 排行 */
			if (lit(b + e, s1 - e, "排名") ||
			    lit(b + e, s1 - e, "排行"))
				return 1;
			break;
		case 0x540c:	/* 同类 */
			if (lit(b + e, s1 - e, "同类"))
				return 1;
			break;
		case 0x9996:	/* 首位, 首个, 首家 */
			if (lit(b + e, s1 - e, "首位") ||
			    lit(b + e, s1 - e, "首个") ||
			    lit(b + e, s1 - e, "首家"))
				return 1;
			break;
		case 0x5e73:	/* 平均 */
			if (lit(b + e, s1 - e, "平均"))
				return 1;
			break;
		case 0x9886:	/* 领先 */
			if (lit(b + e, s1 - e, "领先"))
				return 1;
			break;
		case 0x552f:	/* 唯一 */
			if (lit(b + e, s1 - e, "唯一"))
				return 1;
			break;
		default:
			break;
		}
	}
	if (start > s0 && (lit(b + p, start - p, "在") || lit(b + p,
	    start - p, "赴") || lit(b + p, start - p, "到") || lit(b + p,
	    start - p, "于") || lit(b + p, start - p, "与") || lit(b + p,
	    start - p, "同") || lit(b + p, start - p, "和") || lit(b + p,
	    start - p, "、") || lit(b + p, start - p, "往") || lit(b + p,
	    start - p, "从") || lit(b + p, start - p, "占")))
		return 1;
	/* 山西电机制造有限公司等139家单位: examples of what is counted. */
	if (lit(b + end, s1 - end, "等") && end + 3 < s1 &&
	    (CLS(c, cp_at(b + end + 3)) & CL_NUM))
		return 1;
	return 0;
}

/*
 * Clear the fields every non-figure span sets (a full memset of the
 * span, a figure and a period inside, at every character costs).
 * Figures and periods fill their own parts.
 */
static void
light_reset(struct span *sp, size_t i)
{
	sp->type = SP_DEAD;
	sp->start = sp->end = i;
	sp->e = NULL;
	sp->region = NULL;
	sp->level = 0;
	sp->scope = 0;
	sp->per.gran = SB_GRAN_NONE;
}

static int
is_county(const struct sb_lex_entry *e)
{
	return e != NULL && STREQ(e->b, "county");
}

/* 代县, 应县: a one-character name inside a word (现代县域) is no place. */
static int
inside_word(const struct ctx *c, size_t s0, size_t i, size_t l,
    const struct sb_lex_entry *e)
{
	const char	*b = c->t->buf;
	size_t		 p = prevc(b, i);

	return l == 6 && is_county(e) && i > s0 &&
	    (unsigned char)b[p] >= 0xe3 &&
	    !(CLS(c, cp_at(b + p)) & CL_MARK) && !lit(b + p, 3, "市") &&
	    !lit(b + p, 3, "省") && !lit(b + p, 3, "在");
}

/* Mark every span of the sentence [s0, s1). */
static int
scan_sentence(struct ctx *c, size_t s0, size_t s1, int ctxyear)
{
	const char	*b = c->t->buf;
	const struct sb_lex_entry *e, *e2;
	struct span	 sp;
	size_t		 i = s0, l, l2, qclose = 0, qopen = 0;
	const char	*q;
	int		 level;

	c->spsz = 0;
	/* “……”山西焦煤西山煤电围绕……: a quotation before the subject. */
	c->lead_qend = 0;
	if (lit(b + s0, s1 - s0, "“") && (q = find3(b + s0 + 3, s1 - s0 - 3,
	    "”")) != NULL)
		c->lead_qend = (size_t)(q - b) + 3;
	while (i < s1) {
		unsigned char	 ch = (unsigned char)b[i];
		uint32_t	 cp;
		size_t		 cl = cp_len(b + i, &cp);
		unsigned int	 k = CLS(c, cp);
		/* Most characters start no word of the lexicons (the
		 * filters say so without a walk) and have no class: let them
		 * go before anything is written.  The filters are asked at
		 * every character: the first-character map would spare half
		 * of them, but its branch is taken as often as not and costs
		 * more in mispredictions than the filters do.  Units are
		 * no span of their own (read_unit reads them after a
		 * numeral): a hope of a unit alone (个, 人, 元, 家) would
		 * send a third of the characters that pass to the work
		 * below for nothing. */
		unsigned int	 st = ch >= 0x80 || is_alpha(ch) ?
		    sb_lex_starts_at(c->lx, cp, b + i, s1 - i) &
		    ~(1u << SB_LEX_UNIT) : 0;

		if (!(k & (CL_NUM | CL_PERIOD | CL_PRONOUN | CL_MARK)) &&
		    st == 0) {
			i += cl;
			continue;
		}
		light_reset(&sp, i);

		if (k & (CL_NUM | CL_PERIOD)) {
			if ((k & CL_PERIOD) &&
			    (l = sb_period_scan(b + i, s1 - i, &c->pub,
			    ctxyear, &sp.per)) > 0 &&
			    !(i > s0 && is_alnum((unsigned char)b[prevc(b,
			    i)]))) {
				sp.type = SP_PERIOD;
				/* 比2017年下降: a base of comparison. */
				/* 快于2024年1.8个百分点, 高于上年: one too. */
				sp.scope = i > s0 && (lit(b + prevc(b, i),
				    i - prevc(b, i), "比") || lit(b + prevc(b,
				    i), i - prevc(b, i), "较") || (i >= s0 + 6 &&
				    (lit(b + i - 6, 6, "相比") || lit(b + i - 6,
				    6, "对比") || gap_word(b + i - 6, 6))));
				/* 恢复到2019年的105%, 相当于2019年的: a base
				 * too. */
				if (i >= s0 + 9 && (lit(b + i - 9, 9, "恢复到") ||
				    lit(b + i - 9, 9, "恢复至") || lit(b + i - 9,
				    9, "相当于")))
					sp.scope = 2;	/* never the figure's */
				/* 是2020年的4.5倍: the base of a multiple. */
				if (i >= s0 + 3 && lit(b + i - 3, 3, "是") &&
				    lit(b + i + l, s1 - i - l, "的"))
					sp.scope = 2;
				goto add;
			}
			if ((k & CL_NUM) &&
			    ((l = read_fan(c, i, s1, &sp)) > 0 ||
			    (l = read_figure(c, s0, s1, i, &sp)) > 0)) {
				if (sp.start == 0)
					sp.start = i;
				/* “最后一公里”: a number in words in a quoted
				 * name is part of the name (not so digits:
				 * “150兆瓦风光发电项目”). */
				if (qclose != 0 && i + l <= qclose &&
				    !(b[i] >= '0' && b[i] <= '9')) {
					i += l;
					continue;
				}
				if (qclose != 0 && i + l <= qclose)
					sp.fig.quote = qopen;
				goto add;
			}
		}
		/* A failed figure attempt may have scribbled on sp. */
		if (k & (CL_NUM | CL_PERIOD))
			light_reset(&sp, i);
		if (ch >= 0x80 || is_alpha(ch)) {
			if ((k & CL_PRONOUN) &&
			    ((l = pronoun(b + i, s1 - i, &level)) > 0 ||
			    (l = gov_body(c, s0, i, s1, &level)) > 0)) {
				sp.type = SP_PRONOUN;
				sp.level = level;
				sp.scope = is_scope(c, s0, i, i + l, s1,
				    level == 2);
				goto add;
			}

			l = st & (1u << SB_LEX_REGION) ? sb_lex_match(c->lx,
			    SB_LEX_REGION, b + i, s1 - i, &e) : 0;
			l2 = st & (1u << SB_LEX_IND) ? sb_lex_match(c->lx,
			    SB_LEX_IND, b + i, s1 - i, &e2) : 0;
			if (l > 0 && inside_word(c, s0, i, l, e))
				l = 0;
			if (l > 0 && l >= l2) {
				sp.type = SP_REGION;
				sp.e = e;
				sp.region = e->a;
				sp.scope = is_scope(c, s0, i, i + l, s1,
				    STREQ(e->b, "nation") ||
				    STREQ(e->b, "province"));
				sp.level = STREQ(e->b, "org") ? 4 : 0;
				/* 山西焦煤集团, 太钢有限公司: an enterprise's
				 * suffix is part of its name. */
				if (sp.level == 4 && (l2 = lex_may(c,
				    SB_LEX_CUE, b + i + l, s1 - i - l) ?
				    sb_lex_match(c->lx, SB_LEX_CUE, b + i + l,
				    s1 - i - l, &e2) : 0) > 0 &&
				    STREQ(e2->a, "org") &&
				    STREQ(e2->b, "enterprise"))
					l += l2;
				/* Count the lexicon's organisations too. */
				if (sp.level == 4 && (sp.region = pool_add(c,
				    e->a, strlen(e->a))) == NULL)
					return SB_ENOMEM;
				goto add;
			}
			if (l2 > 0) {
				sp.type = SP_IND;
				sp.e = e2;
				l = l2;
				goto add;
			}
			l = st & (1u << SB_LEX_CUE) ? sb_lex_match(c->lx,
			    SB_LEX_CUE, b + i, s1 - i, &e) : 0;
			if (l > 0 && STREQ(e->a, "org")) {
				int	 r = org_span(c, s0, i, l,
				    STREQ(e->b, "settlement"));

				if (r < 0)
					return SB_ENOMEM;
				i += l;
				continue;
			}
			if (l > 0) {
				sp.type = SP_CUE;
				sp.e = e;
				goto add;
			}
		}
		/* “鱼混+”: a short quoted name reads as one word of the
		 * clause, not as its end. */
		if ((k & CL_MARK) && qclose == 0 && (l = quoted_name(b + i,
		    s1 - i)) > 0) {
			qclose = i + l - 3;
			qopen = i + 3;
			i += 3;
			continue;
		}
		if ((k & CL_MARK) && i == qclose) {
			qclose = 0;
			i += 3;
			continue;
		}
		if ((k & CL_MARK) && (l = clause_mark(b + i, s1 - i)) > 0 &&
		    !(b[i] == ',' && i > s0 && is_alnum((unsigned char)b[i -
		    1]) && i + 1 < s1 && is_alnum((unsigned char)b[i + 1]))) {
			sp.type = SP_DELIM;
			goto add;
		}
		i += cl;
		continue;
add:
		/* Every kind of span found at i, l bytes long. */
		sp.end = i + l;
		if (span_add(c, &sp) != SB_OK)
			return SB_ENOMEM;
		i += l;
	}
	return SB_OK;
}

/*
 * The longest word of the strip tables at the front (or the end, tail)
 * of p.  The class table marks the characters such words begin (end)
 * with, so most phrases are let go at once.
 */
static size_t
strip_word(const struct ctx *c, const char *p, size_t n, int tail)
{
	const struct word *w = tail ? strip_tail : strip_head;
	const struct widx *idx;
	size_t	 l, best = 0, q, lo, hi, mid;
	uint32_t key;
	int	 i;

	if (n < 3)
		return 0;
	q = tail ? prevc(p, n) : 0;
	if (!(CLS(c, cp_at(p + q)) & (tail ? CL_STRIP_TAIL : CL_STRIP_HEAD)))
		return 0;
	/* The words whose first (last) character is p's. */
	idx = tail ? tail_idx : head_idx;
	key = key3(tail ? p + n - 3 : p);
	for (lo = 0, hi = tail ? tail_n : head_n; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (idx[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* The longest word wins: 近日 before 近. */
	for (; lo < (tail ? tail_n : head_n) && idx[lo].key == key; lo++) {
		i = idx[lo].w;
		l = w[i].len;
		if (l > n || l <= best)
			continue;
		if (tail ? memcmp(p + n - l, w[i].s, l) == 0 :
		    memcmp(p, w[i].s, l) == 0)
			best = l;
	}
	/* 在建项目, 较大事故, 超长期, 达成: a stop word that begins a word
	 * stays. */
	if (!tail && best == 3)
		for (i = 0; stay_words[i].c != NULL; i++)
			if (memcmp(p, stay_words[i].c, 3) == 0)
				return first_word(p + 3, n - 3,
				    stay_words[i].next) > 0 ? 0 : best;
	return best;
}

/* Is [a, b) only punctuation and space? */
static int
is_blank(const char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (is_alnum((unsigned char)p[i]) ||
		    (unsigned char)p[i] >= 0xe4)
			return 0;
	return 1;
}

/*
 * 粮食产量连续5年稳定在, 发展指数连续三年全国: how long something has
 * held is no part of its name.  Takes 连续, a numeral and 年, 个月,
 * 季度 or 天 out of buf[0..n); returns the new length.
 */
static size_t
drop_durations(char *buf, size_t n)
{
	static const struct word unit[] = {
		W("年"), W("个月"), W("季度"), W("个季度"), W("天"), { NULL, 0 }
	};
	static const char digits[] = "一二三四五六七八九十两";
	const char	*q;
	size_t		 i, j, l, d;

	for (i = 0; i + 6 < n; i += 3) {
		/* (find3 skips to the rare 连 at once.) */
		if ((q = find3(buf + i, n - i, "连")) == NULL)
			return n;
		i = (size_t)(q - buf);
		if (!lit(buf + i, n - i, "连续"))
			continue;
		for (j = i + 6; j < n; j += l) {
			l = clen(buf + j);
			for (d = 0; l == 3 && d + 3 < sizeof(digits) &&
			    memcmp(digits + d, buf + j, 3) != 0; d += 3)
				;
			if (!((buf[j] >= '0' && buf[j] <= '9') || (l == 3 &&
			    d + 3 < sizeof(digits))))
				break;
		}
		if (j == i + 6 || (l = first_word(buf + j, n - j, unit)) == 0)
			continue;
		j += l;
		memmove(buf + i, buf + j, n - j);
		n -= j - i;
		buf[n] = '\0';
		return n;
	}
	return n;
}

/*
 * The noun phrase of [a, b): strip spans that are not part of a name
 * (periods, regions, pronouns, cues at the ends) and the stop words of
 * strip_word.  Writes into buf; returns its length.
 */
static size_t
noun_phrase(const struct ctx *c, size_t a, size_t b, size_t k0, size_t k1,
    char *buf, size_t bufsz)
{
	const char	*t = c->t->buf;
	size_t		 k, l, n = 0, i;
	int		 changed;

	/* Copy [a, b) leaving out period, region and pronoun spans. */
	i = a;
	for (k = k0; k < k1 && i < b; k++) {
		const struct span *s = &c->sp[k];

		if (s->end <= i || s->start >= b)
			continue;
		/* 支出规模比去年扩大2万亿元: the comparison ends the name. */
		if (s->type == SP_PERIOD && s->scope && s->start >= i + 3 &&
		    (lit(t + s->start - 3, 3, "比") || lit(t + s->start - 3, 3,
		    "较"))) {
			l = s->start - 3 - i;
			if (n + l < bufsz) {
				memcpy(buf + n, t + i, l);
				n += l;
			}
			i = b;
			break;
		}
		if (s->type == SP_PERIOD || s->type == SP_PRONOUN ||
		    s->type == SP_DELIM || (s->type == SP_REGION &&
		    (s->start == a || (s->start > a && strip_word(c, t + a,
		    s->start - a, 0) == s->start - a)))) {
			/* (以马兰矿选煤厂年入洗: a place after a
			 * preposition leaves the name too.) */
			if (s->type == SP_REGION && s->start > a && i == a)
				i = s->start;
			l = s->start > i ? s->start - i : 0;
			if (n + l < bufsz) {
				memcpy(buf + n, t + i, l);
				n += l;
			}
			i = s->end;
		}
	}
	if (i < b) {
		l = b - i;
		if (n + l < bufsz) {
			memcpy(buf + n, t + i, l);
			n += l;
		}
	}
	n = drop_durations(buf, n);
	/* Strip stop words at both ends until nothing changes. */
	i = 0;
	do {
		changed = 0;
		while (i < n && (unsigned char)buf[i] < 0x80 &&
		    !is_alnum((unsigned char)buf[i])) {
			i++;
			changed = 1;
		}
		if ((l = strip_word(c, buf + i, n - i, 0)) > 0 && l <= n - i) {
			i += l;
			changed = 1;
		}
		if ((l = strip_word(c, buf + i, n - i, 1)) > 0 && l <= n - i &&
		    !(l == 3 && n - i >= 6 && bound_word(buf + n - 6))) {
			n -= l;
			changed = 1;
		}
		while (n > i && (unsigned char)buf[n - 1] < 0x80 &&
		    !is_alnum((unsigned char)buf[n - 1])) {
			n--;
			changed = 1;
		}
	} while (changed && n > i);
	if (n <= i || is_blank(buf + i, n - i))
		n = i = 0;
	memmove(buf, buf + i, n - i);
	n -= i;
	buf[n] = '\0';
	return n;
}

/* Full name of the province above region name, or NULL. */
static const char *
province_of(const struct sb_lex *lx, const char *name)
{
	const struct sb_lex_entry *e;
	int	 hops;

	for (hops = 0; name != NULL && hops < 4; hops++) {
		if ((e = sb_lex_region(lx, name)) == NULL)
			return NULL;
		if (STREQ(e->b, "province"))
			return e->a;
		name = e->c;
	}
	return NULL;
}

/* A county-level place named: the last one, and the last of its kind. */
static void
set_county(struct ctx *c, const char *name)
{
	size_t	 n = name != NULL ? strlen(name) : 0;

	c->last_county = name;
	if (name == NULL)
		c->last_qu = c->last_xian = NULL;
	else if (n >= 3 && memcmp(name + n - 3, "区", 3) == 0)
		c->last_qu = name;
	else
		c->last_xian = name;
}

static const char *
resolve_pronoun(const struct ctx *c, int level)
{
	const struct sb_lex_entry *e;
	const char	*p;

	/* (With no home region given, the story's city.) */
	if (c->home[0] == '\0' && c->sec_region != NULL && level == 1 &&
	    (e = sb_lex_region(c->lx, c->sec_region)) != NULL &&
	    STREQ(e->b, "city"))
		return c->sec_region;
	if (c->home[0] == '\0' && c->sec_region != NULL && level == 1 &&
	    (e = sb_lex_region(c->lx, c->sec_region)) != NULL &&
	    STREQ(e->b, "county") && e->c != NULL && e->c[0] != '\0')
		return e->c;
	if (c->home[0] == '\0' && c->sec_region != NULL && level == 2 &&
	    (p = province_of(c->lx, c->sec_region)) != NULL)
		return p;
	switch (level) {
	case 1:
		return c->home;
	case 2:
		return c->province != NULL ? c->province : c->home;
	case 5:		/* 中方: the story's organisation, else the nation */
		if (c->sec_org != NULL)
			return c->sec_org;
		if ((e = sb_lex_region(c->lx, "中国")) != NULL)
			return e->a;
		/* FALLTHROUGH */
	case 4:
		if (c->last_org != NULL)
			return c->last_org;
		/* FALLTHROUGH */
	default:
		return c->last_county != NULL ? c->last_county :
		    (c->sec_region != NULL ? c->sec_region : c->home);
	}
}


static size_t	dateline(const char *, size_t);

/* Does an indicator name end in a rate or a share (率, 比重, 比例)? */
static int
ends_with_rate(const char *s)
{
	size_t	 n = strlen(s);

	return (n >= 3 && memcmp(s + n - 3, "率", 3) == 0) ||
	    (n >= 6 && (memcmp(s + n - 6, "比重", 6) == 0 ||
	    memcmp(s + n - 6, "比例", 6) == 0 ||
	    memcmp(s + n - 6, "占比", 6) == 0));
}
static int	list_gap(const struct ctx *, size_t, size_t);

/*
 * The figure before figure span k in a list (8.9%、7.7%; 7.2%和6.8%),
 * looking no further back than span lo; k when there is none.
 */
static size_t
list_prev(const struct ctx *c, size_t k, size_t lo)
{
	if (k >= lo + 2 && c->sp[k - 1].type == SP_DELIM &&
	    c->sp[k - 2].type == SP_FIG && list_gap(c, c->sp[k - 2].end,
	    c->sp[k].start))
		return k - 2;
	if (k >= lo + 1 && c->sp[k - 1].type == SP_FIG && list_gap(c,
	    c->sp[k - 1].end, c->sp[k].start))
		return k - 1;
	return k;
}

/* The figure after figure span k in a list, before span hi; else k. */
static size_t
list_next(const struct ctx *c, size_t k, size_t hi)
{
	if (k + 2 < c->spsz && k + 2 < hi && c->sp[k + 1].type == SP_DELIM &&
	    c->sp[k + 2].type == SP_FIG && list_gap(c, c->sp[k].end,
	    c->sp[k + 2].start))
		return k + 2;
	if (k + 1 < c->spsz && k + 1 < hi && c->sp[k + 1].type == SP_FIG &&
	    list_gap(c, c->sp[k].end, c->sp[k + 1].start))
		return k + 1;
	return k;
}

/* A list of figures after 分别: where figure k stands in it. */
struct resp {
	size_t	 first;		/* span of the list's first figure */
	size_t	 nth, count;	/* figure k is the nth of count */
	size_t	 at;		/* offset of 分别, 0 if none */
};

/*
 * Where 分别 starts in the 48 bytes before and at start (b holds len),
 * with no clause mark between it and start; 0 when it does not.
 */
static size_t
fen_before(const char *b, size_t start, size_t len)
{
	size_t		 i;
#ifdef __SSE2__
	unsigned int	 bits;
	size_t		 base;
	int		 blk, hb;

	/* Sixteen positions at a time, from start back: only where 分 or a
	 * mark's first byte is are the words looked at. */
	if (start >= 48 && start + 3 <= len) {
		for (blk = 0; blk < 3; blk++) {
			base = start - 15 - 16 * (size_t)blk;
			{
				LOAD3((const unsigned char *)b + base);

				bits = (unsigned int)_mm_movemask_epi8(
				    _mm_or_si128(AT3(0xe5, 0x88, 0x86),
				    _mm_or_si128(_mm_or_si128(EQ8(v0, 0xe2),
				    EQ8(v0, 0xe3)), _mm_or_si128(EQ8(v0, 0xef),
				    _mm_or_si128(_mm_or_si128(EQ8(v0, ','),
				    EQ8(v0, ';')), _mm_or_si128(EQ8(v0, ':'),
				    _mm_or_si128(EQ8(v0, '('), EQ8(v0, ')'))))))));
			}
			for (; bits != 0; bits &= ~(1u << hb)) {
				hb = 31 - __builtin_clz(bits);
				i = base + (size_t)hb;
				if (lit(b + i, start - i, "分别"))
					return i;
				if (mark_lead[(unsigned char)b[i]] &&
				    clause_mark(b + i, start - i) > 0)
					return 0;
			}
		}
		return 0;
	}
#endif
	(void)len;
	for (i = start; i > 0 && i + 48 > start; i--) {
		if (b[i] == "分"[0] && lit(b + i, start - i, "分别"))
			return i;
		if (mark_lead[(unsigned char)b[i]] && clause_mark(b + i,
		    start - i) > 0)
			return 0;
	}
	return 0;
}

/*
 * Figure k in a list after 分别 ("A和B分别为x、y"): find its place n in
 * the list and, when the clause before 分别 names as many periods, use
 * the n-th of them.
 */
static void
respectively(const struct ctx *c, size_t k, size_t lo,
    const struct span **pspan, struct resp *r)
{
	const char	*b = c->t->buf;
	const struct span *pers[8];
	size_t		 kk, first = k, nth = 0, np = 0, at = 0, last = k;

	memset(r, 0, sizeof(*r));
	/* Walk back over the list: figure, mark, figure ... */
	while ((kk = list_prev(c, first, lo)) != first) {
		first = kk;
		nth++;
	}
	/* 分别 right before the first figure (a verb may sit between, and
	 * its object: 分别实现地区生产总值4200亿元), in the same clause. */
	at = fen_before(b, c->sp[first].start, c->t->len);
	if (at == 0)
		return;
	r->count = nth + 1;
	while ((kk = list_next(c, last, k + 2 * CONTEXT_SPANS)) != last) {
		last = kk;
		r->count++;
	}
	r->first = first;
	r->nth = nth;
	r->at = at;
	for (kk = first; kk-- > lo && np < 8;) {
		if (c->sp[kk].type == SP_PERIOD && c->sp[kk].end <= at)
			pers[np++] = &c->sp[kk];
		else if (c->sp[kk].type == SP_FIG ||
		    (c->sp[kk].type == SP_DELIM && !lit(b + c->sp[kk].start,
		    3, "、")))
			break;
	}
	/* pers[] is in reverse order of the text. */
	if (np >= 2 && nth < np)
		*pspan = pers[np - 1 - nth];
}

/*
 * The items of a list before 分别 but the last may lack the head they
 * share with it.  高技术制造业、装备制造业增加值: the last item goes on
 * past the item's own ending (制造业) with the head (增加值).  城镇、农村
 * 居民人均可支配收入: short items of one length (len, or (size_t)-1)
 * stand for as many bytes of the last item's front (城镇 for 农村).
 * Appends the head to the item name buf[0..n) and returns its length.
 */
static size_t
share_head(const struct ctx *c, char *buf, size_t n, size_t bufsz,
    const char *last, size_t lastn, size_t len)
{
	const struct sb_lex_entry *e;
	const char	*h = NULL, *q;
	char		 tmp[256];
	size_t		 i;

	/* The longest ending of the item, two characters or more, that the
	 * last item holds with two characters or more after it. */
	for (i = 0; h == NULL && i + 6 <= n; i += clen(buf + i))
		for (q = last; (q = strstr(q, buf + i)) != NULL; q++)
			if ((size_t)(last + lastn - q) >= n - i + 6) {
				h = q + (n - i);
				break;
			}
	/* 工业、服务业增加值: the longest ending of the last item that
	 * makes the item a word of the lexicon (工业增加值). */
	for (i = clen(last); h == NULL && i + 6 <= lastn; i += clen(last + i))
		if (n + lastn - i < sizeof(tmp)) {
			memcpy(tmp, buf, n);
			memcpy(tmp + n, last + i, lastn - i);
			if (lex_may(c, SB_LEX_IND, tmp, n + lastn - i) &&
			    sb_lex_match(c->lx, SB_LEX_IND, tmp, n + lastn - i,
			    &e) == n + lastn - i)
				h = last + i;
		}
	/* (Not the 业 of 制造业: items of different lengths.) */
	if (h == NULL && len != (size_t)-1 && len == n && n <= 12 &&
	    lastn >= n + 6 && !lit(last + n, lastn - n, "业"))
		h = last + n;
	if (h == NULL || n + strlen(h) >= bufsz)
		return n;
	memcpy(buf + n, h, strlen(h) + 1);
	return n + strlen(h);
}

/*
 * 事故起数、死亡人数同比分别下降12.04%、11.56%: the n-th name of the
 * list before 分别 names the n-th figure; 晋中市、吕梁市……分别增长5.1%、
 * 4.8%: the n-th place is its place.  Writes the name into buf and
 * returns its length, or sets *place; 0 when the list and the figures
 * do not pair up.
 */
static size_t
respective(const struct ctx *c, const struct resp *r, size_t s0,
    size_t lo, char *buf, size_t bufsz, const struct span **place)
{
	const char	*b = c->t->buf;
	char		 tmp[256];
	size_t		 kk, from = s0, marks[8], nm = 0, a, e, j, names = 0,
			 n = 0, l, last = 0, short_len = (size_t)-1;
	const struct span *pl[9];

	if (r->at == 0 || r->count < 2 || r->count > 8)
		return 0;
	/* The clause before 分别, across the list's 、 marks. */
	for (kk = r->first; kk-- > lo;) {
		if (c->sp[kk].end > r->at)
			continue;
		if (c->sp[kk].type == SP_FIG || (c->sp[kk].type ==
		    SP_DELIM && !lit(b + c->sp[kk].start, 3, "、"))) {
			from = c->sp[kk].end;
			break;
		}
	}
	/* 太原市、大同市和长治市分别实现……: as many places as figures, one
	 * after another with only 、 和 与 及 between, are theirs. */
	for (j = 0, a = kk + 1; a < r->first && j <= r->count; a++) {
		if (c->sp[a].type != SP_REGION || c->sp[a].start < from ||
		    c->sp[a].end > r->at)
			continue;
		if (j > 0 && !list_gap(c, pl[j - 1]->end, c->sp[a].start))
			break;
		if (j < 9)
			pl[j] = &c->sp[a];
		j++;
	}
	if (j == r->count && r->nth < j && j <= 9 && (j < 2 ||
	    list_gap(c, pl[0]->end, pl[1]->start))) {
		for (a = 0; a + 1 < j && list_gap(c, pl[a]->end,
		    pl[a + 1]->start); a++)
			;
		if (a + 1 == j) {
			*place = pl[r->nth];
			return 0;
		}
	}
	/* The 、 marks in it part the items. */
	for (kk = kk + 1; kk < r->first; kk++)
		if (c->sp[kk].type == SP_DELIM && c->sp[kk].start >= from &&
		    c->sp[kk].end <= r->at) {
			if (nm == 8)
				return 0;
			marks[nm++] = kk;
		}
	if (nm + 1 != r->count)
		return 0;
	for (j = 0; j <= nm; j++) {
		a = j == 0 ? from : c->sp[marks[j - 1]].end;
		e = j == nm ? r->at : c->sp[marks[j]].start;
		pl[j] = NULL;
		for (kk = lo; kk < r->first; kk++)
			/* (A place after 、 passes for a scope.) */
			if (c->sp[kk].type == SP_REGION && (!c->sp[kk].scope ||
			    c->sp[kk].start == a) && c->sp[kk].start >= a &&
			    c->sp[kk].end <= e) {
				pl[j] = &c->sp[kk];
				break;
			}
		if ((l = noun_phrase(c, a, e, lo, r->first, tmp,
		    sizeof(tmp))) > 0) {
			names++;
			/* The length of the items but the last, if all the
			 * same; (size_t)-1 if not. */
			if (j < nm)
				short_len = j == 0 || short_len == l ? l :
				    (size_t)-1;
		}
		if (j == r->nth)
			n = noun_phrase(c, a, e, lo, r->first, buf, bufsz);
		if (j == nm)
			last = l;	/* tmp holds the last item's name */
	}
	if (names == nm + 1 && r->nth < nm && n > 0)
		n = share_head(c, buf, n, bufsz, tmp, last, short_len);
	if (names == nm + 1)
		return n;
	for (j = 0; j <= nm && pl[j] != NULL; j++)
		;
	if (j == nm + 1)
		*place = pl[r->nth];
	return 0;
}

/* Only a list mark (、, 和, 及, 与) between two figures? */
static int
list_gap(const struct ctx *c, size_t a, size_t b)
{
	return b == a + 3 && (lit(c->t->buf + a, 3, "、") ||
	    lit(c->t->buf + a, 3, "和") || lit(c->t->buf + a, 3, "及") ||
	    lit(c->t->buf + a, 3, "与"));
}

/* Characters of valid UTF-8 p[0..n): the bytes that continue none. */
static size_t
count_chars(const unsigned char *p, size_t n)
{
	uint64_t	 x, cont;
	size_t		 k = 0, i = 0;

	/* Eight bytes at a time: a continuation byte is 10xxxxxx. */
	for (; i + 8 <= n; i += 8) {
		memcpy(&x, p + i, 8);
		cont = x & ~(x << 1) & 0x8080808080808080ull;
		/* (Bytes of 0 or 1 summed by a multiply: no popcount call
		 * where the instruction is not in the baseline.) */
		k += 8 - (size_t)(((cont >> 7) * 0x0101010101010101ull) >> 56);
	}
	for (; i < n; i++)
		k += (p[i] & 0xc0) != 0x80;
	return k;
}

/*
 * Line and column of an original offset.  Figures come in order, so
 * counting characters goes on from the last figure of the same line
 * instead of from the line's start (long lines hold many figures).
 */
static void
linecol(struct ctx *c, size_t off, size_t *line, size_t *col)
{
	const struct sb_text *t = c->t;
	size_t		 i, k, lstart, e;
	uint32_t	 cp;
	int		 l;

	if (t->gb18030) {
		sb_text_linecol(t, off, line, col);
		return;
	}
	*line = sb_text_line(t, off);
	lstart = t->lines[*line - 1];
	if (c->lc_line == *line && c->lc_off <= off && c->lc_off >= lstart) {
		i = c->lc_off;
		k = c->lc_col;
	} else {
		i = lstart;
		k = 1;
	}
	if (t->replaced == 0) {
		/* Valid UTF-8: a character is a byte that continues none. */
		e = off < t->origlen ? off : t->origlen;
		k += e > i ? count_chars((const unsigned char *)t->orig + i,
		    e - i) : 0;
		i = e > i ? e : i;
	} else
		for (; i < off && i < t->origlen; k++) {
			l = sb_utf8_decode((const unsigned char *)t->orig + i,
			    t->origlen - i, &cp);
			i += l > 0 ? (size_t)l : 1;
		}
	*col = k;
	c->lc_line = *line;
	c->lc_off = off;
	c->lc_col = k;
}

/*
 * Is span j a place that only leads to organisation k, as its county or
 * township (清徐县马峪乡东于村, 小店区北格镇张村): the places and the
 * text between are one name?
 */
static int
parent_place(const struct ctx *c, size_t j, size_t k)
{
	const char	*b = c->t->buf;
	size_t		 i, m;

	if (c->sp[j].type != SP_REGION || c->sp[j].level == 4 ||
	    c->sp[k].type != SP_REGION || c->sp[k].level != 4 ||
	    c->sp[k].start < c->sp[j].end || c->sp[k].start -
	    c->sp[j].end > 12)
		return 0;
	/* Only places or characters of a name in between. */
	for (m = j + 1; m < k; m++)
		if (c->sp[m].type != SP_REGION && c->sp[m].type != SP_DEAD)
			return 0;
	for (i = c->sp[j].end; i < c->sp[k].start; i += clen(b + i))
		if ((unsigned char)b[i] < 0xe4 || clause_mark(b + i,
		    c->sp[k].start - i))
			return 0;
	return 1;
}

/*
 * Is span k the first of its sentence?  Marks, periods, scopes, a
 * quotation that opens it and adverbs (已经, 近日; not 增加 or 同比)
 * aside.
 */
static int
first_span(const struct ctx *c, size_t k)
{
	size_t	 j;

	for (j = 0; j < k; j++)
		if ((c->sp[j].type != SP_DELIM && c->sp[j].type != SP_DEAD &&
		    c->sp[j].type != SP_PERIOD &&
		    !(c->sp[j].type == SP_REGION && c->sp[j].scope) &&
		    !parent_place(c, j, k) &&
		    !(c->sp[j].type == SP_CUE && c->sp[j].e->a[0] != 'd' &&
		    c->sp[j].e->a[0] != 'k') && c->sp[j].end > c->lead_qend) ||
		    j >= CONTEXT_SPANS)
			return 0;
	return 1;
}

/*
 * Does [from, to) report something done: 举办了, 提高了?  The particle 了
 * after a verb; not 为了, 除了, 了解, 不了.
 */
static int	tense_of(const struct ctx *, size_t, size_t);

static int
perfective(const struct ctx *c, size_t from, size_t to)
{
	const char	*b = c->t->buf, *p;
	size_t		 i = from;

	/* find3() finds the rare 了 faster than a walk over every byte. */
	while (i + 3 <= to && (p = find3(b + i, to - i, "了")) != NULL) {
		i = (size_t)(p - b);
		if (i >= from + 3 && !lit(b + i - 3, 3, "为") &&
		    !lit(b + i - 3, 3, "除") && !lit(b + i - 3, 3, "不") &&
		    !lit(b + i - 3, 3, "罢") && !lit(b + i + 3, to - i - 3,
		    "解"))
			return 1;
		i += 3;
	}
	return 0;
}

/*
 * Does p[0..n) hold the three-byte character w1 or w2?  One pass over
 * the sentence, sixteen positions at a time with SSE2 (two searches
 * with memchr stopped at every character sharing a last byte).
 */
static int
has_either3(const char *p, size_t n, const char *w1, const char *w2)
{
	size_t	 i = 0;

#ifdef __SSE2__
	for (; i + 18 <= n; i += 16) {
		LOAD3(p + i);

		if (_mm_movemask_epi8(_mm_or_si128(AT3(w1[0], w1[1], w1[2]),
		    AT3(w2[0], w2[1], w2[2]))) != 0)
			return 1;
	}
#endif
	for (; i + 3 <= n; i++)
		if ((p[i] == w1[0] && p[i + 1] == w1[1] && p[i + 2] == w1[2]) ||
		    (p[i] == w2[0] && p[i + 1] == w2[1] && p[i + 2] == w2[2]))
			return 1;
	return 0;
}

/*
 * Tense of a sentence: 1 results (已, 了), -1 plans (将, 力争), 0 none.
 * Worked out once per sentence: a run of figures asks for each.
 */
static int
tense(struct ctx *c, size_t s0, size_t s1)
{
	if (c->tense_s0 != s0 + 1) {
		c->tense_s0 = s0 + 1;
		c->tense = tense_of(c, s0, s1);
	}
	return c->tense;
}

static int
tense_of(const struct ctx *c, size_t s0, size_t s1)
{
	const char	*b = c->t->buf;
	size_t		 k;
	int		 past = 0;

	for (k = 0; k < c->spsz; k++) {
		const struct span *t = &c->sp[k];

		if (t->type != SP_CUE)
			continue;
		if (STREQ(t->e->a, "target"))
			return -1;
		if (STREQ(t->e->a, "past"))
			past = 1;
	}
	if (has_either3(b + s0, s1 - s0, "将", "要"))
		return -1;
	return past || perfective(c, s0, s1);
}

/*
 * Does the lead sentence of a story date what it reports to the month
 * published: 近日, 日前, 目前, 1月22日消息?  (A day alone does not:
 * 1月6日举行的发布会 reports a year's results.)
 */
static int
event_news(const struct ctx *c)
{
	const char	*b = c->t->buf;
	size_t		 k;

	for (k = 0; k < c->spsz; k++) {
		const struct span *t = &c->sp[k];

		if (t->type == SP_CUE && STREQ(t->e->a, "time"))
			return 1;
		/* 1月22日消息: the news of a day of the month. */
		if (t->type == SP_PERIOD && t->per.day && t->per.y1 ==
		    c->pub.y && t->per.m1 == c->pub.m && lit(b + t->end,
		    c->t->len - t->end, "消息"))
			return 1;
	}
	return 0;
}

/*
 * Is the two-character word at p a verb of what is done to the thing
 * counted (建设, 新建, 引进)?  It names the figure with the thing:
 * 新建社区食堂.
 */
static const char *const verbs[] = {
		"建设", "新建", "建成", "改造", "打造", "推动", "推进", "实施",
		"完成", "开展", "举办", "投放", "划分", "成立", "引进", "签约",
		"培训", "新增", "启动", "设立", "组织", "解决", "召开", "评出",
		"征集", "申请", "签署", "培育", "创建", "开工", "竣工", "安置",
		"发放", "救助", "资助", "招聘", "吸纳", "帮扶", "治理", "修复",
		"种植", "栽植", "造林", "整治", "提升", "改建", "扩建", "续建",
		"硬化", "铺设", "安装", "配备", "服务", "接待", "收治", "检测",
		"检查", "查处", "办理", "受理", "审批", "签订", "落地", "投产",
		"入驻", "注册", "认定", "评选", "选定", "命名", "挂牌", "授予",
		"建立", "组建", "布局", "谋划", "储备", "招引", "洽谈", "举行",
		"惠及", "覆盖", "带动", "吸引", "给予", "捐赠", "捐助", "援助",
		"发行",
		NULL
};

/* The verbs' six bytes as numbers, sorted (classes_build fills it). */
static uint64_t	 verb_keys[sizeof(verbs) / sizeof(verbs[0])];
static size_t	 verb_n;

static uint64_t
key6(const char *p)
{
	uint64_t	 k = 0;
	int		 i;

	for (i = 0; i < 6; i++)
		k = k << 8 | (unsigned char)p[i];
	return k;
}

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
verb_index(void)
{
	for (verb_n = 0; verbs[verb_n] != NULL; verb_n++)
		verb_keys[verb_n] = key6(verbs[verb_n]);
	qsort(verb_keys, verb_n, sizeof(verb_keys[0]), u64_cmp);
}

static int
action_verb(const char *p)
{
	uint64_t	 k = key6(p);
	size_t		 lo = 0, hi = verb_n, mid;

	/* Binary search: emit asks at every name it trims. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (verb_keys[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < verb_n && verb_keys[lo] == k;
}

/* An adverb that opens a predicate: 基本建成, 已投用, 全面完成. */
static int
predicate_adverb(const char *p, size_t n)
{
	return lit(p, n, "基本") || lit(p, n, "已") || lit(p, n, "全面") ||
	    lit(p, n, "正式") || lit(p, n, "顺利") || lit(p, n, "正在") ||
	    lit(p, n, "即将") || lit(p, n, "全部") || lit(p, n, "成功") ||
	    lit(p, n, "将") || lit(p, n, "稳定");
}

/* An area's base unit: 60余万平方米商业楼宇 measures the buildings. */
static int
area(const char *base)
{
	return STREQ(base, "平方米") || STREQ(base, "亩") ||
	    STREQ(base, "公顷");
}

/* Does a verb of being come right before offset at (达到万亩规模)? */
static int
copula(const struct ctx *c, size_t s0, size_t at)
{
	const char	*b = c->t->buf;
	size_t		 p = at > s0 ? prevc(b, at) : at;

	/* (A qualifier may sit between: 达到约, 为近.) */
	if (p > s0 && (lit(b + p, at - p, "约") || lit(b + p, at - p, "近") ||
	    lit(b + p, at - p, "超")))
		p = prevc(b, p);
	return p > s0 && (lit(b + p, at - p, "达") || lit(b + p, at - p,
	    "到") || lit(b + p, at - p, "为") || lit(b + p, at - p, "是") ||
	    lit(b + p, at - p, "至") || lit(b + p, at - p, "过"));
}

/* Does the character at p end a place name: 村, 镇, 乡, 区, 县, 市? */
static int
place_suffix(const char *p)
{
	return lit(p, 3, "村") || lit(p, 3, "镇") || lit(p, 3, "乡") ||
	    lit(p, 3, "区") || lit(p, 3, "县") || lit(p, 3, "市");
}

/*
 * Does a goal named before offset e read as the base of a rate of
 * completion: (目标)的93.3%, (目标)任务的93.3%?
 */
static int
completion(const struct ctx *c, size_t e, size_t s1)
{
	const char	*b = c->t->buf;

	if (lit(b + e, s1 - e, "任务"))
		e += 6;
	return lit(b + e, s1 - e, "的") && e + 3 < s1 &&
	    (CLS(c, cp_at(b + e + 3)) & CL_NUM);
}

/*
 * The period of publication into pp: its month when month is set and
 * known, else its year; none when the date is unknown.
 */
static void
published(const struct ctx *c, struct sb_period *pp, int month)
{
	memset(pp, 0, sizeof(*pp));
	if (c->pub.y == 0)
		return;
	pp->y1 = c->pub.y;
	pp->gran = month && c->pub.m ? SB_GRAN_MONTH : SB_GRAN_YEAR;
	pp->m1 = pp->gran == SB_GRAN_MONTH ? c->pub.m : 0;
}

/*
 * Is period span t the frame of its sentence: 截至2024年底 or a clause
 * of its own (年末，)?
 */
static int
frame(const struct ctx *c, const struct span *t)
{
	const char	*b = c->t->buf;

	return (t->start >= 6 && (lit(b + t->start - 6, 6, "截至") ||
	    lit(b + t->start - 6, 6, "截止"))) ||
	    lit(b + t->end, c->t->len - t->end, "，") ||
	    b[t->end] == ',';
}

/* Does [s0, s1) cite data (数据显示) before offset at? */
static int
cites_data(const struct ctx *c, size_t s0, size_t at)
{
	const char	*b = c->t->buf, *q;

	/* (Near the figure: a search per figure must not read a long
	 * sentence whole.) */
	if (at > s0 + UNDATED_WINDOW)
		s0 = at - UNDATED_WINDOW;
	return (q = find3(b + s0, at - s0, "显")) != NULL &&
	    q >= b + s0 + 6 && memcmp(q - 6, "数据显示", 12) == 0;
}

/*
 * Figures with no time of their own: a reckoning (以……计算, but not
 * 按可比价格计算, a growth's method) or data cited with no date.
 */
static int
undated(const struct ctx *c, size_t s0, size_t s1, size_t at)
{
	const char	*b = c->t->buf, *q;
	size_t		 i, j;

	if (cites_data(c, s0, at))
		return 1;
	if (at > s0 + UNDATED_WINDOW)
		s0 = at - UNDATED_WINDOW;
	if (s1 > at + UNDATED_WINDOW)
		s1 = at + UNDATED_WINDOW;
	if ((q = find3(b + s0, s1 - s0, "算")) == NULL || q < b + s0 + 3 ||
	    memcmp(q - 3, "计", 3) != 0)
		return 0;
	/* 以 opens the clause that 计算 closes. */
	for (i = (size_t)(q - 3 - b); i > s0;) {
		i = s0 + prevc(b + s0, i - s0);
		if (lit(b + i, s1 - i, "以")) {
			j = i > s0 ? s0 + prevc(b + s0, i - s0) : i;
			return i == s0 || clause_mark(b + j, i - j) ||
			    b[j] == ' ' || b[j] == '\n';
		}
		if (clause_mark(b + i, s1 - i))
			return 0;
	}
	return 0;
}

/*
 * The organisation that speaks a quotation opening [s0, s1) holding
 * figure k: the first one named after the closing mark, in the clause
 * of attribution.  NULL if none.
 */
static const struct span *
speaker(const struct ctx *c, size_t s0, size_t s1, size_t k)
{
	const char	*b = c->t->buf;
	size_t		 i, qe = 0, kk;

	/* (Within a sentence's length: figures come by the thousand in
	 * hostile text.) */
	for (i = s0 + 3; i + 3 <= s1 && i < s0 + SENTENCE_MAX;
	    i += clen(b + i))
		if (lit(b + i, s1 - i, "”")) {
			qe = i + 3;
			break;
		}
	if (qe == 0 || c->sp[k].start >= qe || qe < 6 ||
	    !sentence_end(b + prevc(b, qe - 3), 3))
		return NULL;
	for (kk = k + 1; kk < c->spsz; kk++) {
		if (c->sp[kk].start < qe)
			continue;
		if (c->sp[kk].type == SP_DELIM || c->sp[kk].type == SP_FIG)
			break;
		if ((c->sp[kk].type == SP_REGION ||
		    c->sp[kk].type == SP_PRONOUN) && !c->sp[kk].scope) {
			/* 潞安化工太化新材料公司: the unit of the group. */
			while (kk + 1 < c->spsz && c->sp[kk + 1].type ==
			    SP_REGION && c->sp[kk + 1].start == c->sp[kk].end)
				kk++;
			return &c->sp[kk];
		}
	}
	return NULL;
}

/*
 * The j-th latest figure emitted of this article (0: the last) at or
 * after original offset off, looking back no further than a clause's
 * spans; NULL past them.  (The list may hold the articles before.)
 */
static const struct sb_obs *
recent(const struct ctx *c, size_t off, size_t j)
{
	const struct sb_obslist *l = c->out;
	const struct sb_obs *o;

	if (j >= l->obssz || j >= CONTEXT_SPANS)
		return NULL;
	o = &l->obs[l->obssz - 1 - j];
	if (o->offset < off || o->doc == NULL || c->info->name == NULL ||
	    strcmp(o->doc, c->info->name) != 0)
		return NULL;
	return o;
}

/*
 * The last figure of the sentence at s0, before this one, in base unit
 * base when that is a count or an amount (not %: a change or a share
 * goes with the figure right before it).  NULL if none.
 */
static const struct sb_obs *
same_unit_before(const struct ctx *c, size_t s0, const char *base)
{
	const struct sb_obs *o;
	size_t		 j, off = sb_text_orig(c->t, s0);

	/* 其中，小店区完成812亿元: a part of the figure before the
	 * sentence, in its paragraph. */
	if (lit(c->t->buf + s0, c->t->len - s0, "其中") && c->para < s0)
		off = sb_text_orig(c->t, c->para);

	if (STREQ(base, "%") || base[0] == '\0')
		return NULL;
	for (j = 0; (o = recent(c, off, j)) != NULL; j++)
		if (strcmp(o->base_unit, base) == 0)
			return o->indicator[0] != '\0' ? o : NULL;
	return NULL;
}

/*
 * A rank named by 排名 alone or by what ranks (增速, 增幅, 总量) is the
 * rank of the figure before, named prev: 排名 → prev排名, 增速居全省 →
 * prev增速.  Any other name that ends in its scope says so as ranks are
 * named: 外送量全国, 绩效考核居全国 → 外送量全国排名, 绩效考核全国排名.
 * prev may be NULL.  Rewrites ind and id.
 */
static void
rank_of(char *ind, size_t indsz, char *id, size_t idsz, const char *prev)
{
	static const struct word scope[] = {
		W("位列全国"), W("位列全省"), W("位居全国"), W("位居全省"),
		W("居全省"), W("居全国"), W("居全市"), W("全省"), W("全国"),
		W("全市"), W("位列"), W("位居"), W("居"), { NULL, 0 }
	};
	char		 tmp[256];
	size_t		 n = strlen(ind);
	int		 i;

	for (i = 0; scope[i].s != NULL; i++)
		if (n >= scope[i].len && memcmp(ind + n - scope[i].len,
		    scope[i].s, scope[i].len) == 0) {
			n -= scope[i].len;
			break;
		}
	if (prev == NULL)
		goto scoped;
	/* (居全省; 11个地市中, the pool ranked, is no name either.) */
	if ((n == 6 && (memcmp(ind, "排名", 6) == 0 ||
	    memcmp(ind, "位次", 6) == 0)) || (n == 0 && ind[0] != '\0') ||
	    (n >= 6 && n <= 15 && memcmp(ind + n - 3, "中", 3) == 0))
		snprintf(tmp, sizeof(tmp), "%s排名", prev);
	else if (n >= 6 && n <= 12 && (memcmp(ind + n - 6, "增速", 6) == 0 ||
	    memcmp(ind + n - 6, "增幅", 6) == 0 ||
	    memcmp(ind + n - 6, "降幅", 6) == 0 ||
	    memcmp(ind + n - 6, "幅度", 6) == 0 ||
	    memcmp(ind + n - 6, "总量", 6) == 0 ||
	    memcmp(ind + n - 6, "规模", 6) == 0))
		snprintf(tmp, sizeof(tmp), "%s%.*s排名", prev, (int)n, ind);
	else
		goto scoped;
	scopy(ind, indsz, tmp);
	np_id(id, idsz, tmp);
	return;
scoped:
	if (scope[i].s == NULL || n == 0 || n + 13 > sizeof(tmp))
		return;
	/* (The place is the scope word's last two characters, 全国.) */
	snprintf(tmp, sizeof(tmp), "%.*s%s排名", (int)n, ind,
	    scope[i].len >= 6 && memcmp(scope[i].s + scope[i].len - 6, "全",
	    3) == 0 ? scope[i].s + scope[i].len - 6 : "");
	scopy(ind, indsz, tmp);
	np_id(id, idsz, tmp);
}

/*
 * A ranking's name as a rank's: “2024城市科技创新竞争力百强榜单” →
 * 城市科技创新竞争力百强榜单, 《2024世界城市名册》榜单中 → 世界城市名册榜单.
 * The year is the period's.  Rewrites ind; returns its length.
 */
static size_t
rank_name(char *ind)
{
	size_t	 i = 0, n = 0, l;
	int	 opened = 0;

	while (ind[i] != '\0') {
		/* (A character cut short by the NUL ends the name: the
		 * walk never steps past it.) */
		l = strnlen(ind + i, clen(ind + i));
		if (lit(ind + i, l, "“") || lit(ind + i, l, "”") ||
		    lit(ind + i, l, "《") || lit(ind + i, l, "》")) {
			opened = lit(ind + i, l, "“") || lit(ind + i, l, "《");
			i += l;
			continue;
		}
		/* A year right after the mark. */
		if (opened && (ind[i] == '1' || ind[i] == '2') &&
		    ind[i + 1] >= '0' && ind[i + 1] <= '9' && ind[i + 2] >= '0' &&
		    ind[i + 2] <= '9' && ind[i + 3] >= '0' && ind[i + 3] <= '9' &&
		    !(ind[i + 4] >= '0' && ind[i + 4] <= '9')) {
			i += 4;
			if (lit(ind + i, strlen(ind + i), "年"))
				i += 3;
			opened = 0;
			continue;
		}
		opened = 0;
		memmove(ind + n, ind + i, l);
		n += l;
		i += l;
	}
	ind[n] = '\0';
	if (n >= 9 && memcmp(ind + n - 3, "中", 3) == 0 && (memcmp(ind + n -
	    6, "单", 3) == 0 || memcmp(ind + n - 6, "榜", 3) == 0 ||
	    memcmp(ind + n - 6, "册", 3) == 0))
		ind[n -= 3] = '\0';
	return n;
}

/*
 * The ranking named before figure k in its sentence (在2024中国城市综合
 * 实力排行榜中，太原位列全国第38位): the clause that ends in 榜 or 榜单,
 * as a noun phrase, into buf.  Its length, or 0.
 */
static size_t
ranking(const struct ctx *c, size_t s0, size_t lo, size_t k, char *buf,
    size_t bufsz)
{
	const char	*b = c->t->buf, *q;
	size_t		 kk, a = s0, e, from;

	from = c->sp[k].start > s0 + 120 ? c->sp[k].start - 120 : s0;
	if ((q = find3(b + from, c->sp[k].start - from, "榜")) == NULL)
		return 0;
	e = (size_t)(q - b) + 3;
	if (lit(b + e, c->sp[k].start - e, "单"))
		e += 3;
	for (kk = k; kk-- > lo;)
		if (c->sp[kk].end <= (size_t)(q - b) &&
		    (c->sp[kk].type == SP_DELIM || c->sp[kk].type == SP_FIG)) {
			a = c->sp[kk].end;
			break;
		}
	return noun_phrase(c, a, e, lo, k, buf, bufsz);
}

/* The first figure emitted of the sentence at s0 with a name, or NULL. */
static const struct sb_obs *
first_of_sentence(const struct ctx *c, size_t s0)
{
	const struct sb_obs *o, *first = NULL;
	size_t		 j;

	for (j = 0; (o = recent(c, sb_text_orig(c->t, s0), j)) != NULL; j++)
		if (o->indicator[0] != '\0')
			first = o;
	return first;
}

/* The figure emitted of this article at offset at (normalized), or NULL. */
static const struct sb_obs *
obs_at(const struct ctx *c, size_t at)
{
	const struct sb_obs *o;
	size_t		 j, off = sb_text_orig(c->t, at);

	for (j = 0; (o = recent(c, off, j)) != NULL; j++)
		if (o->offset == off)
			return o;
	return NULL;
}

/*
 * 城镇居民人均可支配收入45000元，农村居民人均可支配收入18500元，分别增长
 * 5.2%、7.1%: a list after 分别 whose clause names nothing pairs with the
 * figures just before it, one a clause, when there are as many.  The
 * observation of the n-th of them, or NULL.
 */
static const struct sb_obs *paired_list(const struct ctx *,
	    const struct resp *, size_t);

static const struct sb_obs *
paired_before(const struct ctx *c, const struct resp *r, size_t lo)
{
	const struct sb_obs *o = NULL;
	size_t		 kk, got = 0, clauses = 0;

	if (r->at == 0 || r->count < 2 || r->count > 8)
		return NULL;
	for (kk = r->first; kk-- > lo && got < r->count;) {
		const struct span *t = &c->sp[kk];

		if (t->type == SP_DELIM && t->end <= r->at &&
		    !lit(c->t->buf + t->start, 3, "、"))
			clauses++;
		if (t->type != SP_FIG)
			continue;
		/* One figure a clause: the first the clause of 分别. */
		if (clauses != got + 1 || t->fig.kind == SB_KIND_GROWTH)
			return paired_list(c, r, lo);
		if (got++ == r->count - 1 - r->nth &&
		    ((o = obs_at(c, t->start)) == NULL ||
		    o->indicator[0] == '\0'))
			return paired_list(c, r, lo);
	}
	return got == r->count ? o : paired_list(c, r, lo);
}

/*
 * 一、二、三产业增加值分别为44.8亿元、2267.1亿元和3261.8亿元，分别增长
 * 3.4%、6.2%和4.4%: the list after 分别 pairs with a list of as many
 * figures in the clause before, marked off by 、 alone.
 */
static const struct sb_obs *
paired_list(const struct ctx *c, const struct resp *r, size_t lo)
{
	const struct sb_obs *o;
	size_t		 kk, got = 0, marks = 0, want = 0;

	for (kk = r->first; kk-- > lo && got < r->count;) {
		const struct span *t = &c->sp[kk];

		if (t->type == SP_DELIM) {
			/* The one mark between the clauses, then 、 only. */
			if (!lit(c->t->buf + t->start, 3, "、") && (got > 0 ||
			    marks++ > 0))
				return NULL;
			continue;
		}
		if (t->type != SP_FIG)
			continue;
		if (t->fig.kind == SB_KIND_GROWTH || marks == 0)
			return NULL;
		if (got++ == r->count - 1 - r->nth)
			want = kk;
	}
	if (got != r->count || (o = obs_at(c, c->sp[want].start)) == NULL ||
	    o->indicator[0] == '\0')
		return NULL;
	return o;
}

/* 年均 in [from, to): a yearly average. */
static int
yearly(const struct ctx *c, size_t from, size_t to)
{
	const char	*b = c->t->buf, *q;

	if (to > from + CONTEXT_BYTES)
		from = to - CONTEXT_BYTES;
	for (q = b + from; (q = find3(q, (size_t)(b + to - q), "均")) !=
	    NULL; q += 3)
		if (q >= b + from + 3 && memcmp(q - 3, "年", 3) == 0)
			return 1;
	return 0;
}

/* 连续三年, 连续2年 in [from, to): the number of years, else 0. */
static size_t
run_of_years(const struct ctx *c, size_t from, size_t to)
{
	static const char *const cn[] = { "两", "三", "四", "五", "六", "七",
	    "八", "九", "十" };
	const char	*b = c->t->buf;
	size_t		 i, j, n;

	for (i = from; i + 9 <= to; i += clen(b + i)) {
		if (!lit(b + i, to - i, "连续"))
			continue;
		j = i + 6;
		n = 0;
		if (b[j] >= '2' && b[j] <= '9' && lit(b + j + 1, to - j - 1,
		    "年"))
			n = (size_t)(b[j] - '0');
		else
			for (n = 0; n < sizeof(cn) / sizeof(cn[0]); n++)
				if (litv(b + j, to - j, cn[n]) &&
				    lit(b + j + 3, to - j - 3, "年"))
					break;
		if (b[j] >= '2' && b[j] <= '9')
			return n;
		if (n < sizeof(cn) / sizeof(cn[0]))
			return n + 2;
		return 0;
	}
	return 0;
}

/*
 * The first period stated later in the section, from position from on:
 * a story often gives its time frame at its end ("过去的一年，...").
 * Event dates (with a day) do not count.  Looked up once per section.
 */
/* The organisation named last before span p in the sentence, or NULL. */
static const char *
org_before(const struct ctx *c, size_t lo, const struct span *p)
{
	size_t	 k = (size_t)(p - c->sp);

	while (k-- > lo)
		if (c->sp[k].type == SP_REGION && c->sp[k].level == 4 &&
		    !c->sp[k].scope)
			return c->sp[k].region;
	return NULL;
}

/* Does a time frame end at p: ，, 里，, 以来，, 中，? */
static int
frame_end(const char *p, size_t n)
{
	size_t	 l = 0;

	if (lit(p, n, "里") || lit(p, n, "中") || lit(p, n, "来"))
		l = 3;
	else if (lit(p, n, "以来"))
		l = 6;
	return lit(p + l, n - l, "，") || lit(p + l, n - l, ",");
}

static const struct sb_period *
lookahead(struct ctx *c, size_t from)
{
	const char	*b = c->t->buf;
	size_t		 i, n = c->t->len, l, pl;
	struct sb_period per;

	if (c->sec_ahead_done)
		return &c->sec_ahead;
	c->sec_ahead_done = 1;
	for (i = from; i < n; i += l) {
		uint32_t	 cp;

#ifdef __SSE2__
		/* To the next break or frame character, 16 bytes a step. */
		{
			unsigned int	 bits = 0;

			while (i + 18 <= n && (bits = ahead_bits(
			    (const unsigned char *)b + i)) == 0)
				i += 16;
			if (bits != 0)
				i += (size_t)__builtin_ctz(bits);
		}
		if (i >= n)
			break;
#endif
		l = clen(b + i);
		if ((unsigned char)b[i] < 0xe3)
			continue;
		cp = cp_at(b + i);
		if ((CLS(c, cp) & CL_BREAK) && dateline(b + i, n - i) > 0)
			break;
		/* Only relative years make a frame: 去年, 上年, 过去. */
		if (!(CLS(c, cp) & CL_FRAME))
			continue;
		if (i > 0 && is_alnum((unsigned char)b[prevc(b, i)]))
			continue;
		if ((pl = sb_period_scan(b + i, n - i, &c->pub, 0, &per)) > 0) {
			/* Only a review's frame: 去年，过去的一年里，(not
			 * 去年累计销售, a figure's own year). */
			if (per.gran == SB_GRAN_YEAR && per.relative &&
			    per.y1 < c->pub.y && frame_end(b + i + pl,
			    n - i - pl)) {
				c->sec_ahead = per;
				break;
			}
		}
	}
	return &c->sec_ahead;
}

/*
 * Is e a nation or province while the source speaks for a city or a
 * county?  A city paper names the nation as context, not as its story.
 */
static int
above_home(const struct ctx *c, const struct sb_lex_entry *e)
{
	const struct sb_lex_entry *h;

	if (e == NULL || c->home == NULL || *c->home == '\0' ||
	    (!STREQ(e->b, "nation") && !STREQ(e->b, "province")))
		return 0;
	if ((h = sb_lex_region(c->lx, c->home)) == NULL)
		return 0;
	return STREQ(h->b, "city") || STREQ(h->b, "county");
}

/*
 * 己二酸全年产量再创新高，达到125259吨: a figure whose clause names
 * nothing takes the subject of the clause before, when that clause has
 * no figure of its own, up to the words that say how it went.
 */
static size_t
subject_before(const struct ctx *c, size_t s0, size_t lo, size_t k,
    size_t cstart, char *buf, size_t bufsz)
{
	static const struct word trend[] = {
		W("再创"), W("创新高"), W("创历史"), W("实现"), W("保持"),
		W("持续"), W("稳步"), W("大幅"), W("明显"), W("显著"),
		W("进一步"), W("不断"), W("首次"), { NULL, 0 }
	};
	size_t		 kk, d, pstart = s0, pend, lstart, n, i;

	for (d = k; d-- > lo;)
		if (c->sp[d].type == SP_DELIM || c->sp[d].type == SP_FIG)
			break;
	if (d < lo || d >= k || c->sp[d].type != SP_DELIM ||
	    c->sp[d].end != cstart)
		return 0;
	/* 固定资产投资（不含农户）同比下降2.1%: a note in brackets is no
	 * subject; the clause before it is. */
	if (lit(c->t->buf + c->sp[d].start, 3, "）") || c->t->buf[c->sp[d].start]
	    == ')')
		for (kk = d; kk-- > lo && c->sp[kk].type != SP_FIG;)
			if (c->sp[kk].type == SP_DELIM && (lit(c->t->buf +
			    c->sp[kk].start, 3, "（") ||
			    c->t->buf[c->sp[kk].start] == '(')) {
				d = kk;
				break;
			}
	for (kk = d; kk-- > lo;) {
		if (c->sp[kk].type == SP_FIG)
			return 0;
		if (c->sp[kk].type == SP_DELIM) {
			pstart = c->sp[kk].end;
			break;
		}
	}
	pend = c->sp[d].start;
	/* 药械物资包括常用药品、抗疟药物等，价值……: a clause of examples
	 * (X包括 and a list) stands for what it exemplifies, X.  The list
	 * starts at the first mark before it that is not 、. */
	lstart = pstart;
	if (kk < k && kk >= lo && lit(c->t->buf + c->sp[kk].start, 3, "、")) {
		lstart = s0;
		while (kk-- > lo)
			if (c->sp[kk].type == SP_FIG ||
			    (c->sp[kk].type == SP_DELIM && !lit(c->t->buf +
			    c->sp[kk].start, 3, "、"))) {
				lstart = c->sp[kk].end;
				break;
			}
	}
	for (i = lstart; i + 6 <= pend; i += clen(c->t->buf + i))
		if (lit(c->t->buf + i, 6, "包括")) {
			pstart = lstart;
			pend = i;
			break;
		}
	if ((n = noun_phrase(c, pstart, pend, lo, k, buf, bufsz)) == 0)
		return 0;
	for (i = 0; i < n; i += clen(buf + i))
		if (i > 0 && first_word(buf + i, n - i, trend) > 0) {
			buf[i] = '\0';
			return i;
		}
	return n;
}

/*
 * The object of verb v (six bytes) where it comes last in [s0, cstart),
 * up to the next mark or figure, as a noun phrase into buf: 发行超长期
 * 特别国债 gives 超长期特别国债.  Its length, or 0.
 */
static size_t
verb_object(const struct ctx *c, size_t s0, size_t lo, size_t k,
    size_t cstart, const char *v, char *buf, size_t bufsz)
{
	const char	*b = c->t->buf;
	size_t		 i, at = 0, e, kk;

	/* (Not further back than a few clauses: a run of such figures
	 * must not make the work quadratic.) */
	i = cstart > s0 + UNDATED_WINDOW ? cstart - UNDATED_WINDOW : s0;
	while (i < cstart && ((unsigned char)b[i] & 0xc0) == 0x80)
		i++;
	for (; i + 6 <= cstart; i += clen(b + i))
		if (memcmp(b + i, v, 6) == 0)
			at = i + 6;
	if (at == 0)
		return 0;
	for (e = cstart, kk = lo; kk < k; kk++)
		if ((c->sp[kk].type == SP_DELIM || c->sp[kk].type == SP_FIG) &&
		    c->sp[kk].start >= at) {
			e = c->sp[kk].start;
			break;
		}
	if (e <= at + 3)
		return 0;
	return noun_phrase(c, at, e, lo, k, buf, bufsz);
}

/*
 * The whole a share is of, written after word w: 占全省的18.1% gives 全省.
 * w is the last one within back bytes before the figure at at (in the
 * sentence from s0); the whole runs from it to the figure, less a 的,
 * and is minl to maxl bytes with no comma.  Its length, with its start
 * in *q; 0 when there is none.
 */
static size_t
whole_after(const struct ctx *c, size_t s0, size_t at, const char *w,
    size_t back, size_t minl, size_t maxl, const char **q)
{
	const char	*b = c->t->buf;
	size_t		 i, wl = strlen(w), e = at, lo;

	lo = at > s0 + back ? at - back : s0;
	if (at < lo + wl)
		return 0;
	for (i = at - wl; memcmp(b + i, w, wl) != 0; i--)
		if (i == lo)
			return 0;
	i += wl;
	if (e >= i + 3 && lit(b + e - 3, 3, "的"))
		e -= 3;
	if (e < i + minl || e > i + maxl || is_blank(b + i, e - i) ||
	    find3(b + i, e - i, "，") != NULL)
		return 0;
	*q = b + i;
	return e - i;
}

/*
 * 细颗粒物（PM2.5）平均浓度下降9.1%: a note in brackets inside a name
 * does not end it.  When the clause of figure k starts right after a
 * closing bracket whose opening one follows words of the same clause,
 * those words, as a noun phrase, into buf: the front of the name.  Its
 * length, or 0.
 */
static size_t
before_note(const struct ctx *c, size_t s0, size_t lo, size_t k,
    size_t cstart, char *buf, size_t bufsz)
{
	const char	*b = c->t->buf;
	size_t		 d, open, a;

	for (d = k; d-- > lo;)
		if (c->sp[d].type == SP_DELIM || c->sp[d].type == SP_FIG)
			break;
	if (d < lo || d >= k || c->sp[d].type != SP_DELIM ||
	    c->sp[d].end != cstart || !(lit(b + c->sp[d].start, 3, "）") ||
	    b[c->sp[d].start] == ')'))
		return 0;
	/* The opening bracket is the mark before: nothing between. */
	for (open = d; open-- > lo;)
		if (c->sp[open].type == SP_DELIM || c->sp[open].type == SP_FIG)
			break;
	if (open < lo || open >= d || c->sp[open].type != SP_DELIM ||
	    !(lit(b + c->sp[open].start, 3, "（") || b[c->sp[open].start] ==
	    '('))
		return 0;
	/* The words before it, from the clause's start. */
	a = s0;
	for (d = open; d-- > lo;)
		if (c->sp[d].type == SP_DELIM || c->sp[d].type == SP_FIG) {
			a = c->sp[d].end;
			break;
		}
	if (a >= c->sp[open].start)
		return 0;
	return noun_phrase(c, a, c->sp[open].start, lo, open, buf, bufsz);
}

/*
 * Is the count whose unit ends at e the pool of a ranking: 11个地市中
 * 排名第5, 百强县中位列?  A few characters, then 中 and the rank.
 */
static int
ranking_pool(const struct ctx *c, size_t e, size_t s1)
{
	const char	*b = c->t->buf;
	size_t		 i, n;

	for (i = e; i < s1 && i < e + 24 && (unsigned char)b[i] >= 0xe4;
	    i += clen(b + i))
		if (i > e && lit(b + i, s1 - i, "中")) {
			n = s1 - i - 3;
			return lit(b + i + 3, n, "排名") || lit(b + i + 3, n,
			    "排在") || lit(b + i + 3, n, "排第") ||
			    lit(b + i + 3, n, "位列") || lit(b + i + 3, n,
			    "位居") || lit(b + i + 3, n, "居第") ||
			    lit(b + i + 3, n, "列第");
		}
	return 0;
}

/*
 * Put pre in front of name ind (of bufsz bytes) and make its id the noun
 * phrase's: 总量 after 新增市场主体 is 市场主体总量.  Nothing when it does
 * not fit.
 */
static void
prefix_name(char *ind, size_t indsz, const char *pre, char *id, size_t idsz)
{
	size_t	 pl = strlen(pre), n = strlen(ind);

	if (pl + n >= indsz)
		return;
	memmove(ind + pl, ind, n + 1);
	memcpy(ind, pre, pl);
	np_id(id, idsz, ind);
}

/* The id of name ind (n bytes): its lexicon word's if it is one, whole
 * (固定资产投资), else np:. */
static void
name_id(const struct ctx *c, const char *ind, size_t n, char *id,
    size_t idsz)
{
	const struct sb_lex_entry *e;

	if (lex_may(c, SB_LEX_IND, ind, n) && sb_lex_match(c->lx, SB_LEX_IND,
	    ind, n, &e) == n)
		scopy(id, idsz, e->a);
	else
		np_id(id, idsz, ind);
}

/* name_id() of the longest ending of ind that is a word of the lexicon. */
static void
suffix_id(const struct ctx *c, const char *ind, size_t n, char *id,
    size_t idsz)
{
	const struct sb_lex_entry *e;
	size_t		 j;

	for (j = 0; j < n; j += clen(ind + j))
		if (lex_may(c, SB_LEX_IND, ind + j, n - j) &&
		    sb_lex_match(c->lx, SB_LEX_IND, ind + j, n - j, &e) ==
		    n - j) {
			scopy(id, idsz, e->a);
			return;
		}
	np_id(id, idsz, ind);
}

/*
 * Does 全年 come in [s0, e), not as a goal's (全年目标, 全年任务)?  The
 * figures of a sentence ask in order: the search goes on from where the
 * last one stopped, so a long sentence is read once.
 */
static int
whole_year(struct ctx *c, size_t s0, size_t e)
{
	const char	*b = c->t->buf, *q;
	size_t		 i, n = c->t->len;

	if (c->wy_s0 != s0 + 1) {
		c->wy_s0 = s0 + 1;
		c->wy_at = (size_t)-1;
		c->wy_done = s0;
	}
	while (c->wy_at == (size_t)-1 && c->wy_done + 6 <= e) {
		if ((q = find3(b + c->wy_done, e - c->wy_done, "全")) == NULL) {
			c->wy_done = e;
			break;
		}
		i = (size_t)(q - b);
		if (lit(b + i, n - i, "全年") && !lit(b + i + 6, n - i - 6,
		    "目标") && !lit(b + i + 6, n - i - 6, "任务") &&
		    !lit(b + i + 6, n - i - 6, "计划"))
			c->wy_at = i;
		c->wy_done = i + 3;
	}
	return c->wy_at != (size_t)-1 && c->wy_at + 6 <= e;
}

/*
 * Attach and emit the figure span k of the sentence [s0, s1).
 * prev_ind carries the last indicator of the sentence for lists.
 */
static int
emit(struct ctx *c, size_t s0, size_t s1, size_t k, char *prev_ind,
    size_t prev_indsz, char *prev_id, size_t prev_idsz, int *prev_kind)
{
	const struct span *s = &c->sp[k];
	struct fig	 fcopy = s->fig;
	const struct fig *f = &fcopy;
	const char	*b = c->t->buf;
	struct sb_obs	 o;
	char		 ind[256], id[300], per[40], sent[4096], after[256],
			 rname[256];
	char		*dp;
	const char	*zhan, *wq;
	const struct span *pspan = NULL, *rspan = NULL, *ispan = NULL,
			*pointspan = NULL;
	const struct sb_obs *po;
	const struct span *rplace = NULL;
	const char	*region = NULL;
	size_t		 cstart = s0, kk, n, line, col, off, lo, ue, rn, nl,
			 tcue = 0, wl;
	int		 dir = 0, growthcue = 0, sharecue = 0, target = 0,
			 past = 0, now = 0, adjacent = 0, inherited = 0, rc,
			 figs, noted = 0, part, inherit = 0;
	struct sb_period pp;
	struct resp	 resp;

	lo = k > CONTEXT_SPANS ? k - CONTEXT_SPANS : 0;

	/* 在全省11个地市中排名第5: the places ranked are no figure. */
	if (fcopy.kind == SB_KIND_COUNT && ranking_pool(c, fcopy.unit_end, s1))
		return SB_OK;
	/* 3.4个、1个百分点: a list shares the unit written last. */
	if (k + 2 < c->spsz && c->sp[k + 1].type == SP_DELIM &&
	    c->sp[k + 2].type == SP_FIG && STREQ(fcopy.unit, "个") &&
	    STREQ(c->sp[k + 2].fig.unit, "个百分点") &&
	    list_gap(c, s->end, c->sp[k + 2].start)) {
		snprintf(fcopy.unit, sizeof(fcopy.unit), "个百分点");
		fcopy.base = c->sp[k + 2].fig.base;
		fcopy.factor = c->sp[k + 2].fig.factor;
		fcopy.kind = c->sp[k + 2].fig.kind;
	}
	/* 分别增长8.9%、7.7%: a list item takes the verb of the first. */
	if (list_prev(c, k, lo) != k && c->list_dir != 0 &&
	    c->list_base != NULL && strcmp(fcopy.base, c->list_base) == 0)
		inherited = c->list_dir;
	/* Clause start: after the last mark or figure before this one. */
	for (kk = k; kk-- > lo;) {
		if (c->sp[kk].type == SP_DELIM || c->sp[kk].type == SP_FIG) {
			cstart = c->sp[kk].end;
			break;
		}
	}
	/* 签署产品销售、技术交易合同等总额达: a short item before 、
	 * is coordinated with the name, not a clause of its own. */
	if (kk < k && kk > lo && c->sp[kk].type == SP_DELIM &&
	    lit(b + c->sp[kk].start, 3, "、") && c->sp[kk - 1].type ==
	    SP_DELIM && c->sp[kk].start - c->sp[kk - 1].end <= 24 &&
	    c->sp[kk].start > c->sp[kk - 1].end &&
	    !lit(b + c->sp[kk - 1].start, 3, "、"))
		cstart = c->sp[kk - 1].end;
	/* “150兆瓦风光发电项目”: the quoted name is the clause. */
	if (s->fig.quote > cstart)
		cstart = s->fig.quote;
	/* 年末共有医疗卫生机构3910个，其中医院194个: a part is of the
	 * whole's time. */
	part = lit(b + cstart, s->start - cstart, "其中") != 0 ||
	    (cstart >= s0 + 9 && lit(b + cstart - 9, 9, "其中，"));
	/* Nearest spans before the figure: clause first, then sentence. */
	for (kk = k, figs = 0; kk-- > lo;) {
		const struct span *t = &c->sp[kk];

		if (t->type == SP_FIG)
			figs++;
		/* A base of comparison is no figure's period, unless the
		 * figure is its own: 比2017年的60微克. */
		/* 从2020年的223名上升到139名: a period owned by another
		 * figure (年的223名) is not this one's. */
		/* 年末 speaks for the figure after it: 年末失业率5.2%，居民
		 * 消费价格上涨2.5% (over the year); 一季度末，存款余额. */
		/* (年末失业率5.2%，居民消费价格上涨2.5%: the year of the
		 * moment, if nothing closer.) */
		if (t->type == SP_PERIOD && pspan == NULL && t->per.point &&
		    figs > 0 && !frame(c, t) && !part && !t->scope &&
		    pointspan == NULL)
			pointspan = t;
		if (t->type == SP_PERIOD && pspan == NULL && !(t->per.point &&
		    figs > 0 && !frame(c, t) && !part) && (!t->scope ||
		    (t->scope == 1 &&
		    s->start == t->end + 3 && lit(b + t->end, 3, "的"))) &&
		    !(kk + 1 < k && c->sp[kk + 1].type == SP_FIG &&
		    c->sp[kk + 1].start == t->end + 3 &&
		    lit(b + t->end, 3, "的")))
			pspan = t;
		/* An organisation speaks for its own clause, or for the
		 * sentence it opens; a place for the whole sentence. */
		if ((t->type == SP_REGION || t->type == SP_PRONOUN) &&
		    rspan == NULL && !t->scope && !(t->level == 4 &&
		    t->type == SP_REGION && t->start < cstart &&
		    !first_span(c, kk)) && !(t->type == SP_REGION &&
		    t->start < cstart && above_home(c, t->e)))
			rspan = t;
		if (t->type == SP_IND && ispan == NULL && t->start >= cstart)
			ispan = t;
		if (t->type == SP_CUE && t->start >= cstart) {
			/* 上升至87.2%, 降到39: the level reached, not a change. */
			/* (经济增长的贡献率: a noun's attribute.) */
			if (STREQ(t->e->a, "dir") && dir == 0 &&
			    !lit(b + t->end, s1 - t->end, "至") &&
			    !lit(b + t->end, s1 - t->end, "到") &&
			    !lit(b + t->end, s1 - t->end, "的"))
				dir = t->e->b[0] == '-' ? -1 : 1;
			if (STREQ(t->e->a, "kind")) {
				if (STREQ(t->e->b, "growth"))
					growthcue = 1;
				else if (STREQ(t->e->b, "share"))
					sharecue = 1;
			}
		}
		/* (完成年度目标任务的103%: a rate of completion, no goal,
		 * for this figure or the next.) */
		if (t->type == SP_CUE && STREQ(t->e->a, "target") &&
		    !completion(c, t->end, s1)) {
			if (!target)
				tcue = t->start;
			target = 1;
		}
		if (t->type == SP_CUE && STREQ(t->e->a, "past"))
			past = 1;
		if (t->type == SP_CUE && STREQ(t->e->a, "time"))
			now = 1;
	}
	/* “……125259吨！”潞安化工太化新材料公司车间主任介绍说: figures of
	 * a quotation with no place of their own are the speaker's. */
	if (rspan == NULL && lit(b + s0, s1 - s0, "“"))
		rspan = speaker(c, s0, s1, k);
	/* Results reported one after another share their tense. */
	/* 今年计划改造45个，目前已开工38个: what is done already is no
	 * goal, whatever the clause before planned. */
	if (target && tcue < cstart) {
		const char *cm = find3(b + tcue, cstart - tcue, "，");
		size_t	 from = cm != NULL ? (size_t)(cm - b) : cstart;

		if (find3(b + from, s->start - from, "已") != NULL ||
		    find3(b + from, s->start - from, "目前") != NULL)
			target = 0;
	}
	/* (目前已开工38个: 已 in the clause says so too.) */
	if (!target && (c->sec_past || perfective(c, cstart, s->start) ||
	    find3(b + cstart, s->start - cstart, "已") != NULL))
		past = 1;
	/* 一季度和二季度分别增长8.9%、7.7%: the n-th figure of a list after
	 * 分别 takes the n-th period named before it. */
	respectively(c, k, lo, &pspan, &resp);
	/* A period right after the figure in its clause: 60 (2017年). */
	if (pspan == NULL)
		for (kk = k + 1; kk < c->spsz && c->sp[kk].type != SP_FIG &&
		    c->sp[kk].type != SP_DELIM; kk++)
			if (c->sp[kk].type == SP_PERIOD) {
				pspan = &c->sp[kk];
				break;
			}

	memset(&o, 0, sizeof(o));
	/* Period. */
	if (pspan != NULL) {
		pp = pspan->per;
		/* 1—10月……去年同期，进出口总额为1024亿元: the same part of
		 * the year before. */
		if (pp.relative && pp.gran == SB_GRAN_YEAR &&
		    lit(b + pspan->end, s1 - pspan->end, "同期") &&
		    (c->sec_period.gran == SB_GRAN_MONTHS ||
		    c->sec_period.gran == SB_GRAN_MONTH ||
		    c->sec_period.gran == SB_GRAN_QUARTER ||
		    c->sec_period.gran == SB_GRAN_HALF) &&
		    c->sec_period.y1 == pp.y1 + 1) {
			int	 y = pp.y1;

			pp = c->sec_period;
			pp.y1 = y;
			if (pp.y2 != 0)
				pp.y2 = y;
		}
	} else if (pointspan != NULL && pointspan->per.gran == SB_GRAN_MONTH) {
		memset(&pp, 0, sizeof(pp));
		pp.gran = SB_GRAN_YEAR;
		pp.y1 = pp.y2 = pointspan->per.y1;
		pp.relative = pointspan->per.relative;
	} else if (now && !target && c->pub.y)
		/* 截至目前 in the sentence: as of the month published,
		 * whatever year the story speaks of. */
		published(c, &pp, 1);
	else if (c->sec_span.gran == SB_GRAN_YEARS && !target) {
		/* After years past are named: a change or a yearly average
		 * is of them all, a level of the last. */
		pp = c->sec_span;
		if (f->kind != SB_KIND_GROWTH && !(STREQ(f->base, "%") &&
		    (dir != 0 || growthcue)) && !yearly(c, cstart, s->start)) {
			pp.gran = SB_GRAN_YEAR;
			pp.y1 = pp.y2;
			/* 由67.9%上升到87.9%: where it started is the year
			 * before them. */
			if (s->start >= s0 + 3 && (lit(b + s->start - 3, 3,
			    "由") || lit(b + s->start - 3, 3, "从")) &&
			    k + 1 < c->spsz && c->sp[k + 1].type == SP_CUE &&
			    (lit(b + c->sp[k + 1].end, s1 - c->sp[k + 1].end,
			    "到") || lit(b + c->sp[k + 1].end, s1 -
			    c->sp[k + 1].end, "至")))
				pp.y1 = pp.y2 = c->sec_span.y1 - 1;
		}
	} else if (c->sec_period.gran != SB_GRAN_NONE && !(past &&
	    c->sec_period.gran == SB_GRAN_YEAR &&
	    c->sec_period.y1 == c->pub.y)) {
		/* (Something already done is not of a year still running.) */
		pp = c->sec_period;
		/* 今年以来……举办了4场。还计划举办3场: a plan is for the
		 * year, not for the months so far. */
		if (target && pp.gran != SB_GRAN_YEAR &&
		    pp.gran != SB_GRAN_YEARS && pp.y1 == c->pub.y)
			published(c, &pp, 0);
	}
	else if (c->sec_year.gran == SB_GRAN_YEAR && !(past &&
	    c->sec_year.y1 == c->pub.y))
		pp = c->sec_year;
	else if (!target && c->pub.y && whole_year(c, s0, s->start) &&
	    tense(c, s0, s1) >= 0) {
		/* 全年粮食产量28.6万吨: the year's result, printed by April
		 * for the year before. */
		published(c, &pp, 0);
		if (c->pub.m > 0 && c->pub.m <= 4)
			pp.y1--;
		pp.y2 = pp.y1;
	} else if (now || c->sec_now)
		/* 近日, 截至目前: as of the month published. */
		published(c, &pp, 1);
	else if (lookahead(c, s1)->gran != SB_GRAN_NONE)
		pp = c->sec_ahead;
	else if (c->pub.y && (target || tense(c, s0, s1) < 0))
		/* What is planned with no date is for the running year. */
		published(c, &pp, 0);
	else if (c->pub.m == 1) {
		/* A result printed in January is the year just ended. */
		published(c, &pp, 0);
		pp.y1--;
	} else
		published(c, &pp, 1);
	/* 以年入洗360万吨原煤计算, 一份来自房管局的数据显示: an estimate
	 * and data cited with no date have no period. */
	if (pspan == NULL && (c->sec_undated || undated(c, s0, s1,
	    s->start)))
		memset(&pp, 0, sizeof(pp));
	/* 今年 in a January story of results done is the year just
	 * ended: a review written at the turn of the year. */
	if (pspan != NULL && pp.gran == SB_GRAN_YEAR && pp.relative &&
	    c->pub.m == 1 && pp.y1 == c->pub.y && !target &&
	    tense(c, s0, s1) > 0)
		pp.y1--;
	/* 连续三年全国第二: the run of years up to the one found. */
	if (pp.gran == SB_GRAN_YEAR && (n = run_of_years(c, cstart,
	    s->start)) > 1) {
		pp.gran = SB_GRAN_YEARS;
		pp.y2 = pp.y1;
		pp.y1 -= (int)n - 1;
	}
	/*
	 * A full year not over yet when published is a plan: stated in the
	 * sentence, or carried into a list of what will be done (a clause
	 * led by a verb, no subject of its own).  Not 今年 alone in a
	 * sentence that says neither 将 nor 了 (今年新增就业3.2万人): so far
	 * this year.
	 */
	if (!past && c->pub.y && ((pp.gran == SB_GRAN_YEAR &&
	    (pp.y1 > c->pub.y || (pp.y1 == c->pub.y && c->pub.m > 0 &&
	    c->pub.m < 12)))) && (pspan != NULL || c->sec_plan) &&
	    !(pspan != NULL && pspan->per.relative && pp.y1 == c->pub.y &&
	    !c->sec_plan && tense(c, s0, s1) == 0))
		target = 1;
	sb_period_fmt(&pp, per, sizeof(per));

	/* A list after 分别: the n-th name or place. */
	rn = respective(c, &resp, s0, lo, rname, sizeof(rname), &rplace);
	if (rplace != NULL)
		rspan = rplace;

	/* Region. */
	if (rspan != NULL && rspan->type == SP_PRONOUN && rspan->level == 4 &&
	    (region = org_before(c, lo, rspan)) != NULL)
		;	/* 东沟村党支部牵头，该村……: named in this sentence */
	else if (rspan != NULL && rspan->type == SP_PRONOUN) {
		region = resolve_pronoun(c, rspan->level);
		/* 小店区……清徐县……该区: the last 区, not the last county. */
		if (rspan->level == 3 && region == c->last_county &&
		    region != NULL && rspan->end >= rspan->start + 3) {
			if (lit(b + rspan->end - 3, 3, "区") &&
			    c->last_qu != NULL)
				region = c->last_qu;
			else if (lit(b + rspan->end - 3, 3, "县") &&
			    c->last_xian != NULL)
				region = c->last_xian;
		}
	}
	else if (rspan != NULL)
		region = rspan->region;
	else if (c->last_org != NULL)
		region = c->last_org;
	else if (c->last_county != NULL && c->sec_county)
		region = c->last_county;
	else if (c->sec_region != NULL)
		region = c->sec_region;
	else
		region = c->home;

	/* Indicator: lexicon name in the clause, else the noun phrase. */
	n = noun_phrase(c, cstart, s->start, lo, k, ind, sizeof(ind));
	if (rn > 0) {
		/* The n-th name is the figure's; the lexicon's word in the
		 * clause may be another item's (城镇、农村居民人均可支配收入):
		 * only a name that is a word of it gives its id. */
		memcpy(ind, rname, rn + 1);
		n = rn;
		ispan = NULL;
	}
	/* 细颗粒物（PM2.5）平均浓度: the words before a note begin the
	 * name; the whole may be a word of the lexicon. */
	if (rn == 0 && n > 0 && ispan == NULL && (nl = before_note(c, s0, lo,
	    k, cstart, after, sizeof(after))) > 0 && nl + n < sizeof(ind)) {
		memmove(ind + nl, ind, n + 1);
		memcpy(ind, after, nl);
		n += nl;
		noted = 1;
	}
	/* 赤字规模4.06万亿元，比上年年初预算增加1800亿元: a change whose
	 * clause opens with its base names the base, not itself. */
	if (rn == 0 && n > 0 && dir != 0 && ((lit(b + cstart, s->start -
	    cstart, "比") && !lit(b + cstart, s->start - cstart, "比重") &&
	    !lit(b + cstart, s->start - cstart, "比例") &&
	    !lit(b + cstart, s->start - cstart, "比率")) ||
	    (lit(b + cstart, s->start - cstart, "较") &&
	    first_word(b + cstart + 3, s->start - cstart - 3,
	    jiao_words) == 0)) && prev_ind[0] != '\0') {
		ind[0] = '\0';
		n = 0;
	}
	/* 综合指数4.65，同比改善3.5%: a change named only by its
	 * direction is of the figure before. */
	if (n == 6 && (STREQ(ind, "改善") || STREQ(ind, "好转"))) {
		ind[0] = '\0';
		n = 0;
	}
	/* 推动青年东街等10余条小街巷: examples before 等 are not the name. */
	if (n > 0 && (dp = strstr(ind, "等")) != NULL && dp[3] == '\0') {
		*dp = '\0';
		n = 0;
	}
	/* (97%申请办理事项可实现……: a share that opens its clause names
	 * its thing after it too.) */
	if ((f->unit_end < s1 || (f->kind == SB_KIND_COUNT &&
	    f->unit_end >= s->start + 6 && lit(b + f->unit_end - 6, 6,
	    "家庭"))) && f->kind != SB_KIND_GROWTH &&
	    (f->kind != SB_KIND_SHARE || n == 0) && f->kind != SB_KIND_RANK) {
		/* 建设3000亩高标准农田, 谋划90个项目: the thing measured
		 * follows the unit; a bare verb before it joins it. */
		size_t	 e = f->unit_end, stop, an, ql = 0;

		/* 16所学校: the noun written in the unit is the thing. */
		if (f->kind == SB_KIND_COUNT && strlen(f->unit) >
		    strlen(f->base) && strncmp(f->unit, f->base,
		    strlen(f->base)) == 0)
			e -= strlen(f->unit) - strlen(f->base);
		/* 惠及近千万家庭: so is 家庭, counted as 户. */
		else if (f->kind == SB_KIND_COUNT && e >= s->start + 6 &&
		    lit(b + e - 6, 6, "家庭"))
			e -= 6;
		/* 25家2022年度新型研发机构: a period between is no part. */
		for (kk = k + 1; kk < c->spsz && kk < k + 3; kk++)
			if (c->sp[kk].type == SP_PERIOD && c->sp[kk].start == e)
				e = c->sp[kk].end;
		/* 6.1万户14.2万名防返贫监测对象: two counts of one thing
		 * written together. */
		if (f->kind == SB_KIND_COUNT && k + 1 < c->spsz &&
		    c->sp[k + 1].type == SP_FIG && c->sp[k + 1].start == e &&
		    c->sp[k + 1].fig.kind == SB_KIND_COUNT)
			e = c->sp[k + 1].fig.unit_end;
		stop = e;
		while (stop < s1 && stop - e < 36 + ql && (age(b + stop,
		    s1 - stop) || quoted_name(b + stop,
		    s1 - stop) || (clause_mark(b + stop, s1 - stop) == 0 &&
		    sentence_end(b + stop, s1 - stop) == 0 &&
		    (unsigned char)b[stop] >= 0xe4 && !lit(b + stop, s1 - stop,
		    "的") && !lit(b + stop, s1 - stop, "和") &&
		    !lit(b + stop, s1 - stop, "与") && !lit(b + stop, s1 - stop,
		    "同") && !lit(b + stop, s1 - stop, "以及") &&
		    !(stop > e && lit(b + stop, s1 - stop, "及")) &&
		    !(stop >= e + 6 && predicate_adverb(b + stop,
		    s1 - stop))))) {
			/* 87万名80岁以上老年人: an age is a word. */
			if (age(b + stop, s1 - stop)) {
				stop += age(b + stop, s1 - stop);
				continue;
			}
			/* 16座“鱼混+”大棚: a quoted name is one word. */
			if (quoted_name(b + stop, s1 - stop)) {
				ql += quoted_name(b + stop, s1 - stop);
				stop += quoted_name(b + stop, s1 - stop);
			} else
				stop += clen(b + stop);
		}

		an = noun_phrase(c, e, stop, k + 1, c->spsz, after,
		    sizeof(after));
		/* 对辖区16所学校: a long phrase before a count with no
		 * verb next to the figure leaves the thing counted alone. */
		if (an >= 6 && ispan == NULL && (f->kind == SB_KIND_COUNT ||
		    (area(f->base) && !copula(c, s0, s->start))) &&
		    n > 15 && !action_verb(ind + n - 6))
			n = 0;
		if (an >= 6 && n + an + 1 < sizeof(ind) && (n == 0 ||
		    ispan == NULL) && (n <= 15 || action_verb(ind + n - 6))) {
			/* 在稻田公园打造50亩……: of the words before, only
			 * the verb next to the figure. */
			if (n > 6 && action_verb(ind + n - 6)) {
				memmove(ind, ind + n - 6, 6);
				n = 6;
			} else if (n > 6 && action_verb(ind) &&
			    place_suffix(ind + n - 3))
				n = 6;	/* 推动三家村16座……: the verb */
			memcpy(ind + n, after, an + 1);
			n += an;
		}
		/* 实现营业收入4000亿元的目标: a goal, not a thing named. */
		if (an == 0 && (lit(b + e, s1 - e, "的目标") ||
		    lit(b + e, s1 - e, "的任务") ||
		    lit(b + e, s1 - e, "的预期目标")))
			target = 1;
		/* 设立首期规模4.12亿元的转化基金: what the figure measures
		 * follows 的; the word before it is its attribute. */
		else if (an == 0 && f->kind == SB_KIND_LEVEL && n > 0 &&
		    lit(b + e, s1 - e, "的")) {
			size_t	 a0 = n >= 6 && action_verb(ind) ? 6 : 0;

			/* (…的中试基地基本建成: up to the predicate.) */
			for (stop = e + 3; stop < s1 && stop - e < 39 &&
			    !(stop > e + 3 && (action_verb(b + stop) ||
			    predicate_adverb(b + stop, s1 - stop))) &&
			    clause_mark(b + stop, s1 - stop) == 0 &&
			    sentence_end(b + stop, s1 - stop) == 0 &&
			    (unsigned char)b[stop] >= 0xe4 &&
			    !lit(b + stop, s1 - stop, "的");
			    stop += clen(b + stop))
				;
			an = noun_phrase(c, e + 3, stop, k + 1, c->spsz,
			    after, sizeof(after));
			if (n - a0 <= 12 && an >= 6 && an + n - a0 < sizeof(ind)) {
				memmove(ind + an, ind + a0, n - a0);
				memcpy(ind, after, an);
				n = an + n - a0;
				ind[n] = '\0';
				ispan = NULL;	/* this project's, not all */
			}
		}
	}
	/* 发行超长期特别国债……，今年先发行1万亿元: a verb alone, with
	 * nothing after the unit, names what it was done to earlier in
	 * the sentence. */
	if (rn == 0 && n == 6 && action_verb(ind) && f->kind == SB_KIND_LEVEL &&
	    (nl = verb_object(c, s0, lo, k, cstart, ind, after,
	    sizeof(after))) > 0 && nl + 6 < sizeof(ind)) {
		memcpy(ind + 6, after, nl + 1);
		n = 6 + nl;
	}
	/* 全省排名第三: a rank in a clause of its own is the rank of its
	 * scope. */
	if (n == 0 && f->kind == SB_KIND_RANK && ispan == NULL &&
	    s->start > cstart && s->start - cstart <= 24) {
		ue = s->start;
		if (lit(b + ue - 3, 3, "第"))
			ue -= 3;
		if (ue >= cstart + 6 && lit(b + ue - 6, 6, "排名")) {
			memcpy(ind, b + cstart, ue - cstart);
			n = ue - cstart;
			ind[n] = '\0';
		}
	}
	/* 财政支出八成左右用于民生事业: a share of what goes where. */
	ue = f->unit_end;
	if (lit(b + ue, s1 - ue, "左右") || lit(b + ue, s1 - ue, "以上"))
		ue += 6;
	if (STREQ(f->base, "%") && f->kind != SB_KIND_GROWTH && n > 0 &&
	    lit(b + ue, s1 - ue, "用于")) {
		size_t	 stop = ue + 6;

		while (stop < s1 && stop - ue < 42 &&
		    clause_mark(b + stop, s1 - stop) == 0 &&
		    sentence_end(b + stop, s1 - stop) == 0 &&
		    (unsigned char)b[stop] >= 0xe4)
			stop += clen(b + stop);
		if (n + (stop - ue) < sizeof(ind)) {
			memcpy(ind + n, b + ue, stop - ue);
			n += stop - ue;
			ind[n] = '\0';
			ispan = NULL;	/* a share of it, no longer it */
		}
	}
	/* 向吉布提捐赠, 近日向困难群众发放: whom it went to is no part of
	 * what was given, nor what comes before; the verb names it. */
	if (n > 9 && action_verb(ind + n - 6)) {
		size_t	 j;

		for (j = 0; j + 9 < n; j += clen(ind + j))
			if (lit(ind + j, n - j, "向")) {
				memmove(ind, ind + n - 6, 7);
				n = 6;
				break;
			}
	}
	/* 规模以上工业企业实现营业收入: a lexicon word that does
	 * something is the subject, not what is measured; 占地区生产总值
	 * 比重: nor is the whole a share is of. */
	if (ispan != NULL && ispan->end + 9 <= s->start &&
	    (lit(b + ispan->end, s->start - ispan->end, "实现") ||
	    lit(b + ispan->end, s->start - ispan->end, "完成")))
		ispan = NULL;
	if (ispan != NULL && ispan->start >= cstart + 3 && (zhan = find3(b +
	    cstart, ispan->start - cstart, "占")) != NULL) {
		/* (The part's word, before 占, if the lexicon has it.) */
		ispan = NULL;
		for (kk = lo; kk < k; kk++)
			if (c->sp[kk].type == SP_IND && c->sp[kk].start >=
			    cstart && c->sp[kk].end <= (size_t)(zhan - b))
				ispan = &c->sp[kk];
	}
	if (ispan != NULL) {
		scopy(id, sizeof(id), ispan->e->a);
		/* (太原市、大同市……分别实现地区生产总值: the places are the
		 * list's; the lexicon names what they report.) */
		if (n == 0 || rplace != NULL) {
			scopy(ind, sizeof(ind), ispan->e->b);
			n = strlen(ind);
		}
	} else if (rn > 0 && n > 0)
		name_id(c, ind, n, id, sizeof(id));
	else if (noted)
		/* 地级及以上城市细颗粒物平均浓度: the lexicon's word that
		 * ends it. */
		suffix_id(c, ind, n, id, sizeof(id));
	else if (n > 0)
		np_id(id, sizeof(id), ind);
	else if ((po = paired_before(c, &resp, lo)) != NULL) {
		scopy(ind, sizeof(ind), po->indicator);
		scopy(id, sizeof(id), po->indicator_id);
	} else if (resp.nth > 0 && (po = obs_at(c, c->sp[resp.first].start)) !=
	    NULL && po->indicator[0] != '\0') {
		/* 晋中市、吕梁市生产总值分别增长5.1%、4.8%: the list's. */
		scopy(ind, sizeof(ind), po->indicator);
		scopy(id, sizeof(id), po->indicator_id);
	} else if ((po = same_unit_before(c, s0, f->base)) != NULL) {
		/* 优良天数186天，优良天数比例68.1%，增加12天: the figure
		 * before in the same unit. */
		scopy(ind, sizeof(ind), po->indicator);
		scopy(id, sizeof(id), po->indicator_id);
	} else if (cstart >= s0 + 3 && (lit(b + cstart - 3, 3, "）") ||
	    b[cstart - 1] == ')') && (n = subject_before(c, s0, lo, k, cstart,
	    ind, sizeof(ind))) > 0) {
		/* ；固定资产投资（不含农户）同比下降2.1%: the subject before
		 * the note, not the figure before. */
		name_id(c, ind, n, id, sizeof(id));
	} else if (prev_ind[0] != '\0') {
		/* 增长67.6%: the subject of the figure before; 完成预算的
		 * 78.6%，同口径增长6.2%: the amount's, not the share's. */
		inherit = 1;
		if (STREQ(f->unit, "%") && (dir != 0 || growthcue) &&
		    !sharecue && c->prev_level[0] != '\0') {
			scopy(ind, sizeof(ind), c->prev_level);
			scopy(id, sizeof(id), c->prev_level_id);
		} else {
			scopy(ind, sizeof(ind), prev_ind);
			scopy(id, sizeof(id), prev_id);
		}
	} else if ((STREQ(f->unit, "%") || STREQ(f->base, "百分点")) &&
	    (dir != 0 || growthcue) && c->prev_growth[0] != '\0') {
		/* 居民消费价格同比上涨0.6%，1至9月平均上涨0.2%: the growth
		 * before, over another time; 增长3.5%，较上月回落1.8个百分点:
		 * a change of that growth, a series of its own. */
		scopy(ind, sizeof(ind), c->prev_growth);
		scopy(id, sizeof(id), c->prev_growth_id);
		if (STREQ(f->base, "百分点")) {
			if (strstr(ind, "速") == NULL && strstr(ind, "幅") ==
			    NULL)
				strncat(ind, "增速", sizeof(ind) - strlen(ind) -
				    1);
			np_id(id, sizeof(id), ind);
		}
	} else if ((n = subject_before(c, s0, lo, k, cstart, ind,
	    sizeof(ind))) > 0) {
		/* ……的药械物资，价值折合人民币39万元: the value of the thing
		 * the clause before names (its head, after 的). */
		if (lit(b + cstart, s->start - cstart, "价值")) {
			char	*h = ind, *q;

			while ((q = strstr(h, "的")) != NULL && strlen(q + 3) >= 6)
				h = q + 3;
			n = strlen(h);
			memmove(ind, h, n + 1);
			if (n + 7 <= sizeof(ind) && !(n >= 6 &&
			    memcmp(ind + n - 6, "价值", 6) == 0)) {
				memcpy(ind + n, "价值", 7);
				n += 6;
			}
		}
		name_id(c, ind, n, id, sizeof(id));
	} else {
		ind[0] = '\0';
		snprintf(id, sizeof(id), "np:");
	}

	/* 新增市场主体1.2万户，总量突破8万户; 转移支付增加1.5万亿元、规模
	 * 近9.8万亿元; 增长5.2%，增速比一季度加快0.6个百分点: a total or a
	 * rate named by that word alone is of the thing of the figure
	 * before. */
	if ((STREQ(ind, "总量") || STREQ(ind, "规模") || STREQ(ind, "总规模") ||
	    STREQ(ind, "总数") || STREQ(ind, "总额") || STREQ(ind, "增速") ||
	    STREQ(ind, "增幅")) && c->prev_level[0] != '\0') {
		const char *pv = c->prev_level;

		/* (The total of what is new is of them all.) */
		if (lit(pv, strlen(pv), "新增") && strlen(pv) > 6)
			pv += 6;
		prefix_name(ind, sizeof(ind), pv, id, sizeof(id));
	}
	/* 税收收入150亿元，占一般公共预算收入的比重为72.3%: the share of
	 * the figure before in the whole named after 占, not the whole. */
	if (STREQ(f->base, "%") && lit(ind, strlen(ind), "占") &&
	    prev_ind[0] != '\0')
		prefix_name(ind, sizeof(ind), prev_ind, id, sizeof(id));
	/* 浓度为39微克/立方米，排名第3位; 收入增长4.8%，增速居全省第一:
	 * the rank of the figure before. */
	if (f->kind == SB_KIND_RANK && (prev_ind[0] != '\0' ||
	    (po = first_of_sentence(c, s0)) != NULL))
		rank_of(ind, sizeof(ind), id, sizeof(id), prev_ind[0] != '\0' ?
		    prev_ind : po->indicator);
	else if (f->kind == SB_KIND_RANK && (n = ranking(c, s0, lo, k, after,
	    sizeof(after))) > 0)
		rank_of(ind, sizeof(ind), id, sizeof(id), after);
	else if (f->kind == SB_KIND_RANK)
		rank_of(ind, sizeof(ind), id, sizeof(id), NULL);
	/* 位列“数字经济百强市”第35位: a rank is named as one (but 50强),
	 * without the marks of a title nor the year in it, and not 中 of
	 * 榜单中. */
	if (f->kind == SB_KIND_RANK && (n = rank_name(ind)) > 0 &&
	    strncmp(id, "np:", 3) == 0)
		np_id(id, sizeof(id), ind);
	n = strlen(ind);
	if (f->kind == SB_KIND_RANK && !STREQ(f->unit, "强") && n >= 6 &&
	    n + 7 <= sizeof(ind) && memcmp(ind + n - 6, "排名", 6) != 0 &&
	    memcmp(ind + n - 6, "位次", 6) != 0 &&
	    memcmp(ind + n - 6, "名次", 6) != 0) {
		memcpy(ind + n, "排名", 7);
		if (strncmp(id, "np:", 3) == 0)
			np_id(id, sizeof(id), ind);
	}
	/* Kind and sign. */
	if (inherited != 0 && dir == 0)
		dir = inherited;
	o.kind = f->kind;
	if (STREQ(f->base, "%") && !STREQ(f->unit, "成") &&
	    f->kind != SB_KIND_GROWTH)
		o.kind = (dir != 0 || growthcue) && !sharecue ?
		    SB_KIND_GROWTH : SB_KIND_SHARE;
	/* 利润增长两成, 重污染天数下降超过五成: tenths of a change; 八成
	 * 用于民生 is a share. */
	if (STREQ(f->unit, "成") && f->kind != SB_KIND_GROWTH && dir != 0 &&
	    !sharecue)
		o.kind = SB_KIND_GROWTH;
	/* 贡献率, 比重, 覆盖率 ... 30%: a rate named is a share. */
	if (o.kind == SB_KIND_GROWTH && STREQ(f->base, "%") &&
	    dir == 0 && ends_with_rate(ind))
		o.kind = SB_KIND_SHARE;
	o.qual = target ? SB_QUAL_TARGET : f->qual;
	/* 外贸总量占全省的80%左右: a part of a whole given roughly, with
	 * no time in its sentence, describes how things stand, not a
	 * period (a rate, 贡献率保持在30%左右, keeps its year). */
	if (o.kind == SB_KIND_SHARE && o.qual == SB_QUAL_APPROX &&
	    (strstr(ind, "占") != NULL || strstr(ind, "比重") != NULL ||
	    strstr(ind, "用于") != NULL)) {
		for (kk = 0; kk < c->spsz && c->sp[kk].type != SP_PERIOD; kk++)
			;
		if (kk == c->spsz)
			per[0] = '\0';
	}
	/* 新增装机超过全球一半: more than a part of a whole is a share of
	 * it too (新增装机占全球比重). */
	n = strlen(ind);
	if (o.kind == SB_KIND_SHARE && n > 0 && (wl = whole_after(c, s0,
	    s->start, "超过", 36, 6, 12, &wq)) > 0) {
		char	*cut;

		if ((cut = strstr(ind, "超过")) != NULL && cut > ind)
			*cut = '\0';
		n = strlen(ind);
		if (n + wl + 10 <= sizeof(ind)) {
			memcpy(ind + n, "占", 3);
			memcpy(ind + n + 3, wq, wl);
			memcpy(ind + n + 3 + wl, "比重", 7);
			if (strncmp(id, "np:", 3) == 0)
				np_id(id, sizeof(id), ind);
			n = strlen(ind);
		}
	}
	/* 占全省的18.1%: a share named up to 占 is of the whole written
	 * after it (外贸总量占全省比重). */
	if (o.kind == SB_KIND_SHARE && n >= 6 && memcmp(ind + n - 3, "占",
	    3) == 0 && (wl = whole_after(c, s0, s->start, "占", 30, 3, 18,
	    &wq)) > 0 && n + wl + 7 <= sizeof(ind)) {
		memcpy(ind + n, wq, wl);
		memcpy(ind + n + wl, "比重", 7);
		if (strncmp(id, "np:", 3) == 0)
			np_id(id, sizeof(id), ind);
	}
	/* 约占全市的四分之一: the qualifier before 占 is the share's. */
	if (o.kind == SB_KIND_SHARE && f->qual == SB_QUAL_EXACT && !target &&
	    s->start > cstart) {
		if (find3(b + cstart, s->start - cstart, "约占") != NULL)
			o.qual = SB_QUAL_APPROX;
		else if (find3(b + cstart, s->start - cstart, "近占") != NULL)
			o.qual = SB_QUAL_UNDER;
		/* (and leaves the name: 地区生产总值占全市比重) */
		if (o.qual != SB_QUAL_EXACT && ((dp = strstr(ind, "约占")) !=
		    NULL || (dp = strstr(ind, "近占")) != NULL))
			memmove(dp, dp + 3, strlen(dp + 3) + 1);
	}
	/* 5G用户占移动电话用户的52%: a part of a whole is named as a
	 * share (5G用户占移动电话用户比重). */
	n = strlen(ind);
	if (o.kind == SB_KIND_SHARE && (dp = strstr(ind, "占")) != NULL &&
	    dp > ind && strlen(dp) >= 9 && n + 7 <= sizeof(ind) &&
	    !(n >= 6 && (memcmp(ind + n - 6, "比重", 6) == 0 ||
	    memcmp(ind + n - 6, "比例", 6) == 0 ||
	    memcmp(ind + n - 6, "占比", 6) == 0 ||
	    memcmp(ind + n - 6, "份额", 6) == 0))) {
		memcpy(ind + n, "比重", 7);
		if (strncmp(id, "np:", 3) == 0)
			np_id(id, sizeof(id), ind);
	}
	/* 工业投资占比46%, 税收收入占比78.2%: the share of a lexicon
	 * indicator in a whole is a series of its own, as its growth. */
	if (o.kind == SB_KIND_SHARE && strncmp(id, "np:", 3) != 0 &&
	    strchr(id, ':') == NULL && (strstr(ind, "占比") != NULL ||
	    strstr(ind, "比重") != NULL || strstr(ind, "占") != NULL))
		strncat(id, ":share", sizeof(id) - strlen(id) - 1);
	/* 增长9.8%，高于全市平均水平2.3个百分点: a gap in growth is the
	 * gap of the growth before. */
	/* (增速高于全省1.2个百分点: the same, 增速 written.) */
	if (o.kind == SB_KIND_GROWTH && STREQ(f->base, "百分点") &&
	    c->prev_growth[0] != '\0') {
		if ((lit(ind, strlen(ind), "增速") || lit(ind, strlen(ind),
		    "增幅")) && gap_word(ind + 6, strlen(ind) - 6))
			memmove(ind, ind + 6, strlen(ind + 6) + 1);
		if (gap_word(ind, strlen(ind)))
			prefix_name(ind, sizeof(ind), c->prev_growth, id,
			    sizeof(id));
	}
	/* A lexicon indicator's growth is a series of its own. */
	if (o.kind == SB_KIND_GROWTH && strncmp(id, "np:", 3) != 0 &&
	    strstr(id, ":growth") == NULL) {
		strncat(id, ":growth", sizeof(id) - strlen(id) - 1);
		if (strstr(ind, "增") == NULL && strstr(ind, "降") == NULL &&
		    strstr(ind, "涨") == NULL && strstr(ind, "幅") == NULL)
			strncat(ind, "增速", sizeof(ind) - strlen(ind) - 1);
	}
	if (o.kind == SB_KIND_GROWTH && ind[0] != '\0' && *prev_kind !=
	    SB_KIND_GROWTH && strcmp(ind, prev_ind) == 0) {
		/* The growth of the level just given (whose id may have
		 * become the growth's above: 增加值 holds 增). */
		strncat(ind, "增速", sizeof(ind) - strlen(ind) - 1);
		if (strstr(id, ":growth") == NULL)
			strncat(id, ":growth", sizeof(id) - strlen(id) - 1);
	}
	o.value = f->value;
	o.value_hi = f->value_hi;
	/* 减收8.3亿元: a decrease written right before an amount. */
	if (k > 0 && c->sp[k - 1].type == SP_CUE && c->sp[k - 1].end ==
	    s->start && STREQ(c->sp[k - 1].e->a, "dir") &&
	    c->sp[k - 1].e->b[0] == '-' && o.kind != SB_KIND_SHARE &&
	    o.kind != SB_KIND_RANK)
		dir = -1, adjacent = 1;
	if ((o.kind == SB_KIND_GROWTH || adjacent) && dir < 0) {
		o.value = -f->value_hi;
		o.value_hi = -f->value;
	}
	o.base_value = o.value * f->factor;
	o.base_value_hi = o.value_hi * f->factor;
	/* 是2020年的4.5倍, 相当于去年的1.3倍: a ratio, so the growth is
	 * 350 % (增长4.5倍 is 450 %). */
	if (STREQ(f->unit, "倍") && s->start >= cstart + 6 &&
	    lit(b + s->start - 3, 3, "的") && (find3(b + cstart,
	    s->start - cstart, "是") != NULL || find3(b + cstart,
	    s->start - cstart, "相当于") != NULL || find3(b + cstart,
	    s->start - cstart, "为") != NULL)) {
		o.base_value = (o.value - 1) * 100;
		o.base_value_hi = (o.value_hi - 1) * 100;
	}
	/* A value no count or amount reaches is noise, not a figure. */
	if (!(fabs(o.base_value) <= 1e18) || !(fabs(o.base_value_hi) <= 1e18))
		return SB_OK;
	/* Round away float noise of the scale (4.12 x 1e8). */
	o.base_value = round(o.base_value * 1e6) / 1e6;
	o.base_value_hi = round(o.base_value_hi * 1e6) / 1e6;

	/* Provenance. */
	off = sb_text_orig(c->t, s->start);
	linecol(c, off, &line, &col);
	/* The sentence, or a window of it around the figure when long. */
	{
		size_t	 w0 = s0, w1 = s1, m = 0;

		if (w1 - w0 > SENTENCE_MAX) {
			if (s->start > w0 + SENTENCE_MAX / 2)
				w0 = s->start - SENTENCE_MAX / 2;
			if (w1 > w0 + SENTENCE_MAX)
				w1 = w0 + SENTENCE_MAX;
			while (w0 > s0 && ((unsigned char)b[w0] & 0xc0) == 0x80)
				w0--;
			while (w1 < s1 && ((unsigned char)b[w1] & 0xc0) == 0x80)
				w1++;
		}
		if (w0 > s0)
			m += (size_t)snprintf(sent, sizeof(sent), "…");
		memcpy(sent + m, b + w0, w1 - w0);
		m += w1 - w0;
		if (w1 < s1)
			m += (size_t)snprintf(sent + m, sizeof(sent) - m, "…");
		sent[m] = '\0';
		n = m;
	}
	for (dp = sent; (dp = strpbrk(dp, "\n\t\r")) != NULL; dp++)
		*dp = ' ';
	o.doc = (char *)c->info->name;
	o.line = line;
	o.col = col;
	o.offset = off;
	o.indicator = ind;
	o.indicator_id = id;
	/* 全国居民人均可支配收入30941元，比上年同期名义增长5.2%: a figure
	 * named after the one before, with no place of its own, is of
	 * that one's place. */
	if (inherit && rspan == NULL && c->prev_region != NULL)
		region = c->prev_region;
	o.region = (char *)(region != NULL ? region : "");
	o.period = per;
	o.unit = (char *)f->unit;
	o.base_unit = (char *)f->base;
	o.sentence = sent;
	rc = sb_obslist_add(c->out, &o);
	if (ind[0] != '\0' && o.kind == SB_KIND_GROWTH) {
		scopy(c->prev_growth, sizeof(c->prev_growth), ind);
		scopy(c->prev_growth_id, sizeof(c->prev_growth_id), id);
	}
	if (ind[0] != '\0' && o.kind != SB_KIND_GROWTH) {
		scopy(prev_ind, prev_indsz, ind);
		scopy(prev_id, prev_idsz, id);
		/* (A growth in % is of an amount, not of a share.) */
		if (o.kind == SB_KIND_LEVEL || o.kind == SB_KIND_COUNT) {
			scopy(c->prev_level, sizeof(c->prev_level), ind);
			scopy(c->prev_level_id, sizeof(c->prev_level_id), id);
		}
		c->prev_region = o.region;
	}
	*prev_kind = o.kind;
	c->list_dir = o.kind == SB_KIND_GROWTH ? (dir != 0 ? dir : 1) : 0;
	c->list_base = f->base;
	return rc;
}

/*
 * Does the sentence [s0, s1) announce a plan for the running or a coming
 * year ("今年该区将…", "2023年计划…")?  Then the figures listed after it
 * are targets even where their own sentences name no year.
 */
static int
announces_plan(const struct ctx *c, size_t s0, size_t s1)
{
	const char	*b = c->t->buf;
	size_t		 k, i;
	int		 year = 0, will = 0;

	for (k = 0; k < c->spsz; k++) {
		const struct span *t = &c->sp[k];

		if (t->type == SP_PERIOD && t->per.gran == SB_GRAN_YEAR &&
		    !t->scope && t->per.y1 >= c->pub.y && c->pub.y)
			year = 1;
		if (t->type == SP_CUE && STREQ(t->e->a, "target"))
			will = 1;
	}
	/* Look for 将 only in the rare sentence that names such a year. */
	for (i = s0; year && i < s1 && !will; i += clen(b + i))
		if (lit(b + i, s1 - i, "将"))
			will = 1;
	return year && will;
}


/* Record the place spans of a sentence in the section state. */
static void
note_places(struct ctx *c)
{
	size_t	 k;

	for (k = 0; k < c->spsz; k++) {
		/* An organisation carries to the next sentences only as the
		 * subject of its own. */
		if (c->sp[k].type == SP_REGION && c->sp[k].level == 4 &&
		    !c->sp[k].scope && first_span(c, k))
			c->last_org = c->sp[k].region;
		else if (c->sp[k].type == SP_REGION && !c->sp[k].scope &&
		    c->sp[k].e != NULL && !STREQ(c->sp[k].e->b, "org") &&
		    !is_county(c->sp[k].e) && c->sp[k].start == c->sp[0].start)
			c->last_org = NULL;	/* a place leads the sentence */
		if (c->sp[k].type == SP_REGION && is_county(c->sp[k].e))
			set_county(c, c->sp[k].region);
		if (c->sp[k].type == SP_REGION && c->sp[k].level == 4 &&
		    !c->sp[k].scope)
			c->sec_org = c->sp[k].region;
		/* 该区, 全县: the story is about its county. */
		if (c->sp[k].type == SP_PRONOUN && c->sp[k].level == 3)
			c->sec_county = 1;
		/* Pages put headlines far from their story: a place named
		 * at the start of the body outweighs the headline's. */
		if (c->sec_sentences < 2 && c->sp[k].type == SP_REGION &&
		    !c->sp[k].scope && c->sp[k].level != 4 &&
		    c->sp[k].region != c->sec_region &&
		    !above_home(c, c->sp[k].e)) {
			c->sec_region = c->sp[k].region;
			if (!is_county(c->sp[k].e))
				set_county(c, NULL);
			c->sec_sentences = 2;
		}
		/* 到2025年，……力争达到10%: a goal's horizon is no time of
		 * the story. */
		if (c->sp[k].type == SP_PERIOD && c->pub.y &&
		    c->sp[k].per.y1 > c->pub.y && c->sp[k].start >= 3 &&
		    (lit(c->t->buf + c->sp[k].start - 3, 3, "到") ||
		    lit(c->t->buf + c->sp[k].start - 3, 3, "至")) &&
		    (lit(c->t->buf + c->sp[k].end, c->t->len - c->sp[k].end,
		    "，") || c->t->buf[c->sp[k].end] == ','))
			continue;
		/* A year or part of one carries; spans of years and event
		 * days speak for their own sentence only. */
		if (c->sp[k].type == SP_PERIOD && !c->sp[k].scope &&
		    c->sp[k].per.gran != SB_GRAN_NONE &&
		    c->sp[k].per.gran != SB_GRAN_YEARS && !c->sp[k].per.day &&
		    !c->sp[k].per.point)
			c->sec_period = c->sp[k].per;
		/* The story's year outlives a paragraph's quarter. */
		if (c->sp[k].type == SP_PERIOD && !c->sp[k].per.day &&
		    !c->sp[k].scope && c->sp[k].per.gran == SB_GRAN_YEAR) {
			c->sec_year = c->sp[k].per;
			memset(&c->sec_span, 0, sizeof(c->sec_span));
		}
	}
}

/*
 * A dateline at p: 本报讯, 本报太原2月15日讯, 新华社北京3月5日电.
 * Returns its length or 0.
 */
static size_t
dateline(const char *p, size_t n)
{
	size_t	 i, l, lim;

	if ((l = lit(p, n, "本报讯")))
		return l;
	/* (上接第1版): a story continued from another page. */
	if ((l = lit(p, n, "（上接第")) || (l = lit(p, n, "(上接第"))) {
		for (i = (size_t)l; i < n && i < 24; i++)
			if (lit(p + i, n - i, "）") || p[i] == ')')
				return i + (p[i] == ')' ? 1 : 3);
		return 0;
	}
	if (!(l = lit(p, n, "本报")) && !(l = lit(p, n, "新华社")))
		return 0;
	lim = n < 60 ? n : 60;
	for (i = l; i < lim; i++)
		if (lit(p + i, n - i, "讯") || lit(p + i, n - i, "电"))
			return i + 3;
	return 0;
}

/*
 * Is the line at i a headline or a column's name (1), short with no mark
 * of a clause or sentence, or a byline that ends a story (2): 本报记者
 * 姚凡, （何宝国）?  0 for anything else, a photo credit too.
 */
static int
headline_line(const struct ctx *c, size_t i)
{
	const char	*b = c->t->buf, *e;
	size_t		 j, n = c->t->len, chars = 0;

	while (i < n && b[i] == '\n')
		i++;
	/* More than 120 bytes is more than 30 characters: a paragraph. */
	e = memchr(b + i, '\n', n - i < 121 ? n - i : 121);
	if (e == NULL && n - i > 120)
		return 0;
	if (lit(b + i, n - i, "记者") || lit(b + i, n - i, "本报记者") ||
	    lit(b + i, n - i, "（") || b[i] == '(') {
		for (j = i; j < n && b[j] != '\n' && chars <= 12;
		    j += clen(b + j))
			if (++chars > 12 || sentence_end(b + j, n - j) ||
			    lit(b + j, n - j, "，"))
				return 0;
		return (lit(b + j - 3, 3, "）") || b[j - 1] == ')' ||
		    b[i] != '(') && !lit(b + i, n - i, "（上") &&
		    !lit(b + i, n - i, "(上") ? 2 : 0;
	}
	for (j = i; j < n && b[j] != '\n'; j += clen(b + j)) {
		if (++chars > 30 || clause_mark(b + j, n - j) ||
		    sentence_end(b + j, n - j) || (CLS(c, cp_at(b + j)) &
		    CL_NUM))
			return 0;
	}
	if (chars < 4 || (j >= 3 && lit(b + j - 3, 3, "摄")))
		return 0;
	return 1;
}

/*
 * A paragraph break at i (a newline) that cuts a sentence, as page
 * breaks of extracted PDFs do: after a number (推进1000 / 亩营造林), or
 * after a long line that stops mid-word.  The bytes to skip, else 0.
 */
static size_t
page_break(const struct ctx *c, size_t s0, size_t i)
{
	const char	*b = c->t->buf;
	size_t		 j = i, n = c->t->len;

	if (i == s0)
		return 0;
	/* (A few blank lines at most: a page break is no blank page.) */
	while (j < n && j < i + 64 && (b[j] == '\n' || b[j] == ' '))
		j++;
	if (j >= n || (unsigned char)b[j] < 0xe4 || (unsigned char)b[j] > 0xe9)
		return 0;	/* not an ideograph next */
	if (b[i - 1] >= '0' && b[i - 1] <= '9')
		return j - i;
	/* (A line with a comma and no full stop is no headline.) */
	if ((i - s0 < 150 && find3(b + s0, i - s0, "，") == NULL) || i < 3 ||
	    (unsigned char)b[i - 3] < 0xe4 || (unsigned char)b[i - 3] > 0xe9 ||
	    headline_line(c, i) != 0)
		return 0;
	return j - i;
}

/*
 * A new story's time: nothing carries from the one before.  Under a
 * subheading a plan stays a plan, unless the story has ended (all).
 */
static void
forget_periods(struct ctx *c, int all)
{
	memset(&c->sec_period, 0, sizeof(c->sec_period));
	memset(&c->sec_ahead, 0, sizeof(c->sec_ahead));
	if (all || !c->sec_plan) {
		memset(&c->sec_year, 0, sizeof(c->sec_year));
		c->sec_plan = 0;
	}
	c->sec_ahead_done = 0;
	c->sec_past = 0;
	c->sec_now = 0;
	c->sec_undated = 0;
	memset(&c->sec_span, 0, sizeof(c->sec_span));
}

/* New section: the headline is the text between prev_end and here. */
static void
new_section(struct ctx *c, size_t h0, size_t h1)
{
	const struct sb_lex_entry *e;
	size_t		 i, l;
	int		 level;

	c->sec_region = NULL;
	set_county(c, NULL);
	c->last_org = NULL;
	c->sec_org = NULL;
	c->sec_sentences = 0;
	c->sec_county = 0;
	forget_periods(c, 1);
	for (i = h0; i < h1; i += clen(c->t->buf + i)) {
		if ((l = pronoun(c->t->buf + i, h1 - i, &level)) > 0) {
			c->sec_region = resolve_pronoun(c, level);
			break;
		}
		if (lex_may(c, SB_LEX_REGION, c->t->buf + i, h1 - i) &&
		    (l = sb_lex_match(c->lx, SB_LEX_REGION, c->t->buf + i,
		    h1 - i, &e)) > 0 && !inside_word(c, h0, i, l, e)) {
			c->sec_region = e->a;
			if (is_county(e))
				set_county(c, e->a);
			break;
		}
	}
}

/* Date from the article's own dateline when none was given. */
static void
find_date(struct ctx *c)
{
	const char	*b = c->t->buf;
	size_t		 i, j, n = c->t->len, lim = n < 4096 ? n : 4096, l;
	struct sb_period per;
	struct sb_date	 none = { 0, 0, 0 };
	int		 maxyear = 0, dm = 0, dd = 0, y;

	/* The dateline's month and day: 本报太原2月15日讯. */
	for (i = 0; i < lim && dm == 0; i += clen(b + i)) {
		if ((l = dateline(b + i, n - i)) == 0 || lit(b + i, n - i,
		    "本报讯"))
			continue;
		for (j = i; j < i + l; j += clen(b + j))
			if (b[j] >= '1' && b[j] <= '9' && sb_period_scan(b + j,
			    i + l - j, &none, 2000, &per) > 0 &&
			    per.gran == SB_GRAN_MONTH && per.day) {
				dm = per.m1;
				dd = atoi(strstr(b + j, "月") + 3);
				break;
			}
	}
	/* The latest year the text names. */
	for (i = 0; i + 7 <= n; i++)
		if (b[i] >= '1' && b[i] <= '2' && (i == 0 ||
		    !is_alnum((unsigned char)b[i - 1])) && lit(b + i + 4,
		    n - i - 4, "年") && (y = atoi(b + i)) >= 1990 && y <= 2100 &&
		    y > maxyear)
			maxyear = y;
	if (dm != 0 && maxyear != 0) {
		c->pub.y = maxyear;
		c->pub.m = dm;
		c->pub.d = dd;
		return;
	}
	/* Else the first full date: 2023年1月27日. */
	for (i = 0; i < lim; i += clen(b + i)) {
		if (b[i] >= '1' && b[i] <= '2' &&
		    sb_period_scan(b + i, n - i, &none, 0, &per) > 0 &&
		    per.gran == SB_GRAN_MONTH && !per.relative) {
			c->pub.y = per.y1;
			c->pub.m = per.m1;
			return;
		}
	}
}

int
sb_extract(const struct sb_lex *lx, const struct sb_text *t,
    const struct sb_docinfo *info, struct sb_obslist *list,
    struct sb_diag *d)
{
	struct ctx	 c;
	size_t		 i, s0, l, k, hstart = 0;
	int		 rc = SB_ENOMEM, prev_kind, hl;
	char		 prev_ind[256], prev_id[300];

	memset(&c, 0, sizeof(c));
	c.lx = lx;
	c.t = t;
	c.info = info;
	c.pub = info->pub;
	c.out = list;
	c.home = info->region;
	c.firstmap = sb_lex_firstmap(lx);
	if ((c.cls = classes()) == NULL)
		return sb_diag_set(d, SB_ENOMEM, "out of memory");
	if (c.pub.y == 0)
		find_date(&c);
	c.province = c.home != NULL ? province_of(lx, c.home) : NULL;
	if (c.home == NULL)
		c.home = "";
	/* The first line is the article's headline, if it reads as one. */
	for (i = 0; i < t->len && t->buf[i] != '\n'; i++)
		if (i < 120 && lit(t->buf + i, t->len - i, "。"))
			break;
	new_section(&c, 0, i < 120 && t->buf[i] != '\xe3' ? i : 0);

	for (s0 = 0; s0 < t->len; s0 = i) {
		/* Skip sentence marks; find the end of this sentence. */
		if ((l = sentence_end(t->buf + s0, t->len - s0)) > 0) {
			/* Headlines run from the last full stop to a dateline;
			 * an organisation's carry ends with its paragraph. */
			if (t->buf[s0] != '\n')
				hstart = s0 + l;
			else {
				/* An organisation carries past its paragraph
				 * only when the story keeps naming it. */
				if (c.last_org != NULL &&
				    org_mentions(&c, c.last_org) < 2)
					c.last_org = NULL;
				c.sec_undated = 0;
				c.para = s0 + l;
				/* A headline on its own line starts a story of
				 * its own time. */
				if ((hl = headline_line(&c, s0 + l)) != 0)
					forget_periods(&c, hl > 1);
				/* A quarter, half or a day's month speaks for
				 * its paragraph; a year, the months from
				 * January or a month of data (10月份，我市……)
				 * for the story. */
				if (c.sec_period.gran != SB_GRAN_YEAR &&
				    !(c.sec_period.gran == SB_GRAN_MONTH &&
				    !c.sec_period.day) &&
				    !(c.sec_period.gran == SB_GRAN_MONTHS &&
				    c.sec_period.m1 == 1))
					memset(&c.sec_period, 0,
					    sizeof(c.sec_period));
			}
			i = s0 + l;
			continue;
		}
		/* Byte by byte: no break character has a byte that could
		 * be part of another character. */
		for (i = s0; i < t->len; i++) {
			i = skip_nobreak((const unsigned char *)t->buf, i,
			    t->len);
			if (i >= t->len)
				break;
			if (!break_at((const unsigned char *)t->buf + i,
			    t->len - i))
				continue;
			if ((l = sentence_end(t->buf + i, t->len - i)) > 0) {
				if (t->buf[i] == '\n' &&
				    (l = page_break(&c, s0, i)) > 0) {
					i += l - 1;
					continue;
				}
				/* “……125259吨！”该公司车间主任介绍说: a
				 * quotation goes on to who said it. */
				if (t->buf[i] != '\n' && lit(t->buf + s0,
				    t->len - s0, "“") && lit(t->buf + i + l,
				    t->len - i - l, "”") && i + l + 3 <
				    t->len && (unsigned char)t->buf[i + l +
				    3] >= 0xe4 && !sentence_end(t->buf + i +
				    l + 3, t->len - i - l - 3) &&
				    !clause_mark(t->buf + i + l + 3,
				    t->len - i - l - 3)) {
					i += l + 3 - 1;
					continue;
				}
				break;
			}
			if (i > s0 && (l = dateline(t->buf + i, t->len - i)))
				break;
		}
		if ((l = dateline(t->buf + s0, t->len - s0)) > 0) {
			new_section(&c, hstart, s0);
			s0 += l;
		}
		if (s0 >= i)
			continue;
		if ((rc = scan_sentence(&c, s0, i, 0)) != SB_OK)
			goto out;
		prev_ind[0] = prev_id[0] = '\0';
		c.prev_level[0] = c.prev_level_id[0] = '\0';
		c.prev_region = NULL;
		c.prev_growth[0] = c.prev_growth_id[0] = '\0';
		prev_kind = -1;
		for (k = 0; k < c.spsz; k++) {
			if (c.sp[k].type == SP_REGION && is_county(c.sp[k].e))
				set_county(&c, c.sp[k].region);
			if (c.sp[k].type != SP_FIG)
				continue;
			if ((rc = emit(&c, s0, i, k, prev_ind,
			    sizeof(prev_ind), prev_id, sizeof(prev_id),
			    &prev_kind)) != SB_OK)
				goto out;
		}
		if (c.sec_sentences < 2 && event_news(&c))
			c.sec_now = 1;
		note_places(&c);
		/* “十四五”时期是极不平凡的五年: years past named with no
		 * figure frame what follows. */
		for (k = 0; k < c.spsz && c.sp[k].type != SP_FIG; k++)
			;
		if (k == c.spsz)
			for (k = 0; k < c.spsz; k++)
				if (c.sp[k].type == SP_PERIOD &&
				    c.sp[k].per.gran == SB_GRAN_YEARS &&
				    c.sp[k].per.y2 < c.pub.y && !c.sp[k].scope) {
					c.sec_span = c.sp[k].per;
					memset(&c.sec_period, 0,
					    sizeof(c.sec_period));
					memset(&c.sec_year, 0,
					    sizeof(c.sec_year));
				}
		if (announces_plan(&c, s0, i))
			c.sec_plan = 1;
		/* Results carry their tense until a plan comes. */
		if (c.spsz > 0 && (rc = tense(&c, s0, i)) != 0)
			c.sec_past = rc > 0;
		/* Data cited with no date: the next sentence goes on. */
		for (k = 0; k < c.spsz && c.sp[k].type != SP_PERIOD; k++)
			;
		c.sec_undated = k == c.spsz && c.spsz > 0 &&
		    cites_data(&c, s0, i);
		c.sec_sentences++;
	}
	rc = SB_OK;
out:
	free(c.sp);
	for (k = 0; k < c.poolsz; k++)
		free(c.pool[k]);
	free(c.pool);
	free(c.poolcnt);
	if (rc != SB_OK)
		sb_diag_set(d, rc, "out of memory");
	return rc;
}

int
sb_obslist_add(struct sb_obslist *list, const struct sb_obs *o)
{
	struct sb_obs	*no;
	size_t		 ncap;

	if (list->obssz == list->cap) {
		ncap = list->cap ? list->cap + list->cap / 2 : 32;
		if ((no = reallocarray(list->obs, ncap, sizeof(*no))) == NULL)
			return SB_ENOMEM;
		list->obs = no;
		list->cap = ncap;
	}
	if (sb_obs_copy(&list->obs[list->obssz], o) != 0)
		return SB_ENOMEM;
	list->obssz++;
	return SB_OK;
}

void
sb_obslist_free(struct sb_obslist *list)
{
	size_t	 i;

	for (i = 0; i < list->obssz; i++)
		sb_obs_clear(&list->obs[i]);
	free(list->obs);
	memset(list, 0, sizeof(*list));
}
