// pii/phone: telephone numbers, found with libphonenumber-js (region JP) on width-normalised post text.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { piecesOf } from '../../engine/document';
import { LruCache } from '../../engine/lru';
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import { atMost } from '../policy/util';
import { isAllowed } from './allowlist';
import { allowFix, CLAUSE_PERSONAL, exampleLine, normalizeNumbers, distanceAfter, distanceBefore, maskDigits, ORG_WORDS, PERSON_WORDS, replaceFix, publishedTexts } from './common';
import { matchesOf } from '../../engine/text';

/** Words that make any number next to them private, however close an office word is. */
const PRIVATE = /(?:自宅|携帯|個人|私用|プライベート|直通携帯)/g;
/** Numbers that by design belong to an organisation: toll-free, navi-dial. */
const ORG_NUMBER = /^(?:0120|0800|0570|0180)/;
const MOBILE = /^0[789]0/;
/** An office's words right after its number: 代表, 内線, 狛江市役所代表, (Komae City Hall), (main line). */
const ORG_AFTER = /^[^\n]{0,5}?(?:代表|窓口|専用|内線|直通|課|係|センター|ext\.)|^[ \u3000]*[\u4e00-\u9fff々ヶ]{1,6}(?:市役所|区役所|町役場|村役場|役所)|^[ \u3000]*[（(][^）)\n]{0,20}(?:City Hall|[Nn]ursery|[Mm]ain line|[Oo]ffice|Division|Center|Centre)/;
/** A contact label right before a number (☎03-…, TEL 03-…, 電話：03-…). */
const CONTACT_LABEL_BEFORE = /(?:☎|☏|📞|TEL|Tel|tel|電話)[\s\u3000:：.\uFE0F]*$/;
/** A number changing (電話番号が変わります, 番号変更): the notice names the facility a little further back. */
const NUMBER_CHANGE = /番号(?:が|を|の)?(?:変わ|変更)/;
/** A fax number: the office's unless a private word says otherwise (自宅 FAX). */
const FAX = /(?:FAX|Fax|fax|ＦＡＸ|ファクス|ファックス|ファクシミリ)/g;
/** Numbers that are codes, not phones: 受付番号, 被保険者番号, お客様番号, お知らせ番号 2026-11-03-02, the rest of JT-2025-00413. */
const CODE_BEFORE = /(?:(?<![A-Za-z])[A-Za-z]{1,3}[-‐]|(?:お客様|受付|整理|管理|会員|登録|お知らせ|被保険者|受給者証?|保険証|証書|記号|口座|振替|申込|予約|問い合わせ|お問い合わせ|文書|資料|番組|商品|品|注文|伝票|学籍|職員|児童|利用者|診察券|患者|承諾|申請)(?:番号|No\.?)|No\.?|NO\.?|№|記号|記号[・･/／]番号|コード|ID|口座|振替)[\s\u3000:：（(]*$/;
/** A date or date-like code: 2026-11-03-01, 2026/11/03. */
const DATE_LIKE = /^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:[-/.]\d+)?$/;
/** A date that opens the stretch, a time after it (2025.04.18　10:00-11:30). */
const DATE_FIRST = /^(?:19|20)\d\d[/.](?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])[ \u3000]/;
/** A number read out in katakana, digit by digit (ゼロキューゼロ、ロクヨンサンニの、…): 10 or 11 digits from ゼロ. */
const SPOKEN_DIGIT = 'ゼロ|レイ|マル|イチ|ニ|サン|ヨン|ゴー?|ロク|ナナ|ハチ|キュー|キュウ';
const SPOKEN_NUMBER = new RegExp(`ゼロ(?:[、，,の・ー\\- \\u3000]{0,2}(?:${SPOKEN_DIGIT})){9,10}(?![ァ-ヺ])`, 'g');
const SPOKEN_DIGITS = new RegExp(SPOKEN_DIGIT, 'g');
const SPOKEN_VALUE: Record<string, string> = { ゼロ: '0', レイ: '0', マル: '0', イチ: '1', ニ: '2', サン: '3', ヨン: '4', ゴ: '5', ゴー: '5', ロク: '6', ナナ: '7', ハチ: '8', キュー: '9', キュウ: '9' };
function spokenDigits(run: string): string {
  return [...matchesOf(run, SPOKEN_DIGITS)].map((d) => SPOKEN_VALUE[d[0]]).join('');
}

