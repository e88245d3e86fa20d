import { describe, expect, it } from 'vitest';
import { analyze, analyzeThread } from '../../../src/engine/index.ts';

/**
 * The scam-compound script in Chinese (Simplified and Traditional), stage by stage, in our own
 * words (no corpus line). Pitch and extraction lines must warn on their own. Openers, rapport and
 * a bare move to another app are weak alone by design (a friend says the same): each must raise its
 * red flag, stay below caution alone, and the conversation gives them away. Ordinary chat about
 * money, apps and family, and talk ABOUT the scam, must stay quiet.
 */
const LURES_ZH = [
  // the pitch
  '亲爱的，早上好，今天我又跟着导师赚了两万多，你也可以试试',
  '親愛的，早安，今天我又跟著導師賺了兩萬多，你也可以試試',
  '这个平台是正规的，有美国监管牌照，随时可以提现',
  '這個平台是正規的，有美國監管牌照，隨時可以提現',
  '我舅舅在香港做分析师，他每天晚上八点给我们发信号，跟着做就行',
  '我叔叔是期貨公司的分析師，每天給我們發訊號',
  '老师今晚带我们做黄金合约，胜率百分之九十以上',
  '我最近在做USDT合约，每天收益3%左右',
  '这个外汇平台日收益5%，一个月就回本了',
  '這個黃金平台每天收益百分之三，穩定又安全',
  '你看我的截图，今天一天盈利了八千多',
  '給你看我的收益截圖，這週賺了三萬',
  '我们有大数据团队分析行情，每一单都有把握，从来没亏过',
  '你先在交易所买点USDT，再转到这个平台就能开始了',
  '先去幣安買U，再轉到我給你的錢包地址',
  '明天这个币要拉盘，现在进场就是稳赚',
  '拉你进一个股票交流群，老师每天免费推荐牛股',
  '親愛的，我從來不騙人，這個投資你放心',
  '我不是骗子，这个平台我自己也在用',
  '老师说这个点位进场，十分钟就能赚百分之二十',
  // extraction
  '您的账户已达到VIP门槛，再充值五万即可升级VIP，享受更高收益',
  '升級VIP需要再充值3萬，升級後提現不限額',
  '根据规定，提现前需缴纳盈利部分20%的个人所得税',
  '您的信誉分低于80分，需要充值才能恢复提现功能',
  '你的信譽分不足，要充值才能出金',
  '通道今晚关闭，必须在两小时内完成充值，否则资金无法提取',
  '客服说要验证资金，需要再充入与账户余额相同的金额才能提现',
  '這件事你不要告訴家人，等我們賺到錢再給他們驚喜',
  '这个机会很难得，不要告诉别人，只有内部人员知道',
  '这个投资的事先别跟你家人和银行说，他们不懂的',
  '名额有限，今晚之前必须入金，错过就没有了',
  // task scams
  '点赞一个视频就有三块钱佣金，每天轻松赚三百，加我们接待员的Telegram',
  '點讚一個影片就有三塊錢佣金，每天輕鬆賺三百',
  '完成这组任务后联系接待员领取佣金',
  '这是一个联单任务，需要先垫付才能继续做下一单',
  '任务账户出现负数，需要充值补齐才能领取佣金',
  '新人前三单是福利单，做完就返佣金，后面是充值单，佣金更高',
  '關注抖音博主截圖給我，一單兩元，完成後添加接待員領取佣金',
  '恭喜完成任务！请添加接待员飞机领取你的第一笔佣金',
  '任務已完成，請聯繫客服領取佣金',
  '做满三单就能提现佣金，第四单需要先充值',
  // recovery
  '我们是专业黑客团队，可以帮你追回被骗的USDT',
  '我们律师事务所专门处理网络诈骗追款，先交两千元立案费',
  '我們可以幫你把被騙的錢拿回來，只要先付服務費',
  '我是网警，可以帮你找回在虚假平台损失的钱，需要先交保证金',
  // the grandchild in trouble, the ticket home, the red envelope for the leader, "guess who"
  '外婆，我在学校跟同学打架了，对方家长说要私了，要赔五千块，您能先给我转一点吗',
  '我是您孙子，我骑车撞了人，现在在派出所，对方要医药费，我钱不够，您帮帮我',
  '我是你表姐，我在国外买不了回国机票，航空公司的王经理可以帮忙，你帮我付一下票钱',
  '叔，我想给领导送点红包，领导不收现金，你能不能帮我用微信转给他',
  '老同学，听不出来我的声音了吗？我换号码了，最近手头有点紧，能借我两千吗',
  // 2 Dec, stop 13: the cousin at an investment bank, "deposit the same amount to verify", "add
  // 100k more and we can withdraw next month"
  '我表哥在投行上班，每次行情来之前都会提前告诉我',
  '平台客服说你的账户需要做资金验证，转入同等金额就能全部提出来',
  '親愛的，這筆錢是我們的未來，你再加十萬，下個月就能提出來',
  '你好，我是你们公司的财务总监，现在有一笔款项急需支付，请马上转到这个账户',
  '恭喜您被抽中为幸运用户，获得苹果手机一部，只需支付邮费即可领取',
  // the script once more in other words: an uncle with internal data, signals after a top-up, a
  // profit screenshot, the channel fee, half the deposit advanced, the online store
  '不好意思加错人了，不过既然认识了也是缘分，你是做什么工作的呀',
  '亲爱的，我舅舅在香港做金融分析，他有内部数据，每次跟着他买都赚',
  '这个平台是国外正规的交易所，有美国监管牌照，资金很安全，随时可以提现',
  '你先下载这个APP，注册的时候填我的邀请码，我教你怎么操作',
  '今晚八点有行情，你先充值两万进去，到时候跟着我下单',
  '宝贝，你看我这个月的收益截图，已经赚了三十多万了',
  '你的账户涉嫌洗钱被冻结了，需要缴纳百分之二十的解冻金才能提现',
  '提现需要先交个人所得税，税金不能从余额里扣，只能另外转账',
  '客服说你的账户信用分不够，要再充值五万才能恢复',
  '我已经帮你垫付了一半的保证金，你只要再补十万就可以全部提出来',
  '我们是专业的追回团队，可以帮你把被骗的钱追回来，先交一点手续费',
  '不要告诉你的家人和银行，他们不懂这个，会阻止你赚钱的',
  '只剩最后一步了，交完这笔通道费资金马上就到账',
  '你的店铺有新的订单需要处理，请先充值垫付货款，完成后返还本金和佣金',
];

