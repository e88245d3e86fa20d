import type { Rule } from '../../types.ts';
import { wrongNumberChat } from './shared.ts';

/**
 * Japanese (ja). Patterns are matched after NFKC (half-width katakana widened, full-width Latin
 * narrowed, lower-cased: "ＬＩＮＥ" arrives as "line"). Phrasing follows National Police Agency and
 * prefectural police alerts on SNS-type investment and romance fraud: LINE moves, "先生のアシスタント"
 * investment groups, "二人の将来のため" pitches, "出金には税金が必要", "副業" tasks, オレオレ
 * and 還付金/逮捕状 calls.
 */
/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_JA =
  /(?:間違えて|間違って)(?:送|連絡|メッセージ|ライン|line)|(?:送り先|宛先|送信先)を間違え|誤送信(?:してしまい|しました|でした|すみません|失礼)/u;

/** "Within N hours", "urgently", "here", a link: how the account notice hurries the user along. */
const JA_ACT_NOW = '(?:時間以内|至急|こちら|url|https?:|リンク|下記)';

export const JA_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_JA',
    family: 'opener',
    stage: 'opener',
    languages: ['ja'],
    pattern: WRONG_NUMBER_JA,
    description: 'A stranger says a message was sent by mistake and keeps chatting.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'すみません、間違えて送ってしまいました。田中さんではないですか？',
        '宛先を間違えました、失礼しました。でもこれも何かの縁ですね',
      ],
      miss: ['資料を間違えて印刷してしまった', '誤送信防止機能を導入しました'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_JA',
    ...wrongNumberChat(
      'ja',
      WRONG_NUMBER_JA,
      'どちらにお住まい|どこに住んで|優しそう|お友達になり|友達になり|知り合えて',
    ),
    examples: {
      hit: [
        'すみません、間違えて送ってしまいました。でも優しそうな方ですね、どちらにお住まいですか',
        '間違えて送りました、でもせっかくなのでお友達になりませんか',
      ],
      miss: ['すみません、間違えて送りました', 'どこに住んでるの？引っ越した？'],
    },
  },
  {
    id: 'OPENER_STRANGER_JA',
    family: 'opener',
    stage: 'opener',
    languages: ['ja'],
    pattern:
      /プロフィールを見て[^\n]{0,20}(?:素敵|気になって|仲良く|友達に)|(?:この写真|お写真)(?:素敵|綺麗|きれい)ですね/u,
    description: 'An unknown sender opens with compliments about a profile or photo.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'プロフィールを見て素敵だなと思い、メッセージしました',
        'この写真素敵ですね、どこで撮ったんですか？',
      ],
      miss: ['プロフィールを更新しておいてください', '昨日の写真、送ってくれてありがとう'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_JA',
    family: 'opener',
    stage: 'opener',
    languages: ['ja'],
    pattern: /(?:アシスタント|秘書)が[^\n]{0,20}(?:登録|保存)して(?:い)?た/u,
    description: 'Claims an assistant saved the number.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: ['秘書があなたの番号を登録していたようです', 'アシスタントが連絡先を保存していたので連絡しました'],
      miss: ['秘書が会議室を予約しました', 'アシスタントに資料を送ってもらいます'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_JA',
    family: 'romance',
    stage: 'rapport',
    languages: ['ja'],
    pattern:
      /(?:出会った|知り合った)ばかり[^\n]{0,20}(?:好き|愛して|運命)|(?:あなた|君)(?:は|こそ)(?:私|僕|俺)の運命の人/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['知り合ったばかりなのに、あなたを愛してしまいました', 'あなたは私の運命の人です'],
      miss: ['出会ったばかりの頃の写真が出てきた', 'このドラマは運命の人を探す話'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_JA',
    family: 'romance',
    stage: 'rapport',
    languages: ['ja'],
    pattern:
      /(?:石油|海上)(?:掘削|リグ)|(?:米軍|アメリカ軍|国連)の?(?:医師|軍医|兵士|軍人)|(?:妻|夫)(?:を|が)(?:亡くし|亡くなっ)[^\n]{0,30}(?:娘|息子|一人で)/u,
    description: 'The romance-scam life story: oil rig, US soldier, UN doctor, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: ['私は国連の医師としてシリアで働いています', '妻を亡くしてから、娘と二人で暮らしています'],
      miss: ['石油の価格がまた上がった', '祖父が亡くなって一年になります'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_JA',
    family: 'romance',
    stage: 'rapport',
    languages: ['ja'],
    pattern: /ビデオ(?:通話|電話|チャット)[^\n]{0,20}(?:できない|できません|禁止|無理)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['基地ではビデオ通話は禁止されているんだ', 'ごめん、今はビデオ通話できないよ、カメラが壊れてる'],
      miss: ['今夜ビデオ通話しようね', '会議はビデオ通話で行います'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_JA',
    family: 'romance',
    stage: 'rapport',
    languages: ['ja'],
    pattern: /(?:二人|ふたり)の(?:将来|未来)のため|一緒に(?:老後|将来|未来)を(?:過ご|築)/u,
    description: 'Talk of a shared future, often used to justify "investing together".',
    reason: 'reason_romance_future',
    examples: {
      hit: ['二人の将来のために一緒に投資しよう', 'あなたと一緒に老後を過ごしたい'],
      miss: ['子どもの将来のために貯金している', '会社の未来について会議をした'],
    },
  },
  {
    id: 'PLATFORM_MOVE_JA',
    family: 'platform_move',
    stage: 'platform',
    languages: ['ja'],
    pattern:
      /(?:line|ライン|テレグラム|telegram|whatsapp)(?:に移動|で話しませんか|で話そう|交換しませんか|を教えて)/u,
    description: 'Asks to move the chat to LINE, Telegram or WhatsApp.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['ここはあまり見ないので、LINEに移動しませんか？', 'よかったらライン交換しませんか'],
      miss: ['あとでLINEで写真送るね', 'LINEのアップデートが来てた'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:確実に|必ず|絶対に?)(?:儲か|稼げ|利益が出)(?![^\n]{0,15}(?:ない|ません|詐欺|という))|損(?:は)?させません|ノーリスクで|(?:利益|利回り|配当|リターン|収益)(?:が|は|も)?[^\n]{0,12}(?:保証|確約)(?:され|します|付き|です)(?![^\n]{0,15}(?:ない|ません|詐欺|という|できな))|(?:毎日|毎週|毎月|日利|1日|一日)[^\n]{0,12}固定(?:の)?(?:利益|収益|リターン|配当)|上場[^\n]{0,30}(?:\d{1,3}|十|数十|百)倍(?:に|へ|以上に)(?:なる|なります|上が|跳ね上が|値上が)(?![^\n]{0,15}(?:かも|詐欺|という|ない|ません))/u,
    description:
      'Promises certain or guaranteed profit, a fixed daily return, or a price that will multiply after listing.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'この方法なら必ず儲かります',
        '私を信じて、損はさせません',
        '月8%の配当が保証されています',
        '毎日2%の固定リターンがもらえるプランです',
        'このトークンは取引所に上場すれば価格が20倍になります',
      ],
      miss: [
        '「必ず儲かる」という話は詐欺です',
        '必ず儲かる投資はありません',
        '投資信託の利益が保証されることはありません',
        '債券は固定の利息が半年ごとに支払われる',
        '上場から10年で株価は10倍になった',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:日利|週利)\s?\d|(?:毎日|1日|一日)(?:で|に)?\s?\d{1,3}(?:\.\d{1,2})?\s?(?:%|パーセント)の?(?:利益|リターン|配当|収益)/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['日利3%で運用できます', '毎日5%の利益が出ています'],
      miss: ['定期預金の金利は年0.3%です', '株価が1日で5%下がった'],
    },
  },
  {
    id: 'INVEST_MENTOR_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:先生|講師|教授)のアシスタント|(?:叔父|伯父|おじ|師匠|アナリスト)[^\n]{0,20}(?:内部情報|インサイダー情報|シグナル)|(?:先生|講師)[^\n]{0,20}(?:(?:売買|取引|トレード)シグナル|シグナルを(?:出|送|配信|教え))|(?:叔父|伯父|おじ|親戚|いとこ|兄|父|知人|友人)[^\n]{0,30}(?:証券会社|投資ファンド|ファンド|投資銀行|運用会社|取引所)[^\n]{0,40}(?:内部の?情報|インサイダー|未公開の?情報|誰よりも(?:先|早)|(?:事前|先)に(?:知|分か|わか))|(?:先生|師匠|メンター|講師|専門家|アナリスト)の(?:指示|指導|言う)(?:通り|どおり)に[^\n]{0,15}(?:取引|売買|トレード|購入|買|投資|エントリー)/u,
    description:
      'An "assistant to the professor" investment group, an uncle/analyst with insider signals or advance knowledge, or trading on a mentor\'s instructions.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        '私は〇〇先生のアシスタントの佐藤です。株式投資の勉強会にご招待します',
        '叔父が証券会社にいて、内部情報を教えてくれるの',
        '先生が今夜8時にシグナルを出すので、資金を準備しておいてください',
        '親戚がシンガポールの投資ファンドにいて、値上がりする銘柄を事前に知っているんです',
        'メンターの指示通りに取引するだけで毎月プラスです',
      ],
      miss: [
        '先生の授業は毎週火曜日です',
        '叔父が北海道から帰ってきた',
        '先生が交通安全のシグナルについて話しました',
        '兄は証券会社で働いていて、最近は忙しいらしい',
        '先生の指示通りに薬を飲んだら良くなりました',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /契約取引|コントラクト取引|秒取引|流動性マイニング|usdt(?:を)?(?:入金|送金)|(?:app ?store|appストア|google ?play|アップストア|アプリストア|プレイストア|公式ストア)[^\n]{0,20}(?:ない|ありません|非公開|未公開|配信されていない|配信していない)[^\n]{0,40}(?:リンク|url|https?:|ダウンロード|インストール)(?![^\n]{0,15}(?:ないで|注意|詐欺|危険))|機関(?:投資家)?[^\n]{0,8}(?:口座|アカウント)[^\n]{0,30}(?:開設して(?:おき|あげ|差し上げ)|作って(?:おき|あげ)|用意して(?:おき|あげ)|ご用意し|招待コード)|(?:usdt|テザー|仮想通貨|暗号資産|ビットコイン|btc|eth|コイン)[^\n]{0,40}(?:私が|僕が|これから|今から|あとで|後で|下記の|指定の|送る|送った|教える|渡す)[^\n]{0,8}(?:ウォレット|アドレス)[^\n]{0,10}(?:に|へ)[^\n]{0,4}(?:送金|送っ|送信|入金|転送|振り込)(?![^\n]{0,15}(?:手口|注意|詐欺))/u,
    description:
      '"Contract trading", seconds contracts, liquidity mining, USDT deposits, an app that is "not in the store", an "institutional account" opened for the user, or coins sent to a wallet the sender will supply.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'このアプリで契約取引をすれば毎日利益が出ます',
        'まずUSDTを入金してください',
        'このアプリはGoogle Playでは配信されていないので、下のURLからインストールしてね',
        '特別に機関投資家専用口座を開設しておきました',
        'ビットコインを買ったら、僕が教えるアドレスに送ってください',
      ],
      miss: [
        '賃貸の契約書にサインした',
        'ビットコインが値下がりしている',
        'App Storeにないアプリのリンクは開かないでください',
        '証券会社が機関投資家向けの口座管理サービスを始めた',
        '取引所で買ったビットコインは自分のウォレットアドレスに送金して保管している',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:投資|トレード|取引|fx)(?:の)?(?:やり方|方法)?を(?:教えてあげ|教えます|教えるよ)|(?:私|僕)の(?:言う|指示)(?:通り|とおり)に|(?:入金|少額|利益|送金|投資|儲|万円)[^\n]{0,30}(?:私|僕|俺)が[^\n]{0,6}(?:一つずつ|ひとつずつ|一から|手取り足取り|丁寧に|全部|操作を)[^\n]{0,8}(?:教え|指導|サポート|案内|指示)/u,
    description: 'Offers to teach trading or to direct every trade, step by step, after the deposit.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        '投資のやり方を教えてあげるよ',
        '私の指示通りに買えば大丈夫',
        '1万円入金したら、あとは僕が一から全部教えます',
      ],
      miss: [
        '料理のやり方を教えてあげるよ',
        '地図の通りに進んでください',
        '料理は私が一つずつ丁寧に教えるね',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_JA',
    family: 'investment',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:まず|最初)は?少額(?:を|で|から)?(?:入金|送金)|少額[^\n]{0,12}から始め[^\n]{0,20}(?:利益|儲け|儲か)[^\n]{0,10}(?:増や|足|追加)|(?:まず|最初|初め|はじめ)(?:は|の)?少額[^\n]{0,15}(?:で大丈夫|でいい|からで|でok|でオーケー)[^\n]{0,25}(?:入金|送金|チャージ|振り込)/u,
    description: 'Suggests a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'まずは少額を入金して試してみて',
        '最初は少額から入金すれば安心だよ',
        '最初は少額の1万円から始めてみて、利益が出たら増やせばいいですよ',
        'はじめは少額でいいから、3万円だけチャージしてみて',
      ],
      miss: [
        'NISAは少額から始められる',
        'まずは少額の寄付から始めました',
        '少額から始めて、慣れたら毎月の積立額を増やしました',
        'NISAは最初は少額でいいから、毎月積み立ててみたら？',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /(?:出金|引き出し|払い戻し)(?:する)?(?:ため|には|前に)[^\n]{0,30}(?:税金|保証金|保険料|解除料|認証料)|(?:税金|保証金)を(?:先に|事前に|まず)(?:支払|払|入金)|(?:同額|同じ金額)の?(?:保証金|デポジット|証拠金)|(?:残高|出金額)と(?:同額|同じ金額)[^\n]{0,10}(?:入金|支払|お支払|振り込)|(?:出金|引き出)[^\n]{0,40}(?:税金|手数料|保証金)(?:を|は)?(?:半分|半額|折半|半々)|(?:税金|手数料|保証金)(?:を|は)?(?:半分|半額|折半|半々)[^\n]{0,30}(?:出金|引き出)/u,
    description:
      'A tax or deposit (often "the same amount as the balance") must be paid before money can be withdrawn, or a partner offers to split that tax.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        '出金するには税金20%の支払いが必要です',
        '保証金を先に入金してください、その後出金できます',
        '凍結解除には口座残高と同額の保証金が必要です',
        '出金額と同じ金額をお振り込みいただければ解除されます',
        '僕も引き出せないんだ。手数料を折半しよう',
        '税金は半分ずつ出し合えば、すぐに出金できるよ',
      ],
      miss: [
        'コンビニATMで出金すると手数料がかかる',
        '確定申告で税金を払った',
        'ボーナスと同額を積立口座に入金した',
        '家の税金を半分ずつ払うことにした',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /(?:口座|アカウント)(?:が)?(?:凍結|ロック)[^\n]{0,30}(?:入金|支払|送金|解除料|保証金|手数料|税金)|信用(?:スコア|点数|ポイント)(?:が)?(?:不足|足りない|低い)|(?:口座|アカウント)[^\n]{0,25}凍結[^\n]{0,40}(?:保証金|解除料|ご入金|入金して|お支払|支払って)|(?:お客様|あなた)の?(?:口座|アカウント|資金|取引)[^\n]{0,20}(?:マネーロンダリング|マネロン|資金洗浄)[^\n]{0,40}(?:凍結|保証金|入金|解除|カスタマー)|信用(?:スコア|点数|ポイント|評価|分)[^\n]{0,30}(?:出金|引き出)(?:には|が?でき|が?不可|せ|が?制限|が?停止)|(?:チャージ|入金)[^\n]{0,10}(?:信用)?(?:スコア|点数)を?(?:回復|復元|上げ|戻)/u,
    description:
      'Account frozen (e.g. "suspected of money laundering") or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        '口座が凍結されました。解除するには保証金が必要です',
        '口座が凍結されました、解除料を入金してください',
        '信用スコアが不足しているため出金できません',
        'お客様のアカウントは不正取引の疑いにより凍結中です。保証金をお支払いください',
        'お客様の資金にマネロンの疑いがあるため、一時的に凍結しました',
        '信用点数が80点未満のため、出金が制限されています',
        '5万円チャージして信用スコアを回復してください',
      ],
      miss: [
        'パスワードを間違えてアカウントがロックされた',
        '口座の名義変更をした',
        '口座が凍結されたので、銀行の窓口で手続きして解除してもらった',
        '警察は資金洗浄の疑いで男を逮捕した',
        '延滞が続いて信用スコアが下がり、ローンの審査に落ちた',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /vip[^\n]{0,20}(?:入金|チャージ)|(?:入金|チャージ)(?:して|すれば)[^\n]{0,20}(?:アップグレード|ランクアップ)|vip[^\n]{0,20}(?:アップグレード|昇格|ランクアップ|レベルアップ|会員にな)[^\n]{0,20}(?:出金|引き出|解除)|(?:出金|引き出)[^\n]{0,20}vip[^\n]{0,10}(?:アップグレード|昇格|必要|にな)/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock more, or a VIP level before withdrawing.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'VIP会員になるには100万円の入金が必要です',
        '追加で入金すればランクアップできます',
        'VIP3に昇格すれば、すぐに出金できます',
        '出金するにはVIPレベルへのアップグレードが必要です',
      ],
      miss: [
        '交通系ICにチャージした',
        'アプリをアップグレードしてください',
        'VIPにアップグレードすると空港ラウンジが使えます',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_JA',
    family: 'task',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:(?:いいね|フォロー|レビュー|スクショ|スクリーンショット|動画を見る)[^\n]{0,30}(?:報酬|円(?:を)?(?:もらえ|稼げ|お支払)|稼げる|(?:1件|一件|1回|一回)\s?\d[\d,]{0,6}\s?円))(?![^\n]{0,20}(?:詐欺|という|」))/u,
    description: 'Pay for likes, follows, reviews or screenshots.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        '簡単なお仕事です。動画にいいねするだけで1件500円、毎日お支払いします',
        '動画にいいねしてスクショを送るだけで1件500円もらえます',
        'レビューを書くだけで報酬がもらえます',
      ],
      miss: [
        '「いいねするだけで稼げる」副業は詐欺の可能性があります',
        '写真にいいねしてくれてありがとう',
        'レビューを読んでから買う',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_JA',
    family: 'task',
    stage: 'pitch',
    languages: ['ja'],
    pattern:
      /(?:スマホ|スマートフォン|携帯)(?:だけ|1台)?で[^\n]{0,20}(?:1日|一日|日給|毎日)\s?\d[\d,]{0,7}\s?万?円|(?:副業|在宅ワーク)[^\n]{0,30}(?:日給|1日|一日)\s?\d[\d,]{0,7}\s?万?円/u,
    description: 'A phone or side job that pays a fixed sum every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: ['スマホだけで1日3万円稼げる副業です', '在宅ワークで日給2万円以上'],
      miss: ['スマホで1日1時間まで動画を見る', '副業を始めたけど月に数千円です'],
    },
  },
  {
    id: 'TASK_TOP_UP_JA',
    family: 'task',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /(?:タスク|ミッション|任務)[^\n]{0,30}(?:立て替え|前払い|入金|チャージ)(?:が)?(?:必要|して)|(?:連続|コンボ|組み合わせ|合併)注文[^\n]{0,30}(?:チャージ|入金|マイナス|補填|前払い)|(?:コミッション|報酬|手数料)[^\n]{0,20}(?:追加|反映|入金|付与)され[^\n]{0,30}(?:次の|次回の)(?:セット|タスク|ミッション|任務)|(?:次の|次回の)(?:セット|タスク|ミッション|任務)[^\n]{0,30}(?:チャージ|入金|前払い|立て替え|補填)(?:が必要|を?お願い|して(?:ください|下さい|ね)|してから|する必要)/u,
    description:
      'Asks to prepay or top up to complete tasks: the "combination order", commission credited then "next set", top-up before the next task.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        '次のタスクは5万円の立て替えが必要です',
        '特別ミッションは先に入金してください',
        'コンボ注文が発生したため、残高を補填してください',
        '報酬が付与されました。次のミッションに進みましょう',
        '次のセットを始めるには1万円のチャージが必要です',
      ],
      miss: [
        '今日のタスクは資料作成です',
        'Suicaにチャージしておいて',
        '次のセットに進む前に少し休憩しよう',
        '次のタスクはSuicaのチャージ機能の説明資料です',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_JA',
    family: 'recovery',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /(?:被害金|騙し取られた(?:お金|金)|だまし取られた(?:お金|金))[^\n]{0,20}(?:取り戻します|取り戻せます|取り戻す(?:お手伝い|手伝い|サポート|ことができ)|返金します|回収します|回収できます)|(?:詐欺|だまされ|騙され)[^\n]{0,6}(?:で|て)?(?:失った|取られた|奪われた)(?:資金|お金|金)(?:を)?(?:取り戻せ|取り戻し|回収|返金)/u,
    description: 'Promises to recover money lost to a scam, usually for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        '詐欺で失った資金を取り戻せます。手数料を先にお支払いください',
        '騙し取られたお金を100%取り戻します、着手金のみ',
        '被害金は私たちが回収できます',
        '騙し取られたお金を取り戻すお手伝いをします',
      ],
      miss: ['警察に被害届を出しました', '被害金の返還は難しいと言われた'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_JA',
    family: 'impersonation',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /逮捕状が出て(?:い)?ます(?![^\n]{0,10}という)|(?:警察|検察|警視庁|金融庁)[^\n]{0,40}(?:マネーロンダリング|資金洗浄)[^\n]{0,40}(?:送金|振り込|資産を確認)/u,
    description: 'Police-style threat: an arrest warrant, money laundering, move your money.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'あなたに逮捕状が出ています、至急連絡してください',
        '警視庁です。口座がマネーロンダリングに使われたため、資産を確認する必要があります',
      ],
      miss: ['「逮捕状が出ています」という電話は詐欺です', '警察が資金洗浄の容疑で男を逮捕'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_JA',
    family: 'impersonation',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /(?:携帯|スマホ|番号)(?:が|を)?(?:壊れ|変わ|変え)[^\n]{0,60}(?:お金|振り込|立て替え|貸して|用意)/u,
    description: 'A "son" or relative with a new phone number needs money.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '母さん、携帯が壊れて番号変わった。急ぎでお金を用意してほしい',
        'スマホを変えたんだけど、ちょっとお金貸してくれない？',
      ],
      miss: ['スマホを変えたから連絡先を登録し直してね', '携帯が壊れたので修理に出した'],
    },
  },
  {
    id: 'PRIZE_WINNER_JA',
    family: 'prize',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /(?:当選|当たり)(?:しました|おめでとう)[^\n]{0,40}(?:受け取り|手数料|クリック|こちら)|おめでとうございます[^\n]{0,30}(?:当選|選ばれ)/u,
    description: 'A prize or lottery the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'おめでとうございます！10万円分のギフト券に当選しました',
        'iPhoneが当選しました、受け取りはこちら',
      ],
      miss: ['ライブのチケットが当選した！', 'お誕生日おめでとうございます'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_JA',
    family: 'phishing',
    stage: 'related',
    languages: ['ja'],
    pattern: new RegExp(
      String.raw`(?:アカウント|口座|カード|ご利用)[^\n]{0,20}(?:停止|制限|ロック)[^\n]{0,40}(?:(?:確認|認証|更新)[^\n]{0,20}(?:こちら|url|https?:|リンク)|(?:こちら|url|https?:|リンク)[^\n]{0,20}(?:確認|認証|更新))|不正(?:アクセス|ログイン|利用)[^\n]{0,60}(?:本人確認|ご確認)[^\n]{0,30}${JA_ACT_NOW}|不正(?:アクセス|ログイン|利用)[^\n]{0,60}${JA_ACT_NOW}[^\n]{0,30}(?:本人確認|ご確認)`,
      'u',
    ),
    description:
      'Says an account or card is suspended, or was accessed by someone else, and asks to confirm details through a link or within hours.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'お客様のアカウントは一時停止されています。以下のURLより確認してください',
        'カードのご利用を制限しました。本人確認はこちら',
        '【重要】お客様の口座で不正ログインを検知しました。至急、下記より本人確認をお願いします',
      ],
      miss: [
        'カードの利用停止手続きを窓口でしました',
        'アカウントの確認メールが届いた',
        'カードの不正利用があったので、カード会社に電話して止めてもらった',
      ],
    },
  },
  {
    id: 'LOAN_FEE_JA',
    family: 'loan',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /(?:融資|ローン|借入)[^\n]{0,30}(?:審査(?:に)?通|可決|承認)[^\n]{0,40}(?:保証料|手数料|保証金)[^\n]{0,20}(?:先|事前|振り込|支払)/u,
    description: 'An approved loan that needs a fee paid first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        '融資の審査に通りました。保証料3万円を先に振り込んでください',
        'ローンが承認されました、事務手数料の事前支払いが必要です',
      ],
      miss: ['住宅ローンの審査に通った', 'ローンの返済は毎月27日'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern: /(?:銀行|窓口|銀行員)(?:の人)?(?:に|には)[^\n]{0,15}(?:言わ|話さ|相談し|伝え)ないで/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: ['窓口で聞かれても、銀行には言わないでください', '銀行員には投資のことを話さないで'],
      miss: ['銀行が暗証番号を聞くことはありません', '銀行に相談してから決めます'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /\d{1,2}時間以内に[^\n]{0,30}(?:入金|支払|振り込|納付)[^\n]{0,30}(?:しないと|しなければ|されない場合|ない場合|わないと|わなければ|まないと|まなければ)|(?:入金|支払|振り込|納付)[^\n]{0,20}(?:ない場合|ないと|なければ)[^\n]{0,15}(?:資金|資産|残高|利益|元本)[^\n]{0,8}(?:没収|消滅|失効)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        '24時間以内に保証金を入金しないと口座が凍結されます',
        '3時間以内にお支払いいただけない場合、資産は没収されます',
        '12時間以内に税金を支払わなければ出金できません',
        '期限までに納付しない場合、残高はすべて没収となります',
      ],
      miss: [
        '24時間以内に入金が反映されます',
        '2時間以内に振り込んでおいたよ',
        '期限までに支払わないと延滞金がかかります',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_JA',
    family: 'payment',
    stage: 'payment',
    languages: ['ja'],
    pattern:
      /(?:銀行|カードローン|消費者金融|キャッシング|サラ金|ローン)[^\n]{0,20}(?:借りて|借り入れ(?:て|し)|借入(?:して)?|組んで|融資を受けて)[^\n]{0,15}(?:くれ|もらえ|ほしい|欲しい|ください|下さい|みて|きて|用意して)/u,
    description: 'Asks the user to borrow from a bank or card loan to pay in (often "for our future").',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ['銀行から少し借りてくれない？すぐ返すから', 'カードローンで借り入れして、残りを用意してほしい'],
      miss: ['銀行で住宅ローンを組んで、来月引っ越します', '図書館で本を借りてきてくれる？'],
    },
  },
  {
    id: 'PHISHING_DELIVERY_JA',
    family: 'phishing',
    stage: 'related',
    languages: ['ja'],
    pattern:
      /(?:お荷物|荷物|宅配便|配達|お届け)[^\n]{0,40}(?:不在のため|持ち帰り|持ち戻り|お届けできません|お届けできませんでした|住所不明|宛先不明|住所が不完全)[^\n]{0,40}(?:こちら(?:から|より|[:：\s]|$)|下記|url|https?:|リンク)/u,
    description:
      'A parcel "could not be delivered" (nobody home, unknown address) and the user must confirm through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'お荷物をお届けに伺いましたが宛先不明のため持ち戻りました。再配達のお手続きはこちら',
        '配達員です。ご不在のため持ち帰りました。下記URLよりお受け取り日時をご確認ください',
      ],
      miss: [
        '不在票が入ってたから再配達を頼んでおいたよ',
        '荷物は明日の午前中に届く予定です',
        '荷物が不在のため持ち帰りになったみたい、こちらで再配達を頼んでおくね',
      ],
    },
  },
];
