import type { MeasuredSignals } from '../measure-signals';
import type { DayRange } from '../signals/period-overlap';
import type { PreparedProfile, PreparedUnit } from '../types/prepared-profile.type';

/** Short phrases the one-line explanation is made of. */

export function listNames(names: readonly string[], most = 2): string {
  if (names.length <= most) return names.join(' and ');
  return `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

/** "dairy goats", "related work (greenhouse / tunnel farming)", "nutrition" or "similar work". */
export function describeWork(a: PreparedProfile, b: PreparedProfile, signals: MeasuredSignals): string {
  const { interventions, themes } = signals;
  if (interventions.shared.length > 0) return listNames(interventions.shared.map((code) => nameOf(a.names.interventions, code)));
  if (interventions.level === 'RELATED') return `related activities (${describeEachWork(a, b)})`;
  const commonThemes = a.themes.filter((x) => b.themes.some((y) => y.code === x.code)).map((x) => nameOf(a.names.themes, x.code));
  if (commonThemes.length > 0) return listNames(commonThemes);
  return themes.value > 0 ? 'related themes' : 'different work';
}

/** Each side's work, for a pair whose work differs: "beekeeping / school meals". */
export function describeEachWork(a: PreparedProfile, b: PreparedProfile): string {
  const side = (p: PreparedProfile) => {
    const names = p.interventions.length > 0
      ? p.interventions.map((code) => nameOf(p.names.interventions, code))
      : p.themes.map((theme) => nameOf(p.names.themes, theme.code));
    return names.length > 0 ? listNames(names, 1) : 'unspecified';
  };
  return `${side(a)} / ${side(b)}`;
}

export function describeGroups(a: PreparedProfile, signals: MeasuredSignals): string {
  const shared = signals.targetGroups.shared;
  return shared.length > 0 ? ` for ${listNames(shared.map((code) => nameOf(a.names.targetGroups, code)))}` : '';
}

/** "Kara-Suu ayil aimak, Naryn Region"; nested: "Bolshevik, Naryn Region (oblast-wide programme)", "Ak-Jar, Talas Region (within Manas District)". */
export function describePlace(signals: MeasuredSignals): string {
  const { shared, containers } = signals.geography;
  const names = listNames(shared.map((unit) => unit.name));
  const oblast = commonOblast(shared);
  const place = oblast && !names.includes(oblast) ? `${names}, ${oblast}` : names;
  if (containers.length === 0) return place;
  return `${place} (${describeContainers(containers)})`;
}

function describeContainers(containers: readonly PreparedUnit[]): string {
  if (containers.some((unit) => unit.level === 'COUNTRY')) return 'national programme';
  if (containers.every((unit) => unit.level === 'OBLAST')) return `oblast-wide programme`;
  return `within ${listNames(containers.map((unit) => unit.name), 1)}`;
}

export function describeUnits(units: readonly PreparedUnit[]): string {
  return listNames(units.map((unit) => unit.name), 1);
}

/** "2025–2026", "2025", "from 2025". */
export function describeYears(range: DayRange): string {
  const first = yearOf(range.start);
  if (range.end === Infinity) return `from ${first}`;
  const last = yearOf(range.end - 1);
  return first === last ? `${first}` : `${first}–${last}`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function commonOblast(units: readonly PreparedUnit[]): string | null {
  const oblasts = new Set(units.map((unit) => unit.oblastName));
  const [only] = oblasts;
  return oblasts.size === 1 ? only : null;
}

/** A name as it reads inside a sentence: "Gender equality" -> "gender equality", "WASH" stays. */
function nameOf(names: ReadonlyMap<string, string>, code: string): string {
  const name = names.get(code) ?? code;
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
