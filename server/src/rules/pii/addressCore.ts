// Finding street addresses and postal codes in post text: shared by pii/address and pii/postal-code.
import { ORG_WORDS, distanceAfter, distanceBefore, kanjiDigitsToAscii } from './common';
import { matchesOf } from '../../engine/text';

/** Full-width digits to ASCII and dash variants between digits to '-'; one UTF-16 unit to one. */
export function normalizeDigits(text: string): string {
  if (!/[０-９‐‑‒–—―−－ｰー〒]|郵便番号|\dの\d/.test(text)) return text;
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // 〒三六二－〇〇四二, 郵便番号三六二―〇〇七五: a postal code in kanji digits, digit for digit.
    .replace(/(?<=(?:〒|郵便番号[はが]?)[ \u3000:：]?)[〇一二三四五六七八九]{3}[‐‑‒–—―−－ｰー-]?[〇一二三四五六七八九]{4}(?![〇一二三四五六七八九十百])/g, kanjiDigitsToAscii)
    .replace(/[‐‑‒–—―−－ｰ]/g, '-')
    .replace(/(?<=\d)ー(?=\d)/g, '-')
    // 西野川2の15の3: a house number read out with の (two の between three numbers).
    .replace(/(?<=\d)の(?=\d{1,4}の\d)|(?<=\d{1,4}の\d{1,4})の(?=\d)/g, '-')
    .replace(/(?<=\d)の(?=\d{1,4}-\d)/g, '-');
}

const N = '(?:\\d{1,4}|[一二三四五六七八九十百〇]{1,5})';
/** House numbers: 一丁目3-12, 3丁目1番1号, 1234番地, 12番5号, 1-2-3, 1234-5. */
const HOUSE = new RegExp(
  [
    // 3丁目12番地の4: の may join the lot and its sub-number.
    `(?<chome>${N}丁目)(?:${N}(?:番地?の?|-)${N}(?:号|-\\d{1,4})?|${N}番地?|${N}号)`,
    `(?<banchi>${N}番地(?:の?${N}号?)?|${N}番${N}号?)`,
    `(?<hyphen>[1-9]\\d{0,3}-\\d{1,4}(?:-\\d{1,4}){0,2})`,
    // 大字領家1057: a bare lot number after 大字 + a place name.
    `(?<bare>[1-9]\\d{1,4})`,
  ].join('|'),
  'g',
);
/** A kana reading in brackets right before a house number (walked over only after a municipality's town). */
const READING_BEFORE = /[（(][\u3041-\u309fー]{1,12}[）)]$/;
/** Characters a place name is written in (walked back from the house number). */
const PLACE_CHAR = /[\p{Script=Han}々〆ヶケヵノ\p{Script=Katakana}ー]/u;
const MUNICIPALITY = /[都道府県市区町村郡]/;
/** What may not follow a house number: units of time, age, money or count (3か月, but …2-6-33から is where one comes from). */
const NOT_AFTER = /^(?:\d|[時歳月日年分秒回人名円個枚冊本台件才％%階F]|か(?!ら)|[:：.])/;
/** Place names that are really something else (a date word, a count…) when they come right before digits. */
const NOT_PLACE = /(?:日時|時間|期間|日程|電話|番号|内線|午前|午後|対象|定員|第|令和|平成|昭和|西暦|年度|号室|組|クラス|学年|年長|年中|年少)$/;

const groupsOf = (m: RegExpMatchArray) => m.groups as Record<string, string | undefined>;

export interface AddressMatch {
  /** Offsets in the post text. */
  start: number;
  end: number;
  /** The place name before the house number (what a mask keeps). */
  town: string;
  value: string;
  /** A room number (号室, -201) or an apartment name follows: a home. */
  room?: boolean;
  /** Written as one person's address (八木さん（上尾市西宮下二丁目）): a home. */
  personal?: boolean;
}

/** An apartment or house name and a room number: 「 ハイツ藤波203号室」「 メゾン岩戸 101号室」「-201」. */
const BUILDING_ROOM = /^(?:[ \u3000]?[\p{Script=Han}\p{Script=Katakana}ー々A-Za-z・]{0,16}(?:アパート|ハイツ|マンション|コーポ|メゾン|レジデンス|ハウス|荘|寮|団地|住宅|ヒルズ|コート|パレス|ガーデン|テラス|ビル|号棟|棟)?[\p{Script=Han}\p{Script=Katakana}ー々A-Za-z]{0,8}[ \u3000]?(?:[A-Z]?\d{1,4}[-‐]?)?\d{1,4}号室|[ \u3000]?[\p{Script=Han}\p{Script=Katakana}ー々]{0,12}(?:アパート|ハイツ|マンション|コーポ|メゾン|レジデンス|荘)[\p{Script=Han}\p{Script=Katakana}ー々]{0,8}(?:[ \u3000]?[A-Z]?\d{1,4}号?)?)/u;

