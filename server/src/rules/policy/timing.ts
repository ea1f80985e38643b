// policy/timing: a scheduled post outside business hours without urgency (上尾 5(2)ア).
import holidayJp from '@holiday-jp/holiday_jp';
import { z } from 'zod';
import type { BusinessHours } from '../../config/schema';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { atMost, fmRange, fmString, parseOptions, setFrontMatterEdits } from './util';

const optionsSchema = z.object({
  /** Categories that are emergencies: posts in them may go out at any time. */
  emergencyCategories: z.array(z.string()).optional(),
  /** Treat 12/29–1/3 (municipal offices' year-end closure) as non-business days. Default true. */
  yearEndClosure: z.boolean().optional(),
}).strict();

export const DEFAULT_EMERGENCY_CATEGORIES = ['emergency', 'disaster', '緊急', '災害'];
const WEEKDAYS = '日月火水木金土';

/** A moment as seen in Japan (UTC+9): calendar fields and minutes after midnight. */
export interface JstMoment {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
  /** True when only a date was given. */
  dateOnly: boolean;
}

/** Parses `2026-12-01T10:00+09:00`, `2026-12-01 10:00` (Japan time), `2026/12/01 10:00`, `2026-12-01`. */
export function parseScheduled(value: string): JstMoment | undefined {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1) as string[];
  const year = +y, month = +mo, day = +d, hour = +h, minute = +mi;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  // Reject 2026-02-30 and friends (Date would roll them over).
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  let utc = Date.UTC(year, month - 1, day, hour, minute);
  const zone = m[7];
  if (!zone) utc -= 9 * 3600_000; // no offset: Japan time
  else if (zone.toUpperCase() !== 'Z') {
    const z2 = zone.replace(':', '');
    const sign = z2[0] === '-' ? -1 : 1;
    utc -= sign * (Number(z2.slice(1, 3)) * 60 + Number(z2.slice(3, 5))) * 60_000;
  }
  const j = new Date(utc + 9 * 3600_000);
  return {
    year: j.getUTCFullYear(),
    month: j.getUTCMonth() + 1,
    day: j.getUTCDate(),
    weekday: j.getUTCDay(),
    minutes: j.getUTCHours() * 60 + j.getUTCMinutes(),
    dateOnly: m[4] === undefined,
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');
const dateKey = (t: { year: number; month: number; day: number }) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const hhmm = (minutes: number) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;

/** Why the day is not a business day, or undefined when it is one. */
export function closedReason(t: { year: number; month: number; day: number; weekday: number }, hours: BusinessHours, yearEnd: boolean): string | undefined {
  const days = hours.days ?? [1, 2, 3, 4, 5];
  if (hours.holidays !== false) {
    const holiday = (holidayJp.holidays as Record<string, { name: string } | undefined>)[dateKey(t)];
    if (holiday) return `祝日（${holiday.name}）`;
  }
  if (yearEnd && ((t.month === 12 && t.day >= 29) || (t.month === 1 && t.day <= 3))) return '年末年始の閉庁日';
  if (!days.includes(t.weekday)) return `${WEEKDAYS[t.weekday]}曜日`;
  return undefined;
}

/** The next moment inside business hours at or after `t` (searching up to 60 days ahead). */
export function nextBusinessMoment(t: JstMoment, hours: BusinessHours, yearEnd: boolean): JstMoment | undefined {
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  let day = Date.UTC(t.year, t.month - 1, t.day);
  for (let i = 0; i < 60; i++, day += 86400_000) {
    const d = new Date(day);
    const c = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
    if (closedReason(c, hours, yearEnd)) continue;
    if (i === 0 && t.minutes > end) continue;
    return { ...c, minutes: i === 0 ? Math.max(t.minutes, start) : start, dateOnly: false };
  }
  return undefined;
}

function describeHours(hours: BusinessHours, yearEnd: boolean): string {
  const days = (hours.days ?? [1, 2, 3, 4, 5]).slice().sort();
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  const dayText = contiguous && days.length > 1 ? `${WEEKDAYS[days[0]]}〜${WEEKDAYS[days[days.length - 1]]}` : days.map((d) => WEEKDAYS[d]).join('・');
  const closed = [hours.holidays !== false ? '祝日' : '', yearEnd ? '年末年始' : ''].filter(Boolean).join('・');
  return `${dayText} ${hhmm(toMinutes(hours.start))}〜${hhmm(toMinutes(hours.end))}${closed ? `、${closed}を除く` : ''}`;
}

export const timing: Rule = {
  id: 'policy/timing',
  optionsSchema,
  description: '予約投稿（scheduled）が業務時間外になっていないか（緊急の場合を除く）',
  clause: '緊急性のない業務時間外の利用をしないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const options = parseOptions(ctx, 'policy/timing', optionsSchema, {});
    const hours = ctx.config.businessHours;
    const value = fmString(doc, 'scheduled');
    if (!hours || value === undefined) return;
    const range = fmRange(doc, 'scheduled');
    const t = parseScheduled(value);
    if (!t) {
      ctx.report({ message: `scheduled「${value}」を日時として読めません。2026-12-01T10:00+09:00 の形で書いてください。`, range, severity: atMost(ctx.severity, 'warning') });
      return;
    }
    const urgent = doc.frontMatter.data.urgent;
    if (urgent === true || urgent === 'true') return;
    const category = fmString(doc, 'category');
    const emergency = options.emergencyCategories ?? DEFAULT_EMERGENCY_CATEGORIES;
    if (category !== undefined && emergency.includes(category)) return;
    const yearEnd = options.yearEndClosure !== false;
    const closed = closedReason(t, hours, yearEnd);
    const start = toMinutes(hours.start);
    const end = toMinutes(hours.end);
    const outside = closed ?? (!t.dateOnly && (t.minutes < start || t.minutes > end) ? '業務時間外' : undefined);
    if (!outside) return;
    const when = `${dateKey(t)}（${WEEKDAYS[t.weekday]}）${t.dateOnly ? '' : ` ${hhmm(t.minutes)}`}`;
    const fixes: Fix[] = [];
    const next = nextBusinessMoment(t, hours, yearEnd);
    if (next) {
      const iso = `${dateKey(next)}T${pad(Math.floor(next.minutes / 60))}:${pad(next.minutes % 60)}+09:00`;
      fixes.push({ title: `次の業務時間（${dateKey(next)}（${WEEKDAYS[next.weekday]}） ${hhmm(next.minutes)}）に変更する`, edits: [{ range, newText: iso }], isPreferred: true });
    }
    fixes.push({ title: '緊急の投稿として urgent: true を追加する', edits: setFrontMatterEdits(doc, [['urgent', 'true']]) });
    ctx.report({
      message: `予約日時 ${when} は${outside}です（業務時間: ${describeHours(hours, yearEnd)}）。緊急性のない投稿は業務時間内に予約してください。緊急の場合は front matter に urgent: true を書いてください。`,
      range,
      fixes,
    });
  },
};
