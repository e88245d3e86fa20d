import type { Rule } from '../../types.ts';
import { PACK_LINK, wrongNumberChat } from './shared.ts';

/**
 * Korean (ko). Hangul is matched as written (spacing varies, so optional spaces are marked `\s?`
 * or ` ?`). Phrasing follows Korean police, FSS and press alerts: 리딩방 invitations, 원금·수익 보장,
 * 팀미션 and 선입금 tasks, "출금하려면 세금을 먼저", 안전계좌 voice phishing, "폰 액정이 깨져서"
 * family scams, 저금리 대환대출 loan fraud.
 */
/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_KO =
  /(?:문자|메시지|톡)(?:를|을)? (?:잘못|실수로) (?:보냈|보낸|전송)|번호를 잘못 (?:알|저장|눌)|잘못 (?:보냈|보낸) (?:것 ?같|거 ?같)/u;

/** What the "child" on a broken or temporary phone asks for: gift cards, a payment, a transfer or a
 * code ("… 좀", "… 해 줘"), or money sent (IMPERSONATION_RELATIVE_KO). */
const KO_PHONE_MONEY_ASK = String.raw`(?:(?:상품권|결제|송금|이체|인증번호)[^\n]{0,10}(?:좀|해 ?줘|해 ?줄|사 ?줘|보내|부탁|필요)|돈 ?좀|보내 ?줘|보내줄 ?수|입금 ?해 ?줘)`;