/** Stretches of text that could hold a phone number: 9+ digits with separators, brackets or a leading +. */
const CANDIDATE = /[+(]?\d[\d\s()\-.]{6,}\d\)?/g;

/** libphonenumber's numbers in a candidate stretch, kept per stretch: a team's office number recurs in post after post,
 * and every lint of an edited document looks at it again. The results are only read. */
const PHONES_IN = new LruCache<ReturnType<typeof findPhoneNumbersInText>>(256);
function phonesIn(slice: string): ReturnType<typeof findPhoneNumbersInText> {
  let found = PHONES_IN.get(slice);
  if (!found) PHONES_IN.set(slice, (found = findPhoneNumbersInText(slice, 'JP')));
  return found;
}

/**
 * libphonenumber on the candidate stretches only (it costs ~0.2 ms per call on a whole post); offsets are
 * shifted back into the post text.
 */
function findPhones(norm: string): { startsAt: number; endsAt: number; number: ReturnType<typeof findPhoneNumbersInText>[number]['number'] }[] {
  const out = [];
  for (const m of matchesOf(norm, CANDIDATE)) {
    if (m[0].replace(/\D/g, '').length < 9) continue;
    const from = Math.max(0, m.index! - 1);
    // （090-6612-4098）7/22→7/24: libphonenumber drops a bracketed number a digit follows; a space after the bracket keeps
    // it (inserted after the number, so its offsets hold; a later number in the same run is then one unit off, and dropped).
    const raw = norm.slice(from, m.index! + m[0].length + 1);
    const gap = /\([\d\-. ]{9,}\)(?=\d)/.exec(raw);
    const slice = gap ? `${raw.slice(0, gap.index + gap[0].length)} ${raw.slice(gap.index + gap[0].length)}` : raw;
    const cut = gap ? gap.index + gap[0].length : Infinity;
    for (const f of phonesIn(slice)) if (f.endsAt <= cut) out.push({ startsAt: f.startsAt + from, endsAt: f.endsAt + from, number: f.number });
  }
  return out;
}

