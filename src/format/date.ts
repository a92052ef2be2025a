/** Dates and periods the Chinese way. */

const QUARTERS = ['一', '二', '三', '四'];

/** "2022-01-21" → "2022年1月21日" */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** "2021" → "2021年", "2023Q1" → "2023年一季度" */
export function formatPeriod(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return `${q[1]}年${QUARTERS[Number(q[2]) - 1]}季度`;
  return /^\d{4}$/.test(period) ? `${period}年` : period;
}

/**
 * Sort key: quarters first, then the whole year they belong to, then the next
 * year: 2021Q1 < 2021Q2 < 2021Q3 < 2021Q4 < 2021 < 2022Q1 < 2022.
 */
export function periodKey(period: string): number {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return Number(q[1]) * 10 + Number(q[2]);
  return Number(period) * 10 + 5;
}
