import { presets } from '../../../server/src/config/presets';
import { citation } from '../../../server/src/rules/policy/citation';
import { table } from './table';

describe('rule policy/citation', () => {
  table(citation, {
    config: presets['ageo-hoiku'],
    clause: '上尾市保育課 X 運用基準 5(1)ウ',
    fail: [
      // Round 24 (blind23): information said to be out, from nowhere named (…、と情報が出ています).
      { name: '…が一番効果的、と情報が出ています', text: 'インフルエンザの予防接種は2回目を4週間あけるのが一番効果的、と情報が出ています。', covers: ['と情報が出'] },
      { name: '…OKとのことです。 (nothing named)', text: '多摩川沿いのキャンパス見学会、ベビーカーでの来場もOKとのことです。', covers: ['とのこと'] },
      // Round 23 (dev: blind21): words heard, quoted, then そう (「…決まる」そうなので).
      { name: '「…決まる」そうなので', text: '「子どもの自己肯定感は7歳までに決まる」そうなので、今のうちにいっぱいほめてあげてね！', covers: ['子どもの自己肯定感は7歳までに決まる」そう'] },
      // Round 23 (blind22): what a teacher of another nursery said, unnamed (ほかの園の先生から聞きました).
      { name: '…って、ほかの園の先生から聞きました', text: '延長保育の申込が今年は多いって、ほかの園の先生から聞きました。', covers: ['ほかの園の先生から聞き'] },
      // Round 23 (blind22): a family's circumstance someone else told (policy/secret's casework too) is still hearsay.
      { name: '…の人から聞いた話だと、××さんちの…', text: '保健センターの人から聞いた話だと、△△町の××さんちの赤ちゃん、まだ予防接種を一度も受けてないんだって。', covers: ['聞いた話'] },
      // Round 22 (blind21): in English, someone unnamed on X (Someone on X said "…").
      { name: 'Someone on X said "…"', text: 'Someone on X said "Ageo is the best city for working parents" — 嬉しいですね！', covers: ['Someone on X'] },
      // Round 21 (dev): a study by a university nobody names (大学の調査で…とわかりました).
      { name: '大学の調査で、…とわかりました', text: '大学の調査で、保育士の平均勤続年数は約7.8年とわかりました。', covers: ['大学の調査'] },
      // Round 21 (blind20): a famous saying quoted and pointed at (「…」——あの言葉), no one named.
      { name: '「保育園落ちた日本死ね」——あの言葉', text: '「保育園落ちた日本死ね」——あの言葉、今でもまさにその通りだと思います。', covers: ['「保育園落ちた日本死ね」——あの言葉'] },
      // Round 20 (dev, blind19): someone unnamed who says it (…って言う人いますよね, 「…」っていう人), a body's person unnamed.
      { name: '…無駄って言う人いますよね', text: '若い保育士さんはすぐ辞めるから、育てても無駄って言う人いますよね。', covers: ['って言う人'] },
      { name: '「…」っていう人', text: '「保育所の先生は子どもが好きなら誰でもできる」っていう人、一度やってみてほしい。' , covers: ['っていう人、一度やっ'] },
      { name: '国の担当者が言っていたらしい', text: '国の担当者が言っていたらしいのですが、保育士は全国で5万人足りないそうです。', covers: ['国の担当者が言っ'] },
      { name: 'a site nobody names is still hearsay (ネットに載っていた情報によると)', text: 'ネットに載っていた情報によると、来月から制度が変わるそうです。', covers: ['ネットに載っていた情報によると'] },
      { name: '【転載】 with a request after it is still a repost with no source', text: '【転載】台風の日は外出しないでください', covers: ['転載'] },
      // Round 19 (blind18, read after round 18): someone else's teacher's column, with no name.
      { name: '大学の先生が書いたコラムによれば', text: '大学の先生が書いたコラムによれば、ヤングケアラーは中学生の約17人に1人いるんだって。', covers: ['大学の先生が書いたコラムによれば'] },
      // Round 18 (dev) look-alikes: a plan's title without its link; an interview someone else did.
      { name: '…計画より引用 with no link', text: '狛江市子ども・若者計画より引用：「すべての子ども・若者が、自分らしく育ち、暮らせるまち」', covers: ['狛江市子ども・若者計画より引用'] },
      { name: '来年から保育料が上がるみたいです (hearsay)', text: '来年から保育料が上がるみたいです。', covers: ['みたい'] },
      { name: '他市の「…」という投稿について (not ours)', text: '他市の「保育料無料」という投稿について、問い合わせが来ています。', covers: ['他市の「保育料無料」という投稿'] },
      { name: 'テレビで小児科医がインタビューに答えて「…」とのこと', text: 'テレビで小児科医がインタビューに答えて「便秘は早めの対処が大切」とのこと。', covers: ['テレビ'] },
      { name: '知り合いの先生が言ってたんですが…んだとか (with a prejudice in it)', text: '知り合いの先生が言ってたんですが、ひとり親の子は落ち着きがない子が多いんだとか。', covers: ['知り合いの先生が言っ'] },
      { name: '某大学の先生が「…」と講演で話されていました', text: '某大学の先生が「子どもの貧困は自己責任ではない」と講演で話されていました。', covers: ['某'] },
      // Round 17 (development sets): an unnamed person's words or post, with no reporting verb; a source in brackets that
      // names no one.
      { name: 'ある教育者のこの言葉を胸に', text: '「遊びは子どもの仕事である」。ある教育者のこの言葉を胸に、今日も保育しています。', covers: ['ある教育者'] },
      { name: '――ある保育士さんの言葉より', text: '「保育は未来をつくる仕事」\n――ある保育士さんの言葉より', covers: ['ある保育士さん'] },
      { name: '（ある防災士さんのポストより）', text: '「地震のときは、だんごむしのポーズを教えておくといい」（ある防災士さんのポストより）', covers: ['ある防災士さんのポスト'] },
      { name: '（ネット記事より）', text: '子どもの自己肯定感を高める声かけ10選（ネット記事より）\n・「ありがとう」', covers: ['ネット記事'] },
      { name: '…と報告されています with nothing named', text: 'うつぶせ寝は乳幼児突然死症候群のリスクを高めると報告されています。', covers: ['と報告され'] },
      { name: '…と推計されています with nothing named', text: 'ひきこもり状態の若者は、全国に約146万人いると推計されています。', covers: ['と推計され'] },
      { name: '…ているとか😳 ending the sentence', text: '中高生のスマホ利用、平日でも1日平均5時間を超えているとか😳', covers: ['いるとか'] },
      { name: '友達の保育士さんが言ってた「…」', text: '友達の保育士さんが言ってた「着替えは3セット持っていくと安心」ってやつ、真似してみて！', covers: ['友達の保育士さんが言っ'] },
      { name: '知人に聞いたのですが…そうです', text: '知人に聞いたのですが、来月から駅前の駐輪場が有料になるそうです。', covers: ['知人に聞い'] },
      // Round 17 (blind16): statistics named only as such, a famous educator left unnamed, a lecturer's words reported
      // with おっしゃる and no link.
      { name: 'a body alone before とされています (WHOの推奨では…), no link', text: 'WHOの推奨では、2〜4歳児のスクリーンタイムは1日1時間までとされています📱', covers: ['とされ'] },
      { name: '統計では…', text: '統計では、共働き世帯は専業主婦世帯の約2.5倍になっています。', covers: ['統計では'] },
      { name: 'ある有名な教育者の言葉にもありますが', text: 'ある有名な教育者の言葉にもありますが、子どもは社会の宝。', covers: ['ある有名な'] },
      { name: '大学の先生が「…」とおっしゃっていました', text: '先日の講演会で大学の先生が「遊びこそ最高の学び」とおっしゃっていました。', covers: ['とおっしゃっ'] },
      // Round 16: a rumour stays one even where policy/discrimination also has something to say.
      { name: 'a rumour about someone (…無能だって…もっぱらの噂です)', text: 'あの園の園長は無能だって保護者の間でもっぱらの噂です', covers: ['噂'] },
      // Round 16: criticism of the situation a report describes passes the report on; it does not rebut its source.
      { name: 'a report, then its situation criticised (…そうです。ひどい現状ですね)', text: '「保育士の4人に1人が1年以内に辞めたいと考えている」そうです。ひどい現状ですね…', covers: ['保育士の4人に1人が1年以内に辞めたいと考えている」そうです'] },
      { name: 'a critic on TV reported, then judged (ひどすぎる)', text: 'テレビで「子どもにスマホを見せる親は育児放棄」って言ってた評論家がいたけど、ひどすぎる！', covers: ['テレビ'] },
      // Round 14: a report about a profession in general or from a vague group of staff stays hearsay.
      { name: 'a profession abroad (海外では、保育士は…だそうです)', text: '海外では、保育士は医師と同じくらい尊敬される職業なんだそうです。', covers: ['海外'] },
      // Round 14: a saying whose speaker is left vague or forgotten.
      { name: '誰の言葉だったか忘れましたが', text: '『子育ては、親育て』\n誰の言葉だったか忘れましたが、ずっと心に残っています。', covers: ['誰の言葉'] },
      { name: '昔の偉い先生の言葉です', text: '「遊びは子どもの仕事である」\n昔の偉い先生の言葉です。', covers: ['偉い先生の言葉'] },
      // Round 13: a vague source of a plan (…資料によると) still needs naming, inside or not.
      { name: 'a vague source of a plan (会議資料（非公開）によると…とのこと)', text: '国の会議資料によると、保育士の配置基準がさらに見直されるとのこと。', covers: ['とのこと'] },
      // Round 4: borrowed content and unattributed sayings.
      { name: 'ネットで見つけた', text: 'ネットで見つけた寝かしつけのコツを共有します！', covers: ['ネットで見つけ'] },
      // Round 9: 保育士 as the topic (the staff's 配置基準) is not our staff speaking.
      { name: 'らしい about the staff, not from them', text: '来月から国の保育士の配置基準が変わるらしいです。', covers: ['らしい'] },
      { name: 'と聞きました about the staff', text: '国が来年から保育士の配置基準をさらに見直すと聞きました。', covers: ['と聞き'] },
      // Round 10: someone's words reported with おっしゃる, a post seen somewhere.
      { name: 'とおっしゃっていました (the speaker unnamed: 国の担当者)', text: '国の担当者の方が講演で「不登校は問題行動ではない」とおっしゃっていました。', covers: ['国の担当者'] },
      { name: '誰かのポストで見た', text: '誰かのポストで見た言葉に共感しました。', covers: ['誰かのポストで見'] },
      { name: '友人から聞いた', text: '友人の保育士から聞いたのですが、お昼寝の時間が短くなるそうです。', covers: ['友人の保育士から聞い'] },
      {
        name: 'によると without a source line; fix appends 出典：',
        text: '調査によると、待機児童数は減少しています。',
        covers: ['調査によると'],
        message: '出所（出典）と引用箇所が示されていません',
        severity: 'warning',
        fix: true,
        fixed: '調査によると、待機児童数は減少しています。\n出典：',
      },
      // Round 15: the issue's rule holds: a body named without a link or a 出典 line is still reported (blind14's writer
      // labelled 「こども家庭庁によると…とのこと」 and 「東京都の発表では…そうです」 citations; an earlier session had made them info).
      // Round 16: stated plainly after a named body (…によると、…減少しています) the source is named and only the link is
      // missing: a hint (info). Five writers in the development sets call such posts clean; with a hearsay ending
      // (…とのことです, …そうです) they call them citations, and it stays a warning.
      { name: 'a named body without a link (厚生労働省の調査によると): a hint', text: '厚生労働省の調査によると、待機児童数は減少しています。', covers: ['厚生労働省の調査によると'], severity: 'info' },
      { name: 'a named body without a link, passed on as hearsay (…によると…とのことです)', text: 'こども家庭庁によると、今年の出生数は過去最少を更新する見通しとのことです。', covers: ['こども家庭庁によると'], severity: 'warning' },
      { name: 'a named body before そうです, no link', text: '東京都の発表では、都内の待機児童数は過去最少になったそうです。', covers: ['そう'], severity: 'warning' },
      { name: 'a named body announced, no link (埼玉県が…と発表しました)', text: '埼玉県が、来年度から子ども医療費の助成を18歳まで広げると発表しました。', covers: ['と発表'], severity: 'warning' },
      // Round 15: たら after 聞く is "when I asked" when the sentence passes something on (…そうです).
      { name: '知人の医師に聞いたら…そうです', text: '知人の医師に聞いたら、子どもの鼻水は無理に止めなくていいそうです🤧', covers: ['知人の医師に聞いたら、子どもの鼻水は無理に止めなくていいそうです'] },
      // Still a breach: no body named (県内, 県の担当者), a speaker left unnamed, another account's post.
      { name: 'Latin letters are no body (RSウイルスが県内で…みたい)', text: 'RSウイルスが県内で流行っているみたいです。', covers: ['みたい'], severity: 'warning' },
      { name: 'a named guideline told by an unnamed lecturer', text: '厚生労働省のガイドラインでは〜という話を、研修で講師の方がしていました。', covers: ['という話'], severity: 'warning' },
      { name: 'a prefecture\'s post needs its link (埼玉県の投稿によると)', text: '埼玉県の投稿によると、求人倍率は3倍とのこと。', covers: ['埼玉県の投稿によると'], severity: 'warning' },
      { name: 'Markdown blockquote line', text: '国の通知の一部をお知らせします。\n> 保育所等は原則として開所します。\n詳しくは市ホームページへ。', covers: ['> 保育所等は原則として開所します。'], fix: true },
      { name: '「…」と発表 by another body', text: '「保育士の処遇改善を進める」と国が発表しました。', covers: ['「保育士の処遇改善を進める」と国が発表'] },
      { name: 'emoji before the source noun (UTF-16 offsets)', text: '🌸こども家庭庁によれば、申請期限が延長されます。', covers: ['こども家庭庁によれば'] },
      {
        name: 'CRLF document with front matter',
        text: '---\r\ncategory: notice\r\n---\r\n新聞報道によると、\r\n市内の園で感染症が増えています。',
        covers: ['新聞報道によると'],
        fix: true,
        fixed: '---\r\ncategory: notice\r\n---\r\n新聞報道によると、\r\n市内の園で感染症が増えています。\r\n出典：',
      },
      {
        name: 'CR-only document with front matter',
        text: '---\rcategory: notice\r---\r新聞報道によると、\r市内の園で感染症が増えています。',
        covers: ['新聞報道によると'],
        fix: true,
        fixed: '---\rcategory: notice\r---\r新聞報道によると、\r市内の園で感染症が増えています。\r出典：',
      },
      { name: 'full-width ＞ and ideographic space', text: '県からのお知らせです。\n＞　本日は臨時休園とします。', covers: ['＞　本日は臨時休園とします。'] },
      { name: 'an empty 出典 line asks for the source', text: '「待機児童ゼロを達成」と県が公表しました。\n出典：', covers: ['出典：'], message: '出所（資料名・URL など）が書かれていません' },
      { name: 'a source in post 1 does not cover post 2', text: '出典：上尾市統計書\n入所者数は増えています。\n---\n国立社会保障・人口問題研究所の調査では、出生数が減っています。', covers: ['国立社会保障・人口問題研究所の調査では'] },
      // Realistic corpus (test/fixtures/realistic/ng): reporting verbs beyond 発表・公表.
      { name: 'と報じられています (a staff word that is not the speaker)', text: '全国的に保育士不足が続いており、「10年後には保育士が約3万人足りなくなる」と報じられています。', covers: ['「10年後には保育士が約3万人足りなくなる」と報じ'] },
      { name: 'と言われています', text: '「3歳までの読み聞かせが、ことばの力を大きく伸ばす」と言われています📖', covers: ['「3歳までの読み聞かせが、ことばの力を大きく伸ばす」と言われ'] },
      { name: 'と書いてありました', text: 'ある子育ての本に「叱るよりも、できたことを3回ほめる」と書いてありました。', covers: ['ある子育ての本', '「叱るよりも、できたことを3回ほめる」と書いてあ'] },
      // Moved from policy/undecided on purpose: hearsay and rumours are second-hand information without a source (issue 9).
      { name: 'という話を聞きました (was undecided)', text: '来年度から保育料が下がるかもしれないという話を聞きました。', covers: ['という話'] },
      { name: 'another body\'s closed document is still a source (国の会議資料（非公開）によると)', text: '国の会議資料（非公開）によると、保育士の配置基準がさらに見直される予定とのことです。', covers: ['とのこと'] },
      // Round 16 (dev10): an unsourced statistic (…という統計もあります) and a seminar speaker's words.
      { name: 'という統計もあります', text: '子育て世帯の7割が「経済的な不安を感じている」という統計もあります。', covers: ['という統計もあり'] },
      { name: '講師が紹介していた', text: '「叱るより、できたことを認める」。先日のセミナーで講師が紹介していた子育てのポイントです。', covers: ['講師が紹介し'] },
      { name: '噂の with no product after it (噂の件、…らしいです)', text: '噂の件、来月から保育料が上がるらしいです。', covers: ['噂'] },
      { name: 'unconfirmed rumour (was undecided)', text: '未確認情報ですが、給食の提供が止まるといううわさがあります', covers: ['うわさ'] },
      { name: 'によると with a link but no named body', text: 'ネットの情報によると、手足口病が流行しています。https://example.com/', covers: ['ネットの情報によると'] },
      // Round 11: an old-style retweet, そう after an adjective, someone else's staff, とのこと, と嘆く, といわれる.
      { name: 'RT @handle: copies another account\'s post', text: 'RT @ageo_mamatomo: 上尾の公園、遊具が新しくなってた！', covers: ['RT @ageo_mamatomo:'] },
      { name: 'そう after an adjective\'s plain form', text: '新聞で読んだのですが、保育士の給料は全産業平均より月5万円低いそうです', covers: ['新聞で読ん'] },
      { name: 'a friend\'s staff is not ours', text: '友達の保育士から聞いたんだけど、最近の0歳児は画面をスワイプしようとするらしい', covers: ['友達の保育士から聞い'] },
      // Round 12: a saying quoted with no one named, a bare RT of someone's words, copied text, a theory of no one.
      { name: '「…」という言葉', text: '「子どもの笑顔は最高の栄養剤」という言葉を胸に、今日もがんばります！', covers: ['「子どもの笑顔は最高の栄養剤」という言葉'] },
      { name: 'a saying introduced vaguely', text: '有名な教育学者の言葉です。\n「遊びは子どもの仕事である」', covers: ['有名な教育学者の言葉です。\n「遊びは子どもの仕事である」'] },
      { name: 'RT before a quotation, no account', text: 'RT 「子育て世帯の7割が経済的な不安を抱えている」 国は何をしているのか。', covers: ['RT 「子育て世帯の7割が経済的な不安を抱えている」'] },
      { name: '以下コピペです', text: '（以下コピペです）\n大雨の際は、マンホールや側溝に近づかないでください。', covers: ['コピペ'] },
      { name: '一説には', text: '一説には、3歳までに脳の8割が完成するとも言われます。', covers: ['一説には'] },
      { name: 'a named body\'s post still needs its link', text: '以前RTした埼玉県の投稿によると、県内の保育士の求人倍率は3倍超です。', covers: ['以前RTした埼玉県の投稿によると'] },
      { name: 'みたいです about a public matter', text: 'RSウイルスが県内で流行っているみたいです。', covers: ['みたい'] },
      { name: 'とのこと', text: '熱中症対策には、首の後ろを冷やすのが効果的とのこと。ぜひお試しを！', covers: ['とのこと'] },
      { name: 'と嘆いていました', text: 'ある保育園の園長先生が「最近の親は子どもを叱らない」と嘆いていました', covers: ['ある保育園の園長先生'] },
      { name: 'といわれています', text: '乳幼児の睡眠時間は、1日11〜14時間が目安といわれています。', covers: ['といわれ'] },
    ],
    pass: [
      // Round 24: the next sentence points to the page the words come from (詳しくは主催者HPへ).
      { name: '…OKとのことです。詳しくは主催者HPへ。', text: '多摩川沿いのキャンパス見学会、ベビーカーでの来場もOKとのことです。詳しくは主催者HPへ。' },
      // Round 24 (blind23): an official outlet of ours, where we publish (公式YouTubeチャンネルで公開しています).
      { name: '上尾市公式YouTubeチャンネルで公開しています', text: '保育所の一日の様子を紹介する動画を、上尾市公式YouTubeチャンネルで公開しています。' },
      { name: 'YouTubeチャンネルで配信中', text: '手あそび動画は、保育課のYouTubeチャンネルで配信しています。' },
      // Round 23 (blind22): a saying checked against our own published figures in the same sentence.
      { name: '「…」とよく言われますが、…（市HP公表データ）', text: '保育所は「4月入所が一番入りやすい」とよく言われますが、上尾市の実績でも4月の内定数が年間の約7割を占めています（市HP公表データ）。' },
      // Round 23 (blind22): not seeing someone (あまり見かけないよね) reports nothing seen.
      { name: '…あまり見かけないよね', text: '子育てイベントでもあまり見かけないよね。' },
      // Round 23 (blind22): a question someone put to us (「…？」って質問がきた) passes nothing on.
      { name: '「…ますか？」って質問がきたけど', text: '「無職でも保育園に入れますか？」って質問がきたけど、そりゃ働いてる人が優先でしょ。' },
      { name: 'Someone said hello at the event (no source)', text: 'Someone said hello to our mascot at the event today!' },
      // Round 21: our own survey published; a named university (info at most, checked elsewhere).
      { name: '最新の調査結果は市HPに掲載しています', text: '最新の調査結果は市HPに掲載しています。' },
      // Round 20 (dev): a greeting or a word said passes nothing on.
      { name: '「ありがとう」って言う人が増えると', text: '「ありがとう」って言う人が増えると、まちが明るくなります。' },
      { name: '「いってきます」と言う人が多い朝', text: '「いってきます」と言う人が多い朝です。' },
      // Round 20 (blind19, read after round 19): what we wrote ourselves in a correction; our own site as where it is.
      { name: 'a correction of our own post (…と書きましたが、正しくは…)', text: '先日のポストで、対象年齢を「小学生以下」と書きましたが、正しくは「小学3年生以下」でした。訂正いたします。' },
      { name: '市ホームページの「…」に載っています', text: '保育所の見学は随時受け付けています。電話番号は市ホームページの「公立保育所一覧」に載っています。' },
      // Round 19: a request not to repost our own photos passes nothing on (found while writing policy/secret's tests).
      { name: '写真の無断転載・拡散はしないでください', text: '掲載した写真の無断転載・拡散はしないでください。' },
      { name: '無断転載禁止', text: '無断転載禁止' },
      { name: '画像の無断転載を禁止します', text: '※本投稿の画像の無断転載を禁止します。' },
      // Round 16 (blind15): an internal document is no source to cite (policy/secret and policy/undecided report it).
      { name: '取扱注意の会議資料に載っていた', text: '取扱注意の会議資料に載っていた保育所別の職員欠員数：中妻3人、原市2人、平方4人。' },
      // Round 15 (dev9): 噂の「…」 is "the much-talked-about" before our own product's name, not a rumour passed on.
      { name: '噂の「こまえ子育て応援券」', text: '噂の「こまえ子育て応援券」、支給額は1人3万円です！' },
      { name: 'a named body announced, with its link', text: '埼玉県が、来年度から子ども医療費の助成を18歳まで広げると発表しました。\nhttps://www.pref.saitama.lg.jp/' },
      // Round 14: what we know of our own children and staff is casework or a staff matter; a manager's feeling is a plan's.
      { name: 'our child (…保育所のゆうとくん…そうです)', text: '〇〇保育所のゆうとくん、ご両親の離婚で今月からお父さんと暮らすことになったそうです。' },
      { name: 'our staff (〇〇保育所、…園長先生も…そうです)', text: '〇〇保育所、来年度は園長先生も含めて5人が退職されるそうです😢' },
      { name: '部長の感触では…とのこと', text: '部長の感触では、第3子への独自給付は来年度予算に入りそうとのこと。' },
      // Round 13: talk inside the office about a plan is policy/undecided's, not a source to cite.
      { name: 'という話 in a meeting (課内会議で)', text: '課内会議で、子育てねっとのリニューアルを来春にやろうという話になりました😆' },
      { name: 'という話 inside (内部で)', text: '子育てねっと、来年度には閉鎖して市HPに統合……という話が内部で出てます。' },
      // Round 13: a medium as a thing used, a destination, an activity or our own records is no source.
      { name: 'SNS投稿 (an activity)', text: '保育所では、写真のSNS投稿は保護者の同意を得たものに限っています。' },
      { name: 'SNSに投稿する際 (a destination)', text: '当日の写真や動画をSNSに投稿する際は、ほかのお子さんが写り込まないようご配慮をお願いします。' },
      { name: 'ネットを使うとき (a thing used)', text: 'ネットを使うときは、学校名を教えないでね。' },
      { name: '申込データ (our own records)', text: '学童の申込データは職員なら誰でも見られます。' },
      { name: 'SNSへの転載はお控えください (a request)', text: '運動会の写真は個別にお知らせします。SNSへの転載はお控えください📷' },
      // Round 12: a named body, paper or study; what we made; a guess; a client's case; a plan in the making.
      { name: 'a word, not a saying (「イクメン」って言葉)', text: '「イクメン」って言葉、最近あまり聞きませんね。' },
      { name: 'words heard from a child', text: '子どもから「死にたい」という言葉を聞いたら、一人で抱えずに相談を。' },
      { name: 'our own site reposted', text: '【こまえ子育てねっとより転載】\n乳幼児健診の日程を更新しました。' },
      { name: 'an exchange with a section (とやりとり)', text: '補助の対象を広げる線で財政課とやりとり中です。' },
      { name: 'the neighbouring city as a place', text: '隣の市の若者会議と合同で、交流会を開きます。' },
      { name: '気象庁によると (a named body, no link)', text: '気象庁によると、明日の上尾市の最高気温は35度の予想です。' },
      { name: 'an official account named before の情報によると', text: '@JMA_bousai の情報によると、明朝にかけて大雪の見込みです。' },
      { name: 'a named paper with its date', text: '10月5日付の埼玉新聞で、市立保育所の食育の取り組みが紹介されました。' },
      { name: 'a named research centre', text: '国立成育医療研究センターの調査（2023年）では、未就学児の約3割が22時以降に寝ているという結果が出ました。' },
      { name: 'our own map 載っています', text: '夏休みの子どもの居場所マップを作りました。こども食堂も載っています。' },
      { name: 'a weather guess (晴れるみたい)', text: '週末は晴れるみたい☀ 公園で思いっきり遊べそうだね！' },
      { name: 'a client\'s own story (相談に来た…そうです)', text: '相談に来た中学生、学校に通えていないそうです。' },
      { name: 'a plan in the making (方向だそうです: policy/undecided)', text: '課長会議で、上平保育所は廃止する方向だそうです。' },
      // Round 9: talking with someone, the writer's own assertion, what we hope nobody says, an inference from what is seen.
      { name: '課長と話しています', text: '所得制限をなくす方向で課長と話しています。' },
      { name: 'what a client told us (とのこと)', text: '窓口に来られた方、予約が取りにくいとのこと、ご不便をおかけしております。' },
      { name: 'a law named before とされています', text: 'こども基本法第3条では、意見を表明する機会の確保が基本理念の一つとされています。' },
      { name: '対象とされる (whom a rule covers)', text: '支給対象とされる世帯には、通知をお送りします。' },
      { name: 'そう after a stem (looks, not hears)', text: '今日は雨が降りそうです。傘をお持ちください。' },
      { name: 'と言っていいでしょう', text: '今年度の取り組みは成功だったと言っていいでしょう。' },
      { name: 'と言われないよう', text: '若い職員ばかりで頼りない、と言われないよう頑張ります！' },
      { name: 'らしく joining clauses', text: '新しい遊具、とても楽しいらしく、子どもたちの行列ができていました。' },
      { name: 'our staff speaking', text: '保育士が「午睡の見回りは5分ごと」と話していました。' },
      { name: 'our staff speaking (おっしゃる)', text: '園長が「午睡の見回りは5分ごと」とおっしゃっていました。' },
      // Round 4: a rumour named to deny it, our own post offered for sharing, a condition, an invitation, an instruction,
      // being featured with a link, our own city's homepage named as the source, ルーツのある保護者 (a group, not a source).
      { name: 'a rumour denied', text: 'SNSで拡散されている「入所点数が変わる」という情報は誤りです。' },
      { name: '転載歓迎', text: '【転載歓迎】子育てフェスタのチラシができました！' },
      { name: '見かけたら (a condition)', text: 'お散歩中に見かけたら手を振ってね' },
      { name: 'an invitation to talk', text: '同じ世代の仲間と話してみませんか。' },
      { name: 'an instruction', text: '件名に「子育てねっと」と書いてね' },
      { name: 'featured, with the link', text: '埼玉新聞に上尾市の取組が紹介されました。記事はこちら https://www.saitama-np.co.jp/' },
      { name: 'our city\'s homepage named', text: '狛江市の公式ホームページによると、花火大会は8月に開催されます。' },
      { name: 'ルーツのある保護者', text: '外国にルーツのある保護者のための説明会を開催します。' },
      { name: 'our own page (載っています)', text: '開館時間は子育てねっとに載っています。' },
      { name: 'とか in a list', text: 'おままごととかお料理とか、好きな遊びを選べます。' },
      { name: '話題の as an adjective', text: 'いま話題の絵本を児童館にそろえました。' },
      // Realistic corpus (test/fixtures/realistic): false alarms fixed.
      { name: '気象庁によると with a link to the source', text: '気象庁によると、今日の夜にかけて線状降水帯が発生するおそれがあります。\nhttps://www.jma.go.jp/bosai/warning/' },
      { name: 'participants\' feedback (とのコメントをいただきました)', text: '保護者の皆さまからは「子どもの成長を感じられた」とのコメントをたくさんいただきました。' },
      { name: '市長は、式典で「…」と述べました', text: '開所式で、市長は「子どもの成長を地域全体で支えていきたい」と述べました。' },
      { name: "own staff's words (園長)", text: '「みんな上手に踊れました」と園長が説明しました。' },
      { name: "「楽しかった」と園長も話していました", text: '運動会を開催しました。「楽しかった」と園長も話していました🏃' },
      { name: 'source line with title and URL', text: '厚生労働省の調査によると、待機児童数は減少しています。\n出典：厚生労働省「保育所等関連状況取りまとめ」https://www.mhlw.go.jp/' },
      { name: '【出典】 line', text: '「申請は12月末まで」と国が公表しました。\n【出典】こども家庭庁「児童手当について」' },
      { name: 'Source: URL', text: 'こども家庭庁によれば、申請期限が延長されます。\nSource: https://www.cfa.go.jp/' },
      { name: 'a title in 「」 without a reporting verb', text: '「上尾市子育てガイドブック」を発行しました。各支所で配布しています。' },
      { name: 'a blockquote inside an HTML comment is not posted', text: '<!-- > メモ：国の資料より -->\n本日は通常どおり開所します。' },
      // Round 16: another outlet of ours (Instagramでも発信中); an audience named by its question (「…？」という方向け); what
      // our own class or staff did or like, told by us (年長さんが…ぐっすりだったそうです, 園長先生…趣味は家庭菜園だそうです).
      { name: 'Instagramでも発信中', text: 'Instagramでも子育てイベントの写真を発信中です📸' },
      { name: '「…？」という方向けの説明会', text: '「里親って何？」という方向けの説明会を11月に開きます。' },
      { name: '年長さんが…ぐっすりだったそうです', text: '先週、年長さんが市内の公園へ遠足に行きました🍙\nお弁当をみんなで食べて、帰りはぐっすりだったそうです。' },
      { name: '新しい園長先生…趣味は家庭菜園だそうです', text: '新しく着任した〇〇保育所の園長先生をご紹介します！趣味は家庭菜園だそうです🍅' },
      // Round 17: a source in brackets that names its body (（厚生労働省調べ）); ある日 owns no words.
      { name: '内閣府「こども・若者の意識と生活に関する調査」では…と推計されています', text: '内閣府「こども・若者の意識と生活に関する調査」では、ひきこもり状態の人は全国に約146万人と推計されています。' },
      { name: '…と報告されている事例 (not the end of the sentence)', text: '他県で報告されている事例をもとに、園内の安全点検を行いました。' },
      { name: '…しているとか、…しているとか (a list)', text: '絵本を読んでいるとか、積み木をしているとか、みんな思い思いに過ごしています。' },
      { name: '親戚のおうちに (a place, not a speaker)', text: '今は親戚のおうちにいるみたいで少し安心です。' },
      { name: '友だちと教え合いながら', text: '自習室では、友だちと教え合いながら勉強できます。' },
      // Round 18 (blind17, dev8): nothing passed on — 某 keeping someone anonymous, the reader asked if they know a term,
      // a visitor's words told to us, a rumour denied, our own internal document, a shop recommended.
      { name: '知り合いに見てもらってください (a request)', text: '書類は、提出前に知り合いに見てもらってください。' },
      { name: '某保護者からのクレーム対応', text: '今日の課内ミーティング、議題は①予算ヒアリング対策②某保護者からのクレーム対応。疲れた…' },
      { name: '「…」って聞いたことある？', text: '「子どもの意見表明」って聞いたことある？🧒 こども家庭庁のHPで分かりやすく解説されてるよ→ https://www.cfa.go.jp/' },
      // Round 18 (dev): our own interview; a plan named by its title before より引用, with its link.
      { name: '「…」と聞かれました (we were asked)', text: '先日のイベントで「返信はもらえないの？」と聞かれました。このアカウントは情報発信専用のため、返信は行っていません🙇' },
      { name: '…と言われていた時代もありましたが', text: '子育ては母親の仕事、と言われていた時代もありましたが、今は父親の育児参加が広がっています。' },
      // Round 19 (blind18): our own post followed up; a state the writer sees, guessed at (…が落ちてるみたい).
      { name: '先日の「…」という投稿について補足します', text: '先日の「保育所見学は予約不要」という投稿について補足します。園庭開放は予約不要ですが、入所希望の方の見学は事前予約が必要です。' },
      { name: 'サーバーが落ちてるみたいです', text: '相談記録の画面が開きません。サーバーが落ちてるみたいです。' },
      { name: 'ゆったりしているみたいです', text: '今日の子育てひろばは、雨の影響か少しゆったりしているみたいです。ご来館をお待ちしています☔' },
      { name: 'リプ欄で「…」って聞いてくれた方 (asked us)', text: 'リプ欄で「学童の申請書どこ？」って聞いてくれた方〜！子育てねっとのトップページから入れますよ👍' },
      { name: '保育士さんにインタビューしました…「…」とのこと', text: '子育てねっとの「おしごと紹介」コーナーで、市内の保育士さんにインタビューしました🎤\n「子どもの成長を毎日見られることが一番のやりがい」とのこと。全文はサイトで。' },
      { name: '狛江市子ども・若者計画より引用：「…」 with the plan\'s link', text: '狛江市子ども・若者計画より引用：「すべての子ども・若者が、自分らしく育ち、暮らせるまち」（第1章 基本理念）\n計画本文：https://www.city.komae.tokyo.jp/' },
      { name: '職場体験の中学生が…と話してくれました', text: '中学生の職場体験を受け入れました👔 「市役所ってこんなにいろんな仕事があるんだ」と話してくれました。' },
      { name: '…との情報が出ていますが、そのような決定はしていません', text: '【重要】一部で「上尾市が保育料を値上げ」との情報が出ていますが、市としてそのような決定はしていません。' },
      { name: '内部資料によると (policy/secret, policy/undecided)', text: '内部資料によると、北保育所は令和9年度で廃止する方向で調整中です。' },
      { name: 'カフェ「Tama Leaf」…最高だった…おすすめ', text: '和泉多摩川駅近くのカフェ「Tama Leaf」、キッズスペースがあって最高だった〜☕ 子連れさんに超おすすめ！' },
      { name: '（厚生労働省調べ）', text: '全国の待機児童は2,567人でした（厚生労働省調べ）。' },
      { name: 'ある日のお話です', text: 'ある日のお話です。年長さんが小さい子に絵本を読んであげていました。' },
      // Round 17: a document named before とされています is the source and the place (「幼児期運動指針」では…).
      { name: '文部科学省「幼児期運動指針」では…とされています', text: '文部科学省「幼児期運動指針」では、幼児は毎日、合計60分以上体を動かすことが望ましいとされています。' },
      // Round 16: a group generalised (…になりやすいと言われています) is policy/discrimination's finding; と言われています
      // carries the prejudice and passes on no source.
      { name: 'a prejudice said to be common knowledge (policy/discrimination)', text: 'ゲームばかりしている子は将来ひきこもりになりやすいと言われています。' },
      { name: 'ちゃんと調べてから言ってほしい (criticised, not passed on)', text: 'SNSで「狛江は子育て支援が遅れてる」って書いてる人、ちゃんと調べてから言ってほしいなぁ。' },
      // Round 16: what we know of a case or of our staff is policy/secret's finding there, not a source to cite.
      { name: 'a case we know (…考えているそうです: policy/secret)', text: '今日ご相談のあった上町のひとり親のお母さん、生活保護の申請も考えているそうです。' },
      { name: 'a staff matter we know (…処分が出るそうです: policy/secret)', text: '係長のTさん、パワハラの件で来週処分が出るそうです。' },
      // Round 16: others' words named only to be criticised pass nothing on (policy/opinion judges the criticism).
      { name: 'SNSで悪口を書いている人 (criticised, not passed on)', text: 'SNSで保育所の悪口を書いている人がいますが、事実を知らないで書くのはやめてほしいものです。' },
      { name: '新聞の記事、書き方がひどくて', text: 'この前の新聞の記事、子育て支援センターについての書き方がひどくて、抗議したいくらいです。' },
      { name: 'なんて言う人こそ見に来てほしい', text: '保育の無償化で「親が楽をしている」なんて言う人がいますが、そういう人こそ一度現場を見に来てほしいものです。' },
      { name: '園長によると (own staff)', text: '園長によると、今年もさつまいもがたくさん採れたそうです🍠' },
    ],
  });
});
