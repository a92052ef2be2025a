/**
 * One data block (a place file's, or a briefing's `data.<place>`) into
 * candidate figures: metrics, rankings, rank_changes, targets, projects.
 * Values are parsed with the schemas of values.ts; each problem is reported
 * at its field and drops only that figure.
 */
import { closest, show } from '../diagnostics.ts';
import { formatFigure } from '../../format/number.ts';
import { PLACE_KIND_LABEL, SCOPE_KIND } from '../labels.ts';
import type { DataBlock, ProjectData, TargetData } from '../schema.ts';
import type { Place, Ranking, SourceRef } from '../types.ts';
import { joinNotes, noted, parseValue, period, quantityIn, rank, rankChange, yearKey, type Noted } from '../values.ts';
import { checkIndustries, checkIndustry, unknownRef, type BuildContext } from './context.ts';
import type { Candidate, Candidates } from './precedence.ts';

const notedRank = noted(rank);
const notedRankChange = noted(rankChange);

/** Where a block's figures come from, and how to name its fields. */
interface BlockSource {
  ctx: BuildContext;
  candidates: Candidates;
  place: Place;
  source: SourceRef;
  order: string;
  /** `data.<place>.` in a briefing, empty in a place file. */
  prefix: string;
}

function push<T>(map: Map<string, Candidate<T>[]>, key: string, b: BlockSource, field: string, item: T): void {
  const list = map.get(key) ?? [];
  list.push({ item, field, order: b.order, source: b.source });
  map.set(key, list);
}

export function readBlock(ctx: BuildContext, candidates: Candidates, place: Place, block: DataBlock, source: SourceRef, order: string, prefix: string): void {
  const b: BlockSource = { ctx, candidates, place, source, order, prefix };
  readMetrics(b, block);
  readRanks(b, block);
  (block.targets ?? []).forEach((t, i) => readTarget(b, t, `${prefix}targets[${i}]`));
  (block.projects ?? []).forEach((p, i) => readProject(b, p, `${prefix}projects[${i}]`));
}

function unknownMetric(b: BlockSource, field: string, metric: string, hint: string): void {
  const guess = closest(metric, b.ctx.metrics.keys());
  b.ctx.diags.error(b.source.file, field, `metrics.yaml 中没有指标“${metric}” unknown metric`, guess ? `是不是 did you mean “${guess}”？` : hint);
}

function readMetrics(b: BlockSource, block: DataBlock): void {
  const { ctx, source: { file }, prefix } = b;
  for (const [metric, periods] of Object.entries(block.metrics ?? {})) {
    const def = ctx.metrics.get(metric);
    if (!def) {
      unknownMetric(b, `${prefix}metrics.${metric}`, metric, `在 ${ctx.raw.metricsFile} 中定义它：${metric}: { name: …, unit: 亿元 }`);
      continue;
    }
    for (const [rawPeriod, rawValue] of Object.entries(periods)) {
      const field = `${prefix}metrics.${metric}.${rawPeriod}`;
      const p = parseValue(period, rawPeriod, file, field, ctx.diags);
      const q = parseValue(quantityIn(def.unit), rawValue, file, field, ctx.diags);
      if (p === undefined || q === undefined) continue;
      push(b.candidates.observations, `${b.place.slug}|${metric}|${p}`, b, field, { place: b.place.slug, metric, period: p, ...q, source: b.source });
    }
  }
}

/** The ranking a `rankings` or `rank_changes` key names, if it exists and lists this kind of place. */
function rankingFor(b: BlockSource, slug: string, field: string): Ranking | undefined {
  const { ctx, place, source: { file } } = b;
  const ranking = ctx.rankings.get(slug);
  if (!ranking) {
    unknownRef(ctx, file, field, '榜单', slug, ctx.rankings.keys(), 'rankings');
    return undefined;
  }
  if (SCOPE_KIND[ranking.scope] !== place.kind) {
    ctx.diags.error(file, field, `榜单“${ranking.name}”只收${PLACE_KIND_LABEL[SCOPE_KIND[ranking.scope]]}（scope: ${ranking.scope}），而 ${place.name} 是${PLACE_KIND_LABEL[place.kind]} the ranking's scope does not include this place`, '换成适合这类地点的榜单，或修改榜单的 scope');
    return undefined;
  }
  return ranking;
}

