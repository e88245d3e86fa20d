/**
 * Named pattern pieces shared by rule files. Patterns run against normalised, lower-cased text
 * (see normalize.ts), so pieces are lower-case. Every piece is linear-time on its own: no nested
 * unbounded quantifiers, alternatives that cannot overlap at the same position for long.
 */

/** Messenger apps as people type them (incl. the folds "teiegram" and "what'sapp"). */
export const MESSENGER = String.raw`(?:what'?s ?app|whatsap|watsapp|watsap|\bwa\b|te[il]egram|te[il]egrm|\btg\b|signal|wechat|we chat|\bline(?: app| id)?\b|viber|\bkik\b|snapchat|skype|hangouts?)`;

/** An amount of money: "$1,000", "1000 usd", "5k", "500usdt". */
export const MONEY = String.raw`(?:(?:[a-z]?\$|€|£|¥|₹|₱|rs\.? ?|rp\.? ?)\s?\d[\d,.]{0,12}(?:\s?(?:k|m|million|thousand)\b)?|\b\d[\d,.]{0,12}\s?(?:k\s?)?(?:usdt|usd|(?:us |u\.s\. )?dollars?|bucks|euros?|eur|pounds?|gbp|rs|inr|rupees?|pesos?|naira|btc|eth|k)\b)`;

/** A sum of a thousand or more: "$8,400", "€15500", "12k", "3 grand", "4,000 usdt". Use it after
 * an anchor (a word before it): searched on its own, a match may start at every digit group of a
 * long number and ",000,000…" turns quadratic; the __BIG_MONEY building block adds a start guard. */
export const BIG_MONEY = String.raw`(?:(?:[$€£]|us\$)\s?(?:\d{1,3}(?:[,.]\d{3}){1,4}|\d{4,9})|\b\d{1,3}(?:[,.]\d{3}){1,4}\s?(?:usd|usdt|dollars?|euros?|pounds?)\b|(?:[$€£]\s?)?\b\d{1,3}(?:\.\d{1,2})?\s?k\b|\b\d{1,3}\s?grand\b)`;

/** A percentage: "3%", "2.5 %". */
export const PERCENT = String.raw`\b\d{1,4}(?:[.,]\d{1,3})?\s?%`;

/** A short time span: "72 hours", "7days", "a week". */
export const SHORT_SPAN = String.raw`(?:\d{1,3}|a|one|two|three|few|couple of)\s?(?:business |working )?(?:hours?|hrs?|days?|weeks?)\b`;
