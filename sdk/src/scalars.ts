// The API's custom scalars as TypeScript types, so generated results are not `unknown` or bare `string`.

/** A year, "2021". */
export type YearDate = `${number}`;
/** A month, "2021-08". */
export type MonthDate = `${number}-${number}`;
/** A day, "2021-08-02". */
export type DayDate = `${number}-${number}-${number}`;

/**
 * A date known to the year, the month or the day (`PartialDate` in the schema): its precision is its
 * length. Read the precision with `partialDatePrecision`.
 */
export type PartialDate = YearDate | MonthDate | DayDate;

export type PartialDatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** An ISO 8601 timestamp (`DateTime` in the schema), e.g. "2021-08-04T10:00:00.000Z". */
export type DateTime = string;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether a string is a PartialDate ("2021", "2021-08", "2021-08-02"); narrows its type. */
export function isPartialDate(value: string): value is PartialDate {
  return PARTIAL_DATE.test(value);
}

/** YEAR, MONTH or DAY: how much of a PartialDate is known. */
export function partialDatePrecision(value: PartialDate): PartialDatePrecision {
  return value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
}
