/** Chinese numerals read as digits (六月九日 → 6月9日, 两点半 → 2点半). */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function value(run: string): number {
  const ten = run.indexOf("十");
  if (ten === -1) return Number([...run].map((c) => DIGITS[c]).join(""));
  const tens = ten === 0 ? 1 : (DIGITS[run.slice(0, ten)] ?? 1);
  const ones = DIGITS[run.slice(ten + 1)] ?? 0;
  return tens * 10 + ones;
}

/**
 * Replaces Chinese numerals with digits, as dates are written: 六月九日 → 6月9日, 两点半 → 2点半,
 * 十二点 → 12点, 二〇二六年 → 2026年. Runs longer than two digits are read digit by digit (years).
 */
export function chineseNumerals(text: string): string {
  return text.replace(/[零〇一二两三四五六七八九十]+/g, (run) => String(value(run)));
}
