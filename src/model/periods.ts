/**
 * Years and quarters do not compare: a first-quarter figure is not the
 * year's. Annual targets, key figures, member tables and comparisons read
 * annual figures; quarters get charts of their own.
 */
import type { Observation } from './types.ts';

export function isQuarter(period: string): boolean {
  return /Q[1-4]$/.test(period);
}

/** The latest annual figure of a list sorted by period, if any. */
export function latestAnnual(list: readonly Observation[] | undefined): Observation | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) if (!isQuarter(list[i].period)) return list[i];
  return undefined;
}

/** The latest figure to show on its own (a card): annual if there is one, else the latest quarter. */
export function latestForDisplay(list: readonly Observation[] | undefined): Observation | undefined {
  return latestAnnual(list) ?? list?.at(-1);
}
