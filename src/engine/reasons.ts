/**
 * The catalog of user-facing reasons. Rules point at a key here; the UI translates the key through
 * the extension's i18n messages (`src/locales/<locale>/engine.json`) and falls back to this
 * English text. Keys are Chrome i18n message names: [a-z0-9_] only.
 *
 * Several rules (in several languages) share one reason, so each reason is translated once.
 */
export const REASONS = {
  reason_opener_wrong_number:
    'A stranger says they reached you by mistake ("wrong number") and keeps chatting. This is how many scripted scams begin.',
  reason_opener_told_wrong_number:
    'You told the sender they had the wrong person, and they keep chatting anyway. This is how many scripted scams begin.',
  reason_opener_stranger: 'An unknown sender opens a friendly conversation out of nowhere.',
  reason_opener_contact_saved: 'The sender claims your number was saved or passed on by someone else.',
  reason_romance_fast_intimacy:
    'Affectionate names or declarations of love very early, from someone you have not met.',
  reason_romance_backstory:
    'A scripted life story (widowed, working abroad, military, doctor, oil rig, engineer) often used by romance scammers.',
  reason_romance_no_video: 'Excuses to avoid a video call or meeting in person.',
  reason_romance_future: 'Talk of a shared future used to build trust quickly.',
  reason_romance_flattery: 'Heavy flattery from someone you barely know.',
  reason_romance_sincerity:
    'Insists they are real and honest ("I\'m not a liar"), which real people rarely need to say.',
  reason_romance_confession:
    'Confides that the profile is not who it says, or that they are forced into this work: a scripted "confession" to win your sympathy and trust.',
  reason_platform_move:
    'Asks you to move the conversation to another app (WhatsApp, Telegram, Line, WeChat, Signal).',
  reason_platform_handle: 'Shares a messenger handle, link or phone number to continue elsewhere.',
  reason_invest_mentor: 'Mentions an uncle, aunt, mentor or analyst with insider trading signals.',
  reason_invest_guaranteed: 'Promises guaranteed, fixed or unrealistically high returns.',
  reason_invest_percent_period:
    'Quotes profits as a percentage per day or per week: real investments do not work like this.',
  reason_invest_crypto_platform: 'Pushes a crypto, gold, forex or "contract trading" platform or app.',
  reason_invest_teach: 'Offers to teach you to trade or to trade for you.',
  reason_invest_profit_proof: 'Shows screenshots or stories of big profits to draw you in.',
  reason_invest_small_start: 'Suggests starting with a "small" first deposit.',
  reason_invest_usdt:
    'Asks for or talks about USDT / TRC20 transfers, which scammers favour because they cannot be reversed.',
  reason_invest_promoter:
    'Praises a trader, "account manager" or mentor and points you to their handle or contact.',
  reason_payment_upgrade: 'Asks you to deposit more to upgrade or unlock an account or a profit.',
  reason_payment_withdrawal_fee:
    'Says you must pay a tax, fee, margin or deposit before you can withdraw your money.',
  reason_payment_frozen: 'Claims your account is frozen or your credit score is too low until you pay.',
  reason_payment_urgency: 'Pressure to pay within hours or lose everything.',
  reason_payment_transfer_request: 'Asks you to send money, gift cards or crypto.',
  reason_payment_loan_request: 'Asks to borrow money and promises to pay it back soon.',
  reason_task_paid_tasks: 'Offers pay for simple online tasks (likes, reviews, "optimising orders").',
  reason_task_daily_earnings: 'Promises easy daily earnings from home.',
  reason_task_top_up: 'Asks you to top up or prepay to unlock tasks or commissions.',
  reason_task_job_offer: 'An unsolicited part-time or remote job offer with easy pay.',
  reason_recovery_offer: 'Offers to recover lost crypto or money for a fee: recovery offers are scams too.',
  reason_impersonation_authority: 'Claims to be the police, a government office or a court.',
  reason_impersonation_boss_relative:
    'Claims to be your boss, a relative or a friend on a new number, asking for help or money.',
  reason_impersonation_support: 'Claims to be customer service, a bank or a platform asking you to act.',
  reason_spell_caster:
    'Credits a "spell caster", "spiritual doctor" or herbalist with bringing a partner back or curing an incurable disease, and gives their contact: they ask for fees for rituals and remedies that never end.',
  reason_advance_fee: 'Promises an inheritance, a large transfer or a business deal that needs a fee first.',
  reason_prize: 'Says you have won a prize or lottery you never entered.',
  reason_phishing_account: 'Asks you to verify, unlock or update an account through a link.',
  reason_phishing_delivery: 'A parcel or delivery notice that asks you to pay or enter details.',
  reason_loan_fraud: 'Offers a loan that requires a fee, deposit or "unfreezing" payment first.',
  reason_secrecy: 'Asks you to keep it secret from family, friends or your bank.',
  reason_wallet_address: 'Contains a cryptocurrency wallet address.',
  reason_lookalike_domain: 'A link imitates a real exchange or wallet but is a different site.',
  reason_suspicious_link: 'Contains a link to an unusual or shortened address.',
  reason_thread_progression:
    'This conversation follows the scam script step by step: first contact, friendship, a move to another app, then an investment pitch or payment.',
  reason_thread_escalation: 'Earlier messages in this conversation already raised red flags.',
} as const satisfies Record<string, string>;

export type ReasonKey = keyof typeof REASONS;
