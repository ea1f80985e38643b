// pii/id-number: numbers of public certificates that identify a person — health insurance (被保険者番号・記号),
// pension (基礎年金番号), benefit certificates (受給者番号), residence records (住民票コード) — found from the
// word that introduces them, as people write them (hyphens, spaces, full-width digits).
import type { Rule } from '../../engine/rule';
import { CLAUSE_PERSONAL, exampleLine, kanjiDigitsToAscii, lineAround, publishedTexts, replaceFix } from './common';
import { digitRuns } from './identifierCore';
import PERSON_ID from './lexicon/personIdWords.json';
import { alternation } from './personLexicon';
import { matchesOf, toHalfWidthAscii } from '../../engine/text';

/** A person-ID word (lexicon/personIdWords.json; a space in it may be full-width or left out), a bracket, No. */
const PERSON_ID_LABEL = `(?:${alternation(PERSON_ID.words).replace(/ /g, '[ \\u3000]?')})\\.?(?:[（(][^）)\\n]{0,8}[）)])?(?:[ \\u3000]*(?:No\\.?|NO\\.?|№))?`;
/** A person-ID word, separators, then a value with letters, hyphens or 第…号 (H-20517, 埼玉-012345, ひ－１２３４５, R6-第0412号). */
const PERSON_ID_VALUE = new RegExp(`${PERSON_ID_LABEL}(?:[」』][ \\u3000]*欄?(?:に|には|へ)?)?[ \\u3000:：は（(「『#＃]*(?:(?:No|NO)\\.?[ \\u3000]*)?((?:第[ \\u3000]*)?(?:[\\p{Script=Han}\\p{Script=Hiragana}]{1,4}[-‐－])?[A-Za-z0-9][A-Za-z0-9.\\-‐_]*(?:第[0-9]+)?(?:[\\p{Script=Han}]{1,2}[-‐－][0-9][A-Za-z0-9.\\-‐_]*)?(?:[ \\u3000]*号)?)`, 'gu');
/** Another value right after one found, with its owner in brackets and a list mark (（葵）、A-20418): group 1. */
const LIST_NEXT_VALUE = /^(?:[（(][^）)\n]{1,12}[）)]|[ \u3000]+[一-龥ぁ-んァ-ヶ]{1,4}(?:[ \u3000][一-龥ぁ-んァ-ヶ]{1,4})?)?[ \u3000]*[、,・／/][ \u3000]*((?:[A-Za-z]{1,3}-?)?\d[\dA-Za-z-]{2,14}\d)(?![\w-])/;
/** A registration plate: the office's place (1–4 kanji), the class number, one kana, and the number (88-01, ・・・3, 1234). */
const PLATE = /(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}[ \u3000]?\d{2,3}[ \u3000]?[\u3041-\u3093][ \u3000]?(?:\d{1,2}-\d{2}|[・･]{1,3}[ \u3000]?\d{1,3}|[・･]{0,2}\d{1,2}-?\d{2})(?![\d-])/gu;
/** A car of the office named right before its plate (公用車（…）, 市の車). */
const OFFICIAL_CAR_BEFORE = /(?:公用車|庁用車|市の車|公用の車|園の車|園バス)[（(\s\u3000は：:]*$/;
/** 適格請求書の登録番号 (T + 13 digits) names a business, not a person. */
const INVOICE_NUMBER = /^T\d{13}$/;

/** The certificate words; the number follows within a few characters (被保険者番号 30718452, 記号・番号：12-345). */
const ID_WORDS =
  /(?:被保険者(?:証)?(?:番号|記号)|保険者番号|保険証(?:の)?(?:番号|記号)|基礎年金番号|年金(?:手帳)?番号|受給者(?:証)?番号|受給資格者番号|医療証(?:の)?番号|受診券番号|住民票コード|在留カード(?:の)?番号|特別永住者証明書番号|(?:障害者)?手帳(?:の)?番号|療育手帳番号|学籍番号|利用者番号|児童番号|世帯番号|宛名番号|証(?:書)?番号)(?:[（(][^）)\n]{0,8}[）)])?[\s\u3000:：は、（(「]*(?:記号|No\.?|NO\.?|№)?[\s\u3000:：]*$/;


/** A person-ID word right before a plain number (職員番号 20517, 受付番号：20251104). */
const PERSON_ID_BEFORE = new RegExp(`${PERSON_ID_LABEL}[\\s\\u3000:：は（(「]*(?:第[ \\u3000]*)?$`, 'u');

/** A certificate named a little before, then 記号・番号 right before the number (健康保険証：記号 12 番号 345678). */
const CERT_WORDS = /(?:健康保険|国民健康保険|国保|保険証|被保険者証|資格確認書|医療証|受給者証|受給資格者証|受給資格証|個人番号カード|マイナンバーカード|受診券|年金手帳|障害者手帳|療育手帳|在留カード|特別永住者証明書|診察券|会員証|学生証|生徒手帳|利用者証|図書カード|利用者カード|図書館カード|会員カード)/;
/** A certificate, then its number with letters in it (療育手帳（番号 B2-77104）, 診察券 No.K-2031, 利用者カード（大西 俊介様、番号A0938275）: its owner may come first in the bracket): group 1. */
const CERT_VALUE = new RegExp(`${CERT_WORDS.source}[（(]?(?:[^（）()\\n、,]{1,16}[、,][ \\u3000]*)?[ \\u3000]*の?(?:番号|No\\.?|NO\\.?|№)[ \\u3000:：は]*((?:[A-Za-z]{1,3}\\d{0,3}[-‐]?)\\d{3,12})(?![\\w-])`, 'g');
/** Numbers of one or two digits that still pick out one child in a class: 出席番号12. */
const SHORT_ID_BEFORE = /(?:出席番号|出席No\.?)[\s\u3000:：は]*$/;
/** 会員番号 1234 の方は受付へ: a number called out to whoever holds it, no one named. */
const CALLED_OUT_AFTER = /^[\s\u3000]*番?(?:の方|までの方|以降の方|から|[~～〜])/;
/** 会員番号 before a number: a person's only when someone is named beside it on the line (清水さん) and the number is
 * not called out (CALLED_OUT_AFTER). */
const NAMED_ON_LINE = /[^\s\u3000\n（(]{1,8}[ \u3000]?(?:さん|様|さま|くん|ちゃん)|[一-龥]{1,4}[ \u3000][一-龥ぁ-んァ-ヶ]{1,4}[（(]|氏名[ \u3000]*[:：]|(?:申請者|申込者|請求者|相談者|保護者|名義|依頼会員|提供会員|両方会員|会員|母|父|子|児童|本人)[ \u3000:：]*[一-龥]{1,4}[ \u3000][一-龥ぁ-ん]{1,4}|利用者[ \u3000:：]+(?!番号|カード|証)[一-龥]{2,4}[ \u3000]?[一-龥ぁ-ん]{1,4}/;
/** A full name written right after the number (会員証（No.Y1588 北村 健太郎）), or a family name in brackets (会員No.003812
 * （森崎）): whose number it is. */
const NAME_AFTER = /^[ \u3000]+[一-龥]{1,4}[ \u3000][一-龥ぁ-んァ-ヶ]{1,4}(?:[）)、,。\n]|$)|^[ \u3000]?[（(](?![一-龥]*(?:館|階|室|口|場|棟|課|係|済|中|了|未|要|可|否|済み|予定)[）)])[一-龥]{2,4}(?:[ \u3000][一-龥ぁ-ん]{1,4})?(?:さん|様)?[）)]/;
/** Someone is named on the number's `line` or right after it (ending at `end`), or the number, alone on its line, heads
 * the lines that name whom it belongs to (受付番号：000452⏎百目鬼 杏ちゃんの保護者様). */
function namedNearby(text: string, line: string, end: number): boolean {
  if (NAMED_ON_LINE.test(line) || NAME_AFTER.test(text.slice(end, end + 16))) return true;
  const next = text.indexOf('\n', end);
  if (next < 0 || text.slice(end, next).replace(/^[ \u3000]*号/, '').trim() !== '') return false;
  const after = text.indexOf('\n', next + 1);
  return NAMED_ON_LINE.test(text.slice(next + 1, after < 0 ? text.length : after));
}
/** A number an office or a club gives a member, a visitor or a committee member, with its value (FS-20417, A-10234,
 * No.Y1588, 2025-0034, R7-H-0458): a person's when someone is named on the same line (NAMED_ON_LINE) and it is not called out. */
const MEMBER_VALUE = /(?:会員番号|会員No\.?|会員証[（(]?[ \u3000]*No\.?|(?:利用者|会員|図書館)カード[ \u3000]*No\.?|カード番号|受付番号|受付No\.?|申請番号|委員番号|登録番号|利用者番号|相談記録[ \u3000]*No\.?|記録番号|(?<![A-Za-z])ID)[ \u3000:：は（(]*(?:No\.?[ \u3000]*)?(?:第[ \u3000]*)?((?:[A-Za-z]{1,3}\d{0,2}-?)?(?:[\p{Script=Han}A-Za-z]{1,2}-)?\d[\d-]{1,12}\d(?:-[A-Za-z]{1,4}-\d{1,8})?|[A-Za-z]{1,3}-?\d{2,8})/gu;
/** The last digits of an individual number (マイナンバーの下4桁「6721」): still part of one person's number. */
const MY_NUMBER_TAIL = /(?:マイナンバー|個人番号)(?:カード)?の?(?:下|末尾)[4４四]桁[はが]?[ \u3000:：「『]*(\d{4})(?!\d)/g;
const MEMBER_BEFORE = /会員(?:番号|No\.?|NO\.?)[\s\u3000:：は]*(?:No\.?|NO\.?|№)?[\s\u3000]*$/;
const NUMBER_WORD = /(?:記号|番号|No\.?|NO\.?|№)(?:[・･/／]?(?:記号|番号))?[\s\u3000:：は（(]*$/;

export const idNumber: Rule = {
  id: 'pii/id-number',
  description: '健康保険・年金・医療証などの公的な証の番号（被保険者番号・基礎年金番号・受給者番号など）が書かれていないか',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'error',
  check(ctx) {
    for (const seg of publishedTexts(ctx)) {
      // Four digits (also spaced: 0 6 1 3), or a short number with letters (委員番号 Y-07).
      if (!/[0-9０-９](?:[ \u3000]?[0-9０-９]){3}|[0-9０-９][-‐－][0-9０-９]{3}|[A-Za-zＡ-Ｚａ-ｚ][0-9０-９]?[-‐－]?[0-9０-９]{2}|出席|[〇一二三四五六七八九]{4}|[\u3041-\u3093][ \u3000]?(?:[0-9０-９]{1,2}[-‐－]|[・･])/.test(seg.text)) continue;
      // Full-width letters and digits as ASCII, one unit to one (offsets stay).
      const norm = toHalfWidthAscii(seg.text);
      // 在留カード番号 AB12345678CD: two letters, eight digits, two letters.
      if (/在留カード|特別永住者証明書/.test(seg.text)) {
        for (const m of matchesOf(norm, /(?<![A-Za-z0-9])[A-Z]{2}\d{8}[A-Z]{2}(?![A-Za-z0-9])/g)) {
          if (!/在留カード|特別永住者証明書/.test(norm.slice(Math.max(0, m.index! - 24), m.index!))) continue;
          const end = m.index! + m[0].length;
          ctx.report({
            message: '健康保険証・年金・医療証などの番号と思われる数字が書かれています。個人を特定できる番号は投稿しないでください',
            range: seg.toDocumentRange(m.index!, end),
            fixes: [replaceFix(seg, m.index!, end, '', '番号を削除する')],
          });
        }
      }
      const taken: [number, number][] = [];
      // 多摩 330 ね 88-01: a car's registration plate picks out one family's car (an official car, 公用車, is the office's).
      for (const m of matchesOf(norm, PLATE)) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        if (OFFICIAL_CAR_BEFORE.test(norm.slice(Math.max(0, start - 12), start)) || exampleLine(lineAround(seg.text, start, end))) continue;
        taken.push([start, end]);
        ctx.report({
          message: '自動車のナンバー（登録番号）と思われる値が書かれています。持ち主の車を特定できるため投稿しないでください',
          range: seg.toDocumentRange(start, end),
          fixes: [replaceFix(seg, start, end, '', 'ナンバーを削除する')],
        });
      }
      // A number a school, an employer or an office gave one person, found at [start, end).
      const reportAssigned = (start: number, end: number) => {
        taken.push([start, end]);
        ctx.report({
          message: '学籍番号・職員番号・会員番号など、個人に割り当てられた番号と思われる値が書かれています。個人を特定できる番号は投稿しないでください',
          range: seg.toDocumentRange(start, end),
          fixes: [replaceFix(seg, start, end, '', '番号を削除する')],
        });
      };
      // Numbers a school, an employer or an office gives one person, with letters or hyphens in them.
      for (const m of matchesOf(norm, PERSON_ID_VALUE)) {
        const value = m[1].replace(/[.\-‐_]+$/, '');
        if ((value.match(/\d/g) ?? []).length < 3 || INVOICE_NUMBER.test(value) || /^\d+$/.test(value.replace(/^第[ \u3000]*|[ \u3000]*号$/g, ''))) continue;
        const start = m.index! + m[0].length - m[1].length;
        const end = start + value.length;
        reportAssigned(start, end);
        // The next values of a list under the same label (児童番号 A-20417（葵）、A-20418（和奏）).
        for (let at = end, next = LIST_NEXT_VALUE.exec(norm.slice(at)); next; next = LIST_NEXT_VALUE.exec(norm.slice(at))) {
          const s2 = at + next[0].length - next[1].length;
          reportAssigned(s2, s2 + next[1].length);
          at = s2 + next[1].length;
        }
      }
      // A certificate's number with letters in it (療育手帳（番号 B2-77104）): the plain digit runs are read below.
      for (const m of matchesOf(norm, CERT_VALUE)) {
        if (!/[A-Za-z]/.test(m[1]) || exampleLine(lineAround(seg.text, m.index!, m.index! + m[0].length))) continue;
        const end = m.index! + m[0].length;
        const start = end - m[1].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        ctx.report({
          message: '健康保険証・年金・医療証などの番号と思われる数字が書かれています。個人を特定できる番号は投稿しないでください',
          range: seg.toDocumentRange(start, end),
          fixes: [replaceFix(seg, start, end, '', '番号を削除する')],
        });
      }
      // Member, reception and committee numbers beside the person they belong to; the tail of a My Number.
      for (const re of [MEMBER_VALUE, MY_NUMBER_TAIL]) {
        for (const m of matchesOf(norm, re)) {
          const end = m.index! + m[0].length;
          const start = end - m[1].length;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          if (re === MEMBER_VALUE) {
            const line = lineAround(seg.text, start, end);
            if (!namedNearby(seg.text, line, end) || CALLED_OUT_AFTER.test(seg.text.slice(end, end + 8)) || exampleLine(line)) continue;
          }
          reportAssigned(start, end);
        }
      }
      let lastEnd = -1;
      // 受給者番号 七〇三三一二八: a run of kanji digits is read digit for digit (one unit to one, offsets stay).
      for (const run of digitRuns(seg.text.replace(/[〇一二三四五六七八九]{4,}/g, kanjiDigitsToAscii))) {
        if (taken.some(([a, b]) => run.start < b && a < run.end)) continue;
        // 記入例：基礎年金番号 1234-567890: a form's example, no one's number.
        // (…記載例にあった「被保険者番号 30182245」は実在の番号でした: the line says the example was real data.)
        const lineBefore = seg.text.slice(seg.text.lastIndexOf('\n', run.start - 1) + 1, run.start);
        if (exampleLine(lineBefore) && exampleLine(lineAround(seg.text, run.start, run.end))) continue;
        const before = seg.text.slice(Math.max(0, run.start - 24), run.start);
        const short = run.digits.length <= 3 && SHORT_ID_BEFORE.test(before);
        // 12・3456789: a short 記号 written before its 番号 with a dot.
        const dotPairNext = /^[・･/／][0-9０-９]{4,}/.test(seg.text.slice(run.end, run.end + 6));
        if ((run.digits.length < 4 && !short && !(lastEnd >= 0 && run.start - lastEnd <= 8) && !dotPairNext) || run.digits.length > 16) continue;
        const member = MEMBER_BEFORE.test(before) && !CALLED_OUT_AFTER.test(seg.text.slice(run.end, run.end + 8)) && namedNearby(seg.text, lineAround(seg.text, run.start, run.end), run.end);
        // 保険証 記号・番号 12・3456789: the 記号 of a certificate named before it.
        const pairHead = dotPairNext && (ID_WORDS.test(before) || NUMBER_WORD.test(before)) && CERT_WORDS.test(before);
        const named = short || member || pairHead || ID_WORDS.test(before) || PERSON_ID_BEFORE.test(before) || (CERT_WORDS.test(seg.text.slice(Math.max(0, run.start - 32), run.start)) && NUMBER_WORD.test(seg.text.slice(Math.max(0, run.start - 10), run.start)));
        // The second half of a pair written 1234・56789 after a number already found.
        const pair = lastEnd >= 0 && run.start - lastEnd === 1 && /[・･/／]/.test(seg.text[lastEnd]);
        // 記号 01180422 番号 17: the 番号 of an insurance card is short, after its 記号 already found.
        const shortNumber = lastEnd >= 0 && run.digits.length >= 1 && run.start - lastEnd <= 8 && /^[\s\u3000・･、,]*番号[\s\u3000:：は]*$/.test(seg.text.slice(lastEnd, run.start));
        if (!named && !pair && !shortNumber) continue;
        // 免許証番号: a driving licence (pii/drivers-license reports it).
        if (/免許証?(?:の)?(?:番号|No)/.test(before)) continue;
        lastEnd = run.end;
        ctx.report({
          message: '健康保険証・年金・医療証などの番号と思われる数字が書かれています。個人を特定できる番号は投稿しないでください',
          range: seg.toDocumentRange(run.start, run.end),
          fixes: [replaceFix(seg, run.start, run.end, '', '番号を削除する')],
        });
      }
    }
  },
};