/** A housing estate, its block (街区), building (号棟) and flat: 原市団地2街区7号棟104, 県営住宅 3号棟 201号室. */
const ESTATE_FLAT = /([\p{Script=Han}\p{Script=Katakana}ー々]{1,10}(?:団地|住宅|ハイツ|マンション|コーポ))[ \u3000]?(?:\d{1,2}街区[ \u3000]?)?\d{1,3}号棟[ \u3000]?\d{2,4}(?:号室|号)?(?!\d)/gu;
const HAS_CHOME_IN_BRACKETS = /丁目[）)]/;
/** A municipality, a town and its 丁目 in brackets right after a person's honorific (八木さん（上尾市西宮下二丁目）). */
const PERSON_CHOME = /(?:さん|様|さま|くん|ちゃん)[（(]((?:\p{Script=Han}{2,3}[都道府県])?[\p{Script=Han}ヶケ]{1,5}[市区町村][\p{Script=Han}々ヶケノ]{1,8}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})丁目)[）)]/gu;
/** An address in romaji, in Japanese order (Komae-shi Higashi-Izumi 2-19-7) or Western (17-3 Nakaizumi 5-chome,
 * Komae-shi, Tokyo): a municipality, a town and a house number. */
const CITY_LATIN = '[A-Z][a-z]+-(?:shi|ku|machi|cho|mura)';
const TOWN_LATIN = '[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:[ ,]+\\d{1,2}-chome)?';
const HOUSE_LATIN = '\\d{1,4}(?:-\\d{1,4}){1,2}';
const LATIN_ADDRESS = new RegExp(
  `\\b(?<city>${CITY_LATIN})[ ,]+${TOWN_LATIN}[ ,]+${HOUSE_LATIN}\\b(?!-)|(?<![\\d-])${HOUSE_LATIN}[ ,]+${TOWN_LATIN},?[ ]+(?<city2>${CITY_LATIN})(?:,[ ]*(?:Tokyo|Saitama|Kanagawa|Chiba)(?:-to|-ken)?)?`,
  'g',
);

/** The last few texts' answers: several rules ask for the same post body and image descriptions in turn. */
const cache = new Map<string, AddressMatch[]>();

/** Addresses in a post text (pii/postal-code and pii/address ask for the same post in turn: the last answer is kept). */
export function findAddresses(text: string): AddressMatch[] {
  let hit = cache.get(text);
  if (!hit) {
    hit = computeAddresses(text);
    if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
    cache.set(text, hit);
  }
  return hit;
}

