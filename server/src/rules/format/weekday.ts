// format/weekday: a date written with its weekday (11月1日（月）) whose weekday is wrong — a classic cause of
// correction posts. The year is the one written (2026年, 令和8年), else the front matter's `scheduled` (a date
// more than two months before it is read as next year's: a December post about 1月10日), else the current year
// (services.now, the clock by default).
import type { TextSegment } from '../../engine/document';
import type { Rule } from '../../engine/rule';
import { matchesOf } from '../../engine/text';

const WEEKDAYS = '日月火水木金土';
/** 〔2026年|令和8年〕11月1日（月）, 11/1（月・祝）; width-folded text (one unit to one). */
const DATE_WITH_WEEKDAY =
  /(?:(?<year>(?:19|20)\d\d|令和[ ]?(?:\d{1,2}|元)|R[ ]?\d{1,2})年[ ]?)?(?<month>\d{1,2})(?:月[ ]?(?<day1>\d{1,2})日|\/(?<day2>\d{1,2}))[ ]?[（(][ ]?(?<weekday>[日月火水木金土])(?:曜日?)?(?:[・･、]?(?:祝|祝日|休日|振休))?[ ]?[）)]/g;

/** Full-width digits, slash, brackets and spaces folded to ASCII, one UTF-16 unit to one. */
function fold(text: string): string {
  return text.replace(/[０-９／　]/g, (c) => (c === '　' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const TWO_MONTHS = 61 * 24 * 3600 * 1000;

/**
 * The years the date may be in, most likely first. A written year is the year. Otherwise the year of the
 * reference date (`scheduled`, else today), or the next one when the date is more than two months before it
 * (a December post announcing 1月10日（土）). Without `scheduled` the other of the two years is also accepted:
 * a draft written in June about 1月6日（水） may well mean next January.
 */
function yearsOf(written: string | undefined, month: number, day: number, scheduled: Date | undefined, now: Date): number[] {
  if (written) {
    const reiwa = /^(?:令和|R)[ ]?(\d{1,2}|元)$/.exec(written);
    return [reiwa ? 2018 + (reiwa[1] === '元' ? 1 : Number(reiwa[1])) : Number(written)];
  }
  const base = scheduled ?? now;
  const year = base.getFullYear();
  const passed = new Date(year, month - 1, day).getTime() < base.getTime() - TWO_MONTHS;
  const first = passed ? year + 1 : year;
  return scheduled ? [first] : [first, passed ? year : year + 1];
}

/** `scheduled` from the front matter (a string or a YAML timestamp), as a local date. */
function scheduledDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

export const weekday: Rule = {
  id: 'format/weekday',
  description: '日付に添えた曜日（11月1日（月）など）が、その日の曜日と合っているか',
  clause: '日付と曜日の確認（誤った情報を発信しない）',
  defaultSeverity: 'warning',
  check(ctx) {
    const scheduled = scheduledDate(ctx.doc.frontMatter.data.scheduled);
    const now = ctx.services.now?.() ?? new Date();
    for (const post of ctx.doc.posts) for (const seg of post.segments) checkSegment(ctx, seg, scheduled, now);
  },
};

function checkSegment(ctx: Parameters<Rule['check']>[0], seg: TextSegment, scheduled: Date | undefined, now: Date): void {
  if (!/[月\/／]/.test(seg.text)) return;
  const text = fold(seg.text);
  for (const m of matchesOf(text, DATE_WITH_WEEKDAY)) {
    const g = m.groups!;
    const month = Number(g.month);
    const day = Number(g.day1 ?? g.day2);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // 「3月の第1日曜（日）」 is not a date; neither is a slash pair that is a fraction or a score.
    if (g.day2 && /\d\/$/.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    const years = yearsOf(g.year, month, day, scheduled, now);
    const year = years[0];
    const date = new Date(year, month - 1, day);
    if (date.getMonth() !== month - 1) continue; // 2月30日: not a date at all (left to the reader)
    const actual = WEEKDAYS[date.getDay()];
    if (years.some((y) => WEEKDAYS[new Date(y, month - 1, day).getDay()] === g.weekday)) continue;
    const open = m.index! + m[0].search(/[（(]/);
    const at = text[open + 1] === ' ' ? open + 2 : open + 1;
    const written = seg.text.slice(m.index!, m.index! + m[0].length);
    ctx.report({
      message: `${year}年${month}月${day}日は${actual}曜日です（「${g.weekday}」と書かれています）。日付か曜日の誤りを直してください`,
      range: seg.toDocumentRange(m.index!, m.index! + m[0].length),
      fixes: [
        {
          title: `曜日を「${actual}」に直す（${written.replace(/\s+/g, '')} → ${actual}）`,
          edits: [{ range: seg.toDocumentRange(at, at + 1), newText: actual }],
          isPreferred: true,
        },
      ],
    });
  }
}
