// Hepburn spellings of a kana given name (こたろう → Kotaro, Kotarou, Kotaroh), so a name the lexicon holds in kana is
// known when a post writes it in Latin letters (名札の「KOTARO」, Kanata M. (4)).

const BASE: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to', だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo', ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', を: 'o', ん: 'n',
};
/** Small ゃ・ゅ・ょ after an i-row kana: きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja. */
const SMALL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** One Hepburn spelling with long vowels written out (こうた → kouta), or undefined for kana it does not know. */
function spell(kana: string): string | undefined {
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const c = kana[i];
    const next = kana[i + 1];
    if (c === 'っ') {
      const after = next && BASE[next];
      if (!after) return undefined;
      out += after.startsWith('ch') ? 't' : after[0];
      continue;
    }
    if (c === 'ー') {
      out += out[out.length - 1] ?? '';
      continue;
    }
    const base = BASE[c];
    if (base === undefined) return undefined;
    if (next && SMALL[next]) {
      const stem = base.slice(0, -1); // ki → k, shi → sh, chi → ch, ji → j
      out += (/^(?:sh|ch|j)$/.test(stem) ? stem : `${stem}y`) + SMALL[next];
      i++;
      continue;
    }
    out += base;
  }
  return out;
}

/** The spellings people write of a kana name, capitalised: with long vowels as written, shortened (Kotaro, Yuto) and
 * with h (Kotaroh); ん before a vowel or y stays n (けんいち → Kenichi). */
export function romajiSpellings(kana: string): string[] {
  const full = spell(kana);
  if (!full) return [];
  const short = full.replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo(?=.)/g, 'o');
  const withH = full.replace(/ou/g, 'oh');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [...new Set([full, short, withH])].map(cap);
}