/** Ranks and stated rank changes: `<ranking>: { <year>: value }`, each value plain or in the long form. */
function readRanks(b: BlockSource, block: DataBlock): void {
  const { ctx, place, source: { file }, prefix } = b;
  const eachYear = (key: 'rankings' | 'rank_changes', schema: typeof notedRank, use: (ranking: Ranking, year: number, value: Noted<number>, field: string) => void) => {
    for (const [slug, years] of Object.entries(block[key] ?? {})) {
      const ranking = rankingFor(b, slug, `${prefix}${key}.${slug}`);
      if (!ranking) continue;
      for (const [rawYear, raw] of Object.entries(years)) {
        const field = `${prefix}${key}.${slug}.${rawYear}`;
        const year = parseValue(yearKey, rawYear, file, field, ctx.diags);
        const value = parseValue(schema, raw, file, field, ctx.diags);
        if (year !== undefined && value !== undefined) use(ranking, year, value, field);
      }
    }
  };
  const noteOf = (v: Noted<number>) => (v.note ? { note: v.note } : {});
  eachYear('rankings', notedRank, (ranking, year, v, field) => {
    if (ranking.size && v.value > ranking.size) {
      ctx.diags.error(file, field, `名次 ${v.value} 超出榜单容量 ${ranking.size} rank beyond the list's size`, `检查名次，或修改 ${ranking.file} 的 size`);
      return;
    }
    push(b.candidates.ranks, `${place.slug}|${ranking.slug}|${year}`, b, field, { place: place.slug, ranking: ranking.slug, year, rank: v.value, ...noteOf(v), source: b.source });
  });
  eachYear('rank_changes', notedRankChange, (ranking, year, v, field) => {
    push(b.candidates.rankChanges, `${place.slug}|${ranking.slug}|${year}`, b, field, { place: place.slug, ranking: ranking.slug, year, change: v.value, ...noteOf(v), source: b.source });
  });
}

function readTarget(b: BlockSource, t: TargetData, field: string): void {
  const { ctx, place, source, source: { file } } = b;
  const { diags } = ctx;
  const year = t.year;
  if (t.metric !== undefined && t.ranking !== undefined) {
    diags.error(file, field, '目标只能有 metric 或 ranking 之一 a target has either a metric or a ranking', '拆成两个目标 split it into two targets');
  } else if (t.metric !== undefined) {
    const def = ctx.metrics.get(t.metric);
    if (!def) return unknownMetric(b, `${field}.metric`, t.metric, `在 ${ctx.raw.metricsFile} 中定义它`);
    if (t.value === undefined) {
      diags.error(file, `${field}.value`, '指标目标缺少 value a metric target needs a value', `如 { metric: ${t.metric}, value: 1200, year: 2025 }`);
      return;
    }
    const q = parseValue(quantityIn(def.unit, { range: true }), t.value, file, `${field}.value`, diags);
    if (q === undefined) return;
    if (q.note) diags.error(file, `${field}.value`, '目标的注释写在目标的 note 中 a target\'s note goes in its own note field', `写成 { metric: ${t.metric}, value: …, note: ${q.note} }`);
    const label = t.label ?? `${def.name}达到${formatFigure(q.value, def.unit, q.stated)}`;
    const industry = checkIndustry(ctx, t.industry, file, `${field}.industry`);
    push(b.candidates.targets, `${place.slug}|m:${t.metric}|${industry ?? ''}|${year ?? `goal:${q.value}`}`, b, field, { place: place.slug, label, year, metric: t.metric, value: q.value, ...(q.stated ? { stated: q.stated } : {}), industry, note: t.note, source });
  } else if (t.ranking !== undefined) {
    const ranking = ctx.rankings.get(t.ranking);
    if (!ranking) return unknownRef(ctx, file, `${field}.ranking`, '榜单', t.ranking, ctx.rankings.keys(), 'rankings');
    if (t.rank === undefined && t.advance === undefined) {
      diags.error(file, `${field}.rank`, '榜单目标缺少 rank（目标名次）a ranking target needs a rank', `如 { ranking: ${t.ranking}, rank: 80, year: 2025 }；相对目标写 advance: 20`);
      return;
    }
    const goal = t.rank === undefined ? undefined : parseValue(rank, t.rank, file, `${field}.rank`, diags);
    if (t.rank !== undefined && goal === undefined) return;
    const label = t.label ?? (goal ? `${ranking.name}第${goal}位` : `${ranking.name}位次前移${t.advance}位`);
    const industry = checkIndustry(ctx, t.industry, file, `${field}.industry`);
    push(b.candidates.targets, `${place.slug}|r:${t.ranking}|${industry ?? ''}|${year ?? `goal:${goal ?? `+${t.advance}`}`}`, b, field, { place: place.slug, label, year, ranking: t.ranking, rank: goal, advance: t.advance, industry, note: t.note, source });
  } else {
    diags.error(file, field, `目标需要 metric（指标）或 ranking（榜单）a target needs a metric or a ranking（现为 found ${show(t)}）`, '如 { metric: gdp, value: 1200, year: 2025 } 或 { ranking: county-top100, rank: 80, year: 2025 }');
  }
}

function readProject(b: BlockSource, p: ProjectData, field: string): void {
  const { ctx, source: { file } } = b;
  const q = p.investment === undefined ? undefined : parseValue(quantityIn('亿元'), p.investment, file, `${field}.investment`, ctx.diags);
  if (p.investment !== undefined && q === undefined) return;
  // A note in the investment's long form joins the project's own note.
  const note = joinNotes(p.note, q?.note) || undefined;
  const industries = checkIndustries(ctx, p.industries ?? [], file, `${field}.industries`);
  push(b.candidates.projects, `${b.place.slug}|${p.name}`, b, field, { place: b.place.slug, name: p.name, investment: q?.value, ...(q?.stated ? { investmentStated: q.stated } : {}), status: p.status, year: p.year, industries, note, source: b.source });
}
