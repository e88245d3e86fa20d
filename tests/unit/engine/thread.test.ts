import { describe, expect, it } from 'vitest';
import { analyze, analyzeThread } from '../../../src/engine/index.ts';
import { keepsTalking } from '../../../src/engine/thread.ts';
import type { ThreadMessage } from '../../../src/engine/types.ts';

const script: ThreadMessage[] = [
  { text: 'Hi, is this Daniel? Sorry, I think I have the wrong number.', direction: 'in' },
  { text: 'No, you do.', direction: 'out' },
  { text: 'Oh, apologies! Nice to meet you anyway, I am Clara from Seattle.', direction: 'in' },
  { text: 'Nice to meet you too', direction: 'out' },
  { text: 'I rarely use this app, add me on WhatsApp?', direction: 'in' },
  { text: 'My uncle is an analyst, he shares insider signals with me every day', direction: 'in' },
  { text: 'You can start with 1-3k, the platform is safe', direction: 'in' },
];

describe('analyzeThread', () => {
  it('returns one verdict per message and never flags outgoing ones', () => {
    const vs = analyzeThread(script);
    expect(vs).toHaveLength(script.length);
    vs.forEach((v, i) => {
      if (script[i]?.direction === 'out') expect(v.level).toBe('none');
    });
  });

  it('stage progression raises the thread well above any single message', () => {
    const vs = analyzeThread(script);
    const last = vs[vs.length - 1];
    const alone = analyze(script[script.length - 1]?.text ?? '');
    expect(last?.level).toBe('danger');
    expect(last?.score ?? 0).toBeGreaterThan(alone.score + 3);
    expect(last?.reasons.some((r) => r.ruleId === 'THREAD_PROGRESSION')).toBe(true);
  });

  it('the withdrawal stage of the script is danger, and names the payment stage', () => {
    const later: ThreadMessage[] = [
      ...script,
      { text: 'I tried to withdraw my profit and it says pending', direction: 'out' },
      {
        text: 'That is normal. To withdraw you must first pay the 20% personal income tax, then the funds are released.',
        direction: 'in',
      },
    ];
    const vs = analyzeThread(later);
    const last = vs[vs.length - 1];
    expect(last?.level).toBe('danger');
    expect(
      last?.reasons.some((r) => r.ruleId === 'PAYMENT_WITHDRAWAL_BLOCKED_FEE' && r.fromMessage === undefined),
    ).toBe(true);
    expect(last?.families).toContain('payment');
  });

  it('carries reasons from earlier messages with fromMessage', () => {
    const vs = analyzeThread(script);
    const carried = vs[6]?.reasons.filter((r) => r.fromMessage !== undefined) ?? [];
    expect(carried.length).toBeGreaterThan(0);
    for (const r of carried) expect(r.fromMessage).toBeLessThan(6);
  });

  it("the signal group teacher's daily call warns only after the pitch", () => {
    const call = "Tonight's signal is not clear, I will wait. We enter at 9 pm tomorrow.";
    expect(analyze(call).level).toBe('none');
    const pitched = analyzeThread([
      { text: 'I can show you how to trade crypto so you earn on the side', direction: 'in' },
      { text: 'maybe, let me think', direction: 'out' },
      { text: call, direction: 'in' },
    ]);
    expect(pitched[2]?.level).toBe('caution');
    expect(
      pitched[2]?.reasons.some((r) => r.ruleId === 'INVEST_SIGNAL_CALL' && r.fromMessage === undefined),
    ).toBe(true);
    const friends = analyzeThread([
      { text: 'are we still on for the hike on saturday?', direction: 'in' },
      { text: 'checking the weather', direction: 'out' },
      { text: 'the hike today is a go, meet at the car park at 8', direction: 'in' },
    ]);
    expect(friends.map((v) => v.level)).toEqual(['none', 'none', 'none']);
  });

  it('a romance that moves to MetaTrader and then to a credit score reaches danger at the money step', () => {
    const romance: ThreadMessage[] = [
      { text: 'Good morning dear, did you sleep well?', direction: 'in' },
      { text: 'Morning! Yes, thanks', direction: 'out' },
      {
        text: 'I have never felt this way about anyone so fast, I think God brought us together',
        direction: 'in',
      },
      { text: 'Download the MetaTrader app and search for the server name I will send you', direction: 'in' },
      {
        text: 'The system shows your credit score is 70, you need to make a deposit of $15,000 to restore it before you can withdraw',
        direction: 'in',
      },
    ];
    const vs = analyzeThread(romance);
    // the greeting and the declaration are quiet alone and in the thread so far
    expect(vs[0]?.level).toBe('none');
    expect(analyze(romance[2]?.text ?? '').level).toBe('none');
    // the MetaTrader step warns on its own; the credit-score demand after it is danger
    expect(vs[3]?.level).not.toBe('none');
    expect(vs[4]?.level).toBe('danger');
    expect(vs[4]?.reasons.some((r) => r.ruleId === 'PAYMENT_CREDIT_SCORE_WITHDRAW')).toBe(true);
  });

  it('a message harmless alone can tip the thread', () => {
    const thread: ThreadMessage[] = [
      { text: 'So sorry, I typed the wrong number. Hope you don\u2019t mind!', direction: 'in' },
      { text: 'no worries', direction: 'out' },
      { text: 'Nice to meet you! I\u2019m Olivia from Miami, and you?', direction: 'in' },
    ];
    const alone = analyze(thread[2]?.text ?? '');
    expect(alone.level).toBe('none');
    const vs = analyzeThread(thread);
    expect(vs[2]?.level).not.toBe('none');
  });

  it('a wrong-name "long time no see" is quiet alone and counts once the stranger keeps going', () => {
    const opener = 'Hi Linda, long time no see, are you still in Vancouver?';
    expect(analyze(opener).level).toBe('none');
    const vs = analyzeThread([
      { text: opener, direction: 'in' },
      { text: 'Sorry, who is this?', direction: 'out' },
      { text: 'Oh sorry, wrong number! Nice to meet you anyway, I am Amy from Hong Kong', direction: 'in' },
    ]);
    expect(vs[2]?.level).not.toBe('none');
    expect(vs[2]?.reasons.map((r) => r.ruleId)).toContain('OPENER_LONG_TIME_NO_SEE');
  });

  it('a wrong number that turns to an aunt who trades warns at the pitch, before the move to WhatsApp', () => {
    const convo: ThreadMessage[] = [
      { text: 'Hi, is this Dr. Chen? I wanted to confirm my appointment for Friday.', direction: 'in' },
      { text: 'No, sorry, wrong number.', direction: 'out' },
      {
        text: "Oh I'm so sorry to bother you! You seem very kind. I'm Amy, I run a small boutique in Seattle.",
        direction: 'in',
      },
      { text: 'No problem, nice to meet you Amy.', direction: 'out' },
      {
        text: 'What do you do for work? I also trade a little in my free time, my aunt taught me.',
        direction: 'in',
      },
      { text: "I'm a nurse. Trading? Is it risky?", direction: 'out' },
      {
        text: 'Not with her method, she follows big data and we only buy at the right time.',
        direction: 'in',
      },
      { text: 'It is easier to chat on WhatsApp, here is my number +1 206 555 0147', direction: 'in' },
    ];
    const levels = analyzeThread(convo).map((v) => v.level);
    expect(levels.slice(0, 4)).toEqual(['none', 'none', 'none', 'none']);
    expect(levels[4]).not.toBe('none');
    expect(levels[6]).not.toBe('none');
    expect(levels[7]).toBe('danger');
    for (const i of [1, 3, 5]) expect(levels[i]).toBe('none');
    // alone, the "big data" line stays below a warning
    expect(analyze(convo[6]?.text ?? '').level).toBe('none');
  });

  it('the far-away partner whose card is "blocked on the rig" warns before the request for money', () => {
    const convo: ThreadMessage[] = [
      { text: 'Hey, we matched on Hinge! How is your weekend going?', direction: 'in' },
      { text: 'Good thanks, just got back from a hike', direction: 'out' },
      {
        text: 'That sounds lovely. I am an engineer on an oil rig so I rarely get to go outside, haha.',
        direction: 'in',
      },
      {
        text: 'My contract ends in two months, and I want to settle down with the right person.',
        direction: 'in',
      },
      {
        text: 'I trust you already, dear. Can I ask you a small favour? My bank card is blocked here on the rig.',
        direction: 'in',
      },
      {
        text: 'I need 2,000 dollars for the customs fee to release my equipment, I will pay you back as soon as I land.',
        direction: 'in',
      },
    ];
    const levels = analyzeThread(convo).map((v) => v.level);
    expect(levels.slice(0, 4)).toEqual(['none', 'none', 'none', 'none']);
    expect(levels[4]).not.toBe('none');
    expect(levels[5]).toBe('danger');
  });

  it('a harmless reply later in a flagged thread is not flagged as strongly', () => {
    const vs = analyzeThread([...script, { text: 'ok', direction: 'in' }]);
    const rank = { none: 0, caution: 1, danger: 2 } as const;
    expect(rank[vs[7]?.level ?? 'none']).toBeLessThan(rank[vs[6]?.level ?? 'none']);
  });

  it('outgoing messages add no red flags', () => {
    const vs = analyzeThread([
      { text: 'add me on WhatsApp, guaranteed 5% per day, send USDT', direction: 'out' },
      { text: 'ok sure', direction: 'in' },
    ]);
    expect(vs.map((v) => v.level)).toEqual(['none', 'none']);
  });

  it('a recruiter who turns to an online store on "the platform" warns at the store pitch', () => {
    const convo: ThreadMessage[] = [
      {
        text: 'Hello, I am Grace from a recruitment agency, we got your profile from an online job site. Are you interested in a flexible part-time job?',
        direction: 'in',
      },
      { text: 'What kind of job?', direction: 'out' },
      {
        text: 'You help merchants on our cross-border e-commerce platform run their store, it takes about an hour a day from your phone',
        direction: 'in',
      },
      {
        text: 'You open your own online store on the platform and stock products with your own funds, the platform ships them and you earn 20% on every order',
        direction: 'in',
      },
      { text: 'ok I opened it', direction: 'out' },
      {
        text: 'Great! Your store has 3 new orders, please recharge 600 USDT to process them, the principal and commission return after the orders are completed',
        direction: 'in',
      },
    ];
    const vs = analyzeThread(convo);
    expect(vs.slice(0, 3).map((v) => v.level)).toEqual(['none', 'none', 'none']);
    expect(vs[3]?.level).not.toBe('none');
    expect(vs[3]?.reasons.some((r) => r.ruleId === 'TASK_ONLINE_STORE')).toBe(true);
    expect(vs[4]?.level).toBe('none');
    expect(vs[5]?.level).not.toBe('none');
    expect(vs[5]?.score ?? 0).toBeGreaterThan(vs[3]?.score ?? 0);
    expect(vs[5]?.reasons.some((r) => r.ruleId === 'TASK_STORE_ORDERS_RECHARGE')).toBe(true);
  });

  it('"I found your number in my contacts" that goes on to Telegram and an app off the stores reaches danger', () => {
    const convo: ThreadMessage[] = [
      {
        text: "Sorry to bother you, I found your number in my phone contacts but I don't remember the name. Did we meet at the conference in Singapore?",
        direction: 'in',
      },
      { text: 'No, I think you have the wrong person', direction: 'out' },
      {
        text: 'Oh I am sorry! Well, it is nice to meet you anyway. I am Mei, I work in fashion in Kuala Lumpur. Where are you from?',
        direction: 'in',
      },
      { text: 'Texas', direction: 'out' },
      {
        text: "Texas! I always wanted to see it. Let's continue on Telegram, this app deletes my messages, my username is @mei_kl88",
        direction: 'in',
      },
      {
        text: 'I just finished my trading for today, my aunt is an analyst and she taught me gold contracts',
        direction: 'in',
      },
      {
        text: 'You can try, download the app from this link, it is not in the app store because it is an institutional version',
        direction: 'in',
      },
    ];
    const vs = analyzeThread(convo);
    // the opener alone is below a warning; the stranger who keeps going after "wrong person" is not
    expect(vs[0]?.level).toBe('none');
    expect(vs[2]?.level).not.toBe('none');
    expect(vs[4]?.level).not.toBe('none');
    expect(vs[6]?.level).toBe('danger');
    expect(vs[6]?.reasons.some((r) => r.ruleId === 'INVEST_APP_OFFSTORE')).toBe(true);
    for (const i of [1, 3]) expect(vs[i]?.level).toBe('none');
  });

  it('an ordinary conversation stays quiet', () => {
    const vs = analyzeThread([
      { text: 'hey, are we still on for dinner tonight?' },
      { text: 'yes! 7pm at the usual place' },
      { text: 'great, I will bring the wine. love you' },
      { text: 'love you too, see you soon' },
    ]);
    expect(vs.every((v) => v.level === 'none')).toBe(true);
  });

  // Stop 13: the opener is "is this David?" and carries nothing; the user's own "wrong number"
  // reply is what shows that whoever keeps writing is a stranger. The pitch that follows is soft
  // (an aunt who taught her to trade, "I can ask her to guide you") and quiet alone.
  const strangerScripts: Record<string, ThreadMessage[]> = {
    en: [
      { text: "Hi, is this David? It's Amy from the yoga class", direction: 'in' },
      { text: 'wrong number sorry', direction: 'out' },
      {
        text: "Oh sorry! You seem kind though. I'm from Singapore, I work in fashion. What do you do?",
        direction: 'in',
      },
      { text: "I'm a nurse", direction: 'out' },
      {
        text: "That's a hard job, you deserve to rest more. My aunt always says work smart not hard",
        direction: 'in',
      },
      {
        text: 'She is an analyst and she taught me to trade gold contracts, today I earned a bit',
        direction: 'in',
      },
      { text: "If you want I can ask her to guide you too, it's easy", direction: 'in' },
    ],
    es: [
      { text: 'Hola, ¿eres Marta? Soy Lucía, nos conocimos en la boda de Carlos', direction: 'in' },
      { text: 'No, creo que te equivocaste de número', direction: 'out' },
      {
        text: 'Ay perdón, qué vergüenza. Bueno, ¿de dónde eres? Yo vivo en Madrid, trabajo en joyería',
        direction: 'in',
      },
      { text: 'Soy de Sevilla', direction: 'out' },
      { text: 'Qué bonito. Me encanta Sevilla, fui una vez en primavera con mi madre', direction: 'in' },
      {
        text: 'Hoy fue un buen día, mi tía me ayudó con una operación de oro y gané bastante',
        direction: 'in',
      },
      { text: 'Si quieres te enseño, solo necesitas abrir una cuenta en la plataforma', direction: 'in' },
    ],
    ja: [
      { text: 'こんにちは、田中さんですか？先週のゴルフの件で連絡しました', direction: 'in' },
      { text: '人違いだと思います', direction: 'out' },
      { text: '失礼しました。でもこれも何かの縁ですね。私は香港で貿易の仕事をしています', direction: 'in' },
      { text: 'そうですか', direction: 'out' },
      { text: '香港は今日も暑いです。お仕事は忙しいですか？無理しないでくださいね', direction: 'in' },
      { text: '最近は叔父に教わって金の取引をしていて、毎日少しずつ利益が出ています', direction: 'in' },
      {
        text: '興味があれば、アプリをダウンロードして口座を作ってください。やり方を教えます',
        direction: 'in',
      },
    ],
    vi: [
      { text: 'Chào anh, có phải anh Minh không ạ? Em là Lan, bạn của chị Hoa', direction: 'in' },
      { text: 'Không phải, chị nhầm số rồi', direction: 'out' },
      { text: 'Dạ em xin lỗi. Mà anh ở đâu vậy? Em đang làm kinh doanh ở Singapore', direction: 'in' },
      { text: 'Anh ở Đà Nẵng', direction: 'out' },
      { text: 'Đà Nẵng đẹp lắm, em rất muốn đến đó một lần để ngắm biển buổi sáng', direction: 'in' },
      { text: 'Dạo này em theo chú em học đầu tư vàng, tháng này lãi khá lắm', direction: 'in' },
      { text: 'Nếu anh muốn em hướng dẫn anh, chỉ cần mở tài khoản trên sàn này thôi', direction: 'in' },
    ],
    // stop 16: the same script in Thai, Indonesian, Tagalog, Korean and romanised Hindi
    th: [
      { text: 'สวัสดีค่ะ ใช่คุณสมชายไหมคะ', direction: 'in' },
      { text: 'ไม่ใช่ครับ ส่งผิดเบอร์แล้ว', direction: 'out' },
      { text: 'ขอโทษนะคะ แต่ก็ดีใจที่ได้รู้จัก ฉันทำงานด้านแฟชั่นที่สิงคโปร์ คุณทำงานอะไรคะ', direction: 'in' },
      { text: 'เป็นพยาบาลครับ', direction: 'out' },
      { text: 'งานหนักนะคะ ดูแลตัวเองด้วย วันนี้ที่นี่ฝนตกทั้งวันเลย', direction: 'in' },
      { text: 'ช่วงนี้ป้าสอนฉันเทรดทองคำ วันนี้ได้กำไรนิดหน่อย', direction: 'in' },
      { text: 'ถ้าสนใจ ฉันให้ป้าช่วยแนะนำคุณได้นะ ง่ายมาก', direction: 'in' },
    ],
    id: [
      { text: 'Halo, ini Pak Budi ya? Saya Rina dari kantor notaris', direction: 'in' },
      { text: 'Bukan, salah nomor', direction: 'out' },
      {
        text: 'Aduh maaf ya. Tapi senang kenal. Saya kerja di Singapura, bidang fashion. Kamu kerja apa?',
        direction: 'in',
      },
      { text: 'Saya perawat', direction: 'out' },
      {
        text: 'Wah hebat, kerja keras ya. Jangan lupa istirahat. Di sini hujan terus dari pagi',
        direction: 'in',
      },
      {
        text: 'Akhir-akhir ini tante saya ajarin saya trading emas, hari ini untung lumayan',
        direction: 'in',
      },
      { text: 'Kalau mau, saya bisa minta tante bimbing kamu juga, gampang kok', direction: 'in' },
    ],
    tl: [
      { text: 'Hi, si Mark ba ito? Si Joy ito, yung nakilala mo sa kasal', direction: 'in' },
      { text: 'Hindi po, wrong number', direction: 'out' },
      {
        text: 'Ay sorry! Pero nice to meet you. Taga-Singapore ako, nasa fashion ako. Ikaw, ano trabaho mo?',
        direction: 'in',
      },
      { text: 'Nurse ako', direction: 'out' },
      { text: 'Ang hirap ng trabaho mo, magpahinga ka rin. Umuulan dito buong araw', direction: 'in' },
      { text: 'Tinuruan ako ng tita ko mag-trade ng gold, kumita ako kanina', direction: 'in' },
      { text: 'Kung gusto mo, tuturuan ka rin niya, madali lang', direction: 'in' },
    ],
    ko: [
      { text: '안녕하세요, 김민수 씨 맞으세요? 지난주 골프 모임 건으로 연락드려요', direction: 'in' },
      { text: '잘못 보내신 것 같아요', direction: 'out' },
      {
        text: '어머 죄송해요. 그래도 인연이네요. 저는 싱가포르에서 패션 일을 해요. 무슨 일 하세요?',
        direction: 'in',
      },
      { text: '간호사예요', direction: 'out' },
      { text: '힘든 일 하시네요. 건강 챙기세요. 여기는 하루 종일 비가 와요', direction: 'in' },
      { text: '요즘 이모한테 금 거래를 배우고 있는데 오늘 수익이 좀 났어요', direction: 'in' },
      { text: '관심 있으시면 이모가 알려주실 수 있어요. 쉬워요', direction: 'in' },
    ],
    hi: [
      { text: 'Hello, kya aap Rahul ji hain? Main Priya, shaadi mein mile the', direction: 'in' },
      { text: 'Nahi, galat number hai', direction: 'out' },
      {
        text: 'Oh sorry! Par aapse milkar achha laga. Main Singapore mein fashion mein kaam karti hoon. Aap kya karte ho?',
        direction: 'in',
      },
      { text: 'Main nurse hoon', direction: 'out' },
      {
        text: 'Bahut mehnat ka kaam hai, apna dhyan rakhna. Yahan aaj din bhar baarish hui',
        direction: 'in',
      },
      { text: 'Aajkal meri mausi mujhe gold trading sikha rahi hain, aaj thoda profit hua', direction: 'in' },
      { text: 'Agar aap chahein to mausi aapko bhi guide kar sakti hain, bahut aasaan hai', direction: 'in' },
    ],
  };
  for (const [lang, convo] of Object.entries(strangerScripts)) {
    it(`a stranger who keeps writing after the user's "wrong number" warns at the soft pitch (${lang})`, () => {
      const levels = analyzeThread(convo).map((v) => v.level);
      // the opener and small talk stay quiet; the user's messages are never flagged
      expect(levels.slice(0, 5)).toEqual(['none', 'none', 'none', 'none', 'none']);
      expect(levels[5]).not.toBe('none');
      expect(levels[6]).not.toBe('none');
      const reasons = analyzeThread(convo)[5]?.reasons ?? [];
      const stranger = reasons.find((r) => r.ruleId === 'THREAD_OPENER_CONTINUES');
      // the reason says what happened: the user said "wrong number", the sender went on
      expect(stranger?.key).toBe('reason_opener_told_wrong_number');
      // alone, the soft pitch is quiet: it is the stranger's conversation that gives it away
      expect(analyze(convo[5]?.text ?? '').level).toBe('none');
      // and without the user's "wrong number" (direction unknown, nothing read from the user) the
      // soft pitch stays below a warning
      const unknown = convo.filter((m) => m.direction === 'in').map((m) => ({ text: m.text }));
      expect(analyzeThread(unknown)[3]?.level).toBe('none');
    });
  }

  it('a misdial that apologises and stops, or a friend with a new number, stays quiet', () => {
    const misdial = analyzeThread([
      { text: 'Hi, is this the dental office? I need to move my appointment', direction: 'in' },
      { text: 'Wrong number, sorry', direction: 'out' },
      { text: 'Oh so sorry about that, I must have typed it wrong. Have a lovely evening!', direction: 'in' },
    ]);
    expect(misdial.map((v) => v.level)).toEqual(['none', 'none', 'none']);
    const friend = analyzeThread([
      { text: 'Hey! Long time, how have you been?', direction: 'in' },
      { text: 'who is this?', direction: 'out' },
      {
        text: "It's Mike from college, I got a new phone! My cousin taught me to invest, I finally bought a flat",
        direction: 'in',
      },
      { text: 'haha nice, congrats', direction: 'out' },
      { text: 'Thanks! Are you still in Leeds? We should grab a beer when I am back', direction: 'in' },
    ]);
    expect(friend.map((v) => v.level)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it('keepsTalking counts a question or more than a short goodbye, in any script', () => {
    expect(keepsTalking('Oh sorry, bye!')).toBe(false);
    expect(keepsTalking('where are you from?')).toBe(true);
    expect(keepsTalking('Oh sorry! You seem kind though. I am from Singapore')).toBe(true);
    expect(keepsTalking('失礼しました')).toBe(false);
    expect(keepsTalking('失礼しました。でもこれも何かの縁ですね。私は香港で貿易の仕事をしています')).toBe(
      true,
    );
  });

  it('is deterministic and handles an empty thread', () => {
    expect(analyzeThread([])).toEqual([]);
    expect(JSON.stringify(analyzeThread(script))).toBe(JSON.stringify(analyzeThread(script)));
  });
});
