/**
 * Dates at the precision a report gives them — ISO `2021`, `2021-09` or `2021-09-22` — checked against the
 * calendar and written the way the reports write them. Pure. (English forms: src/i18n/format-en.ts.)
 */

/** Days in a month (1–12) of a year: (2021, 2) → 28, (2020, 2) → 29. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a year, month and day exist: no 13th month, no 2月30日 (a date without a month or day names a real one). */
export function isRealDate(year: number, month?: number, day?: number): boolean {
  if (month === undefined) return true;
  if (!(month >= 1 && month <= 12)) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

/** Whether an ISO date at any precision names a real month and day: `2021-02-29` does not. */
export function isRealIsoDate(iso: string): boolean {
  const [y = 0, m, d] = iso.split('-').map(Number);
  return isRealDate(y, m, d);
}

/**
 * An ISO date at any precision as the reports write it: `2021年3月31日`, `2020年2月`, `2021年`. `omitYear`
 * and `omitMonth` drop what the end of a range shares with its start (3月16日至4月18日, 4月25日至28日).
 */
export function formatIsoDate(iso: string, omitYear = false, omitMonth = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${omitYear ? '' : `${y}年`}${m && !omitMonth ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}
