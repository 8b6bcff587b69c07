/**
 * @module money
 * A sum of money as running text writes it, for text that reads sums: a currency sign or code
 * before a figure, and the word of its size after it if there is one.
 */

/**
 * A sum of money: "$39.00", "US$ 1.6", "R$58", "€ 40", "USD 300", "$9 million", "$21.4 MM",
 * "€3k". For a regular expression with the i and u flags; no group captures.
 */
export const MONEY_SUM_PATTERN = String.raw`(?:(?:US|USD|CAD|C|R|A)?\$|[€£¥]|\b(?:USD|EUR|GBP|CAD)\s*)\s*\d[\d,.]*(?:\s*(?:million|billion|thousand|mm|m|k|bn)\b)?`;
