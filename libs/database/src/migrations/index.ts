import { Foundation1764064800000 } from './1764064800000-foundation';

/** Every migration, oldest first. A new one is appended here and never edited after release. */
export const MIGRATIONS = [Foundation1764064800000];