export const phone: Rule = {
  id: 'pii/phone',
  description: '個人の電話番号（携帯・自宅・担当者個人）が書かれていないか。事務所の番号は情報として示す',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  async check(ctx) {
    // A huge post is worked through in pieces (line breaks), giving the editor's event loop a turn in between.
    for (const post of publishedTexts(ctx).flatMap((seg) => piecesOf(seg))) {
      await ctx.pause?.();
      if (!/[0-9０-９〇]/.test(post.text)) continue;
      // One UTF-16 unit to one, so offsets in `norm` are offsets in `post.text`.
      const norm = normalizeNumbers(post.text);
      for (const found of findPhones(norm)) {
        let { startsAt: start } = found;
        const end = found.endsAt;
        // libphonenumber keeps an opening bracket whose closing one it left out: （090-1234-5678）.
        while (start < end && /[(\[]/.test(norm[start]) && !/[)\]]/.test(norm.slice(start, end))) start++;
        const value = post.text.slice(start, end);
        if (isAllowed('phones', value, ctx.config.allow.phones)) continue;
        // Codes and dates that happen to parse as numbers: a postal transfer account (00170-3-…), a dated notice
        // number, a number introduced as 受付番号・被保険者番号.
        const digitsOnly = norm.slice(start, end);
        // (A number with no 0, + or bracket in front, 2300481926, is no phone number as anyone in Japan writes one.)
        if (/^\(?00/.test(digitsOnly) || /^[1-9１-９]/.test(digitsOnly) || DATE_LIKE.test(digitsOnly) || DATE_FIRST.test(digitsOnly) || CODE_BEFORE.test(norm.slice(Math.max(0, start - 12), start))) continue;
        const national = found.number.countryCallingCode === '81' ? `0${found.number.nationalNumber}` : `+${found.number.countryCallingCode}${found.number.nationalNumber}`;
        // A stand-in in a form's example (記入例：電話 048-000-0000): no one's number.
        if (/0{6,}$/.test(national) || exampleLine(norm.slice(Math.max(0, norm.lastIndexOf('\n', start - 1) + 1, start - 40), start))) continue;
        const masked = maskDigits(value);
        const personAt = distanceBefore(norm, start, PERSON_WORDS, 16);
        // A notice that a facility's number changes (保育所の電話番号が変わります（旧 … → 新 …）) reaches further back.
        // A landline under a contact label (☎03-…) in a post about a facility, with no one named in it, is the facility's:
        // the facility may be named a sentence or two back (…支援センター（所在地）の開所時間は…です。☎03-…).
        const labelled = CONTACT_LABEL_BEFORE.test(norm.slice(Math.max(0, start - 6), start)) && !MOBILE.test(national) && distanceBefore(norm, start, PERSON_WORDS, 200) === Infinity;
        const orgWindow = labelled ? 200 : NUMBER_CHANGE.test(norm.slice(Math.max(0, start - 60), start)) ? 60 : 30;
        const orgAt = Math.min(distanceBefore(norm, start, ORG_WORDS, orgWindow), distanceAfter(norm, end, ORG_AFTER, 24));
        const privateAt = Math.min(distanceBefore(norm, start, PRIVATE, 16), distanceAfter(norm, end, /^[\s（(]*(?:携帯|自宅|個人)/, 8));
        let severity: Severity = ctx.severity;
        let message: string;
        if (privateAt < Infinity) message = `個人の電話番号（${masked}）が書かれています。自宅・携帯の番号は投稿しないでください`;
        else if (MOBILE.test(national)) message = `携帯電話の番号（${masked}）が書かれています。個人の番号であれば投稿しないでください`;
        else if (distanceBefore(norm, start, FAX, 14) < Infinity) {
          severity = 'info';
          message = `FAX 番号（${masked}）です。事務所の番号であれば問題ありません（チームの許可リストに追加できます）`;
        } else if (personAt < orgAt) message = `人名の近くに電話番号（${masked}）があります。個人の連絡先であれば投稿しないでください`;
        else if (orgAt < Infinity || ORG_NUMBER.test(national)) {
          severity = 'info';
          message = `事務所の電話番号（${masked}）です。公開してよい番号ならチームの許可リストに追加できます`;
        } else {
          severity = atMost(severity, 'warning'); // may be the office's own number
          message = `電話番号（${masked}）が書かれています。個人の番号でないか確認してください`;
        }
        ctx.report({
          message,
          range: post.toDocumentRange(start, end),
          severity,
          fixes: [
            replaceFix(post, start, end, '', '電話番号を削除する', severity !== 'info'),
            { ...allowFix('phones', value, `この電話番号をチームの許可リストに追加する（${masked}）`), isPreferred: severity === 'info' },
          ],
        });
      }
    }
    // 野々村さん（ゼロキューゼロ、ロクヨンサンニの、イチハチゴーナナ）: a number read out in katakana.
    for (const seg of publishedTexts(ctx)) {
      if (!seg.text.includes('ゼロ')) continue;
      for (const m of matchesOf(seg.text, SPOKEN_NUMBER)) {
        const digits = spokenDigits(m[0]);
        if (!/^0\d{9,10}$/.test(digits)) continue;
        const start = m.index!;
        const end = start + m[0].length;
        ctx.report({
          message: `カタカナで読み上げた電話番号（${MOBILE.test(digits) ? '携帯' : '固定'}、${maskDigits(digits)}）が書かれています。個人の番号であれば投稿しないでください`,
          range: seg.toDocumentRange(start, end),
          severity: atMost(ctx.severity, 'warning'),
          fixes: [replaceFix(seg, start, end, '', '電話番号を削除する')],
        });
      }
    }
  },
};
