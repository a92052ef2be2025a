/**
 * Aliases: the short names running text uses (枝江, 宜昌, 枝江经开区). An alias
 * is kept only when no other entity has it as a name or alias, so the model
 * links it without the "name is shared" warning. Real names that several
 * counties share (鼓楼区 ×4, 朝阳区 ×2) stay as they are: those warnings are
 * real, and counted in the report.
 */
import type { Industry, Place } from './types.ts';

export function assignAliases(places: Place[], industries: Industry[]): void {
  const names = new Set([...places.map((p) => p.name), ...industries.map((i) => i.name)]);
  const wanted = new Map<Place, string[]>();
  for (const p of places) {
    const list = p.kind === 'park' ? p.aliases : p.short !== p.name ? [p.short] : [];
    wanted.set(p, list);
  }
  const uses = new Map<string, number>();
  for (const list of wanted.values()) for (const a of list) uses.set(a, (uses.get(a) ?? 0) + 1);
  for (const [p, list] of wanted) p.aliases = list.filter((a) => uses.get(a) === 1 && !names.has(a) && a.length >= 2);
}

/** The name a text uses after the first mention: the alias if there is one. */
export const shortOf = (p: Place) => p.aliases[0] ?? p.name;