export const KO_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_KO',
    family: 'opener',
    stage: 'opener',
    languages: ['ko'],
    pattern: WRONG_NUMBER_KO,
    description: 'A stranger says a message was sent by mistake and keeps chatting.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        '앗 죄송해요, 메시지를 잘못 보냈네요. 혹시 김 대리님 아니세요?',
        '번호를 잘못 저장했나 봐요, 그래도 인사해요',
      ],
      miss: ['주소를 잘못 적어서 택배가 늦었어', '어제 회의 자료 잘못 인쇄했어요'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_KO',
    ...wrongNumberChat(
      'ko',
      WRONG_NUMBER_KO,
      '어디 사세요|어디 살아요|좋은 분 같|친구 ?(?:해요|할래요|하실래요|하면)|알게 되어',
    ),
    examples: {
      hit: [
        '죄송해요 번호를 잘못 저장했나 봐요. 그래도 좋은 분 같네요, 어디 사세요?',
        '메시지를 잘못 보냈네요, 그래도 친구 할래요?',
      ],
      miss: ['메시지를 잘못 보냈어요 죄송해요', '요즘 어디 사세요? 이사했다면서요'],
    },
  },
  {
    id: 'OPENER_STRANGER_KO',
    family: 'opener',
    stage: 'opener',
    languages: ['ko'],
    pattern: /(?:프로필|사진)(?:을|를)? 보고[^\n]{0,20}(?:연락|메시지|친해지|관심)/u,
    description: 'An unknown sender writes after "seeing your profile or photo".',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['프로필 사진을 보고 친해지고 싶어서 연락드렸어요', '사진 보고 관심이 생겨서 메시지 보내요'],
      miss: ['프로필 사진 바꿨네? 잘 나왔다', '사진 보고 나서 바로 예약했어'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_KO',
    family: 'opener',
    stage: 'opener',
    languages: ['ko'],
    pattern: /(?:비서|어시스턴트)가[^\n]{0,20}(?:저장|등록)(?:해|했|한)/u,
    description: 'Claims an assistant saved the number.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: ['제 비서가 번호를 저장해 둬서 연락드립니다', '어시스턴트가 연락처를 등록했더라고요'],
      miss: ['비서가 회의실을 예약했습니다', '어시스턴트에게 자료를 보내 주세요'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_KO',
    family: 'romance',
    stage: 'rapport',
    languages: ['ko'],
    pattern:
      /(?:만난|알게 된|대화한) 지[^\n]{0,10}(?:얼마 안|며칠)[^\n]{0,30}(?:사랑|운명)|(?:당신|너)(?:은|는) 내 운명/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['알게 된 지 며칠 안 됐지만 당신을 사랑하게 됐어요', '당신은 내 운명이에요'],
      miss: ['만난 지 10년 된 친구랑 여행 가', '엄마 사랑해요, 주말에 갈게요'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_KO',
    family: 'romance',
    stage: 'rapport',
    languages: ['ko'],
    pattern:
      /석유 ?시추|시추선|(?:미군|유엔|un) ?(?:군의관|의사|장교)|(?:아내|남편)(?:가|를|와)? (?:세상을 떠|잃|사별)[^\n]{0,30}(?:딸|아들|혼자)/u,
    description: 'The romance-scam life story: oil rig, US army, UN doctor, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: ['저는 시추선에서 일하는 엔지니어예요', '아내와 사별하고 딸을 혼자 키우고 있어요'],
      miss: ['유가가 또 올랐네', '할머니가 작년에 세상을 떠나셨어'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_KO',
    family: 'romance',
    stage: 'rapport',
    languages: ['ko'],
    pattern: /영상 ?통화[^\n]{0,20}(?:안 돼|안돼|못 해|못해|불가|금지|어려워)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['부대 규정상 영상통화는 금지예요', '지금 영상 통화는 어려워, 카메라가 고장 났어'],
      miss: ['오늘 밤에 영상통화 하자', '회의는 영상 통화로 진행합니다'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_KO',
    family: 'romance',
    stage: 'rapport',
    languages: ['ko'],
    pattern: /(?:우리|둘)(?:의)? 미래를 위(?:해|한|하여)|평생 (?:함께|같이) (?:하고|살고)/u,
    description: 'Talk of a shared future, often used to justify "investing together".',
    reason: 'reason_romance_future',
    examples: {
      hit: ['우리의 미래를 위해 같이 투자해요', '당신과 평생 함께 살고 싶어요', '다 둘의 미래를 위한 거야'],
      miss: ['아이들의 미래를 위해 저축해요', '회사의 미래 전략 회의', '아이들의 미래를 위한 교육 정책'],
    },
  },
  {
    id: 'PLATFORM_MOVE_KO',
    family: 'platform_move',
    stage: 'platform',
    languages: ['ko'],
    pattern:
      /(?:텔레그램|텔레|라인|왓츠앱|위챗)(?:으로|로) (?:대화|이야기|얘기|연락|옮기)|오픈 ?채팅방?(?:으로|에) (?:초대|입장|들어오)/u,
    description: 'Asks to move to Telegram, LINE or an open chat room.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['여기는 불편하니 텔레그램으로 대화해요', '수익 인증 오픈채팅방에 초대해 드릴게요'],
      miss: ['자료는 메일로 보내 줘', '텔레그램 업데이트했어?'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /(?:원금|수익|고수익|수익률) ?보장(?![^\n]{0,20}(?:사기|의심|없습니다|없다|없어|주의|불가능))|(?:절대|무조건) (?:손해|손실) (?:없|안)|확정 수익|무조건 (?:수익|이익|돈)(?:이|을)? ?(?:나|납|벌|봅|생)|(?:원금|수익|수익률|이익|이자)(?:이|은|는|도|을|를) ?보장(?:돼|됩|되|해|합)(?![^\n]{0,20}(?:사기|의심|않|안 ?돼|안 ?됩|없|주의|불가능|못))|(?:매일|하루|매주|매달|일)[^\n]{0,10}고정 ?(?:수익|이익|이자|배당)|상장[^\n]{0,30}(?:\d{1,3}|열|수십|백) ?배(?:는|가|로|이상|까지)?[^\n]{0,6}(?:오를|뛸|올라갈|상승할|될 거|됩니다|갈 거)(?![^\n]{0,15}(?:수도|사기|주의|위험|조심))/u,
    description:
      'Promises guaranteed principal or returns, a fixed daily return, a price that will multiply after listing, or says the user cannot lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        '처음엔 소액으로 시작하면 돼요. 무조건 수익 나요',
        '원금 보장에 월 30% 수익 가능합니다',
        '무조건 손해 안 봐요, 저만 믿으세요',
        '이 플랜은 원금이 보장되고 이자도 매달 나와요',
        '하루 2% 고정 수익이 들어와요',
        '다음 달 바이낸스 상장이라 최소 20배는 오를 겁니다',
      ],
      miss: [
        '원금 보장을 내세우는 투자는 사기입니다',
        '예금은 5천만 원까지 보호됩니다',
        '펀드는 원금이 보장되지 않습니다',
        '채권은 고정 수익 자산으로 분류된다',
        '상장 후 10년 동안 주가가 10배 올랐다',
        '상장하면 10배 오를 수도 있지만 위험해요',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern: /(?:하루|매일|일일)(?:에)?\s?\d{1,3}(?:\.\d{1,2})?\s?%(?:의)? ?(?:수익|수익률)|일 ?수익률\s?\d/u,
    description: 'Profit quoted as a percentage per day.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['하루 3% 수익이 꾸준히 나와요', '일 수익률 5% 보장 상품'],
      miss: ['적금 금리가 연 4%예요', '주가가 하루 만에 3% 떨어졌다'],
    },
  },
  {
    id: 'INVEST_MENTOR_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /리딩방(?:에|으로)? (?:초대|입장|참여하|들어오)(?![^\n]{0,15}(?:사기|주의|피해))|vip ?리딩|(?:전문가|애널리스트|교수님|삼촌|선생님|리더님)[^\n]{0,20}(?:내부 ?정보|시그널|신호|종목 ?추천|리딩해)|(?:삼촌|외삼촌|이모부|고모부|큰아버지|작은아버지|사촌|친척|지인)[^\n]{0,30}(?:증권사|투자 ?펀드|펀드|자산 ?운용|헤지 ?펀드|투자 ?은행|거래소)[^\n]{0,40}(?:내부 ?정보|미공개 ?정보|누구보다 (?:먼저|빨리)|남들보다 (?:먼저|빨리)|정보를 미리|미리 정보|호재를? 미리|시세를? 미리)/u,
    description:
      'An invitation to a "리딩방" (stock-tips room), or an expert or relative with insider signals or advance knowledge.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'VIP 리딩방에 초대해 드립니다, 수익 인증 확인하세요',
        '삼촌이 증권사에 있어서 내부 정보를 알려줘',
        '선생님이 오늘 밤 9시에 리딩해 주신대요',
        '사촌 형이 싱가포르 헤지펀드에 있어서 호재를 미리 알아요',
      ],
      miss: [
        '리딩방에 초대하는 문자는 사기이니 주의하세요',
        '삼촌이 다음 주에 서울 오신대',
        '삼촌이 증권사 다니는데 요즘 시장이 불안하대',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /(?:usdt|테더)(?:로|를)? (?:입금|충전|송금)|거래소[^\n]{0,20}(?:초대 ?코드|가입 ?코드)(?:로|를)|(?:앱 ?스토어|플레이 ?스토어|구글 ?플레이|google ?play|app ?store|원스토어)(?:에|에서)?(?:는|도)? ?(?:없|안 ?나와|검색 ?안|등록 ?안)[^\n]{0,40}(?:링크|https?:|설치|다운)(?![^\n]{0,20}(?:마세요|말라|사기|주의|위험))|기관 ?(?:투자자 ?)?(?:전용 ?)?(?:계좌|계정)[^\n]{0,30}(?:개설해|만들어|열어|준비해) ?(?:드릴|드렸|두었|뒀|놨|놓았|드립)|(?:usdt|테더|코인|비트코인|이더리움|가상 ?자산|암호 ?화폐)[^\n]{0,40}(?:제가|내가|저희가|알려 ?드린|보내 ?드린|보내 ?드리는|알려 ?드리는|드리는|드린|지정(?:한|된)|보낸)[^\n]{0,8}(?:지갑|월렛) ?주소(?:로|에) ?(?:전송|송금|보내|입금|이체)(?![^\n]{0,15}(?:마세요|사기|주의))/u,
    description:
      'Asks to deposit USDT or to join an exchange with an invitation code, pushes an app "not in the store" or an "institutional account", or coins sent to a wallet the sender supplies.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        '먼저 USDT로 입금하시면 자동으로 운용됩니다',
        '이 거래소에 초대 코드로 가입하세요',
        '이 앱은 구글 플레이에 없어서 제가 보내는 링크로 다운받으셔야 해요',
        '고객님 전용 기관 투자자 계정을 만들어 드렸습니다',
        '비트코인 사시면 저희가 지정한 지갑 주소로 보내 주세요',
      ],
      miss: [
        '비트코인이 오늘 많이 떨어졌어',
        '거래소 점검 시간이 길다',
        '플레이스토어에 없는 앱을 링크로 설치하라는 문자는 사기예요',
        '연기금 등 기관 투자자 계좌에서 매도세가 나왔다',
        '업비트에서 산 비트코인을 내 개인 지갑 주소로 전송했어',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /(?:제가|내가) (?:매매|투자|코인|주식)[^\n]{0,10}(?:알려|가르쳐) ?(?:드릴|줄)|(?:입금|충전|수익|매매|투자|코인|소액|만 ?원)[^\n]{0,40}(?:제가|내가) (?:하나하나|하나씩|단계별로|차근차근|처음부터|일일이|옆에서)[^\n]{0,12}(?:알려|가르쳐|도와|안내해|지도해) ?(?:드릴|줄|드려|드립)(?![^\n]{0,20}(?:사기|주의|조심|하지 ?마))/u,
    description: 'Offers to teach trading or to direct every trade, step by step, after the deposit.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        '제가 매매 타이밍을 알려 드릴게요',
        '내가 코인 하는 법을 가르쳐 줄게',
        '10만 원만 충전하면 내가 하나씩 다 도와줄게',
      ],
      miss: [
        '제가 요리를 가르쳐 드릴게요',
        '내가 길을 알려 줄게',
        '코인 사기 수법은 제가 하나하나 알려드릴게요, 절대 입금하지 마세요',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /소액(?:으로|만)? 먼저 (?:입금|충전|투자)|소액[^\n]{0,15}시작[^\n]{0,25}수익이 (?:나면|생기면)[^\n]{0,10}(?:늘리|추가|더 넣)|(?:소액|적은 금액)(?:으로|부터) (?:입금|충전)|너무 (?:커요|많아요|부담)[^\n]{0,15}\d{1,4}\s?만\s?원부터|(?:처음|첫 ?입금|일단|우선)[^\n]{0,6}(?:조금만|적게|소액만)[^\n]{0,30}(?:입금|충전|넣어|송금)(?:해 ?(?:보세요|봐|봐요)|하시면|해도)/u,
    description: 'Suggests a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        '부담되시면 소액으로 먼저 입금해 보세요',
        '적은 금액부터 충전해서 출금 확인해 보세요',
        '500만 원은 너무 부담되죠? 50만 원부터 해 봐요',
        '처음에는 소액 10만원으로 시작해 보세요, 수익이 나면 늘리면 돼요',
        '일단 조금만, 20만 원만 충전해 보세요',
      ],
      miss: [
        '적은 금액부터 저축을 시작했어요',
        '소액 기부도 큰 힘이 됩니다',
        '소액으로 시작한 적금, 이제 만기예요',
        '처음엔 조금만 먹어 봐, 매워',
      ],
    },
  },
  {
    id: 'INVEST_TALK_DOWN_KO',
    family: 'investment',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /\d{1,5}\s?(?:천|백|만|억)\s?(?:만\s?)?원(?:은|는|이면|이나)? (?:처음엔? |처음부터 )?너무 (?:커요|커|크네요|크죠|많아요|많아|많네요|많죠|부담(?:돼요|되죠|스러워요|스럽죠)?)[^\n]{0,20}?\d{1,5}\s?(?:천|백|만)\s?(?:만\s?)?원(?:부터|으로|만) (?:먼저 )?(?:시작|해 ?봐|넣어|입금|충전)/u,
    description:
      'Talks the user down from a big sum to a smaller first deposit ("10 million is too much, start with 1 million"): the scripted show of restraint before the pitch.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        '3000만원은 너무 많아요. 300만원부터 시작해 봐요',
        '500만 원은 처음엔 너무 부담되죠? 50만 원으로 먼저 시작해요',
      ],
      miss: ['1000만원은 너무 커요. 대출은 안 돼요', '100만원부터 적금을 시작했어요'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:출금|인출|환전)[^\n]{0,30}(?:세금|보증금|보험료|인증 ?비용|해제 ?비용|수수료)[^\n]{0,20}(?:먼저 )?(?:(?:입금|납부|지불)(?:해야|하셔야|하면|해 ?주셔야)|내야|내셔야)|(?:잔액|출금액|수익금?|자산)(?:과|와)? ?(?:동일한|같은|똑같은) ?(?:금액|액수)[^\n]{0,15}(?:보증금|입금|납부|예치)|(?:출금|인출)[^\n]{0,40}(?:세금|수수료|보증금)(?:을|를|은)? ?(?:반반|반씩|절반|나눠)|(?:세금|수수료|보증금)(?:을|를|은)? ?(?:반반|반씩|절반씩?|나눠서?)[^\n]{0,30}(?:출금|인출)/u,
    description:
      'A tax, fee or deposit (often "the same amount as the balance") must be paid in before money can be withdrawn, or a partner offers to split that tax.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        '출금하려면 먼저 20% 세금을 내야 합니다',
        '출금하시려면 세금 20%를 먼저 입금하셔야 합니다',
        '인출하려면 보증금을 납부해야 해요',
        '출금 전에 보증금 300만 원을 입금해 주셔야 합니다',
        '보유 잔액과 같은 금액을 보증금으로 예치하셔야 합니다',
        '나도 인출이 안 돼. 수수료를 절반씩 내자',
        '세금 반반 내면 우리 둘 다 출금할 수 있어',
      ],
      miss: [
        '세금은 내야 하지만 출금은 자유롭습니다',
        'ATM 출금 수수료가 면제됐어요',
        '세금은 다음 달까지 납부하면 돼',
        '집 세금을 반반씩 내기로 했어',
        '월급과 같은 금액을 적금에 입금했어',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_BLOCKED_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:실수로|착오로|오류로|시스템 ?(?:오류|문제)로?|잘못(?:된|해서|하여)?)[^\n]{0,20}(?:수익금?|출금|인출)[^\n]{0,10}(?:받을 수 없|할 수 없|불가|안 ?됩|안 ?돼|막혔|제한)/u,
    description: 'Profits or a withdrawal "blocked by a mistake or a system error" (the set-up for a fee).',
    reason: 'reason_payment_frozen',
    examples: {
      hit: ['실수로 수익을 받을 수 없다', '시스템 오류로 출금이 불가합니다'],
      miss: ['이번 분기에는 수익을 받을 수 없다', '실수로 커피를 쏟았어'],
    },
  },
  {
    id: 'PAYMENT_FROZEN_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:계정|계좌|자금)(?:이|가)? (?:동결|정지|잠)[^\n]{0,30}(?:입금|납부|송금)|신용 ?점수(?:가)? (?:부족|낮)|(?:계정|계좌|자금)(?:이|가|은|는)?[^\n]{0,15}동결[^\n]{0,40}(?:보증금|해제 ?비용|입금해|납부해|송금해)|(?:고객님|회원님|귀하|당신)[^\n]{0,20}자금 ?세탁[^\n]{0,60}(?:보증금|입금|납부|해제 ?비용|고객 ?센터|송금)(?![^\n]{0,10}(?:사기|주의))|신용 ?(?:점수|등급|도)[^\n]{0,40}(?:출금|인출)(?:이|을|은)? ?(?:불가|안 ?돼|안 ?됩|제한|가능하|할 수 없|하려면|하시려면)|(?:충전|입금)[^\n]{0,10}(?:신용 ?)?점수를? ?(?:복구|회복|올려|상향)/u,
    description:
      'Account frozen (e.g. "suspected of money laundering") or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        '계좌가 동결되어 해제 비용을 입금해야 합니다',
        '신용 점수가 부족해서 출금이 불가합니다',
        '회원님 자금이 이상 거래로 동결되었습니다. 보증금을 납부해 주세요',
        '귀하의 계정은 자금세탁 연루 의심으로 출금이 중지되었으며 고객센터로 문의하십시오',
        '신용도가 70점이라 출금이 제한됩니다',
        '추가 충전해서 신용점수를 회복하셔야 합니다',
      ],
      miss: [
        '비밀번호를 틀려서 계정이 잠겼어',
        '계좌 개설은 은행 앱에서 해요',
        '경찰은 자금세탁 혐의로 일당을 검거했으며 입금 내역을 추적 중이다',
        '신용점수가 올라서 대출 금리가 낮아졌어',
        '카드 대금을 제때 납부해야 신용점수를 유지할 수 있어요',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:vip|등급)[^\n]{0,20}(?:충전|입금)(?:하면|해야|하셔야)|(?:충전|입금)(?:하면|하셔야)[^\n]{0,20}(?:등급 ?업|레벨 ?업|업그레이드)|vip[^\n]{0,20}(?:업그레이드|승급|등급 ?업|레벨 ?업|올리|달성)[^\n]{0,25}(?:출금|인출)|(?:출금|인출)[^\n]{0,20}vip ?(?:등급|레벨|회원)?(?:으로|로|이|가)? ?(?:업그레이드|승급|필요|되어야|이어야)/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock more, or a VIP level before withdrawing.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'VIP 등급은 500만 원 이상 충전하셔야 합니다',
        '추가 입금하면 등급 업 돼서 수익이 커져요',
        'VIP 3단계로 승급하시면 바로 인출됩니다',
        '출금하려면 VIP 회원으로 업그레이드하셔야 해요',
      ],
      miss: [
        '교통카드 충전했어',
        '앱 업그레이드 후 로그인하세요',
        'VIP 등급으로 업그레이드하면 라운지 이용이 가능합니다',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_KO',
    family: 'task',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /(?:좋아요|구독|리뷰|후기|캡처|캡쳐|광고 ?시청)[^\n]{0,40}(?:\d[\d,]{0,9}\s?(?:천|만)?\s?원(?:을|씩)? (?:지급|드려|드립|줘|준)|(?:건당|장당|개당|회당)\s?\d[\d,]{0,9}\s?(?:천|만)?\s?원|수익금|적립금)/u,
    description: 'Pay for likes, subscriptions, reviews or screenshots.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        '간단한 부업이에요. 유튜브 영상 좋아요만 누르면 건당 5,000원, 매일 정산해 드려요',
        '유튜브 구독하고 캡처 보내시면 건당 3,000원 지급합니다',
        '상품 리뷰만 쓰면 수익금이 바로 적립돼요',
        '채널 구독 후 캡쳐 한 장당 2천 원이에요',
        '좋아요 10개 누르면 3만 원 드려요',
      ],
      miss: [
        '좋아요 눌러줘서 고마워',
        '리뷰 보고 식당 골랐어',
        '사진 인화는 한 장당 500원이래',
        '유튜브 프리미엄 구독료가 월 14,900원으로 올랐다',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_KO',
    family: 'task',
    stage: 'pitch',
    languages: ['ko'],
    pattern:
      /(?:하루|일당|일급|매일)\s?\d{1,3}\s?(?:~\s?\d{1,3}\s?)?만\s?원[^\n]{0,30}(?:보장|재택|부업)|(?:재택|부업)[^\n]{0,30}(?:하루|일당|일급)\s?\d{1,3}\s?(?:~\s?\d{1,3}\s?)?만\s?원/u,
    description: 'Work from home or a side job that pays a fixed sum every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: ['언제 어디서든 가능한 업무, 하루 5~15만원 보장', '재택 부업으로 일당 20만 원 가능'],
      miss: ['알바 일당이 10만 원이래', '하루 만에 보고서 끝냈어'],
    },
  },
  {
    id: 'TASK_TOP_UP_KO',
    family: 'task',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:미션|과제)[^\n]{0,30}(?:충전|입금|선입금)(?:해야|하셔야|이 필요)|(?:팀 ?미션|고수익 미션)(?![^\n]{0,15}(?:사기|주의|피해))|(?:연속|콤보|조합|결합) ?주문[^\n]{0,40}(?:충전|입금|마이너스|선입금)|(?:커미션|수수료|보상|적립금|수익금)[^\n]{0,20}(?:적립|지급|입금|반영)(?:되었|됐|완료)[^\n]{0,30}다음 ?(?:세트|미션|과제|단계)|다음 ?(?:세트|미션|과제)[^\n]{0,30}(?:충전|입금|선입금)(?:해 ?(?:주세요|주셔야|야)|하셔야|하세요|이 필요|가 필요)/u,
    description:
      'Asks to top up or prepay to complete tasks ("팀미션", the "combo order", commission credited then "next set").',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        '다음 미션은 100만 원을 선입금하셔야 합니다',
        '오늘 고수익 미션에 참여하세요',
        '콤보 주문이 걸려서 잔액을 충전하셔야 해요',
        '커미션이 지급되었습니다. 다음 단계로 넘어가세요',
        '다음 세트를 받으려면 50만 원 충전이 필요합니다',
      ],
      miss: [
        '팀미션 사기 주의하세요',
        '과제 제출은 금요일까지',
        '다음 세트는 스쿼트 20개예요',
        '연속 주문 고객님께 쿠폰을 드려요',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_KO',
    family: 'recovery',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /(?:피해금|사기 ?피해(?:금|액)?|잃은 (?:돈|코인)|잃어버린 (?:돈|코인|자금)|사기(?:당한|로 잃은) ?(?:돈|금액|자금|코인))[^\n]{0,20}(?:회수해 ?드|돌려 ?드|복구해 ?드|찾아 ?드|되찾아 ?드)/u,
    description: 'Promises to recover money lost to a scam, usually for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        '사기당한 돈을 되찾아 드립니다. 수수료를 먼저 입금하세요',
        '코인 사기 피해금 100% 회수해 드립니다',
        '잃은 돈 저희가 찾아 드릴게요, 착수금만 주세요',
        '잃어버린 코인 저희가 복구해 드립니다',
      ],
      miss: ['경찰에 사기 피해를 신고했어요', '피해금 환급 절차는 은행에 문의하세요'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_KO',
    family: 'impersonation',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /안전 ?계좌로 (?:이체|옮기|송금)|(?:명의가 도용|대포통장|범죄에 연루)[^\n]{0,40}(?:이체|송금|확인이 필요)/u,
    description: 'Prosecutor/police-style call: identity misused, move money to a "safe account".',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        '고객님 명의가 도용되어 대포통장이 개설됐습니다. 확인이 필요합니다',
        '자산 보호를 위해 안전계좌로 이체하셔야 합니다',
      ],
      miss: ['검찰이 보이스피싱 조직을 기소했다', '통장 정리하러 은행 다녀왔어'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_KO',
    family: 'impersonation',
    stage: 'related',
    languages: ['ko'],
    pattern: new RegExp(
      String.raw`(?:폰|핸드폰|휴대폰)(?:이|을)? ?(?:액정|고장|깨져|잃어버려)[^\n]{0,60}${KO_PHONE_MONEY_ASK}|임시 ?(?:폰|번호)[^\n]{0,60}${KO_PHONE_MONEY_ASK}`,
      'u',
    ),
    description:
      'A "child" whose phone broke, writing from a temporary phone, asks for money, gift cards, a payment or a code.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '엄마 나 폰 액정이 깨져서 이 번호로 연락해. 급하게 문화상품권 좀 사줘',
        '휴대폰 고장 나서 그런데 인증번호 좀 보내줘',
        '아빠 나 임시폰이야. 급한 일 생겨서 그런데 돈 좀 보내줄 수 있어?',
      ],
      miss: [
        '폰 액정 깨져서 수리 맡겼어',
        '핸드폰 잃어버려서 새로 샀어',
        '폰 액정 깨져서 이 번호로 연락해. 수리비 결제는 내가 했어',
      ],
    },
  },
  {
    id: 'PRIZE_WINNER_KO',
    family: 'prize',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /(?:축하(?:합니다|드립니다)[^\n]{0,40}(?:당첨|선정)|당첨(?:되셨습니다|됐습니다))[^\n]{0,40}(?:(?<!(?:행정실|사무실|교무실|데스크|매장|현장|카운터|안내소)에서 )수령|링크|클릭|수수료|세금)/u,
    description: 'A prize the user never entered, with a link or fee to claim it.',
    reason: 'reason_prize',
    examples: {
      hit: [
        '축하합니다! 이벤트에 당첨되셨습니다. 링크에서 수령하세요',
        '경품에 당첨됐습니다, 제세공과금 세금을 먼저 입금해 주세요',
      ],
      miss: [
        '콘서트 티켓 추첨에 당첨됐어!',
        '생일 축하합니다',
        '축하합니다! 학교 바자회 경품 추첨에서 1등(자전거)에 당첨되셨습니다. 행정실에서 수령해 주세요.',
      ],
    },
  },
  {
    id: 'PHISHING_DELIVERY_KO',
    family: 'phishing',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /(?:택배|배송)[^\n]{0,30}(?:주소 ?(?:불일치|불명|오류)|보관 ?중)[^\n]{0,30}(?:https?:|링크|클릭|확인)/u,
    description: 'A delivery notice that asks to confirm an address through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        '[CJ] 택배 주소 불일치로 보관 중입니다. 주소 확인 https://cj-kr.example',
        '배송 주소 오류, 링크에서 수정하세요',
      ],
      miss: ['택배 내일 도착한대', '배송 주소를 회사로 바꿨어'],
    },
  },
  {
    id: 'LOAN_FEE_KO',
    family: 'loan',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /(?:대출|대환)[^\n]{0,40}(?:승인|가능)[^\n]{0,40}(?:보증금|수수료|선입금|보험료|인지세)[^\n]{0,20}(?:먼저|입금)|기존 대출(?:을|금을)? (?:상환|갚)(?:해야|하셔야)/u,
    description: 'A loan or low-rate refinance that needs a fee or an early repayment first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        '저금리 대환대출 승인 가능하니 보증금을 먼저 입금하세요',
        '기존 대출금을 상환하셔야 새 대출이 나갑니다',
      ],
      miss: ['주택담보대출 승인 났어', '대출 이자가 또 올랐다'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern: /(?:은행|은행원|창구 ?직원)[^\n]{0,20}(?:말하지|얘기하지|알리지|말씀하지) (?:마|말)/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: ['은행원이 물어봐도 투자라고 절대 말하지 마세요', '창구 직원에게는 얘기하지 마시고 이체만 하세요'],
      miss: ['은행은 비밀번호를 묻지 않습니다', '은행에 말해서 카드 정지했어'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /\d{1,2}\s?시간 (?:이내|안)에[^\n]{0,30}(?:입금|납부|송금|결제)[^\n]{0,30}(?:않으면|않으시면|안 하면|안 하시면|없으면|못 하면|못하면)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        '24시간 이내에 입금하지 않으면 계좌가 동결됩니다',
        '3시간 안에 세금을 납부하지 않으면 수익이 소멸됩니다',
        '12시간 이내에 결제하지 않으시면 자금이 몰수됩니다',
      ],
      miss: [
        '24시간 이내에 입금이 확인됩니다',
        '2시간 안에 송금했어',
        '24시간 이내에 결제 완료된 주문만 당일 발송돼요',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_KO',
    family: 'payment',
    stage: 'payment',
    languages: ['ko'],
    pattern:
      /(?:은행|카드론|캐피탈|대부 ?업체|현금 ?서비스|마이너스 ?통장)[^\n]{0,15}(?:대출|돈|빌려)[^\n]{0,8}(?:받으면 안 ?(?:될까|되나|돼\?)|받아 ?(?:줄|줘|주면|주세요|줄래|주실)|해 ?(?:줄 ?수|줘|주면)|빌려 ?(?:줄|줘|와|오면))/u,
    description: 'Asks the user to borrow from a bank or card loan to pay in (often "for our future").',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ['카드론으로 500만 원만 대출 받아 줄 수 있어?', '은행에서 돈 좀 빌려 오면 내가 금방 갚을게'],
      miss: ['은행에서 대출 받아서 집 샀어', '은행에서 대출받으면 안 돼, 금리가 너무 높아'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_KO',
    family: 'phishing',
    stage: 'related',
    languages: ['ko'],
    pattern: new RegExp(
      String.raw`(?:계정|계좌|카드|아이디)[^\n]{0,20}(?:정지|잠금|잠김|차단|제한|동결)[^\n]{0,40}(?:본인 ?인증|본인 ?확인|해제)[^\n]{0,30}(?:링크|클릭|접속|${PACK_LINK})`,
      'u',
    ),
    description: 'Says an account or card is locked or suspended and asks to verify through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        '고객님의 계좌가 일시 정지되었습니다. 본인인증 후 해제하시려면 아래 링크를 클릭하세요',
        '카드 사용이 제한되었습니다. 본인 확인은 kb-card.vip 에서 진행해 주세요',
      ],
      miss: ['카드 정지돼서 은행 가서 본인 확인하고 풀었어', '계정 잠금 해제 방법 좀 알려줘'],
    },
  },
  {
    id: 'PHISHING_CALLBACK_CHARGE_KO',
    family: 'phishing',
    stage: 'related',
    languages: ['ko'],
    pattern:
      /(?:국제 ?발신|국외 ?발신|해외 ?발신)[^\n]{0,60}(?:(?:결제|승인|환불)[^\n]{0,60}(?:문의|신고|고객센터|연락)|(?:택배|배송)[^\n]{0,30}(?:주소|불가|보관|반송)[^\n]{0,40}(?:확인|링크|클릭))/u,
    description:
      'A payment, refund or parcel notice sent from abroad ("[international sender]") that asks the user to call or check: domestic banks, shops and couriers do not text from abroad.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        '[국제발신] 해외결제 승인 989,000원. 본인 아닐 시 고객센터로 문의 바랍니다',
        '[국외발신] 고객님 택배 배송 불가, 주소지 확인 부탁드립니다',
      ],
      miss: [
        '[국제발신] 엄마 나 잘 도착했어, 걱정 마',
        '해외결제 승인 문자가 와서 카드사에 확인했어',
        '[국제발신] 엄마 나 도착했어, 택배는 내일 확인해볼게',
      ],
    },
  },
];
