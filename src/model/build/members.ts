/** Transitive members of regions and the groupings that list each place. */
import type { Place, Region } from '../types.ts';

export function setMembers(places: Map<string, Place>): void {
  // Below a region in the hierarchy: its children, their children, and the parks they host.
  // A child grouping counts, but not the places it lists (they may lie outside this region).
  const below = (slug: string, out: Set<string>) => {
    const place = places.get(slug)!;
    const next = place.kind === 'region' ? [...place.children, ...place.parks] : place.parks;
    for (const s of next) {
      if (out.has(s)) continue;
      out.add(s);
      below(s, out);
    }
  };
  // Members: the hierarchy below, plus each listed member with what lies below it and, for a
  // listed grouping, its own members. No memo across roots, so listing cycles cannot truncate.
  const membersOf = (r: Region): Set<string> => {
    const out = new Set<string>();
    const visitedGroupings = new Set([r.slug]);
    const addListed = (g: Region) => {
      for (const m of g.listedMembers) {
        if (!out.has(m)) {
          out.add(m);
          below(m, out);
        }
        const place = places.get(m)!;
        if (place.kind === 'region' && place.listedMembers.length > 0 && !visitedGroupings.has(m)) {
          visitedGroupings.add(m);
          addListed(place);
        }
      }
    };
    below(r.slug, out);
    addListed(r);
    out.delete(r.slug);
    return out;
  };
  for (const r of places.values()) {
    if (r.kind !== 'region') continue;
    r.members = [...membersOf(r)].sort();
    for (const m of r.listedMembers) places.get(m)!.groupings.push(r.slug);
  }
}