function computeAddresses(text: string): AddressMatch[] {
  if (!/[0-9０-９]|丁目|番/.test(text)) return [];
  const norm = normalizeDigits(text);
  const out: AddressMatch[] = [];
  for (const m of matchesOf(norm, HOUSE)) {
    const houseStart = m.index!;
    const end = houseStart + m[0].length;
    if (houseStart > 0 && /[\d-]/.test(norm[houseStart - 1])) continue;
    if (NOT_AFTER.test(norm.slice(end, end + 2))) continue;
    let start = houseStart;
    // One space may separate the place name and the number: 上尾市大谷本郷 567番地, 上尾市 春日 1-23-4.
    const spaced = start > 1 && /[ \u3000]/.test(norm[start - 1]) && PLACE_CHAR.test(norm[start - 2]);
    if (spaced) start--;
    // A town's reading in brackets may stand between it and the number: 上尾市西門前（にしもんぜん）621-4.
    const reading = spaced ? null : READING_BEFORE.exec(norm.slice(Math.max(0, start - 16), start));
    if (reading && start - reading[0].length > 0 && PLACE_CHAR.test(norm[start - reading[0].length - 1])) start -= reading[0].length;
    while (start > 0 && houseStart - start < 20 + (reading?.[0].length ?? 0) && PLACE_CHAR.test(norm[start - 1])) start--;
    // …and the municipality and the town: 上尾市 春日.
    if (spaced && start > 1 && /[ \u3000]/.test(norm[start - 1]) && MUNICIPALITY.test(norm[start - 2]) && !MUNICIPALITY.test(norm.slice(start, houseStart)))
      for (start--; start > 0 && houseStart - start < 24 && PLACE_CHAR.test(norm[start - 1]); ) start--;
    const town = text.slice(start, houseStart).trimEnd();
    if (!/\p{Script=Han}/u.test(town) || NOT_PLACE.test(town)) continue;
    if (reading && !MUNICIPALITY.test(town.slice(0, -reading[0].length))) continue;
    // A hyphenated number after a space needs a municipality before it (上尾市 春日 1-23-4, not 会議室 1-2-3).
    if (spaced && groupsOf(m).hyphen && !MUNICIPALITY.test(town)) continue;
    const groups = m.groups!;
    // A bare lot number after 大字 + a place name (大字領家1057), or after a municipality and a town at a private
    // home (渡辺さん宅（上尾市上平1238）): alone, 上尾市平方2891 may be a field or a venue.
    if (groups.bare && !/大字[\p{Script=Han}々ヶ]{1,6}$/u.test(town) && !(/[市町村][\p{Script=Han}々ヶケツノ]{1,6}$/u.test(town) && /^[1-9]\d{2,3}$/.test(groups.bare) && addressContext(text, start, end) === 'home')) continue;
    if (groups.hyphen) {
      const parts = groups.hyphen.split('-').length;
      // 1-2-3 after a place name; 12-5 only after a municipality (本町12-5, 上尾市平方1234-5).
      if (parts < 3 && !MUNICIPALITY.test(town)) continue;
    }
    // A building and room after the house number belong to the address: …2-14-9 ハイツ藤波203号室.
    const room = BUILDING_ROOM.exec(norm.slice(end, end + 30));
    const fullEnd = room ? end + room[0].length : end;
    out.push({ start, end: fullEnd, town, value: text.slice(start, fullEnd), room: !!room });
  }
  // 八木さん（上尾市西宮下二丁目）: where one person lives, to the 丁目, in brackets after their name.
  if (HAS_CHOME_IN_BRACKETS.test(text)) {
    for (const m of matchesOf(text, PERSON_CHOME)) {
      const start = m.index! + m[0].indexOf(m[1]);
      const end = start + m[1].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ start, end, town: m[1].replace(/[0-9０-９一二三四五六七八九十]+丁目$/, ''), value: m[1], personal: true });
    }
  }
  // 原市団地2街区7号棟104: a housing estate's block, building and flat, with no house number to start from; a home.
  if (norm.includes('号棟')) {
    for (const m of matchesOf(norm, ESTATE_FLAT)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ start, end, town: text.slice(start, start + m[1].length), value: text.slice(start, end), room: true });
    }
  }
  // In romaji the place names have no kanji to walk back over: the whole address is one pattern.
  if (/[a-z]-(?:shi|ku|machi|cho|mura)\b/.test(norm)) {
    for (const m of matchesOf(norm, LATIN_ADDRESS)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ start, end, town: m.groups!.city ?? m.groups!.city2!, value: text.slice(start, end) });
    }
  }
  return out;
}

