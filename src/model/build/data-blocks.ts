/**
 * Pass 3, data blocks. Reads: briefings' subjects, industries and `data`
 * keys; the data blocks of place files and of every briefing (drafts are
 * checked too). Adds: checked briefing subjects and industries, and every
 * figure as a candidate in its metric's unit, with the qualifier, the unit it
 * was written in and its note (block-reader.ts); the precedence pass picks
 * the winners.
 */
import { checkIndustries, once, unknownRef, type BuildContext } from './context.ts';
import { readBlock } from './block-reader.ts';
import { sortKeyForSource, type Candidates } from './precedence.ts';

export function readDataBlocks(ctx: BuildContext): Candidates {
  checkBriefingRefs(ctx);
  const candidates: Candidates = { observations: new Map(), ranks: new Map(), rankChanges: new Map(), targets: new Map(), projects: new Map() };
  for (const place of ctx.places.values()) {
    readBlock(ctx, candidates, place, ctx.placeData.get(place.slug)!, { file: place.file }, sortKeyForSource(true, '', ''), '');
  }
  for (const { briefing: b, data } of ctx.briefings) {
    for (const [slug, block] of Object.entries(data)) {
      const place = ctx.places.get(slug);
      if (!place || !b.subjects.includes(slug)) continue;
      readBlock(ctx, candidates, place, block, { briefing: b.slug, file: b.file }, sortKeyForSource(false, b.date, b.slug), `data.${slug}.`);
    }
  }
  return candidates;
}

/** Subjects and industries name existing files; `data` keys name subjects. */
function checkBriefingRefs(ctx: BuildContext): void {
  const { places, diags } = ctx;
  for (const { briefing: b, data } of ctx.briefings) {
    const subjects = b.subjects;
    b.subjects = once(ctx, subjects, b.file, 'subjects').filter((s) => {
      if (places.has(s)) return true;
      unknownRef(ctx, b.file, `subjects[${subjects.indexOf(s)}]`, '地点', s, places.keys(), 'counties');
      return false;
    });
    b.industries = checkIndustries(ctx, b.industries, b.file, 'industries');
    for (const key of Object.keys(data)) {
      if (!b.subjects.includes(key) && places.has(key)) {
        diags.error(b.file, `data.${key}`, `“${key}”不在 subjects 中 the data names a place that is not a subject`, `把 ${key} 加进 subjects add it to subjects`);
      } else if (!places.has(key)) {
        unknownRef(ctx, b.file, `data.${key}`, '地点', key, places.keys(), 'counties');
      }
    }
  }
}
