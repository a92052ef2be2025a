/**
 * Pass 6, backlinks and mentions. Reads: the places, industries, published
 * briefings and their bodies, and every reported figure. Adds: each
 * published briefing's figures (for its "本文数据" box, superseded ones
 * included), the names and aliases to link in text (a name two entities
 * share is warned about and not linked), the places a body mentions, and the
 * backlinks: a place's briefings, an industry's places, projects, targets and
 * briefings, counting those of its sub-industries.
 */
import { linkableText, matcherFor } from '../mentions.ts';
import type { Briefing, Mention } from '../types.ts';
import type { BuildContext } from './context.ts';
import type { Figures } from './precedence.ts';

export interface Published {
  /** Published briefings, newest first. */
  briefings: Briefing[];
  briefingBySlug: Map<string, Briefing>;
  /** Names and aliases to link, longest first. */
  mentions: Mention[];
}

export function linkBack(ctx: BuildContext, figures: Figures): Published {
  const briefings = ctx.briefings.filter((x) => !x.draft).map((x) => x.briefing).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug.localeCompare(b.slug)));
  const briefingBySlug = new Map(briefings.map((b) => [b.slug, b]));
  const reportedIn = (source: { briefing?: string }) => (source.briefing ? briefingBySlug.get(source.briefing) : undefined);
  for (const o of figures.observations.reported) reportedIn(o.source)?.observations.push(o);
  for (const r of figures.ranks.reported) reportedIn(r.source)?.ranks.push(r);
  for (const c of figures.rankChanges.reported) reportedIn(c.source)?.rankChanges.push(c);
  for (const t of figures.targets.reported) reportedIn(t.source)?.targets.push(t);
  for (const p of figures.projects.reported) reportedIn(p.source)?.projects.push(p);

  const mentions = mentionsOf(ctx);
  const matcher = matcherFor(mentions);
  const bodyOf = new Map(ctx.raw.files.filter((f) => f.folder === 'briefings').map((f) => [f.slug, f.body]));
  const { places, industries } = ctx;
  for (const b of briefings) {
    const found = new Set<string>();
    // A place is mentioned where the body links it (linkableText): not in the title, headings or code.
    for (const run of linkableText(bodyOf.get(b.slug) ?? '')) {
      for (const { mention } of matcher.find(run)) if (mention.kind === 'place' && !b.subjects.includes(mention.slug)) found.add(mention.slug);
    }
    b.mentions = [...found].sort();
    for (const s of b.subjects) places.get(s)!.briefings.push({ slug: b.slug, subject: true });
    for (const s of b.mentions) places.get(s)!.briefings.push({ slug: b.slug, subject: false });
    for (const s of new Set(b.industries.flatMap((i) => [i, ...industries.get(i)!.ancestors]))) industries.get(s)!.briefings.push(b.slug);
  }
  industryBacklinks(ctx, figures);
  return { briefings, briefingBySlug, mentions };
}

/** Every name and alias that belongs to one entity only. */
function mentionsOf(ctx: BuildContext): Mention[] {
  const byText = new Map<string, Mention>();
  const shared = new Set<string>();
  const addMention = (text: string, m: Omit<Mention, 'text'>, file: string, field: string) => {
    const owner = byText.get(text);
    if (owner && (owner.kind !== m.kind || owner.slug !== m.slug)) {
      ctx.diags.warn(file, field, `名称“${text}”也是 ${owner.kind}:${owner.slug} 的名称或别名，正文中不会自动链接 the name is shared, so it is not linked in text`, '给别名加上限定词 make the alias distinct');
      shared.add(text);
    } else if (!owner) byText.set(text, { text, ...m });
  };
  const field = (i: number) => (i === 0 ? 'name' : `aliases[${i - 1}]`);
  for (const p of ctx.places.values()) [p.name, ...p.aliases].forEach((t, i) => addMention(t, { url: p.url, kind: 'place', slug: p.slug }, p.file, field(i)));
  for (const ind of ctx.industries.values()) [ind.name, ...ind.aliases].forEach((t, i) => addMention(t, { url: ind.url, kind: 'industry', slug: ind.slug }, ind.file, field(i)));
  return [...byText.values()].filter((m) => !shared.has(m.text)).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/** Industries: places, projects and targets, including those of sub-industries. */
function industryBacklinks(ctx: BuildContext, figures: Figures): void {
  const { industries } = ctx;
  const upward = (slug: string) => [slug, ...industries.get(slug)!.ancestors];
  for (const p of ctx.places.values()) {
    const seen = new Set<string>();
    for (const i of p.industries) for (const s of upward(i)) {
      if (seen.has(s)) continue;
      seen.add(s);
      industries.get(s)!.places.push({ slug: p.slug, via: i });
    }
  }
  for (const pr of figures.projects.winners) {
    const seen = new Set<string>();
    for (const i of pr.industries) for (const s of upward(i)) {
      if (seen.has(s)) continue;
      seen.add(s);
      industries.get(s)!.projects.push(pr);
    }
  }
  for (const t of figures.targets.winners) if (t.industry) for (const s of upward(t.industry)) industries.get(s)!.targets.push(t);
  for (const ind of industries.values()) {
    ind.places.sort((a, b) => a.slug.localeCompare(b.slug));
    ind.children.sort();
  }
}