/** Weak alone by design: the red flag is raised, the level stays none. */
const WEAK_ZH: readonly (readonly [string, string])[] = [
  ['我们换到Telegram上聊吧，这个软件我不常用', 'reason_platform_move'],
  ['我們去Line聊吧，這裡不方便', 'reason_platform_move'],
  ['加我WhatsApp吧，我不怎么用这个', 'reason_platform_move'],
  ['有电报吗？我们在纸飞机上聊', 'reason_platform_move'],
  ['你用Signal吗？那上面比较安全', 'reason_platform_move'],
  ['你下载这个APP，我们在上面聊', 'reason_platform_move'],
  ['宝贝，我们以后一起努力，为我们的未来多存点钱', 'reason_romance_fast_intimacy'],
  ['我这边网络不好，视频不了，等我忙完这段时间一定跟你视频', 'reason_romance_no_video'],
  ['我在工地不方便視訊，下次吧', 'reason_romance_no_video'],
  ['我在柬埔寨做生意，平时比较忙，你是做什么工作的', 'reason_romance_backstory'],
  ['你先小额试水，投个五百块看看效果', 'reason_invest_small_start'],
  ['先少投一點試試水，覺得可以再加', 'reason_invest_small_start'],
  ['这个平台是国际正规交易所，有美国牌照，资金很安全', 'reason_invest_crypto_platform'],
  ['现在入金有百分之二十的赠金，活动只到今晚十二点', 'reason_payment_upgrade'],
];

