import type { Rule } from '../types.ts';

/** Rapport: fast intimacy, scripted life stories, no video call, a shared future. */
export const ROMANCE_RULES: readonly Rule[] = [
  {
    id: 'ROMANCE_FAST_INTIMACY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:hello|hi|hey|good morning|good night) (?:my )?(?:darling|dearest|sweetheart|beautiful|handsome|queen|angel)\b|\bi (?:think i )?(?:have |am |'?m )?(?:fallen|falling|fell) (?:in love )?(?:for|with) you\b|\byou are (?:my )?(?:soul ?mate|destiny|the one (?:god|i))\b|\bgod (?:brought|sent) you (?:to|into) my life\b|\bi feel (?:there is|something) (?:something )?special (?:about|between) (?:you|us)\b/,
    description: 'Declarations of love or destiny, or pet names, from a new contact.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: [
        'Good morning sweetheart, I could not sleep thinking of you',
        'I feel something special between us already',
        'I think I am falling for you already',
      ],
      miss: ['My darling daughter turns five today', 'I love the beach'],
    },
  },
  {
    id: 'ROMANCE_DESTINY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\bgod (?:brought|sent) (?:us|you) (?:together|to me)\b|\bnever felt (?:this way|like this|this) (?:about|for|with) (?:anyone|anybody|someone)(?: (?:so fast|so quickly|before))?\b|\b(?:woman|man|lady|one) i(?:'ve| have) been (?:looking|searching|waiting|praying) for (?:all my life|my whole life|all these years)\b/,
    description:
      'Love declared as destiny early on ("God brought us together", "never felt this way about anyone").',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: [
        'I have never felt this way about anyone so fast, I think God brought us together',
        'you are the woman I have been looking for all my life',
      ],
      miss: ['I have never felt this tired before a race', 'the man I was looking for left early'],
    },
  },
  {
    id: 'ROMANCE_BLOCKED_ABROAD',
    family: 'romance',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:my|our) (?:bank )?(?:card|account|bank account) (?:is|was|got|has been|have been) (?:blocked|frozen|restricted|suspended|locked)\b[^.?!\n]{0,30}?\b(?:here (?:on|at|in) (?:the )?(?:rig|ship|base|camp|site|mission)|on the (?:rig|ship)|overseas|abroad|in (?:the )?(?:army|camp|base|war zone))\b|\bcan(?:'t| ?not) (?:access|use) my (?:bank |credit |debit )?(?:bank|account|card|money|funds) (?:here|from here|on the (?:rig|ship)|overseas|abroad)\b/,
    description:
      'The far-away partner\'s card or account is "blocked here on the rig / overseas": the pretext before the first request for money.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'Can I ask you a small favour? My bank card is blocked here on the rig.',
        "I can't access my bank account from here, the base has no banking",
      ],
      miss: [
        'my card got blocked at the supermarket, so embarrassing',
        'my account was blocked so I called the bank',
      ],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:i(?:'m| am) (?:a )?(?:widow|widower|widowed)|my (?:late )?(?:wife|husband) (?:died|passed away|passed on)|(?:work(?:ing)?|station(?:ed)?|deployed) (?:on|at|in) (?:an? )?(?:oil ?rig|offshore (?:rig|platform)|peace ?keeping mission|military base (?:in|abroad))|offshore (?:engineer|contractor)|(?:un|united nations) (?:peace ?keeping )?(?:doctor|surgeon|peacekeeper)|(?:engineer|contractor|doctor|surgeon|captain) on an? (?:oil ?rig|offshore (?:rig|platform)|(?:un|united nations|peace ?keeping) mission)|i(?:'m| am) (?:a )?(?:us )?(?:army|military|marine) (?:general|officer|doctor|surgeon|sergeant|captain)|i(?:'m| am) (?:stranded|stuck) (?:here|in|at|abroad|overseas)|i(?:'m| am) not a citizen)\b/,
    description:
      'A scripted life story: widowed, oil rig or offshore work, military or UN posting, stranded abroad.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'I am a UN peacekeeping doctor in Yemen',
        "I'm an engineer on an oil rig offshore",
        'I am a widower raising my daughter alone',
        'I work on an oil rig in the North Sea',
        'I am stuck in Lagos and cannot get home',
      ],
      miss: ['My grandmother is a widow and lives with us', 'The rig was towed to port'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:can'?t|cannot|unable to|not (?:allowed|able) to|won'?t be able to) (?:do (?:a )?|make (?:a )?|have (?:a )?)?video ?(?:call|chat)|\bmy (?:camera|webcam|phone camera) (?:is )?(?:broken|not working|bad|damaged)|\b(?:the )?network (?:here )?is (?:too )?(?:bad|poor|weak) for (?:a )?video/,
    description: 'Excuses to avoid a video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['I cannot video call, we are not allowed on the base', 'my camera is broken so no video for now'],
      miss: ['Can we video call tonight?', 'the video was great'],
    },
  },
  {
    id: 'ROMANCE_FUTURE',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:our future together|build (?:a|our) (?:future|life|home|family) together|spend the rest of (?:my|our) li(?:fe|ves) (?:with you|together)|(?:build|have) (?:more )?common ground|made plans for (?:you|us)|for our future|plan (?:our|a) future (?:together|with you))\b/,
    description: 'Talk of a shared future, used to win trust fast.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['I want to build a future together with you', 'I already made plans for us, a house by the sea'],
      miss: ['The future of work is remote', 'we built a shed together'],
    },
  },
  {
    id: '__FUTURE_US',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:our (?:future|dream|new) (?:house|home|life|wedding|family)|our future\b|(?:buy|build|get|have) (?:it|a house|a home|our (?:house|home)) together|for (?:the two of us|us two)|when we (?:are|get|live) (?:together|married)|so (?:that )?we can (?:finally )?(?:be|live|meet) together)/,
    description: 'Building block: "our future (house)", "so we can be together".',
    reason: 'reason_romance_future',
    examples: {
      hit: ['our future house', 'so we can finally be together'],
      miss: ['the future of the house', 'we live together already'],
    },
  },
  {
    id: '__PLATFORM_MONEY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:put|invest|deposit|add|transfer|move|top up)\b[^.?!\n]{0,30}?\b(?:into|in|on|to) (?:the|this|my|our|that|your) (?:platform|trading (?:account|app|platform)|investment (?:account|app|platform)|exchange|trading)\b/,
    description: 'Building block: money put into "the platform" or a trading account.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['if you put 20k into the platform now', 'deposit 5,000 to your trading account'],
      miss: ['put the kettle on', 'we put down a deposit on the flat'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_INVEST',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    meta: { all: ['__FUTURE_US', '__PLATFORM_MONEY'] },
    description:
      'Talk of "our future" (a house, a wedding, being together) used to get money into a trading platform.',
    reason: 'reason_romance_future',
    examples: {
      hit: [
        'We need to think about our future house, if you put 20k into the platform now we will have enough by Christmas to buy it together',
        'Baby, for our future, invest a little more on the platform this week so we can be together sooner',
      ],
      miss: [
        'We need to think about our future house, if we save 500 a month we could put down a deposit in three years',
        'for our future I moved my savings into a fixed deposit at the bank',
      ],
    },
  },
  {
    id: 'ROMANCE_SINCERITY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\bi(?:'m| am) (?:not (?:a )?(?:liar|scammer|fake|bot|catfish)|a real (?:person|man|woman),? not)\b|\bi(?:'m| am) real\b[^.?!\n]{0,20}\b(?:trust me|believe me|not (?:a )?(?:liar|fake))?|\bplease (?:trust|believe) me,? i(?:'m| am| would)? never (?:lie|hurt|deceive)|\bi(?:'m| am) not asking (?:you )?for (?:money|anything|a (?:single )?(?:cent|penny|dime))\b[^.?!\n]{0,60}\b(?:help you|our future|for us|trust)/,
    description: 'Protests sincerity ("I\'m not a liar, I\'m real"), common when a scammer is doubted.',
    reason: 'reason_romance_sincerity',
    examples: {
      hit: [
        'Believe me, I am not a fake, I am a real person',
        'I am not a scammer, please trust me',
        'I am not asking for money, I just want to help you make more for our future',
      ],
      miss: ['That movie felt so real', 'I am not a morning person'],
    },
  },
  {
    id: 'ROMANCE_CONFESSION',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:(?:tempted|going|want|have|need|ready) to come clean (?:with|to) you\b|i(?:'m| am) not (?:happy|proud) (?:about|of|with) what i(?:'m| am)? do(?:ing)?\b|i(?:'m| am) not (?:really )?who (?:i (?:say|said|claim(?:ed)?)|you think|my profile says) i am\b|the (?:man|woman|guy|girl|lady|person) (?:in|on) (?:the|my|these|this) (?:profile )?(?:photos?|pictures?|pics?|profile) (?:is not|isn'?t) (?:me|real)\b|(?:they|my boss|the bosses|the company|my employers?) (?:force[sd]?|made|make) me (?:to )?(?:scam|lie to|chat with|talk to|cheat|deceive) (?:you|people|women|men)\b|it(?:'s| is) not fun for me,? but i have no (?:other|better) (?:option|choice)s?)/,
    description:
      'Confides that the profile is not who it says, or that they are forced into this work: the scripted "confession" that wins sympathy and trust.',
    reason: 'reason_romance_confession',
    examples: {
      hit: [
        'I want to come clean with you about the man in these photos',
        'the woman in the profile pictures is not me, my boss makes me chat with men',
        'I am not proud of what I do, but I have to send money home',
      ],
      miss: [
        'I have to come clean, I ate the last slice of cake',
        'I am not happy about what I did at the party',
      ],
    },
  },
  {
    id: 'ROMANCE_FLATTERY',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:such a (?:beautiful|gorgeous|lovely|pretty) (?:woman|lady|girl|soul|man)|(?:beautiful|gorgeous|pretty) (?:woman|lady|girl) like you|your (?:smile|beauty|profile|photos?|pictures?) (?:caught|got|stole|captured) my (?:eye|attention|heart)|you(?:'re| are) (?:freaking |so |very |really )?(?:beautiful|gorgeous|stunning|handsome) (?:tho|though)|thank you for accepting my (?:friend )?request|i (?:saw|came across|found|noticed|viewed) your (?:profile|photos?|pictures?|pics?)\b[^.?!\n]{0,30}?\b(?:(?:very|so|really|quite) )?(?:attractive|beautiful|gorgeous|handsome|stunning|lovely|pretty|irresistible|caught my (?:eye|attention|heart))|you (?:made|make) (?:a|such a) (?:big |huge |real )?difference in (?:my|our|all of our) li(?:fe|ves))\b/,
    description: 'Heavy flattery from someone who has just appeared.',
    reason: 'reason_romance_flattery',
    examples: {
      hit: [
        'Thank you for accepting my friend request, you look lovely',
        'your smile caught my eye',
        'Hello dear, I saw your profile and I find you very attractive',
      ],
      miss: [
        'she is a beautiful singer',
        'your photos of Rome are great',
        'I saw your photos from the trip, the beach looks lovely',
      ],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:宝贝|寶貝|(?:亲爱的|親愛的)(?=[,，!！。~\s]|$)|亲爱的(?:宝贝|老婆|老公)|老婆|老公|一见钟情|一見鍾情|缘分|緣分|(?:我|好)(?:爱|愛|喜欢|喜歡)(?:上)?你)/,
    description: 'Chinese: pet names and declarations of love (宝贝, 亲爱的, 缘分, 爱你).',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['宝贝，晚安，想你', '寶貝你不懂沒關係'],
      miss: ['亲爱的会员，本周优惠', '明天一起吃饭'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:丧偶|喪偶|离异|離異|单亲|單親|(?:妻子|老婆|丈夫)(?:去世|过世|過世)|海外(?:工作|工程|维和)|石油平台|(?:驻|駐)(?:外|海外)|(?:维和|維和)(?:部队|部隊|任务|任務))/,
    description: 'Chinese: scripted life story (widowed, divorced, working overseas, peacekeeping).',
    reason: 'reason_romance_backstory',
    examples: {
      hit: ['我离异多年，一个人带孩子', '我在海外工程做项目经理'],
      miss: ['我今天出差', '海外版本下周上线'],
    },
  },
  // ---- Chinese: rapport, widened (rules-zh) ----
  {
    id: 'ROMANCE_NO_VIDEO_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:工作|公司|部队|部隊|保密|规定|規定|纪律|紀律|工地|海上|船上|基地|军营|軍營)[^\n]{0,8}(?:不能|不方便|无法|無法|不允许|不允許|没法|沒法)(?:跟你|和你|與你|与你)?(?:视频|視頻|視訊|见面|見面|(?:开|開)(?:摄像头|攝像頭|镜头|鏡頭))|(?:等我|等到我)[^\n]{0,10}(?:忙完|回国|回國|退役|任务结束|任務結束|项目结束|項目結束|合同结束|合同結束)[^\n]{0,10}(?:视频|視頻|視訊|见面|見面)|(?:网络|網絡|網路|信号|信號)[^\n]{0,6}(?:视频不了|視訊不了|视频不了|開不了視訊|开不了视频)|(?:摄像头|攝像頭|鏡頭|镜头)(?:坏了|壞了)/,
    description: 'Chinese: scripted excuses for never video-calling (工作原因不能视频, 等我忙完再跟你视频).',
    reason: 'reason_romance_no_video',
    examples: {
      hit: [
        '我不方便视频，这边是军营，规定不能开摄像头，等我休假回国就见你',
        '我这边网络不好，视频不了，等我忙完这段时间一定跟你视频',
        '我在工地不方便視訊',
      ],
      miss: ['晚上视频吗？我网不好，明天吧', '今天不方便视频，在外面'],
    },
  },
  {
    id: '__ZH_FUTURE',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:我们的|我們的|咱们的|咱們的)(?:未来|未來|将来|將來)|(?:等|等到)(?:我们|我們|咱们|咱們)(?:结婚|結婚|在一起|见面|見面)|(?:一起|共同)(?:规划|規劃|打造|创造|創造)(?:我们的|我們的)?(?:未来|未來)/,
    description: 'Building block (Chinese): "our future" (我们的未来).',
    reason: 'reason_romance_future',
    examples: {
      hit: ['为我们的未来', '一起規劃未來'],
      miss: ['未来一周有雨', '公司的未来'],
    },
  },
  {
    id: '__ZH_INVEST_WORDS',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:投资|投資|理财|理財|平台|收益|充值|入金|合约|合約|赚钱|賺錢|虚拟币|虛擬幣|usdt|跨境电商|跨境電商|带你(?:一起)?(?:做单|操作)|帶你(?:一起)?(?:做單|操作))/,
    description: 'Building block (Chinese): investment words.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['一起投资', '在平台上'],
      miss: ['一起存钱', '一起买房'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_INVEST_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    meta: { all: ['__ZH_FUTURE', '__ZH_INVEST_WORDS'] },
    description: 'Chinese: "our future" used to pitch an investment (为了我们的未来，一起投资赚钱).',
    reason: 'reason_romance_future',
    examples: {
      hit: [
        '我在新加坡做跨境电商，每天收入很稳定，等我们结婚了我带你一起做',
        '为了我们的未来，我想带你一起投资赚钱',
        '寶貝，為我們的將來，一起在平台上理財吧',
      ],
      miss: [
        '等我们结婚了，我带你一起做饭，一起去旅行',
        '宝贝，我们以后一起努力，为我们的未来多存点钱',
        '我们的未来要一起规划，先把房贷还了',
      ],
    },
  },
  {
    id: 'ROMANCE_OVERSEAS_BUSINESS_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /(?:我|本人)(?:在|目前在|现在在|現在在|一直在)(?:柬埔寨|缅甸|緬甸|迪拜|杜拜|马来西亚|馬來西亞|新加坡|香港|澳门|澳門|美国|美國|加拿大|澳洲|泰国|泰國|菲律宾|菲律賓|越南|国外|國外|海外)[^\n]{0,6}(?:做生意|做贸易|做貿易|做外贸|做外貿|开公司|開公司|做项目|做項目|经商|經商|做投资|做投資)/,
    description:
      'Chinese: the overseas businessman of the script (我在柬埔寨做生意); weak alone, an ordinary introduction too.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: ['我在柬埔寨做生意，平时比较忙', '我目前在杜拜開公司'],
      miss: ['我在柬埔寨旅游', '我在美国读书'],
    },
  },
  {
    id: '__ZH_SINCERITY',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    pattern:
      /我(?:从来|從來|从|從)?不(?:会|會)?(?:骗|騙)(?:人|你)|我不是(?:骗子|騙子)|(?:相信我|信我)[^\n]{0,4}(?:不会|不會)(?:骗|騙)/,
    description: 'Building block (Chinese): "I never lie to anyone", "I am not a scammer".',
    reason: 'reason_romance_sincerity',
    examples: {
      hit: ['我從來不騙人', '我不是骗子'],
      miss: ['他骗了我', '不会骗人的狗'],
    },
  },
  {
    id: 'ROMANCE_SINCERITY_INVEST_ZH',
    family: 'romance',
    stage: 'rapport',
    languages: ['zh'],
    meta: { all: ['__ZH_SINCERITY', '__ZH_INVEST_WORDS'] },
    description:
      'Chinese: insists on their honesty to push an investment (我从来不骗人，这个投资你放心); alone, a friend says it too.',
    reason: 'reason_romance_sincerity',
    examples: {
      hit: ['親愛的，我從來不騙人，這個投資你放心', '我不是骗子，这个平台我自己也在用'],
      miss: ['我不会骗你的，明天一定到', '我从来不骗人，这家店真的好吃'],
    },
  },
  // ---- end of the Chinese rapport block (rules-zh) ----
];
