import type { Lang } from './types.ts';

/**
 * Dampeners: language that marks talk ABOUT scams (a warning, news, a victim telling their story,
 * a bank's fraud notice) rather than a lure. When one fires and the message has no call to action
 * (contact me, click, send), the score is multiplied by DAMPENER_FACTOR (weights.ts).
 * Data like rules: each has examples that must hit and miss (tested).
 */
export interface Dampener {
  id: string;
  languages: readonly Lang[];
  pattern: RegExp;
  description: string;
  examples: { hit: readonly string[]; miss: readonly string[] };
}

export const DAMPENERS: readonly Dampener[] = [
  {
    id: 'DAMPEN_SCAM_WORDS_EN',
    languages: ['en'],
    pattern:
      /(?<!\bnot (?:a |an )?|\bno |\bnever (?:a )?|\banti-?|\bthought (?:that )?(?:it|this|she|he|they) (?:was|were|is) (?:a |an )?|\bthinking (?:that )?(?:it|this) (?:was|is) (?:a |an )?)\b(?:scam(?:s|mer|mers|med|ming|my)?|fraud(?:s|ster|sters|ulent)?(?! (?:department|team|prevention|protection|unit|division|detection)\b)|con ?artists?|catfish(?:ed|ing|er|ers)?|pig[- ]?butcher(?:ing)?|phishing|swindl(?:e|ed|er|ers))\b/,
    description: 'Names scams or scammers (not "not a scam").',
    examples: {
      hit: ['this is a scam, block him', 'I got scammed out of $2000', 'PSA: pig butchering is everywhere'],
      miss: [
        "I'm from the fraud department of your bank",
        'she is legit and not a scam',
        'the scampi was great',
        'no scam, real profits',
        'i thought it was a scam until i tried',
        'i basically thought that it was a scam until i gave it a try',
      ],
    },
  },
  {
    id: 'DAMPEN_WARNING_EN',
    languages: ['en'],
    pattern:
      /\b(?:beware|be careful|be cautious|be (?:wary|suspicious) of|watch out|stay safe|red flags?|psa|reported (?:it|him|her|them|the (?:account|profile|number))|block(?:ed)? (?:him|her|them|the (?:account|profile|number))|never send money|don'?t send (?:them|him|her) (?:any )?money|(?:do not|don'?t|never) (?:visit|contact|pay|trust|reply to|answer|fall for) (?:them|these|those|such (?:sites?|people|offers?|companies|accounts?|services?)|him|her)\b|never pay (?:a|any|the) (?:\w+ )?(?:tax|taxes|fee|fees)\b)\b/,
    description:
      'Warns someone ("do not visit them", "never pay such sites"), or tells of reporting or blocking the other person.',
    examples: {
      hit: [
        'Beware of anyone who asks you to move to WhatsApp',
        'I reported the account and blocked him',
        'They promise to get your money back for a fee, do not visit them',
        'never pay such companies anything upfront',
        'Never pay a withdrawal tax to get your own money out',
        'Customers should be wary of anyone who offers investment advice on WhatsApp',
      ],
      miss: [
        'Be there at 5',
        'I will send you the report tomorrow',
        'do not contact anyone else, only my manager',
        'pay the withdrawal tax today so you never pay late fees',
      ],
    },
  },
  {
    id: 'DAMPEN_NARRATION_EN',
    languages: ['en'],
    pattern:
      /\b(?:s?he|they|this (?:guy|girl|woman|man|person)|the (?:guy|girl|woman|man|person|profile|match)) (?:then |also |kept |immediately |quickly |suddenly )?(?:asked|told|wanted|tried|convinced|pushed|insisted|claimed|said|started|asking|telling|pushing|trying) (?:me|us|to|that|i)\b/,
    description: 'Tells, in reported speech, what another person asked or claimed.',
    examples: {
      hit: ['Then she asked me to download an app and invest', 'he kept asking me for gift cards'],
      miss: ['Can you ask him to call me?', 'I asked her to dinner'],
    },
  },
  {
    id: 'DAMPEN_NEWS_EN',
    languages: ['en'],
    pattern:
      /\b(?:police (?:said|say|warn)|authorities|(?<!\b(?:our|my|blockchain|crypto|cyber|certified|licensed|private|professional|expert|forensic) )investigators|prosecutors|according to (?:the )?(?:police|fbi|ftc|report)|victims? (?:lost|were|say|said|of (?:the |a |an )?(?:scam|fraud|scheme|romance|crypto|investment))|losses? (?:of|totall?ing)|reported losses|the fbi|the ftc|scam compounds?|trafficked|told (?:reporters|journalists|the (?:court|jury|bbc|guardian|times|press))|the court (?:heard|was told)|the defendants?|pleaded (?:guilty|not guilty)|sentenced to|(?:one|another|a) victim (?:said|says|told|recalled|explained|described)|victims (?:were|are|had been) (?:told|asked|shown|lured|persuaded|promised|contacted|instructed))\b/,
    description: 'News or official-report language about fraud.',
    examples: {
      hit: [
        'Police said the victims lost $3 million',
        'According to the FBI, losses totalled $4bn',
        '"I could earn 30% a week," one victim told reporters.',
        'The court heard that the defendant promised investors a fixed daily return',
        'Victims were told to pay a tax before they could withdraw',
      ],
      miss: [
        'Send me the police report number for the insurance',
        'The victim of the joke was Tom',
        'Your son was arrested, send the bail money now',
        'your parcel was seized by customs, pay the fee to release it',
        'Our team of certified blockchain investigators can trace your funds',
      ],
    },
  },
  {
    id: 'DAMPEN_WARNING_ZH',
    languages: ['zh'],
    pattern:
      /(?<!不是|并非|絕不是|绝不是)(?:骗子|被骗|受骗|上当了|谨防|警惕|防骗|防范(?:电信)?(?:网络)?诈骗|反诈(?:宣传|提醒)|提醒(?:大家|广大|您)?(?:注意|小心|谨防|警惕)|切勿|不要轻信|谨慎|诈骗手法|骗局|都是诈骗|均为诈骗|凡是[^\n]{0,30}都是)/,
    description:
      'Chinese warning or victim language (骗子, 被骗, 谨防, 警惕, 防范诈骗); not a reassurance that something is "不是骗子".',
    examples: {
      hit: ['警方提醒：谨防冒充客服诈骗', '我朋友被骗了五万块', '这是骗局，别信', '凡是要求先交钱的都是假的'],
      miss: ['明天下午三点开会', '请按时还款', '这是银联的邀请码，不是骗子的卡号哦'],
    },
  },
  {
    id: 'DAMPEN_WARNING_ZH_HANT',
    languages: ['zh'],
    pattern:
      /(?<!不是|並非|絕不是)(?:騙子|被騙|受騙|謹防|警惕|防騙|防範詐騙|反詐|切勿|不要輕信|詐騙手法|騙局|都是詐騙|均為詐騙|凡是[^\n]{0,30}都是)/,
    description: 'Traditional Chinese warning or victim language (騙子, 被騙, 謹防, 防範詐騙).',
    examples: {
      hit: ['警方提醒：謹防假冒客服', '我被騙了', '網上刷單都是詐騙'],
      miss: ['明天見', '請準時出席', '這不是騙子的帳號'],
    },
  },
  {
    id: 'DAMPEN_VICTIM_STORY_EN',
    languages: ['en'],
    pattern:
      /\b(?:i (?:was|got|have been|had been) (?:contacted|texted|messaged|approached|lured|caught|tricked|targeted|added|scammed|duped)|i (?:met|matched with) (?:someone|a (?:girl|guy|woman|man|lady|person))|i was introduced to|my (?:sister|brother|friend|mom|mum|dad|wife|husband|family member|colleague) (?:shared|sent|got|received|was|fell)|(?:tell you|here is|this is) my story|has anyone|anyone else|is this a scam|(?:hope|hoping) (?:this|my story|it) (?:helps|will help)|my (?:story|experience) with|scam ?bait(?:ing|er|ers)?|(?:she|he|they) (?:sent|gave|showed) me (?:a|the|her|his|their) (?:link|app|website|screenshots?))\b/,
    description:
      'A victim or bystander telling what happened ("I was contacted", "has anyone", "is this a scam?").',
    examples: {
      hit: [
        'I was contacted on Tinder by a woman who',
        'Has anyone else had this happen?',
        'they sent me a link to an app',
      ],
      miss: ['Contact me on WhatsApp', 'I will send you the link'],
    },
  },
  {
    id: 'DAMPEN_SAFETY_NOTICE_EN',
    languages: ['en'],
    pattern:
      /\b(?:(?:we|we'll|we will|(?:your|the|our|a real|a genuine) (?:bank|platform|exchange|company|staff|team|police)|(?:real |genuine |legitimate )?(?:banks|exchanges|platforms|the police|police officers)) (?:will |would |do |does )?never ask|no (?:real |genuine )?(?:bank|exchange|platform|police) (?:will|would) (?:ever )?ask|never (?:share|give|tell) (?:your|this|the|any) (?:otp|code|password|pin|details)|do not share (?:your|this|the) (?:otp|code|password|pin|details) with)\b/,
    description: 'A bank or platform safety notice ("we will never ask you to...", "never share your code").',
    examples: {
      hit: [
        'We will never ask you to share your OTP.',
        'Never share your PIN with anyone',
        'Our bank will never ask you to pay a fee to unlock your funds',
        'No real exchange would ever ask you to pay tax before a withdrawal',
        'Banks will never ask you to move your savings to a safe account',
      ],
      miss: ['Please share the code with me', 'I never asked for this', 'the bank asked me to call back'],
    },
  },
];