const QUIET_ZH = [
  '我今天在支付宝买了点基金，亏了两百',
  '最近比特币涨到十万美元了，你买了吗',
  '亲爱的，晚上回家吃饭吗',
  '宝贝，妈妈明天来接你放学',
  '宝贝，今天在学校乖不乖',
  '親愛的，今晚想吃什麼',
  '老公，下班顺便买点菜',
  '我们一起努力存钱，明年买房',
  '我們以後一起去日本玩吧',
  '加我微信，回头把会议资料发你',
  '我们去Telegram群里讨论项目吧',
  '我們換到Line群組討論吧，這裡訊息太多',
  '拼多多的订单还没发货，我去问问客服',
  '淘宝客服说退款三天到账',
  '外卖到了，放门口了',
  '点外卖满30减5，挺划算的',
  '快递到了菜鸟驿站，取件码 3-2-1108',
  '下载这个APP可以查快递',
  '我理财买的是银行的定期，年化3%',
  '基金经理说下半年行情会好一点',
  '股票今天涨停了，赚了五千',
  '黄金价格又涨了，要不要买点金条',
  '今天黄金日内涨了2%，挺少见的',
  '我用USDT在币安买了点ETH',
  '我在币安做了点合约，今天小赚一笔',
  '我爸炒期货亏了不少，劝他别玩了',
  '期货日内交易风险很大，新手不要碰',
  '我在外汇公司上班，每天看盘很累',
  '我最近在学炒股，跟着B站的视频学',
  '我舅舅在银行上班，说最近存款利率又降了',
  '你的信用卡账单已出，本期应还3200元',
  '明天要交个人所得税了，记得在个税APP上申报',
  '这个平台是正规的吗？我想在上面买二手手机',
  '我在柬埔寨旅游，吴哥窟太美了',
  '晚上视频吗？我网不好，明天吧',
  '这事先别告诉妈，我想给她个惊喜',
  '这件事别告诉别人，我还没跟老板说我要辞职',
  '这个机会很难得，你一定要去面试',
  '你看我的截图，这是我昨天跑步的记录',
  '先少吃一点试试，看看会不会过敏',
  '你去抖音帮我点赞一下视频呗',
  '我兼职做家教，一小时两百',
  '接待员说房间下午两点才能入住',
  '完成这个任务以后，项目经理会安排下一步',
  '老師說明天考試，大家帶好文具',
  '公司年会抽奖我中了一台电视',
  '律师事务所说这个案子的诉讼费要先交',
  '余额宝随时可以提现，比定期灵活',
  '这个app很安全，我一直用它存照片',
  '信用积分不够，没法免押金租车',
  '请联系我们的接待员预订房间',
  '这个月总共赚了三千，你也可以试试做跑腿',
  '别告诉别人这个项目的事，还没公开',
  '这个战队胜率百分之八十，稳了',
  '我们家这个店开了十年从来没亏过',
  '请把充值单据发给财务',
  '律师帮我追回了欠款，总算松口气',
  '春节期间提现通道关闭，节后恢复',
  '今天赚了五百，你也来试试摆摊',
  '为了我们的未来，我们得好好存钱',
  '老师带我们去博物馆参观了一天',
  '跟着导师做实验，赚了不少经验',
  '每天轻松赚积分，兑换话费',
  '这是我的收益截图，余额宝一个月才几十块',
  '他说他是黑客，能帮我找回QQ密码，我没信',
  '我升级了会员，充值了一年，看剧不用等',
  '你的账户余额不足，请及时充值',
  '买点U盘回来存资料',
  '我在香港做生意，下周回深圳',
  '工作原因不能跟你视频，会议室里全是人',
  '我不会骗你的，明天一定到',
  '我从来不骗人，这家店真的好吃',
  '今天入金了五万买基金',
  '拉你进一下家长群，老师在里面发通知',
  // talk about the scam: warnings, news, a friend's story
  '反诈提醒：凡是要求缴纳保证金、解冻费的都是诈骗',
  '不要相信所谓的导师带单，稳赚不赔的都是骗局',
  '警方捣毁一个电诈园区，解救了两百多名被困人员',
  '杀猪盘的套路就是先谈恋爱，再拉你去虚假平台投资',
  '我行不会以任何理由要求您转账到安全账户',
  '新闻说有人被骗去柬埔寨园区做刷单，太可怕了',
  '警察提醒：网上刷单返利都是诈骗，不要相信',
  '凡是让你充值升级VIP才能提现的平台都是假的',
  '朋友投资虚拟币被骗了二十万，说对方自称导师',
  '银行提醒：任何要求您先交手续费才能追回损失的都是诈骗',
  '追回被骗资金要通过公安机关，不要相信网上的黑客',
  '骗子说他不是骗子，还让我投资',
  // family news that mentions trouble or money but asks for nothing
  '爸，我住院了，医药费医保报销了大部分，别担心，过两天就出院',
  '妈，我今天出了点小车祸，人没事，车送去修了，保险公司会赔偿',
  '奶奶，我这个月工资发了，给您转了500块钱买点好吃的',
  '外婆，我考试考得很好，老师还奖励了我200元',
  '爸妈，我和同学吵了一架，不过已经和好了，你们别担心',
  '我买好回国机票了，下周三到，不用来接',
  '【某银行】为保障您的资金安全，请勿向任何人泄露验证码',
  '充值一百送五十元话费，活动今晚截止',
  '明天下雨，学校有变化会提前告诉你们',
  '再加一点盐就可以出锅了',
  '这个月工资转到我的卡上了吗？',
  '本店满99元包邮，不满需要支付运费',
  '我是你们公司的新同事小王，明天一起吃午饭吗',
  // their twins: a misdirected text, an uncle who warns, an advanced lunch, a police warning
  '不好意思发错了，这条是给我妈的，打扰了',
  '我在新加坡工作，周末喜欢打高尔夫，你最近忙吗',
  '我舅舅在香港做金融，他说现在行情不好，让我别乱投资',
  '这个平台是正规的基金销售平台，不过基金有风险，投资需谨慎',
  '你先下载这个APP，注册后可以查快递',
  '今晚八点有球赛，记得准时看',
  '宝贝，你看我这个月的体检报告，指标都正常了',
  '银行卡被冻结了，我去柜台办了一下已经解冻了',
  '今年的个人所得税要在六月前汇算清缴',
  '我的信用卡额度提高了五万',
  '我帮你垫付了午饭钱，回头转我就行',
  '警方提醒：所谓追回被骗资金的都是诈骗，不要再交任何费用',
  '这件事先别告诉妈妈，等她生日那天给她一个惊喜',
  '最后一步了，把这张表交给人事就办完入职了',
  '你的淘宝店铺有新订单，记得今天发货',
  // couples: the rent split, an uncle's advice to save and to keep away from crypto
  '亲爱的，房租我交了，你把你那一半转我',
  '老公，我舅舅说结婚的钱存定期最稳，别碰虚拟币',
  '寶貝，我叔叔說買房的錢先存銀行，別投那些平台',
];

