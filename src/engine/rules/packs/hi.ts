import type { Rule } from '../../types.ts';
import { wrongNumberChat } from './shared.ts';

/**
 * Hindi (hi) in Devanagari and romanised Hindi/Hinglish. Devanagari words carry combining vowel
 * signs, so Devanagari parts never use `\b`; romanised parts do, and accept the common spellings
 * (pehle/pahle, paise/paisa, wapas/vapas). Phrasing follows I4C/cybercrime.gov.in, RBI and press
 * alerts: "digital arrest" parcel threats, KYC-block phishing, KBC lottery, "ghar baithe" tasks,
 * "prepaid task", WhatsApp stock-tips groups and "tax bharne ke baad hi withdrawal".
 */
/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_HI =
  /(?:माफ़ कीजिए|माफ कीजिए|माफ़ करें|माफ करें|सॉरी)[^\n]{0,30}(?:गलत नंबर|ग़लत नंबर|गलती से)|\b(?:sorry|maaf)\b[^\n]{0,30}\b(?:galat|wrong) (?:number|no)\b/u;

export const HI_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_HI',
    family: 'opener',
    stage: 'opener',
    languages: ['hi'],
    pattern: WRONG_NUMBER_HI,
    description: 'A stranger apologises for messaging the wrong number and stays to chat.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'माफ़ कीजिए, गलत नंबर पर मैसेज चला गया। आप कहाँ से हैं?',
        'Sorry ji, galat number pe msg ho gaya, aap kaun?',
      ],
      miss: ['सॉरी, देर से जवाब दे रहा हूँ', 'Galat train pakad li thi, isliye late ho gaya'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_HI',
    ...wrongNumberChat(
      'hi',
      WRONG_NUMBER_HI,
      'आप कहाँ से हैं|आप कहाँ रहते|अच्छे लगते|दोस्ती करेंगे|दोस्त बन|aap kahan se ho|kaha se ho|dosti karoge|dost ban',
    ),
    examples: {
      hit: [
        'माफ़ कीजिए, गलत नंबर पर मैसेज हो गया। पर आप अच्छे लगते हैं, आप कहाँ से हैं?',
        'sorry galat number pe message chala gaya, aap kahan se ho?',
      ],
      miss: ['माफ़ कीजिए, गलत नंबर', 'aap kahan se ho? party mein mile the'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_HI',
    family: 'opener',
    stage: 'opener',
    languages: ['hi'],
    pattern:
      /(?:मेरे|मेरी) (?:असिस्टेंट|सहायक|सेक्रेटरी)[^\n]{0,30}(?:सेव|save)|\b(?:mere|meri) (?:assistant|secretary)\b[^\n]{0,30}\bsave\b/u,
    description: 'Claims an assistant saved the number.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: [
        'नमस्ते, मेरी असिस्टेंट ने आपका नंबर सेव किया था',
        'Mere assistant ne aapka number save kiya tha meeting ke liye',
      ],
      miss: ['मेरे असिस्टेंट कल रिपोर्ट भेज देंगे', 'Number save kar lo mera naya wala'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_HI',
    family: 'romance',
    stage: 'rapport',
    languages: ['hi'],
    pattern:
      /अभी (?:तो )?(?:मिले|बात शुरू)[^\n]{0,30}(?:प्यार|मोहब्बत)|\babhi (?:toh |to )?(?:mile|baat shuru)\b[^\n]{0,30}\b(?:pyaar|pyar|mohabbat|love)\b|\btum(?:hi)? meri (?:kismat|soulmate) ho\b|तुम (?:ही )?मेरी किस्मत हो/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: [
        'अभी तो मिले हैं पर मुझे आपसे प्यार हो गया है',
        'Abhi toh baat shuru hui hai par mujhe tumse pyaar ho gaya',
      ],
      miss: ['माँ, आपसे बहुत प्यार है, रविवार को आऊँगा', 'Abhi mile the market mein, kal call karenge'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_HI',
    family: 'romance',
    stage: 'rapport',
    languages: ['hi'],
    pattern:
      /(?:तेल रिग|ऑयल रिग|अमेरिकी सेना|यूएन (?:के )?डॉक्टर)|(?:मेरी पत्नी|मेरे पति) (?:का )?(?:निधन|देहांत)[^\n]{0,40}(?:अकेल|बेटी|बेटा|बच्च)|\b(?:meri wife|meri patni|mere husband|mere pati) (?:ka )?(?:dehant|nidhan)\b[^\n]{0,40}\b(?:akela|akeli|beti|beta|bachche)\b/u,
    description: 'The romance-scam life story: oil rig, US army, UN doctor, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'मैं एक तेल रिग पर इंजीनियर हूँ, अगले महीने कॉन्ट्रैक्ट खत्म होगा',
        'Meri wife ka dehant ho gaya, ab beti ko akela paal raha hoon',
      ],
      miss: ['पेट्रोल के दाम फिर बढ़ गए', 'Dadi ka dehant pichhle saal hua tha'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_HI',
    family: 'romance',
    stage: 'rapport',
    languages: ['hi'],
    pattern:
      /(?:वीडियो कॉल|video call|\bvc\b)[^\n]{0,25}(?:नहीं कर सकत|नहीं हो सकत|मना है|allowed nahi|nahi kar sakt|nahi ho sakt|mana hai)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['यहाँ बेस पर वीडियो कॉल नहीं कर सकते', 'Jaan, video call abhi nahi kar sakta, camera kharab hai'],
      miss: ['शाम को दादी को वीडियो कॉल करना', 'Video call pe meeting 5 baje hai'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_HI',
    family: 'romance',
    stage: 'rapport',
    languages: ['hi'],
    pattern:
      /(?:साथ|संग) (?:में )?(?:ज़िंदगी|जिंदगी) (?:बिताना|बिताएंगे|बिताएँगे)|\bzindagi (?:saath|sath) (?:bitana|bitayenge|bitani)\b|\b(?:saath|sath) (?:mein )?zindagi (?:bitana|bitayenge|bitani)\b|हमारे भविष्य के लिए|\bhamare (?:future|bhavishya) ke liye\b/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: [
        'मैं आपके साथ ज़िंदगी बिताना चाहता हूँ',
        'Main tumhare saath zindagi bitana chahta hoon',
        'Thoda risk lo jaan, ye sab hamare future ke liye hai',
      ],
      miss: [
        'बच्चों के भविष्य की चिंता है',
        'Zindagi mein mehnat zaroori hai',
        'Hamare future plans kal discuss karenge office mein',
      ],
    },
  },
  {
    id: 'PLATFORM_MOVE_HI',
    family: 'platform_move',
    stage: 'platform',
    languages: ['hi'],
    pattern:
      /\b(?:whatsapp|telegram|wechat|signal)\b[^\n]{0,10}\b(?:pe|par)\s(?:baat karte|add karo|add karein|aa jao|shift)\b|(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप|टेलीग्राम|टेलिग्राम)[^\n]{0,10}(?:पर|पे) (?:बात करते|बात करें|ऐड करें|ऐड करो|आ जाइए|आ जाओ)/u,
    description: 'Asks to move the chat to WhatsApp or Telegram.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'यहाँ ठीक से बात नहीं हो पाती, टेलीग्राम पर बात करते हैं',
        'Mujhe telegram pe add karo, wahan details bhejunga',
      ],
      miss: ['फ़ोटो परिवार वाले ग्रुप में भेज दी हैं', 'WhatsApp down hai subah se'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:गारंटीड|पक्का|निश्चित) (?:रिटर्न|मुनाफ़ा|मुनाफा|फायदा|फ़ायदा|प्रॉफिट)(?![^\n]{0,25}नहीं)|नुकसान (?:की|का) (?:कोई )?(?:गुंजाइश|संभावना|चांस|खतरा) (?:ही )?नहीं[^\n]{0,20}(?:गारंटी|पक्का)|\b(?:guaranteed|pakka|fixed) (?:return|munafa|profit|fayda)\b(?![^\n]{0,25}\b(?:nahi|nahin)\b)|(?:लिस्ट|लिस्टिंग|\blist(?:ed|ing)?\b)[^\n]{0,50}(?:\d{1,3}|दस|सौ|\bdas|\bdus|\bsau)\s?(?:गुना|\bguna\b|\bgunaa\b|x\b)|(?:पक्का|पक्की|गारंटी|\bpakka|\bpakki|\bguarantee|\bsure)[^\n]{0,15}(?:\d{1,3}|दस|सौ|\bdas|\bdus|\bsau)\s?(?:गुना|\bguna\b|\bgunaa\b)|(?:\d{1,3}|दस|सौ|\bdas|\bdus|\bsau)\s?(?:गुना|\bguna\b|\bgunaa\b)[^\n]{0,15}(?:पक्का|पक्की|गारंटी|\bpakka\b|\bpakki\b|\bguarantee)|(?:रोज़|रोज|रोज़ाना|रोजाना|\bdaily|\broz|\brozana)\s(?:का )?(?:फिक्स्ड|पक्का|गारंटीड|\bfixed|\bpakka|\bguaranteed)\s(?:रिटर्न|मुनाफ़ा|मुनाफा|कमाई|\breturn|\bprofit|\bincome|\bkamai)|(?:पैसा|पैसे|रकम|\bpaisa|\bpaise|\bamount)[^\n]{0,20}(?:डबल|\bdouble\b)[^\n]{0,10}(?:पक्का|गारंटी|\bpakka|\bguarantee)/u,
    description: 'Promises guaranteed or fixed profit.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'इस प्लेटफॉर्म पर गारंटीड रिटर्न मिलता है',
        'Pakka profit hoga, bas mere bataye time pe trade karo',
        'इस प्लेटफॉर्म पर नुकसान की कोई गुंजाइश नहीं, गारंटी है',
        'Ye coin next month listing ke baad 50x tak jayega',
        'लिस्टिंग के बाद इस टोकन का भाव दस गुना हो जाएगा',
        'Price pakka 10 guna hoga, abhi le lo',
        'इस स्कीम में रोज़ाना फिक्स्ड रिटर्न मिलता है',
        'Aapka paisa ek mahine mein double, pakka',
      ],
      miss: [
        'कोई भी निवेश पक्का मुनाफा नहीं देता, सावधान रहें',
        'Koi bhi scheme guaranteed return nahi deti, SEBI ne bola',
        'शेयर बाजार में नुकसान का खतरा हमेशा रहता है',
        'Is shahar mein zameen ki keemat 20 saal mein 10 guna ho gayi',
        'कंपनी अगले हफ्ते शेयर बाज़ार में लिस्ट होगी, इश्यू प्राइस 100 रुपये है',
        'पैसा डबल करने का लालच देने वालों से सावधान रहें',
        'Roz ka kharcha fixed hai, 500 rupaye',
        'Is gaane ko listen karte karte 5x sun liya aaj',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:रोज़|रोज|प्रतिदिन|हर दिन|\broz\b|\brozana\b|\bhar din\b)[^\n]{0,15}\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|प्रतिशत|percent)|\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|प्रतिशत|percent)\s?(?:रोज़|रोज|प्रतिदिन|हर दिन|\broz\b|\brozana\b|\bhar din\b)/u,
    description: 'Profit quoted as a percentage per day.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['रोज़ 3% मुनाफ़ा, कभी भी निकालो', 'Is app mein 5% rozana return milta hai'],
      miss: ['FD पर 7% सालाना ब्याज मिल रहा है', 'Sensex aaj 2% gira'],
    },
  },
  {
    id: 'INVEST_MENTOR_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:मेरे) (?:अंकल|चाचा|मामा|गुरु|सर)[^\n]{0,40}(?:सिग्नल|अंदर की ख़बर|अंदर की खबर)|\bmere (?:uncle|chacha|mama|mentor|guru|sir)\b[^\n]{0,40}\b(?:signal|andar ki khabar|inside info)\b|(?:stock|share|trading|शेयर|ट्रेडिंग) (?:market )?(?:tips|टिप्स)[^\n]{0,40}(?:group|ग्रुप|telegram|टेलीग्राम|whatsapp|व्हाट्सएप)|(?:मेरे|मेरी) (?:अंकल|चाचा|मामा|मौसा|फूफा|ताऊ|भैया|भाई|दीदी|गुरु|सर|मेंटर|कज़िन|कजिन)[^\n]{0,60}(?:फंड|ब्रोकरेज|ब्रोकर|एनालिस्ट|विश्लेषक|निवेश बैंक|इन्वेस्टमेंट|ट्रेडर)[^\n]{0,60}(?:सबसे पहले|पहले ही|अंदर की|सिग्नल|टिप्स|कभी (?:भी )?(?:लॉस|नुकसान) नहीं)|\b(?:mere|meri)(?: ek)? (?:uncle|chacha|mama|mausa|bhai|bhaiya|didi|cousin|mentor|guru|sir|teacher)\b[^\n]{0,60}\b(?:fund|broker|brokerage|analyst|investment bank|trader)\b[^\n]{0,60}\b(?:signals?|tips|andar ki|inside|sabse pehle|sabse pahle|pehle hi|kabhi (?:bhi )?loss nahi|ek bhi (?:trade )?loss nahi)\b|अंदर की (?:जानकारी|ख़बर|खबर|टिप)[^\n]{0,40}(?:शेयर|स्टॉक|ट्रेड|मार्केट|क्रिप्टो|कॉइन|मुनाफ|प्रॉफिट|निवेश)|\b(?:andar ki|inside) (?:jankari|khabar|info|news|tip)\b[^\n]{0,40}\b(?:share|stock|trade|market|crypto|coin|profit|munafa)/u,
    description: 'A mentor or relative with insider signals, or a stock-tips group.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Mere mentor roz signal dete hain, 100% sahi',
        'Free stock market tips ke liye hamare WhatsApp group se judiye',
        'मेरे मामा मुंबई के एक फंड में एनालिस्ट हैं, उन्हें हर खबर सबसे पहले मिलती है',
        'Mera kya, meri ek didi Singapore mein trader hai, unke signals se kabhi loss nahi hua',
        'मेरे पास अंदर की जानकारी है, यह शेयर कल ऊपर जाएगा',
        'Andar ki khabar hai, ye coin kal pump hoga',
      ],
      miss: [
        'Mere sir ne exam ke tips diye',
        'मेरे मामा कल गाँव से आ रहे हैं',
        'मेरे चाचा एक म्यूचुअल फंड कंपनी में एनालिस्ट हैं, अगले महीने रिटायर हो रहे हैं',
        'Meri didi ek bank mein fund manager hai, unhone kaha SIP long term ke liye acchi hai',
        'उसे ऑफिस की अंदर की खबर हमेशा पता रहती है',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:usdt|यूएसडीटी)[^\n]{0,20}(?:जमा कर|डिपॉजिट कर|\bjama kar|\bdeposit kar)|(?:क्रिप्टो|\bcrypto\b)[^\n]{0,20}(?:माइनिंग|\bmining\b)[^\n]{0,30}(?:रोज़|रोज|\broz\b|\brozana\b)|(?:प्ले स्टोर|ऐप स्टोर|गूगल प्ले|\bplay ?store|\bapp ?store|\bgoogle play)[^\n]{0,20}(?:नहीं मिलेगा|नहीं मिलता|नहीं है|उपलब्ध नहीं|\bnahi milega|\bnahi milta|\bnahi hai|\bavailable nahi|\bnot available)[^\n]{0,80}(?:लिंक|\blink|https?:|\bapk)|(?:इंस्टीट्यूशनल|संस्थागत|\binstitutional) (?:अकाउंट|खाता|निवेशक|\baccount|\binvestor)[^\n]{0,60}(?:लिंक|\blink|https?:|\binvite|इनवाइट|कोड|\bcode|खोल|\bkhol|\bregister|रजिस्टर)|(?:अकाउंट|प्लेटफॉर्म|चैनल|ट्रेडिंग|\baccount|\bplatform|\bchannel|\btrading)[^\n]{0,40}(?:सिर्फ|केवल|\bsirf|\bonly)\s(?:वीआईपी|इंस्टीट्यूशनल|\bvip|\binstitutional)|(?:usdt|यूएसडीटी)[^\n]{0,60}(?:वॉलेट|एड्रेस|पते|पता|\bwallet|\baddress)[^\n]{0,20}(?:मैं|\bmain|\bmai)\s?(?:दूं|दूँ|दे रहा|दे रही|भेज रहा|भेज रही|भेजूंगा|भेजूंगी|\bdu\b|\bdoon\b|\bdun\b|\bdunga\b|\bdungi\b|\bde raha\b|\bde rahi\b|\bbhej raha\b|\bbhej rahi\b|\bbhejunga\b|\bbhejungi\b)/u,
    description: 'Asks to deposit USDT, or pitches crypto "mining" that pays daily.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'बस 100 USDT जमा करो और कमाई शुरू',
        'Crypto mining app se roz 2000 kamao',
        'यह ऐप प्ले स्टोर पर उपलब्ध नहीं है, मेरे भेजे लिंक से इंस्टॉल करें',
        'Ye app play store pe nahi milega, apk link bhej rahi hoon',
        'Maine aapke liye institutional account khol diya, bas invite code daalo',
        'Ye trading platform sirf VIP members ke liye hai',
        'USDT खरीदकर उस वॉलेट एड्रेस पर भेजो जो मैं दे रही हूँ',
      ],
      miss: [
        'Bitcoin aaj phir gir gaya',
        'USDT ka rate dekh ke batana',
        'यह गेम प्ले स्टोर पर नहीं है, सिर्फ आईफोन के लिए है',
        'Ye app abhi play store pe nahi hai, launch next month hoga',
        'SEBI ne institutional investors ke liye naye niyam jaari kiye',
        'USDT bhejne se pehle wallet address do baar check karo',
        'Airport lounge sirf VIP card walon ke liye hai',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:मैं) (?:आपको|तुम्हें) (?:ट्रेडिंग|इन्वेस्टमेंट|निवेश)[^\n]{0,15}सिखा|\b(?:main|mai) (?:aapko|tumhe|tumko) (?:trading|investment)\b[^\n]{0,15}\bsikha|(?:प्रॉफिट|मुनाफ|ट्रेड|निवेश|इन्वेस्ट|डिपॉजिट|usdt|यूएसडीटी|\bprofit|\btrade|\binvest|\bdeposit|\bcrypto)[^\n]{0,40}(?:मैं|\bmain|\bmai) (?:आपको |तुम्हें |तुमको |\baapko |\btumhe |\btumko )?(?:स्टेप बाय स्टेप|हर कदम पर|एक एक कदम|\bstep by step|\bhar step (?:pe|par)|\bhar kadam (?:pe|par))\s?(?:गाइड|सिखा|समझा|बता|\bguide|\bsikha|\bsamjha|\bbata)|(?:मैं|\bmain|\bmai) (?:आपको |तुम्हें |तुमको |\baapko |\btumhe |\btumko )?(?:स्टेप बाय स्टेप|हर कदम पर|एक एक कदम|\bstep by step|\bhar step (?:pe|par)|\bhar kadam (?:pe|par))\s?(?:गाइड|सिखा|समझा|बता|\bguide|\bsikha|\bsamjha|\bbata)[^\n]{0,40}(?:प्रॉफिट|मुनाफ|ट्रेड|निवेश|इन्वेस्ट|डिपॉजिट|निकासी|usdt|\bprofit|\btrade|\binvest|\bdeposit|\bwithdraw)/u,
    description: 'Offers to teach trading.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'मैं आपको ट्रेडिंग करना सिखा दूँगी',
        'Main aapko trading step by step sikha dunga',
        'पहला प्रॉफिट आने तक मैं आपको स्टेप बाय स्टेप गाइड करूँगी',
        'Main aapko har step pe guide karungi jab tak deposit double na ho',
      ],
      miss: [
        'मैं आपको गाड़ी चलाना सिखा दूँगा',
        'Main tumhe guitar sikha sakta hoon',
        'फॉर्म भरने में दिक्कत हो तो मैं आपको स्टेप बाय स्टेप गाइड करूँगा',
        'Main aapko step by step bata deta hoon recipe kaise banani hai',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_HI',
    family: 'investment',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:छोटी|कम|थोड़ी|थोड़े) (?:सी )?(?:रकम|अमाउंट|पैसों)\s(?:\d[\d,]{0,9}\s?(?:रुपये|रुपए|रु\.?)\s)?(?:से) (?:शुरू|शुरुआत)|\b(?:chhoti|choti|kam|thodi|thode) (?:si )?(?:amount|rakam|paise|paison)\s(?:se) (?:shuru|start)\b|(?:सिर्फ|केवल|बस|\bsirf|\bbas|\bkeval) \d[\d,]{2,7} (?:रुपये |रुपए |rupaye |rupees |rs )?(?:से शुरू (?:करो|करें|कीजिए|करिए)|से शुरुआत (?:करो|करें|कीजिए)|जमा करके देख|डालकर देख|लगाकर देख|se (?:shuru|start) (?:karo|karein|kijiye|kar lo)\b|jama karke dekh|daal ke dekh|laga ke dekh)|(?:शुरुआत में|शुरू में|\bshuru mein|\bshuru me|\bstart mein) (?:थोड़ा|थोड़े|थोड़ी|कम|thoda|thode|thodi|kam) (?:ही |hi )?(?:पैसा |पैसे |paisa |paise )?(?:डालिए|डालो|डालें|लगाइए|लगाओ|जमा|daalo|dalo|lagao|jama|deposit)/u,
    description: 'Suggests starting with a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'पहले छोटी रकम से शुरू कीजिए, 5000 रुपये',
        'Thodi amount se start karo, withdrawal check kar lena',
        'पहले छोटी रकम 5000 रुपये से शुरू करो, मुनाफा हो तो बढ़ा देना',
        'सिर्फ 3,000 रुपये जमा करके देखिए, निकासी तुरंत होगी',
        'Shuru mein thoda hi daalo, bas 2000 se start karo',
      ],
      miss: [
        'कम तेल से शुरू करो, फिर मसाला डालो',
        'Chhoti si baat se shuru hua jhagda',
        'सिर्फ 199 रुपये से शुरू होने वाले रिचार्ज प्लान',
        'Shuru mein thoda namak daalo, baad mein aur',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:टैक्स|फीस|शुल्क|चार्ज|\btax|\bfees?|\bcharges?)[^\n]{0,40}(?:भरने के बाद ही|जमा करने के बाद ही|भरो तभी|\bbharne ke baad hi\b|\bjama karne ke baad hi\b|\bpay karne ke baad hi\b)|(?:विड्रॉ|विथड्रॉ|विदड्रॉ|निकासी|पैसे निकाल|पैसा निकाल|रकम निकाल|मुनाफा निकाल|मुनाफ़ा निकाल|\bwithdraw|\bpaise nikal|\bpaisa nikal|\bnikasi|\bnikalne)[^\n]{0,30}(?:से पहले|\bse pehle\b|\bse pahle\b)[^\n]{0,30}(?:टैक्स|फीस|शुल्क|चार्ज|\btax|\bfee|\bcharge)|(?:बैलेंस|निकासी|विड्रॉ|अनलॉक|\bbalance|\bwithdraw|\bunlock)[^\n]{0,30}(?:के बराबर|\bke barabar\b)[^\n]{0,20}(?:जमा|डिपॉजिट|\bjama\b|\bdeposit)|(?:निकाल|निकासी|विड्रॉ|\bnikal|\bwithdraw)[^\n]{0,60}(?:टैक्स|फीस|शुल्क|\btax|\bfees?)[^\n]{0,10}(?:आधा[- ]?आधा|\badha[- ]?adha\b|\baadha[- ]?aadha\b|\bhalf[- ]?half\b|\bfifty[- ]fifty\b)|(?:विड्रॉ|पैसे निकाल|प्रॉफिट निकाल|मुनाफा निकाल|मुनाफ़ा निकाल|कमाई निकाल|निकासी|\bwithdraw|\bpaise nikal|\bprofit nikal|\bmunafa nikal)[^\n]{0,30}(?:के लिए|\bke liye\b)[^\n]{0,20}(?:पहले|\bpehle\b|\bpahle\b)[^\n]{0,20}(?:टैक्स|फीस|शुल्क|चार्ज|\btax|\bfees?|\bcharges?)/u,
    description: 'A tax or fee must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'पैसे निकालने के लिए पहले 20% टैक्स जमा करना होगा',
        '20% टैक्स भरने के बाद ही पैसे निकलेंगे',
        'Withdraw karne se pehle 15% tax jama karna hoga',
        'मुनाफा निकालने के लिए पहले 10% फीस भरनी होगी',
        'निकासी से पहले आपको 18% टैक्स भरना होगा',
        'Withdrawal unlock karne ke liye balance ke barabar deposit karna hoga',
        'Main bhi nikal nahi pa rahi, chalo tax aadha aadha bhar dete hain',
      ],
      miss: [
        'ATM से पैसे निकालने पर कभी कभी चार्ज लगता है',
        'Income tax bharne ki last date 31 July hai',
        'Bijli ka bill aadha aadha kar lete hain is mahine',
        'निकासी से पहले अपना बैलेंस चेक कर लें',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:अकाउंट|खाता|\baccount)[^\n]{0,15}(?:फ्रीज|फ्रीज़|\bfreeze|\bfrozen)[^\n]{0,60}(?:जमा करें|जमा करो|जमा करना|भरें|डिपॉजिट|\bjama karo|\bjama karein|\bjama karna|\bbharo|\bdeposit kar)|(?:क्रेडिट स्कोर|\bcredit score)[^\n]{0,15}(?:कम|घट|गिर|\blow|\bkam|\bghat|\bgir)[^\n]{0,30}(?:विड्रॉ|निकाल|निकासी|\bwithdraw|\bnikal|\bnikasi)|(?:स्कोर|\bscore)[^\n]{0,20}(?:ठीक|बढ़ाने|बढाने|सुधार|रिकवर|\brecover|\brestore|\bbadhane|\btheek|\bthik)[^\n]{0,20}(?:के लिए|\bke liye\b)[^\n]{0,20}(?:रिचार्ज|डिपॉजिट|टॉप[- ]?अप|\brecharge|\bdeposit|\btop[- ]?up)|(?:मनी लॉन्ड्रिंग|\bmoney laundering)[^\n]{0,30}(?:शक|संदेह|\bshak|\bsandeh|\bsuspicion|\bsuspect)[^\n]{0,60}(?:जमा|डिपॉजिट|\bjama\b|\bdeposit|\bpay kar)|(?:\d{1,2}\s?(?:घंटे|घंटों)|\b\d{1,2}\s?(?:ghante|ghanton)\b)[^\n]{0,30}(?:पेमेंट|भुगतान|जमा|\bpayment|\bjama\b|\bpay\b)[^\n]{0,50}(?:ज़ब्त|जब्त|\bzabt|\bjabt|\bforfeit)/u,
    description: 'Account frozen or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'आपका अकाउंट फ्रीज़ हो गया है, 10,000 जमा करें',
        'Credit score kam hai isliye withdraw nahi hoga',
        'Aapka account freeze ho gaya hai, unlock karne ke liye 20% deposit jama karo',
        'आपका क्रेडिट स्कोर घटकर 50 रह गया है, निकासी के लिए 100 चाहिए',
        'Score theek karne ke liye turant recharge karein',
        'Money laundering ke shak mein account hold hai, verification ke liye 30% deposit karo',
        '24 ghante mein payment nahi kiya to saara balance zabt ho jayega',
      ],
      miss: [
        'मेरा फ़ोन फ्रीज़ हो गया था, रीस्टार्ट किया',
        'Account freeze nahi hua, bas password bhool gaya',
        'क्रेडिट स्कोर सुधारने के लिए समय पर EMI जमा करें',
        'पुलिस ने मनी लॉन्ड्रिंग के शक में दो लोगों को गिरफ्तार किया',
        'पुलिस ने 24 घंटे में छापा मारकर अवैध माल जब्त किया',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:वीआईपी|\bvip\b)\s?(?:लेवल|\blevel\b)?[^\n]{0,30}(?:के लिए|\bke liye\b)[^\n]{0,20}(?:जमा|डिपॉजिट|\bjama\b|\bdeposit\b)|(?:अकाउंट|\baccount\b) (?:अपग्रेड|\bupgrade\b)[^\n]{0,20}(?:के लिए|\bke liye\b)[^\n]{0,20}(?:जमा|\bjama\b|\bdeposit\b)|(?:वीआईपी|\bvip\b)\s?(?:लेवल|\blevel\b)?\s?(?:\d\s?)?(?:अपग्रेड|\bupgrade\b)[^\n]{0,40}(?:निकासी|विड्रॉ|विथड्रॉ|अनलॉक|\bwithdraw|\bnikal|\bunlock)/u,
    description: 'Asks for a deposit to reach a VIP level or upgrade the account.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'VIP लेवल 3 के लिए 20,000 जमा करें',
        'Account upgrade ke liye 5000 deposit karna hoga',
        'VIP level upgrade karein taaki withdrawal turant ho',
      ],
      miss: [
        'Phone upgrade ke liye paise bacha raha hoon',
        'VIP पास के लिए लाइन लंबी थी',
        'VIP level upgrade karke free delivery milegi',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_HI',
    family: 'task',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:(?:लाइक|सब्सक्राइब|फॉलो|\blike|\bsubscribe|\bfollow)[^\n]{0,20}(?:करो|\bkaro\b)[^\n]{0,40}(?:कमाओ|कमाएं|\bkamao\b|\bkamaye?\b)|(?:लाइक|रिव्यू|रेटिंग|सब्सक्राइब|फॉलो|\blike|\breview|\brating|\bsubscribe)[^\n]{0,40}(?:करके|करने पर|\bkarke\b|\bkar ke\b|\bkarne par\b|\bkarne pe\b)[^\n]{0,30}(?:कमाएं|कमाओ|कमाई|पैसे|₹|\brs\b|\brupaye\b|\bkamaye|\bkamao\b|\bkamai\b|\bpaise\b)|(?:स्क्रीनशॉट|\bscreenshot|\bss\b)[^\n]{0,20}(?:पर|के|\bpe\b|\bpar\b|\bke\b)\s?(?:₹|rs\.?)?\s?\d{1,4}\s?(?:रुपये|रुपए|\brupaye\b|\brs\b|\brupees\b)|(?:लाइक|सब्सक्राइब|फॉलो|\blike|\bsubscribe|\bfollow)[^\n]{0,30}(?:पार्ट टाइम|\bpart[- ]time)\s?(?:काम|जॉब|\bjob|\bkaam)|(?:पार्ट टाइम|\bpart[- ]time)\s?(?:काम|जॉब|\bjob|\bkaam)[^\n]{0,30}(?:लाइक|सब्सक्राइब|\blike|\bsubscribe))(?![^\n]{0,30}(?:ठगी|धोखा|\bscam|\bfraud|\bthagi))/u,
    description: 'Pay for likes, reviews or subscriptions.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'घर बैठे पार्ट टाइम काम: वीडियो लाइक करो और हर टास्क पर 50 रुपये कमाओ, रोज़ पेमेंट',
        'YouTube वीडियो लाइक करके ₹150 कमाएं',
        'Hotel review karke roz 2000 rupaye kamao',
        'बस स्क्रीनशॉट भेजो, हर स्क्रीनशॉट पर 40 रुपये',
        'Video like aur subscribe karne ka part time job hai, ghar se',
        'Part time job: Instagram post like karo, turant payment',
      ],
      miss: [
        'मेरी नई फोटो लाइक करो ना, कल पैसे वापस कर दूंगा',
        'Police ki salah: YouTube like karke paise kamane wale task scam se bachein',
        'मेरी फ़ोटो लाइक करना मत भूलना',
        'Review karke batana movie kaisi lagi',
        'Screenshot bhej do payment ka, 500 rupaye mile ya nahi',
        'Part time job chahiye to naukri portal dekho',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_HI',
    family: 'task',
    stage: 'pitch',
    languages: ['hi'],
    pattern:
      /(?:घर बैठे|\bghar baithe\b)[^\n]{0,40}(?:रोज़|रोज|रोजाना|प्रतिदिन|\broz\b|\brozana\b|\bdaily\b)[^\n]{0,20}(?:₹|\brs|\d)|(?:रोज़|रोज|रोजाना|\broz\b|\brozana\b)\s?(?:₹|rs\.?)?\s?\d[\d,]{2,6}[^\n]{0,30}(?:घर बैठे|\bghar baithe\b|पार्ट टाइम|\bpart time\b)|(?:पार्ट टाइम|\bpart[- ]time\b)[^\n]{0,60}(?:रोज़|रोज|रोजाना|प्रतिदिन|\broz\b|\brozana\b)\s?(?:₹|rs\.?)?\s?\d[\d,]{2,6}/u,
    description: 'Work from home that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'घर बैठे रोज़ ₹3000 कमाएं, सिर्फ मोबाइल चाहिए',
        'Rozana 2,500 kamao ghar baithe, part time',
        'पार्ट टाइम जॉब: यूट्यूब वीडियो लाइक करो और रोज़ 2000 रुपये कमाओ',
      ],
      miss: ['घर बैठे कमाई के लालच में मत पड़ना', 'Roz subah ghar baithe yoga karta hoon'],
    },
  },
  {
    id: 'TASK_TOP_UP_HI',
    family: 'task',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /\bprepaid task|प्रीपेड टास्क|(?:टास्क|\btask)[^\n]{0,30}(?:के लिए|पूरा करने|\bke liye\b|\bcomplete karne\b)[^\n]{0,30}(?:पैसे जमा|रिचार्ज|डिपॉजिट|\bpaise jama|\brecharge|\bdeposit)|(?:कॉम्बिनेशन|कॉम्बीनेशन|\bcombination) (?:ऑर्डर|टास्क|\border|\btask)|(?:कमीशन|\bcommission)[^\n]{0,60}(?:अगला|\bnext|\bagla)\s(?:सेट|टास्क|\bset|\btask)[^\n]{0,60}(?:टॉप[- ]?अप|रिचार्ज|डिपॉजिट|\btop[- ]?up|\brecharge|\bdeposit)/u,
    description: 'Asks to prepay or top up to complete tasks ("prepaid task").',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'अगला प्रीपेड टास्क है, 5000 जमा करो',
        'Task complete karne ke liye 2000 ka deposit chahiye',
        'यह कॉम्बिनेशन ऑर्डर है, 4,000 और डालने होंगे',
        'Commission add ho gaya, next set mein 2500 ka top-up karna hoga',
      ],
      miss: [
        'मोबाइल रिचार्ज करवा दो',
        'Office ka task complete karne ke liye late rukna padega',
        'Combination lock ka order kal aayega',
        'Sales commission next month aayega, phir phone recharge karwa dunga',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_HI',
    family: 'recovery',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:पैसा|पैसे|रकम|\bpaisa\b|\bpaise\b|\bamount\b)[^\n]{0,20}(?:वापस|\bwapas\b|\bvapas\b) (?:दिला देंगे|दिलाएंगे|दिला सकते|दिलवा देंगे|दिलवाएंगे|\bdila denge\b|\bdilayenge\b|\bdila sakte\b|\bdilwa denge\b|\bdilwayenge\b|\bdilwa sakte\b)/u,
    description: 'Promises to get lost money back, usually for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'ठगी का पैसा हम 48 घंटे में वापस दिला देंगे',
        'Crypto scam mein gaye paise wapas dila sakte hain, fees sirf 10%',
      ],
      miss: ['पुलिस ने ठगी के पैसे वापस दिलाए', 'Dukaan wale ne paise wapas kar diye'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_HI',
    family: 'impersonation',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:आपके|आपका|आपकी|\baapke|\baapka|\baapki)[^\n]{0,20}(?:पार्सल|आधार|सिम|\bparcel|\baadhaar|\bsim)[^\n]{0,40}(?:ड्रग्स|मनी लॉन्ड्रिंग|हवाला|\bdrugs|\bmoney laundering|\bhawala)|(?:आपके बेटे|आपकी बेटी|\baapke bete\b|\baapki beti\b)[^\n]{0,40}(?:पुलिस ने|गिरफ्तार|\bpolice ne\b|\barrest\b)/u,
    description: 'Police/CBI-style threat about a parcel, Aadhaar or a child "arrested".',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'आपके नाम के पार्सल में ड्रग्स मिले हैं, CBI अधिकारी से बात कीजिए',
        'Aapke bete ko police ne pakda hai, turant paise bhejo',
      ],
      miss: ['पुलिस ने ड्रग्स के साथ दो लोगों को पकड़ा', 'Aapka parcel kal tak aa jayega'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_HI',
    family: 'impersonation',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:मेरा नया नंबर|यह नया नंबर|\bmera naya number\b|\bye naya number\b)[^\n]{0,60}(?:पैसे|ट्रांसफर|यूपीआई|भेज|\bpaise\b|\bpaisa\b|\btransfer\b|\bupi\b|\bbhej)/u,
    description: 'A relative on a "new number" asks for money.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'पापा, यह मेरा नया नंबर है, जल्दी 5000 भेज दो',
        'Mummy mera naya number hai, urgent paise transfer kar do',
      ],
      miss: ['यह नया नंबर सेव कर लेना', 'Mera naya number note kar lo'],
    },
  },
  {
    id: 'IMPERSONATION_SUPPORT_HI',
    family: 'impersonation',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:बिजली|\bbijli\b|\belectricity\b) (?:कनेक्शन|बिल|\bconnection\b|\bbill\b)[^\n]{0,60}(?:आज रात|\baaj raat\b|\btonight\b)[^\n]{0,40}(?:कट|काट|\bkat\b|\bcut\b|\bdisconnect)/u,
    description: 'An "electricity office" threatens to cut power tonight unless the user calls or pays.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'आपका बिजली कनेक्शन आज रात 9:30 बजे काट दिया जाएगा, तुरंत कॉल करें',
        'Bijli bill pending, aaj raat connection cut ho jayega',
      ],
      miss: ['बिजली बिल इस महीने ज़्यादा आया', 'Aaj raat light gayi thi do ghante'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_HI',
    family: 'phishing',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /\bkyc\b[^\n]{0,30}(?:अपडेट|लंबित|\bupdate|\bpending|\bexpire)[^\n]{0,50}(?:ब्लॉक|बंद|\bblock|\bband\b|\bsuspend)/u,
    description: 'KYC "update" warning that threatens to block the account.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'प्रिय ग्राहक, आपका KYC अपडेट नहीं है, आज खाता ब्लॉक हो जाएगा',
        'Your KYC pending hai, account block ho jayega, link pe click karo',
      ],
      miss: ['बैंक ने KYC अपडेट के लिए शाखा बुलाया है', 'KYC ho gaya, ab account chalu hai'],
    },
  },
  {
    id: 'PRIZE_WINNER_HI',
    family: 'prize',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:केबीसी|कौन बनेगा करोड़पति|\bkbc\b)[^\n]{0,40}(?:लॉटरी|इनाम|जीत|\blottery\b|\binaam\b|\bjeet)|(?:बधाई|\bbadhai\b|\bmubarak\b)[^\n]{0,50}(?:लकी ड्रॉ|आपने जीत|\blucky draw\b|\baapne jeet)|(?:लॉटरी|इनाम|लकी ड्रॉ|\blottery\b|\binaam\b|\blucky draw\b)[^\n]{0,40}(?:जीत|\bjeet)[^\n]{0,60}(?:फीस|शुल्क|चार्ज|जमा कर|\bfees?\b|\bcharges?\b|\bjama kar)/u,
    description: 'KBC lottery or lucky draw the user never entered, or a prize that needs a fee first.',
    reason: 'reason_prize',
    examples: {
      hit: ['KBC लॉटरी में आपका नंबर 25 लाख जीता है', 'Badhai ho! Aapne lucky draw mein car jeeti hai'],
      miss: ['KBC का नया सीज़न कल से शुरू', 'Badhai ho, beta hua hai!'],
    },
  },
  {
    id: 'LOAN_FEE_HI',
    family: 'loan',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:लोन|\bloan\b)[^\n]{0,40}(?:अप्रूव|मंजूर|\bapprove|\bmanjoor)[^\n]{0,50}(?:पहले|\bpehle\b|\bpahle\b)[^\n]{0,30}(?:फीस|चार्ज|शुल्क|\bfees?\b|\bcharges?\b)/u,
    description: 'An approved loan that needs a fee first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'आपका लोन अप्रूव हो गया है, पहले 2,500 फीस जमा करें',
        'Loan approve ho gaya, pehle processing fee bhejo',
      ],
      miss: ['होम लोन मंजूर हो गया, बैंक में साइन करना है', 'Loan ki EMI har mahine 5 tarikh ko kat-ti hai'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:बैंक|बैंक वालों)\s?(?:को|में|से)\s?(?:कुछ )?(?:मत|ना|न) (?:बताना|बताएं|बताइए|बताओ)|\bbank (?:walon |wale )?(?:ko|mein|se) (?:kuch )?(?:mat|na) (?:batana|batao|bataye|batayein)\b/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        'बैंक में पूछें तो बैंक वालों को मत बताना कि पैसा कहाँ भेज रहे हो',
        'Bank ko mat batana ki ye investment ke liye hai',
      ],
      miss: ['बैंक कभी OTP नहीं माँगता', 'Bank ko bata do ki card kho gaya'],
    },
  },
  {
    id: 'PAYMENT_BORROW_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:बैंक|\bbank) (?:से|\bse) (?:लोन|कर्ज़|कर्ज|\bloan|\bkarz|\bkarza|\bqarz) (?:ले लो|ले लीजिए|ले लीजिये|उठा लो|\ble lo|\blelo|\ble lijiye|\buthao|\butha lo)[^\n]{0,80}(?:कुछ (?:ही )?दिन|जल्दी वापस|हमारे (?:भविष्य|फ्यूचर)|निकाल|\bkuch (?:hi )?din|\bjaldi wapas|\bhamare (?:future|bhavishya)|\bnikal|\bwithdraw)|(?:जान|बेबी|\bjaan|\bbaby|\bbabu)[^\n]{0,40}(?:बैंक|\bbank) (?:से|\bse) (?:लोन|कर्ज़|कर्ज|\bloan|\bkarz)|(?:लोन|कर्ज़|कर्ज|उधार|\bloan|\budhaar|\budhar|\bkarz)[^\n]{0,30}(?:टैक्स|फीस|\btax|\bfees?) (?:भर|चुका|\bbhar|\bchuka|\bpay)[^\n]{0,30}(?:निकाल|विड्रॉ|\bnikal|\bwithdraw)/u,
    description:
      'The partner urges a bank loan "for a few days" or "for our future", or borrowing to pay the platform\'s tax so both can withdraw.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'Thoda bank se loan le lo na, kuch hi din mein wapas kar denge',
        'बैंक से लोन ले लो, हमारे भविष्य के लिए ही तो है',
        'Jaan, tum bank se loan le sakte ho kya?',
        'Udhaar lekar tax bhar do, phir dono paise nikal lenge',
      ],
      miss: [
        'Bhai bank se loan le lo ghar ke liye, EMI mein wapas karte rehna',
        'बैंक से लोन लेने से पहले ब्याज दर की तुलना करें',
        'Loan ki EMI har mahine 5 tarikh ko kat-ti hai',
      ],
    },
  },
  {
    id: 'PAYMENT_URGENCY_HI',
    family: 'payment',
    stage: 'payment',
    languages: ['hi'],
    pattern:
      /(?:\d{1,2}\s?(?:घंटे|घंटों)|\b\d{1,2}\s?(?:ghante|ghanton)\b)[^\n]{0,20}(?:में|के अंदर|\bmein\b|\bke andar\b)[^\n]{0,40}(?:जमा|भुगतान|पेमेंट|\bjama\b|\bpayment\b|\bpay\b)[^\n]{0,40}(?:वरना|नहीं तो|\bwarna\b|\bnahi to\b|\bnahin to\b)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        '24 घंटे में पैसे जमा करो वरना अकाउंट बंद हो जाएगा',
        '2 ghante mein payment karo nahi to sab paisa doob jayega',
      ],
      miss: ['24 घंटे में पैसे खाते में आ जाएंगे', '2 ghante mein ghar pahunch jaunga'],
    },
  },
  {
    id: 'OPENER_STRANGER_HI',
    family: 'opener',
    stage: 'opener',
    languages: ['hi'],
    pattern:
      /(?:आपसे|तुमसे) दोस्ती (?:करनी|करना चाहत|कर सकत)|\b(?:aapse|tumse|apse) (?:dosti|friendship) (?:karni|karna chaht|kar sakt)/u,
    description: 'An unknown sender asks for friendship out of nowhere.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['नमस्ते, क्या मैं आपसे दोस्ती कर सकती हूँ?', 'Hi, aapse dosti karni hai, aap kahan se ho?'],
      miss: ['हमारी दोस्ती बीस साल पुरानी है', 'Dosti ka matlab hai saath dena'],
    },
  },
  {
    id: 'PHISHING_DISCONNECT_HI',
    family: 'phishing',
    stage: 'related',
    languages: ['hi'],
    pattern:
      /(?:बिजली|\bbijli\b|\bbijlee\b|\belectricity\b)[^\n]{0,50}(?:काट दिया जाएगा|काट दी जाएगी|कट जाएगा|कट जाएगी|काटा जाएगा|\b(?:kaat|kat) (?:diya|di|dia) jaa?y?e?ga\b|\bkat jaa?y?e?ga\b|\bdisconnect (?:ho|kar) (?:jaa?y?e?ga|diya jaa?y?e?ga)\b)[^\n]{0,80}(?:अधिकारी|संपर्क|कॉल|\badhikari\b|\bofficer\b|\bsampark\b|\bcall\b|\bcontact\b)|(?:बिजली|\bbijli\b)[^\n]{0,20}(?:बिल|\bbill\b)[^\n]{0,20}(?:अपडेट नहीं|\bupdate nahi)/u,
    description:
      'The electricity will be cut tonight unless the user calls an "electricity officer" or updates a bill: the power-bill scam.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'प्रिय उपभोक्ता, आज रात 9:30 बजे आपकी बिजली काट दी जाएगी। तुरंत बिजली अधिकारी से 98XXXXXX10 पर संपर्क करें',
        'Aapka bijli bill update nahi hua hai, connection aaj kat diya jayega',
      ],
      miss: [
        'कल रात दो घंटे बिजली कटी रही, गर्मी बहुत थी',
        'Bijli ka bill bhar diya maine, 1200 aaya is baar',
        'बिजली का कनेक्शन कल काट दिया था, अधिकारी आए थे मीटर बदलने',
      ],
    },
  },
];
