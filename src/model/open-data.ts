/**
 * The open data as JSON: the whole model (/data/model.json) and each place's record
 * (/data/<folder>/<slug>.json), with every figure's source (briefing or the place's own file)
 * and note. Addresses are site paths passed through `url`, which the routes set to make them
 * absolute under the deploy base. Field names are stable: docs on /data/ describe them. Superseded figures are left
 * out, as on the pages and in observations.csv.
 */
import type { MetricDef, Observation, Place, SiteModel, SourceRef, Target } from './types.ts';

/** Where a figure comes from: the briefing's page, or the place's own page (model.json lists briefings' titles). */
type ToUrl = (sitePath: string) => string;
const asIs: ToUrl = (p) => p;

function source(model: SiteModel, ref: SourceRef, place: Place, url: ToUrl): string {
  const b = ref.briefing ? model.briefingBySlug.get(ref.briefing) : undefined;
  return url(b ? b.url : place.url);
}

const stated = (o: { stated?: { qualifier?: string; unit?: string; max?: number } }) =>
  o.stated ? { ...(o.stated.qualifier ? { qualifier: o.stated.qualifier } : {}), ...(o.stated.unit ? { unit_as_written: o.stated.unit } : {}), ...(o.stated.max !== undefined ? { max: o.stated.max } : {}) } : {};

function figure(model: SiteModel, o: Observation, place: Place, url: ToUrl) {
  const unit = model.metrics.get(o.metric)?.unit ?? '';
  return { metric: o.metric, period: o.period, value: o.value, unit, ...stated(o), ...(o.note ? { note: o.note } : {}), source: source(model, o.source, place, url) };
}

function target(model: SiteModel, t: Target, place: Place, url: ToUrl) {
  return {
    label: t.label,
    ...(t.year ? { year: t.year } : {}),
    ...(t.metric ? { metric: t.metric, value: t.value, unit: model.metrics.get(t.metric)?.unit ?? '', ...stated(t) } : {}),
    ...(t.ranking ? { ranking: t.ranking, ...(t.rank ? { rank: t.rank } : {}), ...(t.advance ? { advance: t.advance } : {}) } : {}),
    ...(t.industry ? { industry: t.industry } : {}),
    ...(t.note ? { note: t.note } : {}),
    source: source(model, t.source, place, url),
  };
}

/** One place with everything the site knows about it. */
export function placeRecord(model: SiteModel, p: Place, url: ToUrl = asIs) {
  return {
    slug: p.slug,
    kind: p.kind,
    name: p.name,
    aliases: p.aliases,
    type: p.type,
    ...(p.adcode ? { adcode: p.adcode } : {}),
    ...(p.kind === 'park' && p.level ? { level: p.level } : {}),
    ...(p.parent ? { parent: p.parent } : {}),
    page: url(p.url),
    industries: p.industries,
    figures: [...p.figures.values()].flat().map((o) => figure(model, o, p, url)),
    ranks: [...p.ranks.values()].flat().map((r) => ({ ranking: r.ranking, year: r.year, rank: r.rank, ...(r.change !== undefined ? { change: r.change } : {}), ...(r.note ? { note: r.note } : {}), source: source(model, r.source, p, url) })),
    rank_changes: [...p.rankChanges.values()].flat().map((r) => ({ ranking: r.ranking, year: r.year, change: r.change, ...(r.note ? { note: r.note } : {}), source: source(model, r.source, p, url) })),
    targets: p.targets.map((t) => target(model, t, p, url)),
    projects: p.projects.map((x) => ({ name: x.name, ...(x.investment !== undefined ? { investment: x.investment, unit: '亿元' } : {}), ...(x.status ? { status: x.status } : {}), ...(x.year ? { year: x.year } : {}), industries: x.industries, ...(x.note ? { note: x.note } : {}), source: source(model, x.source, p, url) })),
  };
}

export const metricRecord = (m: MetricDef) => ({ key: m.key, name: m.name, unit: m.unit, ...(m.description ? { description: m.description } : {}) });

/**
 * /data/model.json's text: metrics, places, industries, rankings and briefings (their metadata),
 * each section a list of records written one by one, so the whole dataset never stands in
 * memory as one object tree (about 100 MB at national scale, at the build's peak).
 */
export function modelJsonText(model: SiteModel, url: ToUrl = asIs): string {
  const list = <T,>(items: Iterable<T>, record: (item: T) => unknown) => `[${Array.from(items, (item) => JSON.stringify(record(item))).join(',')}]`;
  const metrics = list(model.metrics.values(), metricRecord);
  const places = list(model.places.values(), (p) => placeRecord(model, p, url));
  const industries = list(model.industries.values(), (i) => ({ slug: i.slug, name: i.name, aliases: i.aliases, ...(i.code ? { code: i.code } : {}), ...(i.parent ? { parent: i.parent } : {}), page: url(i.url) }));
  const rankings = list(model.rankings.values(), (r) => ({ slug: r.slug, name: r.name, scope: r.scope, ...(r.publisher ? { publisher: r.publisher } : {}), ...(r.size ? { size: r.size } : {}), page: url(r.url) }));
  const briefings = list(model.briefings, (b) => ({ slug: b.slug, title: b.title, date: b.date, subjects: b.subjects, industries: b.industries, ...(b.source?.name ? { source: b.source.name } : {}), ...(b.source?.url ? { source_url: b.source.url } : {}), page: url(b.url) }));
  return `{"metrics":${metrics},"places":${places},"industries":${industries},"rankings":${rankings},"briefings":${briefings}}`;
}