describe('the Chinese script, stage by stage', () => {
  it('warns on every pitch, extraction, task and recovery line', () => {
    for (const t of LURES_ZH) expect(analyze(t).level, t).not.toBe('none');
  });
  it('raises the red flag of a weak line but stays below caution alone', () => {
    for (const [t, key] of WEAK_ZH) {
      const v = analyze(t);
      expect(v.level, t).toBe('none');
      expect(
        v.reasons.map((r) => r.key),
        t,
      ).toContain(key);
    }
  });
  it('keeps ordinary chat and talk about the script quiet', () => {
    for (const t of QUIET_ZH) expect(analyze(t).level, t).toBe('none');
  });
});

describe('Chinese conversations', () => {
  it('wrong number, overseas business, a move to Telegram, then the pitch', () => {
    const v = analyzeThread([
      { text: '不好意思，我加错人了' },
      { text: '我在柬埔寨做生意，平时比较忙，你是做什么工作的？' },
      { text: '我们换到Telegram上聊吧，这个软件我不常用' },
      { text: '亲爱的，早上好，今天我又跟着导师赚了两万多，你也可以试试' },
    ]);
    expect(v[0]?.level).toBe('none');
    expect(v[2]?.level).not.toBe('none');
    expect(v[3]?.level).not.toBe('none');
  });
  it('a lover who cannot video call, then a small first deposit', () => {
    const v = analyzeThread([
      { text: '宝贝，我这边网络不好，视频不了，等我忙完这段时间一定跟你视频' },
      { text: '你先小额试水，投个五百块看看效果' },
    ]);
    expect(analyze('你先小额试水，投个五百块看看效果').level).toBe('none');
    expect(v[1]?.level).not.toBe('none');
  });
  it('a move to Signal, then "our future" and the platform', () => {
    const v = analyzeThread([
      { text: '你用Signal吗？那上面比较安全' },
      { text: '寶貝，為了我們的將來，我想帶你一起在平台上理財' },
    ]);
    expect(v[1]?.level).not.toBe('none');
  });
  it('family and colleagues stay quiet', () => {
    for (const thread of [
      ['宝贝，今天在学校乖不乖', '妈妈下班给你买蛋糕', '我们一起努力存钱，明年买房'],
      ['加我微信，回头把会议资料发你', '我们去Telegram群里讨论项目吧', '这个基金最近收益不错'],
      ['亲爱的，我到公司了', '晚上视频吗？我网不好，明天吧', '我们的未来一起规划，先把房贷还了'],
    ]) {
      const v = analyzeThread(thread.map((text) => ({ text })));
      for (const [i, r] of v.entries()) expect(r.level, thread[i]).toBe('none');
    }
  });
});
