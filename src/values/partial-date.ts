// A date known to the year, the month or the day: "2021", "2021-08", "2021-08-02". Stored as the
// first day of the period plus its precision.
import type { DatePrecision } from '../generated/prisma/enums.ts';

export interface DateWithPrecision {
  date: Date;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes them as written (years 1-99 exist). */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export function parsePartialDate(value: string): DateWithPrecision | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (year < 1) return null;
  const date = utcDate(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: match[3] ? 'DAY' : match[2] ? 'MONTH' : 'YEAR' };
}

/** The API's PartialDate scalar of a stored date: its first day cut to its precision. */
export function formatPartialDate(date: Date | null, precision: DatePrecision | null): string | null {
  if (!date) return null;
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return iso.slice(0, 7);
  return iso;
}

/** The last day a partial date can mean: "2021-08" ends on 2021-08-31. */
export function endOfPartialDate({ date, precision }: DateWithPrecision): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (precision === 'YEAR') return utcDate(y, 11, 31);
  if (precision === 'MONTH') return utcDate(y, m + 1, 0);
  return date;
}
