/**
 * Kyrgyzstan keeps UTC+6 all year (no daylight saving since 2005). Calendar dates the platform shows
 * or compares (a fact's date, "submitted April 2015", day counts) are Bishkek dates.
 */
export const BISHKEK_UTC_OFFSET_MINUTES = 360;

/** The Bishkek calendar date of an instant, as YYYY-MM-DD. */
export function bishkekDate(instant: Date, offsetMinutes = BISHKEK_UTC_OFFSET_MINUTES): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
