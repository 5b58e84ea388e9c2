// Calendar dates as `YYYY-MM-DD` strings: they compare correctly as strings.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Today in Europe/Berlin, the default as-of date of an audit. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` shifted by whole months (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86400000);
}

const limits = new Map<string, string>();

/**
 * A date limit rules compare against, such as "12 months before the as-of date" (`dateLimit(asOf, -12,
 * 'months')`) or "eolWarningDays after it": `addMonths`/`addDays`, remembered by (date, n, unit), since
 * every application of an audit asks for the same few limits.
 */
export function dateLimit(date: string, n: number, unit: 'months' | 'days'): string {
  const key = `${date}|${n}|${unit}`;
  let limit = limits.get(key);
  if (limit === undefined) {
    if (limits.size >= 64) limits.clear(); // a handful per audit; other as-of dates start afresh
    limit = unit === 'months' ? addMonths(date, n) : addDays(date, n);
    limits.set(key, limit);
  }
  return limit;
}
