/**
 * Sums of money: a currency sign or code before the figure ("$75 million",
 * "€2.3bn", "£300,000", "USD 5 million") or a currency word after it
 * ("75 million dollars", "a billion dollars", "billions of dollars").
 */
import { DIGITS_AHEAD, DIGITS_BEHIND, DIGITS_BODY, HEDGE, NUMBER, SCALE_WORDS } from './numbers.js';
import { RANK, type Candidate } from './types.js';
import { LB, RB } from './words.js';

const SIGN = '(?:US\\$|U\\.S\\.\\s?\\$|[CAR]\\$|NZ\\$|HK\\$|S\\$|\\$|€|£|¥|₹|₽|₩|₺|₪)';
const CODE = `${LB}(?:USD|EUR|GBP|JPY|CNY|CHF|RUB|INR|CAD|AUD)`;

// After a sign, "m", "k" and "b" are scales ("$5m", "£300k"); elsewhere
// they would be metres or kilobytes, so only this finder reads them.
const SIGNED = `(?:${SIGN}|${CODE}\\s?)\\s?${DIGITS_BEHIND}${DIGITS_BODY}` + `(?:${DIGITS_AHEAD}\\s+(?:${SCALE_WORDS})${RB}|(?:m|k|b)?${DIGITS_AHEAD})`;

const CURRENCY_WORD =
  '(?:dollars?|euros?|pounds(?:\\s+sterling)?|pence|cents?|yen|yuan|renminbi|rupees?|' +
  'roubles?|rubles?|francs?|pesos?|dinars?|lira|liras|kroner|kronor|krona|krone|shekels?|' +
  'dirhams?|riyals?|rand|bucks)';
const NATIONALITY = '(?:(?:US|U\\.S\\.|American|Canadian|Australian|Hong\\s+Kong|Singapore|New\\s+Zealand)\\s+)?';
const WORDED = `${NUMBER}\\s+(?:of\\s+)?${NATIONALITY}${CURRENCY_WORD}${RB}`;

const MONEY = new RegExp(`${HEDGE}(?:${SIGNED}|${WORDED})`, 'gi');

/** Every sum of money in `text`, as UTF-16 candidates. */
export function findMoney(text: string): Candidate[] {
  const out: Candidate[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'money', rank: RANK.money });
  }
  return out;
}
