#!/usr/bin/env python3
"""Generate one pathological article for tests/patho and bench/bench_patho.sh.

usage: gen.py CASE N OUT

Prints the most figures a sane extractor can find in OUT (every numeral
once), which patho.sh uses as the bound on output rows.

Cases (N scales each; the test sizes are in patho.sh):
  longline   one line of N bytes: short sentences with figures, no line break
  nosentence N bytes of clauses with figures and no sentence end at all
  numerals   N Arabic numerals in a row in one sentence, split by 、
  cnumerals  N Chinese numerals in a row, no separators
  brackets   N unclosed brackets of every kind, then a figure
  wan        one figure followed by N magnitude words 万
  qualifiers N qualifiers (约, 近, 超, ...) before one figure
  units      one figure followed by N repeated units
  quote      a quotation opened and never closed, N figures in it
  reckon     a reckoning (以……计算) around N figures
  blank      text, then N blank lines of one space each
  lines      N short lines, each one figure (the plain, linear baseline)
All text is our own wording.
"""
import sys


def repeat_to(unit, nbytes):
    b = unit.encode("utf-8")
    n = max(1, nbytes // len(b))
    return (unit * n)


def gen(case, n):
    if case == "longline":
        return repeat_to("全市地区生产总值增长5.2%，投资达到12.5亿元。", n)
    if case == "nosentence":
        return repeat_to("工业增加值增长8.1%，", n) + "\n"
    if case == "numerals":
        return "今年以来各项指标分别增长" + "、".join(
            "%d.%d%%" % (i % 97, i % 10) for i in range(n)) + "。\n"
    if case == "cnumerals":
        digits = "一二三四五六七八九十百千〇两"
        return "全市人口" + "".join(digits[i % len(digits)]
                                   for i in range(n)) + "人。\n"
    if case == "brackets":
        kinds = "（(【[《“「"
        return "全市" + "".join(kinds[i % len(kinds)]
                               for i in range(n)) + "投资增长5%。\n"
    if case == "wan":
        return "全市财政收入达到1" + "万" * n + "元。\n"
    if case == "qualifiers":
        quals = ["约", "近", "超", "逾", "约", "预计", "力争"]
        return "全市新增就业" + "".join(quals[i % len(quals)]
                                     for i in range(n)) + "1.5万人。\n"
    if case == "units":
        return "全市粮食产量达到128" + "万吨" * n + "。\n"
    if case == "quote":
        return "“" + "".join("车间产量达到%d吨，" % (i % 1000)
                             for i in range(n)) + "。\n"
    if case == "reckon":
        return "以全市" + "".join("%d亩，" % (i % 1000)
                                for i in range(n)) + "计算。\n"
    if case == "blank":
        return "全市投资增长" + "\n " * n + "\n5亿元。\n"
    if case == "lines":
        return "".join("第%d项工程投资%d.5亿元。\n" % (i, i % 1000)
                       for i in range(n))
    raise SystemExit("gen.py: unknown case " + case)


def max_figures(text):
    """Numerals in text: maximal runs of digits, '.', and CJK numerals."""
    numeral = set("0123456789.一二三四五六七八九十百千万亿〇两零")
    n, inrun = 0, False
    for ch in text:
        if ch in numeral:
            if not inrun:
                n += 1
            inrun = True
        else:
            inrun = False
    return n


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    text = gen(sys.argv[1], int(sys.argv[2]))
    with open(sys.argv[3], "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(max_figures(text))


if __name__ == "__main__":
    main()