/** 〒362-0011, or 362-0011 right before an address. */
// After 〒 or 郵便番号 the two halves may stand apart (郵便番号 201 0014).
const POSTAL = /(?<mark>(?:〒[はが]?|郵便番号[はが]?|ゆうびんばんごう[はが]?|郵便|[Pp]ostal [Cc]ode|ZIP|[Zz]ip(?: code)?)[ \u3000:：]*)?(?<![\d-])(?<code>\d{3}(?:[ \u3000]?-[ \u3000]?|(?<=(?:〒|郵便番号[はが]?)[ \u3000:：]*\d{3})[ \u3000])?\d{4})(?![\d-])/g;
const ADDRESS_AHEAD = /^[ \u3000]?(?:\p{Script=Han}{2,3}[都道府県]|[\p{Script=Han}ヶケ]{1,5}[市区町村郡]|[A-Z][a-z]+-(?:shi|ku|machi|cho|mura|gun)\b)/u;
/** An address in romaji right before the code (…Komae-shi, Tokyo 201-0012). */
const LATIN_ADDRESS_BEHIND = /(?:-(?:shi|ku|machi|cho|mura|gun)|\b(?:Tokyo|Saitama|Kanagawa|Chiba)(?:-to|-ken)?|\bJapan)[ ,]*$/;
/** An address right before the code in brackets (上尾市菅谷4-88-2（362-0059）). */
const ADDRESS_BEHIND_BRACKET = /(?:[0-9０-９]|番地?|号|丁目)[ \u3000]*[（(]$/;
/** 郵便番号 or 〒 earlier on the line (名簿の郵便番号に誤り…：201-0014 → 201-0004): a code with a hyphen is one. */
const MARK_ON_LINE = /(?:郵便番号|〒)[^\n]{0,40}$/;

export interface PostalMatch {
  start: number;
  end: number;
  code: string;
}

export function findPostalCodes(text: string): PostalMatch[] {
  if (!/[0-9０-９]{3}|(?:〒|郵便番号[はが]?)[ \u3000:：]?[〇一二三四五六七八九]{3}/.test(text)) return [];
  const norm = normalizeDigits(text);
  const out: PostalMatch[] = [];
  for (const m of matchesOf(norm, POSTAL)) {
    const start = m.index!;
    const end = start + m[0].length;
    const mark = m.groups!.mark;
    // Without 〒: 362-0011 before an address, or 3620045 before a municipality (not after 口座・番号).
    const ahead = ADDRESS_AHEAD.test(norm.slice(end, end + 12));
    const hyphen = m.groups!.code.includes('-');
    const behind = norm.slice(Math.max(0, start - 40), start);
    const placed = hyphen && (LATIN_ADDRESS_BEHIND.test(behind) || (ADDRESS_BEHIND_BRACKET.test(behind) && /^[）)]/.test(norm.slice(end, end + 1))) || MARK_ON_LINE.test(behind));
    if (!mark && !placed && !(ahead && (hyphen || (/^[ \u3000]/.test(norm.slice(end, end + 1)) && /^[ \u3000]?[\p{Script=Han}ヶケ]{1,5}[都道府県市区町村郡]/u.test(norm.slice(end, end + 10)) && !/(?:口座|普通|当座|番号|No\.?|記号|ID)[\s\u3000:：]*$/.test(norm.slice(Math.max(0, start - 10), start)))))) continue;
    // 〒 belongs to the code; the words 郵便番号, 〒は, Postal code stay in the post.
    const codeStart = mark && !/^〒[ \u3000:：]*$/.test(mark) ? start + mark.length : start;
    out.push({ start: codeStart, end, code: m.groups!.code });
  }
  return out;
}

/** Words placing an address at a private home. */
// A record about a person (利用登録, 申込者, 保護者): the address in it is theirs, whatever facility issued the form.
const HOME_BEFORE = /(?:自宅|お宅|宅|様方|住所|在住|お住まい|住んで|実家|さん|くん|ちゃん|様|利用登録|申込者|申請者|氏名)/g;
// …8-15 鳴海 健吾 様方, …345番地 坂巻さん宅: a name, spaced or with さん・様, before 様方・方・宅.
const HOME_AFTER = /^[\s\u3000」』]*(?:[\u4e00-\u9fff々]{1,4}(?:様方|方(?![面向針法式])|宅(?![配地]))|[\u4e00-\u9fff々]{1,4}(?:[ \u3000][\u4e00-\u9fff々\u3041-\u3096]{1,4})?[ \u3000]?(?:さん|様)?(?:様方|宅(?![配地]))|様方|方|宅|在住|に住|のお宅|の自宅|の[^\n、。]{1,8}?(?:さん|様)?(?:宅|方|の家|さんち)|の[\u4e00-\u9fff々\u30a1-\u30faー]{1,6}[ \u3000]?[\u4e00-\u9fff々\u30a1-\u30faー]{0,4}(?:さん|様|くん|ちゃん))/;

export type AddressContext = 'home' | 'facility' | 'unknown';
const ORG_AFTER_ADDRESS = new RegExp(`^[\\s\\u3000（(]*[^\\n]{0,12}?${ORG_WORDS.source}|^[\\s\\u3000]*[^\\s\\u3000、。，,「」『』（）()\\n]{2,20}?(?:課|係|センター|役所)`);

/** Whether the text around [start,end) says the address is a private home or a facility. */
export function addressContext(text: string, start: number, end: number, room = false): AddressContext {
  if (room) return 'home';
  const homeD = Math.min(distanceBefore(text, start, HOME_BEFORE, 16), distanceAfter(text, end, HOME_AFTER, 14));
  // An office named right after its address may be long (狛江市子ども家庭部子ども若者政策課): one unbroken run of words.
  const orgD = Math.min(distanceBefore(text.replace(/号室/g, '＿＿'), start, ORG_WORDS, 30), distanceAfter(text, end, ORG_AFTER_ADDRESS, 24));
  if (homeD < Infinity && homeD <= orgD) return 'home';
  if (orgD < Infinity) return 'facility';
  return 'unknown';
}
