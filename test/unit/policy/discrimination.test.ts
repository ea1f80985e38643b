import { strict as assert } from 'node:assert';
import { presets } from '../../../server/src/config/presets';
import { discrimination } from '../../../server/src/rules/policy/discrimination';
import { findingsOf, table } from './table';

const ageo = presets['ageo-hoiku'];

describe('rule policy/discrimination', () => {
  table(discrimination, {
    config: ageo,
    clause: '上尾市保育課 X 運用基準 5(2)ウ・エ',
    fail: [
      // Round 24 (blind23): a nationality named by a demonstrative (ああいう国の人) and a generalising predicate.
      { name: 'ああいう国の人はルールを守らない', text: 'ああいう国の人はルールを守らないんですかね。', covers: ['国の人はルールを守らない'] },
      // Round 25 (blind24): parents by their origin (…出身の親は…しがちだそうです).
      { name: '東南アジア出身の親は…放任しがち', text: 'ネットの記事で読んだのですが、東南アジア出身の親は子どもを放任しがちだそうです。', covers: ['出身の親は子どもを放任'] },
      // Round 24 (blind23): a harm blamed on a group's growing number.
      { name: '外国人の子どもが増えると保育の質が下がる', text: '「外国人の子どもが増えると保育の質が下がる」という意見をネットで見かけました。', covers: ['外国人の子どもが増えると保育の質が下がる'] },
      { name: '外国の子が増えて…騒がしくなった', text: '最近、外国の子が増えて、児童館がちょっと騒がしくなった気がします…。', covers: ['外国の子が増えて、児童館がちょっと騒がしくなっ'] },
      { name: '年齢が上がると…使いものになりません', text: '若いうちに資格を取っておかないと、年齢が上がると現場では使いものになりませんよ。', covers: ['年齢が上がると現場では使いものになりません'] },
      // Round 23 (dev: blind21): people without children told they cannot understand (子どもがいない人には…分からない).
      { name: '子どもがいない人にはこの大変さは分からない', text: '子どもがいない人にはこの大変さは分からないんだろうな。', covers: ['子どもがいない人にはこの大変さは分からない'] },
      // Round 21 (blind20): a group's priority lowered in eligibility, as a plan or a decision.
      { name: '外国籍世帯の優先度を一段階下げる案', text: '検討中の新しい利用調整基準では、外国籍世帯の優先度を一段階下げる案が出ています。', covers: ['外国籍世帯の優先度を一段階下げる'] },
      { name: '外国籍の方は入所の優先順位を下げる', text: '外国籍の方は入所の優先順位を下げることになりました。', covers: ['外国籍の方は入所の優先順位を下げる'] },
      // Round 17: the word itself, quoted as said to someone, is still reported.
      { name: '「死ね」と言われた', text: '「死ね」と言われた子の気持ちを考えてください。', covers: ['死ね'] },
      // Round 16: inexperience or ignorance ascribed to a group (若いママは経験が浅い, 地方から越してきた保護者さんは…疎い).
      { name: '若いママは経験が浅い', text: '若いママは経験が浅いので、子育て相談では年配のスタッフが対応するようにしています。', covers: ['若いママは経験が浅い'] },
      { name: '地方から越してきた保護者さんは…疎い', text: '地方から越してきた保護者さんは上尾の保育事情に疎いので、早めにご相談ください。', covers: ['地方から越してきた保護者さんは上尾の保育事情に疎い'] },
      // Round 16: advice to the reader does not excuse a group judged (only babies' bodies are quiet).
      { name: '外国人の保護者はルールを守らないので…説明してください', text: '外国人の保護者はルールを守らないので、最初によく説明してください。', covers: ['外国人の保護者はルールを守らない'] },
      // Round 14: a gender shut out in honorific wording, an origin generalised, a diagnosis used as a label.
      { name: 'お父さまのみでのご参加はご遠慮ください', text: 'お父さまのみでのご参加はご遠慮ください。', covers: ['お父さまのみでのご参加はご遠慮'] },
      { name: '中国の方は…感覚が違う', text: '中国の方はマナーの感覚が違うことがあるので…', covers: ['中国の方はマナーの感覚が違う'] },
      { name: '発達障害っぽい子', text: '発達障害っぽい子、ここ数年でほんとに増えたよね…', covers: ['発達障害っぽい'] },
      // Round 12: labels that demean residents, staff or children.
      { name: 'モンスターペアレント', text: '深夜にクレーム電話をかけてくるモンスターペアレントの皆さん、職員も人間です。', covers: ['モンスターペアレント'] },
      { name: 'アスペっぽい', text: 'アスペっぽいお子さんでも楽しめる工作教室です', covers: ['アスペ'] },
      { name: 'ではなく turns a group away (blame words are what it denies)', text: '利用は市内在住の方に限ります。障害のある方ではなく健常者のみ。', covers: ['障害のある方ではなく'] },
      // Round 10: a sex or an age preferred in a job offer.
      { name: '若くて元気な女性の方、大歓迎 (a job offer)', text: '保育士募集中🌷 若くて元気な女性の方、大歓迎です！', covers: ['女性の方、大歓迎'] },
      { name: '50代以上の方はご遠慮ください (an age band turned away in a job offer)', text: '保育補助員を募集します！50代以上の方はご遠慮ください。', covers: ['50代以上の方はご遠慮'] },
      { name: 'exclusion by nationality', text: '外国籍の方の参加はお断りします。', covers: ['外国籍の方の参加はお断りします'], message: '排除', severity: 'error' },
      { name: 'exclusion by family status (welfare)', text: '生活保護世帯の方は入園できません。', covers: ['生活保護世帯の方は入園できません'], severity: 'error' },
      { name: 'stereotype of single-mother families', text: '母子家庭の子は問題が多いと言われます。', covers: ['母子家庭の子は問題が多い'], message: '偏見' },
      { name: '片親 → ひとり親 (strong, fix)', text: '片親の家庭への支援を拡充します。', covers: ['片親'], severity: 'error', fix: true, fixInRange: true, fixed: 'ひとり親の家庭への支援を拡充します。' },
      { name: '父兄 → 保護者 (warning, fix)', text: '父兄の皆様へ🎌運動会のお知らせ', covers: ['父兄'], severity: 'warning', fix: true, fixInRange: true, fixed: '保護者の皆様へ🎌運動会のお知らせ' },
      { name: '痴呆症 → 認知症', text: '痴呆症の方の見守りについて', covers: ['痴呆症'], fix: true, fixed: '認知症の方の見守りについて' },
      { name: 'CRLF and emoji: 看護婦 → 看護師', text: '🎍\r\n看護婦さんによる講話があります', covers: ['看護婦'], fix: true, fixed: '🎍\r\n看護師さんによる講話があります' },
      { name: 'demeaning word, no replacement', text: 'そんな質問はバカげています', covers: ['バカ'], message: '誹謗中傷', severity: 'warning' },
      { name: 'full-width Ｎ Ｇ', text: '外国人の方はＮＧです', covers: ['外国人の方はＮＧ'] },
      // Realistic corpus (test/fixtures/realistic/ng): exclusion and prejudice in natural wording.
      { name: '外国の方…参加をご遠慮いただいています', text: 'なお、日本語でのやりとりが難しい外国の方は、安全のため参加をご遠慮いただいています。', covers: ['外国の方は、安全のため参加をご遠慮いただい'] },
      { name: '母子家庭のお子さんは…乱れがち', text: '母子家庭のお子さんは生活リズムが乱れがちなので、朝ごはんをしっかり食べさせてあげてください。', covers: ['母子家庭のお子さんは生活リズムが乱れがち'] },
      { name: '親の顔が見てみたい', text: '学童の前で騒ぐ中学生がいて本当に迷惑です。親の顔が見てみたいですね。', covers: ['親の顔が見てみたい'], severity: 'warning' },
      // Round 19 (blind18, read after round 18): the young only (若くて元気な方限定).
      { name: '子育ては母親の仕事です (not set aside)', text: '子育ては母親の仕事です。', covers: ['母親の仕事'] },
      { name: 'a quoted stereotype held up, not rejected', text: '「子育ては母親の仕事」という考えを大切にしています。', covers: ['母親の仕事'] },
      { name: '若くて元気な方限定です', text: 'ボランティアさん募集中！若くて元気な方限定です💪', covers: ['若くて元気な方限定'] },
      // Round 18 (blind17, dev5c): a nationality left unnamed (某国から来た家族), the "ordinary" family as the norm.
      { name: '某国から来た家族は…守らない', text: '某国から来た家族はゴミ出しのルールを守らないって苦情がまた…', covers: ['某国から来た家族はゴミ出しのルールを守らない'] },
      { name: '障がいのある方でも参加できるくらい簡単', text: '障がいのある方でも参加できるくらい簡単なワークショップです！', covers: ['障がいのある方でも参加できるくらい'], severity: 'warning' },
      { name: '高齢者でも使えるほどシンプル', text: '高齢者でも使えるほどシンプルなアプリです。', covers: ['高齢者でも使えるほど'], severity: 'warning' },
      { name: '※ふつうのご家庭向け', text: 'パパ友・ママ友つくろう会\n※ふつうのご家庭向けの内容です', covers: ['ふつうのご家庭'], severity: 'warning' },
      // Round 17: a group judged beside a group that speaks is still judged.
      { name: '若いママは経験が浅いので、先輩ママさんが「…」と', text: '若いママは経験が浅いので、先輩ママさんが「大丈夫だよ」と声をかけてあげてください。', covers: ['若いママは経験が浅い'] },
      { name: '生活保護を受けている家庭のお子さんは利用できません', text: '子ども食堂は、生活保護を受けている家庭のお子さんは利用できません。', covers: ['生活保護を受けている家庭のお子さんは利用できません'] },
    ],
    pass: [
      // Round 24: people of many countries met, or welcomed.
      { name: 'いろいろな国の人と交流', text: 'いろいろな国の人と交流できるイベントです。どこの国の人でも参加できます。' },
      { name: '年齢が上がると、できることが増えて', text: '年齢が上がると、できることが増えていきます。' },
      { name: 'children growing in number, a lively place', text: '子どもが増えて、にぎやかになりました。' },
      { name: 'a harm denied (増えても…下がることはありません)', text: '利用者が増えても、サービスの質が下がることはありません。' },
      { name: 'a fee waived for a class of households (免除となります)', text: '3〜5歳児クラスの副食費は、年収360万円未満相当の世帯と第3子以降のお子さんは免除となります。' },
      { name: '使い方が分からない方は窓口へ (no group)', text: '使い方が分からない方は窓口へどうぞ。' },
      // Round 23 (blind22): a stereotype some may hold, answered with the facts (というイメージをお持ちの方も…が、).
      { name: '「保育士は女性の仕事」というイメージをお持ちの方もいるかもしれませんが', text: '「保育士は女性の仕事」というイメージをお持ちの方もいるかもしれませんが、市内の保育所では多くの男性保育士も活躍しています。' },
      // Round 21: a group's priority raised is support aimed at it.
      { name: 'ひとり親世帯の優先度を上げます', text: 'ひとり親世帯の優先度を上げます。' },
      // Round 20 (blind19, read after round 19): someone's words quoted to reject them (時代錯誤, 問題発言).
      { name: 'a politician\'s words quoted and rejected (…と発言…時代錯誤もいいところ)', text: 'ある政治家が「子育ては母親の仕事」と発言したらしいですね。時代錯誤もいいところです。' },
      // Round 19 (dev): a stereotype quoted to be set aside, told as the past, a group's own concerns met.
      { name: '「…なんだから…」といった声かけを見直して', text: '男女共同参画週間にあわせ、「男の子なんだから泣かないの」「女の子なんだからおしとやかに」といった声かけを見直してみませんか。' },
      { name: '「母親なんだから我慢して当然」ではありません', text: '「母親なんだから我慢して当然」ではありません。一時預かりは理由を問わずご利用いただけます。' },
      { name: '…と言われていた時代もありましたが', text: '子育ては母親の仕事、と言われていた時代もありましたが、今は父親の育児参加が広がっています。' },
      { name: '再婚家庭ならではの悩みを話せる場', text: '「ステップファミリー」のための交流会を開きます。再婚家庭ならではの悩みを気軽に話せる場です☕' },
      // Round 19: a judgement we work not to deserve; young people welcomed.
      { name: '…と言われないよう頑張ります', text: '若い職員ばかりで頼りない、と言われないよう頑張ります！' },
      { name: '若い世代の方もぜひ', text: '若い世代の方も、ぜひお気軽にご参加ください。' },
      // Round 18: not limited to a group (…に限らず…すべての方); household goods (普通の家庭用).
      { name: 'お父さん・お母さんに限らず…すべての方', text: 'お父さん・お母さんに限らず、おじいちゃん・おばあちゃん、里親さんなど、お子さんを育てているすべての方が参加できます✨' },
      { name: '外国籍の方でも申し込めます (let in)', text: '外国籍の方でも申し込めます。' },
      { name: '小さなお子さんでも参加できる内容', text: '小さなお子さんでも参加できる内容です。' },
      { name: '普通の家庭用ゴミ', text: '普通の家庭用ゴミとして出せます。' },
      // Round 17 (development sets): a group named as the one who told something (ママさんが「…」と話していました, ママ友が
      // 言ってた, ママさんたちの口コミによると): the words passed on are policy/citation's; the statistical layer stays quiet.
      { name: '先輩ママさんが「…」と話していました', text: '保育所の先輩ママさんが「慣らし保育は1週間見ておくと安心」と話していました。' },
      { name: 'ママ友が言ってたんだけど…らしい', text: 'ママ友が言ってたんだけど、夜泣きには白湯がいいらしい。' },
      { name: '先輩ママさんたちの口コミによると', text: '先輩ママさんたちの口コミによると、離乳食は10倍がゆから始めるのが一番失敗しないそうです。' },
      // Round 17: a demeaning word inside the quoted title of someone's writing is the title, not the writer's word.
      { name: '「保育園落ちた日本死ね」——あの言葉 (words named as words)', text: '「保育園落ちた日本死ね」——あの言葉、今でもまさにその通りだと思います。' },
      { name: '「保育園落ちた日本死ね」――あのブログ', text: '「保育園落ちた日本死ね」――あのブログから約10年。待機児童対策は大きく前進しました。' },
      // Round 16: made easy for the group too (…も参加しやすいよう): an accommodation, no judgement.
      { name: '障がいのある方も参加しやすいよう', text: '障がいのある方も参加しやすいよう、会場には車いす用の席とスロープを用意しています。' },
      { name: '平日仕事のパパも参加しやすい土曜日開催', text: '平日仕事のパパも参加しやすい土曜日開催です。' },
      // Round 16 (dev10): care advice about babies' bodies, addressed to the carer, judges no group.
      { name: '赤ちゃんは体温調節が苦手なので…見てあげてください', text: '赤ちゃんは体温調節が苦手なので、こまめに様子を見てあげてください。' },
      // Round 15 (dev8): a guide delivered to a group is support aimed at it.
      { name: 'a guide delivered to families with foreign roots', text: 'やさしい日本語版の子育てガイドブックを作りました。外国にルーツのあるご家庭にお届けします。' },
      // Round 15: a shop recommended to a group judges the shop (policy/personal-opinion's), not the group.
      { name: 'a cafe recommended for mothers\' lunches', text: '和泉多摩川駅近くのカフェ、キッズスペースがあってママ友ランチにぴったり☕' },
      // Round 12: a stereotype quoted to reject it, a wage statistic, both sexes alike, support given to a group.
      { name: 'a stereotype rejected (「…だから」ではなく)', text: '「男の子だから」「女の子だから」ではなく、その子らしさを大切に。' },
      { name: 'a wage statistic', text: '保育士の平均年収は全産業平均より約80万円低いという調査結果です（出典：厚生労働省）。' },
      { name: 'both sexes alike', text: '女の子も男の子も、どろんこになって遊ぶのが一番！' },
      { name: 'support given (対応しています)', text: '宗教上の理由で食べられないものがあるお子さんには、除去食・代替食で対応しています。' },
      { name: 'a baseball team', text: 'ヤンキースの試合をみんなで観ました。' },
      { name: 'blame taken off a group (若者が悪いのではなく)', text: '若者の投票率が低いのは、若者が悪いのではなく大人の側に責任があると考えます。' },
      { name: 'not limited to a group (お父さん・お母さんに限らず)', text: 'お父さん・お母さんに限らず、お迎えに来られる方は事前に園にご登録ください。' },
      { name: '男性の方も大歓迎 (a job offer that includes)', text: '保育士募集中！男性の方も大歓迎です。' },
      { name: '年齢・性別を問わず歓迎', text: '保育士募集中！年齢・性別を問わず歓迎します。' },
      { name: '18歳未満の方はご遠慮ください (a requirement for minors)', text: 'ボランティア募集！18歳未満の方はご遠慮ください（保険の関係）。' },
      { name: '60歳以上の方も歓迎', text: '保育補助員を募集します！60歳以上の方も歓迎です。' },
      { name: '0歳児はご遠慮ください outside a job offer', text: '3歳以上のお子さんが対象です。0歳児の方はご遠慮ください。' },
      // Round 4: a stereotype quoted to reject it, a group word in an office's name, らしい as hearsay, ちびっこ.
      { name: 'a stereotype rejected', text: '「女の子だから」「男の子だから」にとらわれず、どんな夢も応援します。' },
      { name: 'an office name', text: '子ども若者政策課では、若者の居場所づくりを進めています。' },
      { name: 'らしい as hearsay', text: '新しい保育園が原市にできるらしいですよ。' },
      { name: 'ちびっこ広場', text: '本日の「ちびっこ広場」は中止とします。' },
      { name: '外国の方も参加できます', text: '外国の方も参加できます。外国の絵本の読み聞かせもあります。' },
      { name: '外国籍の方も申請できます', text: '外国籍の方も、児童手当や保育所の申請ができます🌏 日本語が苦手な方は通訳タブレットを使えます。' },
      { name: 'ひとり親家庭の方を対象に', text: 'ひとり親家庭の方を対象に、無料の学習支援教室を開いています。障がいのあるお子さんもご相談ください。' },
      { name: 'eligibility by family status, no exclusion', text: 'ひとり親家庭の方は、児童扶養手当を申請できます。' },
      { name: 'inclusion', text: '外国籍の方もご参加いただけます。通訳もおります。' },
      { name: 'disability, consultation', text: '障がいのある子どもの入園についてご相談ください。' },
      { name: 'current job titles', text: '看護師・保健師・保育士が相談に応じます。' },
      { name: '海外人材 contains 外人 but is not it', text: '海外人材の受け入れについて' },
      { name: 'めくらないで (to turn pages) and かたわら', text: '絵本のページをめくらないで待ってね。かたわらに先生がいます' },
      { name: 'ばかり (hiragana) is not バカ', text: '楽しいことばかりでした' },
      { name: '遠慮なく', text: 'ひとり親家庭の方も遠慮なくご相談ください。' },
    ],
  });

  it('the built-in dictionary is overridable only by severity: off turns it off', async () => {
    const findings = await findingsOf(discrimination, '片親', { ...ageo, rules: { 'policy/discrimination': 'off' } });
    assert.deepEqual(findings, []);
  });
});
