import type { PeriodLevel } from '../types/overlap-result.type';

/** Days since 1970-01-01, end exclusive; end = Infinity while open-ended. */
export interface DayRange {
  start: number;
  end: number;
}

export interface PeriodOverlap {
  /** Days both run / days of the shorter period (1 when both are open-ended and meet). */
  value: number;
  level: PeriodLevel;
  /** The common stretch, when there is one. */
  common: DayRange | null;
}

export const PERIOD_BOUNDS = { sameDatesDays: 45, full: 0.8, most: 0.5, partial: 0.2 } as const;

export function periodOverlap(a: DayRange, b: DayRange): PeriodOverlap {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  if (end <= start) return { value: 0, level: 'DISJOINT', common: null };
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  const value = shorter === Infinity ? 1 : (end - start) / shorter;
  return { value, level: periodLevel(a, b, value), common: { start, end } };
}

function periodLevel(a: DayRange, b: DayRange, value: number): PeriodLevel {
  if (sameDay(a.start, b.start) && sameDay(a.end, b.end)) return 'SAME_DATES';
  if (value >= PERIOD_BOUNDS.full) return 'FULL';
  if (value >= PERIOD_BOUNDS.most) return 'MOST';
  if (value >= PERIOD_BOUNDS.partial) return 'PARTIAL';
  return 'SLIGHT';
}

function sameDay(x: number, y: number): boolean {
  if (x === Infinity || y === Infinity) return x === y;
  return Math.abs(x - y) <= PERIOD_BOUNDS.sameDatesDays;
}

/** 'YYYY-MM-DD' -> days since 1970-01-01 (UTC); throws on anything else. */
export function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000 : NaN;
  // Date.UTC rolls 2025-13-01 over into 2026: only a date that reads back the same is one.
  if (!Number.isInteger(day) || new Date(day * 86_400_000).toISOString().slice(0, 10) !== date) {
    throw new Error(`overlap-engine: "${date}" is not a YYYY-MM-DD date`);
  }
  return day;
}
