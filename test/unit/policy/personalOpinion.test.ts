import { presets } from '../../../server/src/config/presets';
import { personalOpinion } from '../../../server/src/rules/policy/personalOpinion';
import { table } from './table';

describe('rule policy/personal-opinion', () => {
  table(personalOpinion, {
    config: presets['ageo-hoiku'],
    clause: '上尾市保育課 X 運用基準 5(2)ク',
    fail: [
      // Round 19 (blind18, read after round 18): a resident's view called extreme, critics told off, an aside （切実）, a call
      // to vote, ナシでしょ.
      { name: 'そのご意見は少し極端では？', text: '@taro_komae0808 そのご意見は少し極端では？', covers: ['極端'] },
      { name: '事情も知らずに好き勝手言わないでいただきたい', text: '事情も知らずに好き勝手言わないでいただきたいです。', covers: ['好き勝手'] },
      { name: '…やめてほしい（切実）', text: '毎年のことですが、みんな最終日に来るのはやめてほしい（切実）', covers: ['切実'] },
      { name: '本気の候補者に一票を！', text: '選挙が近いですね🗳️ 子育て支援に本気の候補者に一票を！', covers: ['に一票'] },
      { name: 'この制度はいいと思うけど、みんなも使ってね (a view before advice)', text: 'この制度はいいと思うけど、みんなも使ってね', covers: ['制度はいいと思う'] },
      { name: '早く春になるといいな (a wish of the writer)', text: '早く春になるといいな', covers: ['といいな'] },
      { name: '制度改正には正直違和感があります', text: '今回の制度改正には正直違和感があります。', covers: ['正直違和感'] },
      { name: '私も同感です', text: '保護者の方のご意見に、私も同感です。', covers: ['私も同感'] },
      // Round 24: a verdict ending in すぎます (窓口の待ち時間は長すぎます), as casual as すぎ.
      { name: '窓口の待ち時間は長すぎます', text: '窓口の待ち時間は長すぎます。', covers: ['すぎます'] },
      // Round 24 (blind23): a view found online granted a point (一理ある).
      { name: '確かに一理あるかも', text: '「保育の質が下がる」という意見をネットで見かけました。確かに一理あるかも。', covers: ['一理ある'] },
      { name: 'それはさすがにナシでしょ…', text: 'それはさすがにナシでしょ…', covers: ['ナシ'] },
      // Round 19 look-alikes: a verdict on speed; a named restaurant's food recommended.
      { name: '窓口の対応が遅すぎます', text: '窓口の対応が遅すぎます。', covers: ['遅すぎ'] },
      { name: '駅前の食堂「ひまわり亭」…ぜひ寄ってみて', text: '駅前の食堂「ひまわり亭」のカレー、おいしいのでぜひ寄ってみてください！', covers: ['食堂「ひまわり亭」のカレー、おいしいのでぜひ寄ってみ'] },
      // Round 16: another city is no voice of the office (お隣の市は…ずるいですよね); a weariness (見飽きました); ショボく.
      { name: 'お隣の市は…ずるいですよね', text: 'お隣の市は待機児童ゼロを宣伝していますが、数字の出し方がずるいですよね。', covers: ['ずるい'] },
      { name: '…のも仕方ないですね', text: '若者向けの施策が後回しにされるのも仕方ないですね。', covers: ['のも仕方ない'] },
      { name: '「…」と書いてあって、ジーンときました', text: 'ある保育士さんのブログに「おかえりが一番大事な言葉」と書いてあって、ジーンときました', covers: ['ジーン'] },
      // Round 18 (blind17): a named shop's food praised or a visit urged.
      { name: '『麺屋あげお』、…めっちゃうまかった', text: 'お昼休みに行った駅前の『麺屋あげお』、スープが濃厚でめっちゃうまかった🍜 午後も頑張れそう', covers: ['『麺屋あげお』、スープが濃厚でめっちゃうまかっ'] },
      // Round 17 (development sets): an aside in brackets marks the words before it as the writer's own.
      { name: '…よかったのでは…？(小声)', text: '市のマスコット、もうちょっとかわいくてもよかったのでは…？(小声)', covers: ['小声'] },
      { name: '…目に余ります', text: '児童館の利用マナー、最近ちょっと目に余ります。特に中学生。', covers: ['目に余り'] },
      { name: '…勘弁してください', text: '毎年ギリギリに駆け込む人が多くて窓口は戦場…勘弁してください。', covers: ['勘弁してください'] },
      { name: '…嬉しいな〜（願望）', text: '子育て支援の予算がもっと増えたら嬉しいな〜（願望）', covers: ['願望'] },
      // Round 17 (blind16): a private lesson or a bakery recommended, a policy judged 中途半端.
      { name: '習い事なら…が断然おすすめ', text: '習い事なら駅南口の「リトルスイマーズ狛江」が断然おすすめ。', covers: ['習い事なら駅南口の「リトルスイマーズ狛江」が断然おすすめ'] },
      { name: '中途半端です', text: '無償化はありがたい制度ですが、0〜2歳の多くが対象外なのは明らかに中途半端です。', covers: ['中途半端'] },
      { name: 'ナンセンスです', text: '子育て世帯への給付に所得制限をつけるなんてナンセンスです。', covers: ['ナンセンス'] },
      { name: 'よくやってくれました', text: '県の新しい保育施策、ようやく現場の声が届いた感じ。よくやってくれました👏', covers: ['よくやってくれ'] },
      { name: 'もう見飽きました', text: '選挙の前だけ「子育て支援」を叫ぶ政治家の皆さん、もう見飽きました。', covers: ['見飽き'] },
      { name: 'ショボくなっちゃいました', text: '今年の夏祭り、去年よりショボくなっちゃいました…', covers: ['ショボく'] },
      // Round 16 (dev10): moods of the writer's own (憂うつ, ショボくなっちゃいました).
      { name: 'ほんまに困るわ (Kansai)', text: '保育所の送迎で路上駐車する保護者、ほんまに困るわ。', covers: ['困るわ'] },
      { name: '憂うつですね', text: '月曜日は憂うつですね…。でも今週も保育課がんばります💪', covers: ['憂うつ'] },
      // Round 16 (blind15): a talk that struck home, a dialect verdict, a firm assertion, slang praise.
      { name: '話がめちゃくちゃ刺さりました', text: '講師の先生の話がめちゃくちゃ刺さりました…！', covers: ['話がめちゃくちゃ刺さり'] },
      { name: 'アカンわ (Kansai)', text: 'ほんま、この暑さはアカンわ〜🥵', covers: ['アカン'] },
      { name: 'いいに決まってます', text: '手書きのほうが温かみがあって断然いいに決まってます！', covers: ['いいに決まっ'] },
      { name: '神アイテム・爆上がり', text: 'これは神アイテム！！テンション爆上がりです⤴️', covers: ['神アイテム', '爆上がり'] },
      // Round 15 (dev9): a verdict in passing (イマイチ, 嫌味な), a shopping mall recommended, a complaint at readers (迷惑しています).
      { name: 'イマイチだけど', text: '遊具はイマイチだけど芝生が気持ちいい🌿', covers: ['イマイチ'] },
      { name: '嫌味なコメント', text: '@anti_komae_xx そういう嫌味なコメントはやめていただけますか？', covers: ['嫌味'] },
      { name: 'a mall\'s kids space recommended', text: '雨の日の室内遊びなら、こまえスクエアモールのキッズスペースが一番おすすめ！', covers: ['モールのキッズスペースが一番おすすめ'] },
      { name: '本当に迷惑しています', text: 'SNSで保育所の悪口を書いている方、事実と違うことばかりで本当に迷惑しています。', covers: ['迷惑し'] },
      // Round 12: a feeling of the writer's own ending the sentence; a lag the writer finds frustrating.
      { name: 'モヤモヤしました', text: '昨日の市議会、議論がまったく噛み合っていなくてモヤモヤしました。', covers: ['モヤモヤし'] },
      { name: '心が折れそうです', text: '今日は窓口で2時間怒鳴られ続けました。心が折れそうです…', covers: ['心が折れ'] },
      // Round 13: a stereotype stays the writer's opinion too when their own voice is in it (…と思います, …べき).
      { name: 'a stereotype with と思います', text: '発達障害の子が増えたのは、親の育て方の問題も大きいと思います。', covers: ['発達障害の子が増えたのは、親の育て方の問題も大きいと思い'] },
      { name: 'a stereotype with べきでは', text: '生活保護の世帯に手厚くする前に、まじめに働いている世帯をもっと支援すべきでは？', covers: ['べきで'] },
      // Round 14: sarcasm and resignation (どうかしてる, そりゃ…ますよね, …わけないよなあ, 否めない).
      { name: 'どうかしてる', text: '台風の日まで出社を求める会社、本当にどうかしてる。', covers: ['どうかしてる'] },
      { name: 'そりゃ…ますよね', text: '申し込みを諦めたご家庭は数に入らないので、そりゃゼロにもなりますよね。', covers: ['そりゃゼロにもなりますよね'] },
      { name: '…わけないよなあ', text: 'こんな働き方してて、少子化が止まるわけないよなあ😇', covers: ['わけない'] },
      { name: 'そろそろやめません？', text: '「イクメン」って言葉、そろそろやめません？', covers: ['そろそろやめません'] },
      { name: '…やる意味、ある？', text: 'この暑さで運動会を屋外でやる意味、ある？', covers: ['意味、ある？'] },
      { name: '否めない', text: '「こどもまんなか」って言葉だけが先走ってる感、否めない。', covers: ['否めない'] },
      // Round 13: a demand on the city (市は…べきでは) is the writer's, not the office's voice.
      { name: '市はもっと…べきでは', text: '朝の送迎渋滞、毎日見ていて思うのですが、市はもっと道路整備に力を入れるべきでは。', covers: ['べきで'] },
      // Round 13: the writer recommending one business.
      // Round 15 (dev6): 断トツ, 段違い; a business named in brackets with さん, the praise in the next sentence.
      { name: 'a clinic ranked first (断トツ)', text: '病児保育なら、さいとう小児クリニックさんが断トツで親切です👍', covers: ['クリニックさんが断トツ'], message: '特定の店や事業者' },
      { name: 'a business named 「…」さん, praised after (段違い)', text: 'チラシのデザインを頼むなら、絶対「アトリエこもれび」さん。センスが段違いです✨', covers: ['「アトリエこもれび」さん。センスが段違い'], message: '特定の店や事業者' },
      { name: 'a shop named in brackets with a business word, endorsed in the next sentence (イチオシ)', text: '駅前の「パン工房こむぎ」のメロンパン、職員の間で大人気です！保育課イチオシなのでぜひ😋', covers: ['「パン工房こむぎ」のメロンパン、職員の間で大人気です！保育課イチオシ'], message: '特定の店や事業者' },
      // Round 15 (dev8): more feelings and verdicts that end a sentence (疲れました, 頭が痛くなります, キライです, 至高, 異論は認めません).
      { name: 'もう言うのも疲れました', text: '送迎時の路上駐車、何度お願いしてもなくなりません。もう言うのも疲れました。', covers: ['疲れ'] },
      { name: '読むたびに頭が痛くなります', text: 'こども家庭庁の新しい通知、毎回わかりにくくて読むたびに頭が痛くなります', covers: ['頭が痛くなり'] },
      { name: '夕方は虫が多くてキライです', text: '夕方は虫が多くてキライです🦟', covers: ['キライ'] },
      // Round 15 (dev6, dev7): feelings said in passing (イラッとする, 凹みます, お手上げ, テンション下がります).
      { name: 'イラッとするわ', text: 'こっちも毎回イラッとするわ。', covers: ['イラッとする'] },
      { name: '凹みます', text: '保護者アンケートの自由記述、厳しいご意見ばかりで凹みます…', covers: ['凹み'] },
      { name: 'テンション下がります', text: '月曜の朝から雨…テンション下がりますね☔', covers: ['テンション下がり'] },
      { name: 'a bookshop recommended (抜群)', text: '駅前の本屋さんの絵本コーナー、品ぞろえが抜群なので親子でのぞいてみてね📖', covers: ['本屋さんの絵本コーナー、品ぞろえが抜群'], message: '特定の店や事業者' },
      { name: 'a cafe recommended (ぴったり)', text: '和泉多摩川駅近くのカフェ、キッズスペースがあってママ友ランチにぴったり☕', covers: ['カフェ、キッズスペースがあってママ友ランチにぴったり'] },
      // Round 13: rhetorical and exclamatory verdicts.
      { name: 'わけがない', text: 'お給料が仕事の重さに見合ってない。これで人が集まるわけがない。', covers: ['見合ってない', 'わけがない'] },
      { name: 'もうやめにしませんか', text: '動画を見せるのを悪者扱いする風潮、もうやめにしませんか。', covers: ['やめにしませんか'] },
      { name: '…のになあ', text: 'あんなに準備したのになあ。', covers: ['のになあ'] },
      { name: 'irony marked （棒）', text: '保育園の申込書類、あと10枚くらい増やしたらもっと楽しくなりそうですね（棒）', covers: ['（棒）'] },
      { name: '頼りになります (a verdict on others)', text: 'ボランティアの皆さんこそ本当のヒーロー。行政よりよほど頼りになります。', covers: ['頼りになり'] },
      { name: '歯がゆい', text: '手続きのオンライン化、他市に比べてだいぶ遅れているのが歯がゆいところです。', covers: ['歯がゆい'] },
      // Round 11: agreeing with words reported in the post.
      { name: 'agreeing with a reported view (深くうなずきました)', text: 'テレビのコメンテーターが「保育士の給料は安すぎる」と話していて、深くうなずきました。', covers: ['うなずき'], message: '賛同や共感' },
      { name: 'doubting a policy (疑問しかありません)', text: 'こども誰でも通園制度の試行、月10時間で何ができるのか、疑問しかありません。', covers: ['疑問しかありません'] },
      // Round 11: a feeling or a verdict of the writer's own ending the sentence.
      { name: 'a feeling ends the sentence (泣きました)', text: '感謝のお手紙、全部読ませていただきました。泣きました😭', covers: ['泣き'], message: '感情・評価' },
      { name: 'a verdict ends the sentence (頼もしい限りです)', text: '今年の新人保育士さんたちは本当に優秀！頼もしい限りです💪', covers: ['頼もしい'] },
      { name: 'a verdict on a dish (絶品でした)', text: '課長からの差し入れのどら焼き、絶品でした。', covers: ['絶品'] },
      { name: 'a feeling that comes (泣けてきます)', text: '卒園式の練習を見ていたら泣けてきます。', covers: ['泣け'] },
      { name: '個人的には', text: '個人的には、この制度はとても良いと思います。', covers: ['個人的には、この制度はとても良いと思い'], message: '個人的見解に当たるおそれ', severity: 'warning' },
      { name: '私は…反対です', text: '私はこの計画に反対です。', covers: ['私はこの計画に反対'] },
      { name: '僕も', text: '僕も運動会に参加しました！', covers: ['僕'] },
      { name: '俺たち', text: '俺たちの保育園、最高👍', covers: ['俺たちの保育園、最高'] },
      { name: 'emoji and CRLF before わたしは…好き', text: '---\r\ncategory: event\r\n---\r\n🌷\r\nわたしは春がいちばん好きです', covers: ['わたしは春がいちばん好き'] },
      { name: '私見', text: '私見ですが、待機児童対策は遅れています。', covers: ['私見'] },
      { name: "a third party's view in quotes is still a personal view", text: '「私は反対です」という声を紹介します。', covers: ['私は反対'] },
      { name: 'second post of a thread', text: 'お知らせです。\n---\n自分的にはおすすめです', covers: ['自分的'] },
      // Realistic corpus (test/fixtures/realistic/ng): personal voice in natural wording.
      { name: '中の人も', text: '中の人も毎年この日がいちばん楽しみです😭', covers: ['中の人'] },
      { name: '私自身も…と感じています', text: '私自身も子育て中の親として、今回の値上げは正直厳しいと感じています。', covers: ['私自身も子育て中の親として、今回の値上げは正直厳しいと感じ'] },
      { name: 'ボクは (katakana)', text: '準備中です🎪 ボクは段ボール迷路の担当！', covers: ['ボク'] },
      { name: '担当としては…べきだったと思っています', text: '担当としては、もっと早く始めるべきだったと思っています。', covers: ['担当としては、もっと早く始めるべきだったと思っ'] },
      { name: 'an unattributed quote stays personal even after a line break', text: '寄せられた声です。\n「私はこの計画に反対です」', covers: ['私はこの計画に反対'] },
      // Round 20 (blind19, read after round 19): the writer's own voice in English.
      { name: 'I think … (English)', text: '給食費無償化は見送りになりました。I think it\'s a huge mistake.', covers: ['I think'], message: '本音・つぶやき' },
      { name: 'IMO … (English)', text: 'IMO the new 育休 policy is a total joke.', covers: ['IMO'] },
      { name: 'Honestly, … (English)', text: 'Honestly, it\'s 口だけ。', covers: ['Honestly'] },
      // Round 20 (dev): a sentence ending in the writer's casual talk is their own murmur.
      { name: '…頑張ったわ〜 (casual わ)', text: 'やっと金曜日！今週もよう頑張ったわ〜🍺', covers: ['たわ'], message: 'くだけた話し言葉' },
      { name: '…誰か助けて after an ellipsis (kuromoji reads 誰か as one word there)', text: '年度末の書類の山…誰か助けて〜📄📄📄', covers: ['誰か助けて'] },
      { name: '…人間なんだけどな (casual けどな)', text: 'また電話で1時間お叱りを受けました…こっちだって人間なんだけどな😢', covers: ['けどな'] },
      { name: '…食べ損ねてもうた〜 (dialect)', text: 'いやぁ今日の窓口、えらい行列やったわ。お昼食べ損ねてもうた〜😭', covers: ['たわ', 'もうた'] },
      { name: '…パフォーマンスでしょ。 (casual でしょ)', text: 'あの事業、結局は選挙向けのパフォーマンスでしょ。', covers: ['でしょ'], message: 'くだけた話し言葉' },
      // Round 21 (dev): residents reproached (少しは考えてほしい) or vented about (本当に困ります); a rhetorical 常識ってどこに.
      { name: '…前に少しは考えてほしいです', text: '保護者の皆さん、駐車場の件でクレームを入れる前に少しは考えてほしいです。', covers: ['少しは考えてほしい'] },
      { name: '…来る方がいて本当に困ります', text: '保育所見学にアポなしで来る方がいて本当に困ります。', covers: ['本当に困ります'] },
      { name: '常識ってどこに行ったの？', text: 'アポなしで見学に来る方がいます。常識ってどこに行ったの？', covers: ['常識ってどこに行ったの'] },
      // Round 22 (blind21, read after round 21): the writer's taste with 断然 (私は断然ウサギ派🐰).
      { name: '…雑な印象があります (the writer\'s impression)', text: '最近の若い保護者は、やっぱり子育てが雑な印象があります。', covers: ['印象があります'] },
      { name: '…のが一番だと思うんですよね', text: 'やっぱり3歳までは母親が家で見るのが一番だと思うんですよね。保育所はあくまで補助です。', covers: ['一番だと思う'] },
      { name: '私は断然ウサギ派🐰', text: '新キャラ案、どれもかわいいけど私は断然ウサギ派🐰', covers: ['私は断然ウサギ派'] },
      { name: '…認めない派です (the writer\'s taste)', text: '今日のお昼はコンビニのおにぎり。ツナマヨ以外は認めない派です🍙', covers: ['派です'] },
      // Round 23 (blind22): residents told off (せめて…てほしい), a shortfall accepted (…のは仕方ない), a verdict (…のも当然).
      { name: '…せめて一回は見直してから出してほしい', text: 'また書類の不備で差し戻し…。申請する側も、せめて一回は見直してから出してほしい😤', covers: ['せめて一回は見直してから出してほしい'] },
      { name: '…が少ないのは仕方ないよ', text: '受け入れ枠が少ないのは仕方ないよ。', covers: ['のは仕方ない'] },
      // Round 23 (blind22): a question in a quotation does not make the post a question that invites (…でしょ still counts).
      { name: '「…？」って質問がきたけど、そりゃ…でしょ', text: '「無職でも保育園に入れますか？」って質問がきたけど、そりゃ働いてる人が優先でしょ。', covers: ['でしょ'] },
      { name: '…応募が少ないのも当然かも', text: '男性保育士の応募が少ないのも当然かもしれませんね。', covers: ['のも当然'] },
      { name: '…を優先するのは当然ですが', text: '共働き家庭を優先するのは当然ですが、専業主婦の方の一時保育利用はちょっと遠慮してほしいですね…', covers: ['のは当然'] },
      // Round 23 (dev: blind21): a casual verdict ending in すぎ (うちのシステム古すぎ😩).
      { name: '…うちのシステム古すぎ😩', text: 'ほんと、うちのシステム古すぎ😩', covers: ['すぎ'] },
      { name: '…うまくいくわけないっしょ (casual っしょ)', text: '部活の地域移行、うまくいくわけないっしょ', covers: ['っしょ'] },
      { name: 'その考え方は古いですよ (a reply judging the reader\'s view)', text: '@haruto_papa_ageo いや、その考え方は古いですよ。', covers: ['考え方は古い'] },
      // Round 19 (dev): a question that answers itself as a verdict, ending its sentence.
      { name: '…意味、ありますかね…', text: 'また補助金の申請様式が変わりました。毎年変える意味、ありますかね…', covers: ['意味、あり'], message: '反語' },
      { name: '…高すぎでは？？', text: 'ランドセル、6万円とか高すぎでは？？', covers: ['すぎでは'] },
      { name: '今月で何回目でしょうね？', text: 'お迎え時間を守れない保護者、今月で何回目でしょうね？', covers: ['何回目でしょうね'] },
      { name: '誰がこんなに複雑にしたんだか', text: '申請書の様式、誰がこんなに複雑にしたんだか。', covers: ['誰がこんなに複雑にしたんだか'] },
    ],
    pass: [
      // Round 24: voices a survey gathered, attributed to it.
      { name: '保護者アンケートでは「…足りない」という声を', text: '保護者アンケートでは「送迎の駐車場が足りない」という声を多くいただきました。いただいた声は各園と共有しています。' },
      // Round 24: a mascot speaking, named so in brackets right after the first person.
      { name: 'ぼく（子育てねっとキャラ）は…', text: 'ぼく（子育てねっとキャラ）は、ピーマンがにがてなんだ〜🫑 みんなはすき？' },
      // Round 24 (blind23): a quotation after a sentence that presents someone's post is theirs (policy/citation reads it).
      { name: '…のポストを紹介します。「…すごくよかった！」', text: '【リポスト】市内在住の方のポストを紹介します。「子育て支援センターのイベント、すごくよかった！」' },
      // Round 20 (blind19): the office's own voice in English; an English book title quoted.
      { name: 'We think the event was a great success (the office)', text: 'Thank you for coming! We think the event was a great success.' },
      { name: '「I Think I Can」 (a book title)', text: '英語の絵本「I Think I Can」を読みました。' },
      { name: 'the reader\'s day understood, then help offered (…じゃないですよね。…来てください)', text: '子育てって、楽しいことばかりじゃないですよね。しんどいときは、子ども家庭支援センターのひろばに来てください。' },
      { name: '新しい考え方と古い考え方', text: '新しい考え方と古い考え方を比べてみましょう。' },
      { name: 'warmth in a post that thanks (楽しかったなぁ。ありがとう！)', text: 'みんなで歌って、楽しかったなぁ。ありがとう！' },
      // Round 19 (dev): the same words as a statement, an open question or a quiz.
      { name: '大きな意味があります', text: 'この取り組みには大きな意味があります。' },
      { name: '意味があるかどうか、考えてみましょう', text: '参加する意味があるかどうか、親子で考えてみましょう。' },
      // Round 21 (blind20): the staff as a whole feeling for the office in a post that thanks (職員一同とても嬉しかったです).
      { name: '…職員一同とても嬉しかったです。ご協力ありがとうございました', text: '本日の夏まつり、たくさんのご家族に来ていただきました！\n子どもたちの笑顔がまぶしくて、職員一同とても嬉しかったです🎐\nご協力ありがとうございました' },
      { name: '実際の様子を見ていただくのが一番です (advice)', text: '実際の様子を見ていただくのが一番です👀' },
      { name: '子どもたちが一番楽しみにしている活動です', text: '毎年、子どもたちが一番楽しみにしている活動です🏊' },
      { name: '本当に困っている方は、ご相談ください', text: '本当に困っている方は、ご相談ください。' },
      { name: '少しでも休んでほしいです', text: '保護者の皆さん、少しでも休んでほしいです。一時預かりをご利用ください。' },
      { name: 'the reader\'s taste asked (ごはん派ですか？)', text: 'みなさんは朝はごはん派ですか？パン派ですか？' },
      { name: '推進派の議員と反対派の議員', text: '推進派の議員と反対派の議員が討論しました。' },
      { name: 'a forecast (…になるでしょう。)', text: '週末は晴れて、絶好の運動会日和になるでしょう。' },
      { name: 'a quiz in casual words (これ、なんでしょ？)', text: 'これ、なんでしょ？正解は明日発表します！' },
      { name: 'a quiz (何回目でしょうか？正解は…)', text: '今年で何回目でしょうか？正解は10回目です！' },
      { name: '予算要求しています！通るといいな (a hope for a plan)', text: '産後ケアの利用料、非課税世帯は無料にする方向で予算要求しています！通るといいな' },
      { name: 'ドキドキの毎日だと思うけど、…相談してね', text: '入園・入学おめでとう！ドキドキの毎日だと思うけど、困ったことがあったら子ども家庭支援センターに気軽に相談してね。' },
      // Round 19 (dev): a symptom in a condition; the city agreeing in its own voice.
      { name: '違和感がある場合は洗眼・うがいを', text: '光化学スモッグ注意報が発令されました。目やのどに違和感がある場合は洗眼・うがいを。' },
      { name: '上尾市は…の考え方に賛同し', text: '上尾市は「こどもまんなか」の考え方に賛同し、こども家庭庁の「こどもまんなか応援サポーター」に登録しています。' },
      // Round 19 look-alikes: a weather word, the fruit, the election's dates.
      { name: '極端な暑さが予想されます', text: '今週は極端な暑さが予想されます。こまめに水分補給を。' },
      { name: '梨（ナシ）狩り', text: '梨（ナシ）狩りに行きました' },
      { name: '選挙の投票日は…期日前投票も', text: '選挙の投票日は7月20日です。期日前投票もご利用ください。' },
      // Round 19 (blind18, read after round 18): a time of day (今夜遅くまで) and a children's meal (子ども食堂) thanked.
      { name: '今夜遅くまで大雨警報', text: '気象庁の発表によると、埼玉県南部には今夜遅くまで大雨警報が出ています（出典：気象庁 https://www.jma.go.jp/ ）。' },
      { name: '子ども食堂でおいしいカレーをありがとう', text: '@cafe_himawari_ageo さん、今日は子ども食堂でおいしいカレーをありがとうございました！' },
      { name: '開催できるかどうかわかりません (not yet known)', text: '子ども会議の件、部内でまだ調整中で、開催できるかどうかわかりません。' },
      // Round 18: glad for others (…ていただけてよかったです), the office's thanks.
      { name: '楽しんでいただけてよかったです', text: '支援センターの夏まつり、楽しんでいただけてよかったです。' },
      { name: '自立した個人として (a law quoted with its source)', text: 'こども基本法 第1条は、全てのこどもが自立した個人としてひとしく健やかに成長できる社会の実現を掲げています。' },
      // Round 18: food praised with no business named is the office's warmth.
      { name: '給食のカレー、おいしかったね', text: '今日の給食のカレー、おいしかったね！' },
      // Round 17: 願望 and 小声 as words of the sentence, not an aside in brackets.
      { name: '子どもたちの願望を短冊に', text: '子どもたちの願望を短冊に書いて、笹に飾りました。' },
      { name: 'ご勘弁を (an apology)', text: '不手際があり申し訳ございません。何卒ご容赦ください。' },
      { name: '小声で話しましょう', text: '図書館では小声で話しましょうね。' },
      // Round 16: a fact about another city; a remark on the weather put to the reader.
      { name: 'お隣の市は…始めています', text: 'お隣の市は今月から受付を始めています。' },
      { name: '寒い日が続きますよね', text: 'この季節は寒い日が続きますよね。' },
      // Round 16: …じゃないでしょ asks the reader; まだ確定じゃないですが only says a thing is not settled (policy/undecided's).
      // Round 16: a forecast of how a plan will go (…通ると思います) is no view (policy/undecided judges the plan).
      { name: 'たぶん議会も通ると思います', text: '第2子の保育料無償化、たぶん議会も通ると思います。' },
      { name: 'さすがに (the adverb)', text: '雨が3日も続くと、さすがに洗濯物が乾きません。' },
      { name: 'まだ確定じゃないですが', text: '入所申請のオンライン化、来年10月スタートを目標に準備中です。まだ確定じゃないですが！' },
      // Round 16: a splinter, a decided date, a URL written wrong in a correction.
      { name: 'お困りの方 (advice)', text: 'お困りの方はご相談ください。' },
      { name: 'とげが刺さりました', text: '指にとげが刺さりました。' },
      { name: '10日に決まっています', text: '日程は10日に決まっています。' },
      { name: 'URLが間違っていました (a correction)', text: '昨日ポストした申込URLが間違っていました。正しいURLはこちら→ https://www.komae-kosodate.jp/event/' },
      // Round 15: the weather as a reason for what the office does; a score short of the line; an apology.
      { name: '天気がイマイチなので (a reason)', text: '天気がイマイチなので、室内遊びに切り替えます。' },
      { name: '点数が2点足りず (a fact of the count)', text: '点数が2点足りず、第2希望の園に決まりました。' },
      { name: 'ご迷惑をおかけしております', text: '工事中はご迷惑をおかけしております。' },
      { name: 'お疲れさまでした (a greeting)', text: '運動会に参加された皆さん、お疲れさまでした！' },
      { name: 'families in need (困っている)', text: '子ども食堂は生活に困っている家庭を応援しています。' },
      // Round 15 (blind14): a record (過去最高), a thought as a condition or a comparison (思ったら, 思うより).
      { name: '過去最高 is a record', text: '男性の育児休業取得率は30.1%で、過去最高となりました。' },
      { name: '大人が思うより (a comparison)', text: '暑い日のベビーカーの中は、大人が思うよりずっと高温になるよ。' },
      { name: 'おかしいなと思ったら (a condition, then advice)', text: 'おかしいなと思ったら、すぐに涼しい場所へ移して水分をとらせてください。' },
      { name: 'a business thanked by name, no praise word', text: '今回のチラシは「アトリエこもれび」さんにデザインしていただきました。ありがとうございました！' },
      { name: "the office's own position (市は…べきと考えています)", text: '市は子育て支援を充実させるべきと考えています。' },
      // Round 13: asking for recommendations, a public facility, a price compared, advice on clothes: no business endorsed.
      { name: 'asking readers for shops (教えてください)', text: 'おすすめのお店を教えてください！' },
      { name: 'a public facility (市立の食堂)', text: '市立の食堂は土曜もおすすめです。' },
      { name: 'the cheapest quotation (一番安い業者)', text: '見積もりを比べたところ、一番安い業者に決まりました。' },
      { name: 'advice on clothes (おすすめです)', text: 'お子さんの服装は、脱ぎ着しやすいものがおすすめです🧥' },
      // Round 13: a group generalised with an evaluative word alone is policy/discrimination's finding, not a second one here.
      { name: 'a stereotype with うらやましい (discrimination reports it)', text: 'ハーフの子は英語が得意でうらやましい〜' },
      { name: 'a stereotype with 甘い (discrimination reports it)', text: 'フリーターの若者は将来設計が甘いので、若者相談をぜひ活用してください。' },
      // Round 12: words that only describe, a vague memory, a joke's set-up, a delay told as fact.
      { name: 'わけじゃない (not yet decided)', text: '値上げの案が出ていますが、決まったわけじゃないので、まだ心配しないでください。' },
      { name: 'まだわからない (not yet known)', text: 'プレーパークの常設化、どうなるかはまだわかりません。' },
      { name: '正しい before a noun (a correction)', text: '本日朝のポストに誤りがありました。正しい申込期間は4月1日〜4月20日です。' },
      { name: '不適切な保育 (a training\'s subject)', text: '市内全園の職員を対象に、不適切な保育の防止に関する研修を実施しました。' },
      { name: '足りないので (a reason stated as fact)', text: '児童館で使うボールとか、予算が足りないので今年は買えないかもしれません。' },
      { name: '遅れそうです (a delay told as fact)', text: '一次選考の結果通知、今年は例年より1週間遅れそうです。' },
      { name: 'と言いたいところですが', text: '【速報】……と言いたいところですが、まだ準備中です。' },
      { name: '市の考えとして', text: '市の考えとして、子どもの居場所は誰でも来られることが大切だと考えています。' },
      { name: 'someone else\'s feeling, then (泣いていました)', text: '迷子の子が泣いていましたが、すぐにお母さんが見つかりました。' },
      { name: 'a telling-off (泣かない！)', text: '転んでも泣かない！' },
      { name: 'struck by nothing reported (考えさせられる without a quotation before)', text: '防災について考えさせられる展示です。ぜひご覧ください。' },
      { name: 'an invitation in the same sentence', text: '年長さんの合奏に感動しました、ぜひ来年も来てくださいね！' },
      { name: 'a feeling word mid-sentence (最高気温)', text: '明日の最高気温は35度の予報です。' },
      { name: 'an item of a list of phrases', text: '子どもにかけたい言葉\n①大好きだよ\n②ありがとう' },
      // Round 5: people raising children, an apology, 最高気温, まさに as an adverb.
      { name: '子育て中の人', text: '子育て中の人の8割が孤独を感じている、というデータがあります（出典：市民意識調査）。' },
      { name: '正直に申し上げます', text: '正直に申し上げます。先日の投稿で日付を誤って記載しておりました。' },
      { name: '最高気温', text: 'きのうの最高気温は36.8℃でした。' },
      { name: 'まさに議題', text: 'ご要望の件は、検討会議でまさに議題になっています。' },
      // Round 9: someone else's feeling (honorific passive), 個人的 describing the reader's matter.
      { name: 'がっかりされている方へ', text: '「保育園に落ちた」とがっかりされている方へ。二次募集や一時預かりもご案内しています。' },
      { name: '個人的なお悩み', text: '個人的なお悩みも、若者相談窓口では秘密厳守でお聞きします。' },
      { name: '楽しそうでした (someone else\'s feeling, seen)', text: '子どもたちはとても楽しそうでした。' },
      { name: '好きですか？ (a question to readers)', text: '皆さんのお子さんは、どんな遊びが好きですか？' },
      { name: '異常を感じたら (an evaluative word inside a condition)', text: '目やのどに異常を感じたら、涼しい室内で休みましょう。' },
      { name: '嬉しい in a polite request', text: '早めにお申し込みいただけると嬉しいです。ご協力をお願いします。' },
      // Realistic corpus (test/fixtures/realistic): false alarms fixed.
      { name: '自分が住んでいる地域…をみんなで考えます (an activity, not a view)', text: '自分が住んでいる地域のハザードマップを確認し、避難の経路をみんなで考えます。' },
      { name: 'quoted words of the mayor (own staff)', text: '市長は「私は、子どもたちの声をまちづくりに生かしたいと考えています」と話しました。' },
      { name: 'quoted words of attributed respondents', text: 'アンケートの結果を公表しました。\n回答した中学生の声（一部）：\n「わたしは公園でボール遊びができるようになってほしいと思います」' },
      { name: 'a quote with a source line', text: '「私は反対です」という声もありました。\n出典：上尾市子ども・子育て会議 会議録' },
      { name: "the office's voice", text: '市では、待機児童の解消に向けて取り組むべきと考えています。' },
      { name: '私たち保育課', text: '私たち保育課は、皆さまのご来場をお待ちしています。' },
      { name: '私立保育園', text: '私立保育園の入所申込は各園で受け付けます。' },
      { name: 'a picture-book title', text: '絵本『ぼくのくれよん』を読みました📚' },
      { name: 'ご自分', text: 'ご自分が対象になるか、チェックリストで確認してください。' },
      { name: '私服', text: '当日は私服でお越しください。' },
      { name: 'オレンジ', text: 'オレンジ色の帽子が目印です。' },
    ],
  });
});
