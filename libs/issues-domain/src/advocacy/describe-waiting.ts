import { BISHKEK_UTC_OFFSET_MINUTES, bishkekDate } from '../model/bishkek-time';
import { AdvocacyItem, AdvocacyState } from './advocacy-item';

export interface Waiting {
  state: AdvocacyState;
  /** When the item entered its current state. */
  since: Date;
  /** Whole Bishkek calendar days from `since` to now. */
  days: number;
  /** The (last) submission, null while drafted. */
  submittedAt: Date | null;
  /** Days from submission to now, or to adoption or rejection. */
  daysSinceSubmitted: number | null;
  /** "submitted April 2015, not adopted after 3,900 days". */
  sentence: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

/**
 * How long an advocacy item has waited, as data and as an English sentence for lists and dossiers.
 * Open items count from their submission to now; decided ones from submission to the decision.
 * Days are Bishkek calendar days.
 */
export function describeWaiting(item: AdvocacyItem, now: Date, offsetMinutes = BISHKEK_UTC_OFFSET_MINUTES): Waiting {
  const current = [...item.history].reverse().find((change) => change.state === item.state);
  const since = current?.at ?? now;
  const submitted = [...item.history].reverse().find((change) => change.state === 'SUBMITTED')?.at ?? null;
  const decided = item.state === 'ADOPTED' || item.state === 'REJECTED';
  const end = decided ? since : now;
  const days = daysBetween(since, now, offsetMinutes);
  const daysSinceSubmitted = submitted ? daysBetween(submitted, end, offsetMinutes) : null;
  return { state: item.state, since, days, submittedAt: submitted, daysSinceSubmitted, sentence: sentence(item.state, since, submitted, days, daysSinceSubmitted, offsetMinutes) };
}

function sentence(state: AdvocacyState, since: Date, submitted: Date | null, days: number, waited: number | null, offset: number): string {
  const month = (date: Date) => monthYear(date, offset);
  // Items recorded without their submission still read sensibly: they count from their current state.
  const opening = submitted ? `submitted ${month(submitted)}, ` : '';
  switch (state) {
    case 'DRAFTED':
      return `drafted ${month(since)}, not submitted after ${count(days)}`;
    case 'SUBMITTED':
      return `submitted ${month(since)}, not adopted after ${count(days)}`;
    case 'UNDER_REVIEW':
    case 'STALLED':
      return `${opening}${stateWords(state)} since ${month(since)}, not adopted after ${count(waited ?? days)}`;
    case 'ADOPTED':
    case 'REJECTED':
      return `${opening}${stateWords(state)} ${month(since)}${waited === null ? '' : ` after ${count(waited)}`}`;
  }
}

function stateWords(state: AdvocacyState): string {
  return state.toLowerCase().replace('_', ' ');
}

function monthYear(date: Date, offset: number): string {
  const [year, month] = bishkekDate(date, offset).split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

function daysBetween(from: Date, to: Date, offset: number): number {
  return Math.max(0, Math.round((Date.parse(bishkekDate(to, offset)) - Date.parse(bishkekDate(from, offset))) / DAY_MS));
}

/** "1 day", "3,900 days": thousands grouped by hand, so that the output does not depend on ICU data. */
function count(days: number): string {
  const grouped = String(days).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${days === 1 ? 'day' : 'days'}`;
}
