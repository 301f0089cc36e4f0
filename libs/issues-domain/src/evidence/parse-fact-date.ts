/**
 * The first day of the period a fact's date names (YYYY, YYYY-MM or YYYY-MM-DD) as YYYY-MM-DD, or
 * null when it is not a real date in one of those forms.
 */
export function parseFactDate(date: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(typeof date === 'string' ? date.trim() : '');
  if (!match) return null;
  const [, year, month = '01', day = '01'] = match;
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return null;
  if (Number(year) < 1900) return null;
  return `${year}-${month}-${day}`;
}
