/**
 * Targets and projects of places: what the local plans say (GDP to reach by
 * 2025, 进位八十强, 5-8家 enterprises) and the projects under way. Some
 * projects are stated only in briefings, so briefings add figures of their own.
 */
import { rngFor, type Rng } from './random.ts';
import { LATEST, METRIC, num, round } from './metrics.ts';
import type { Industry, Place, Project, Target } from './types.ts';

const TENS = ['', '十', '二十', '三十', '四十', '五十', '六十', '七十', '八十', '九十', '百'];
const STATUSES = ['签约', '在建', '投产', '竣工', '谋划'];
const COMPANIES = ['华信', '中科', '恒泰', '瑞丰', '金鼎', '宏达', '天成', '博远', '新锐', '安泰', '鼎盛', '汇通', '正达', '远景', '同创'];
const PROJECT_FORMS = [(i: string) => `${i}产业园项目`, (i: string) => `${i}智能制造基地`, (i: string) => `${i}产业化项目`, (i: string) => `年产${i}扩能项目`, (i: string) => `${i}研发中心`];

/** A round goal above `v`: 1,234 → 1,500. */
function goal(v: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1) * 5;
  return Math.ceil(v / step) * step;
}

function rankTarget(r: Rng, p: Place, ranking: string): Target | undefined {
  const latest = p.ranks.get(ranking)?.get(LATEST);
  if (!latest || latest <= 10) return undefined;
  const rank = latest > 100 ? 100 : Math.floor((latest - 1) / 10) * 10;
  return { ranking, rank, year: r.chance(0.8) ? 2025 : undefined, label: `进位${TENS[rank / 10]}强`, chartable: true };
}

function countyTargets(r: Rng, p: Place): Target[] {
  const out: Target[] = [];
  const gdp = p.figures.get('gdp')?.get(String(LATEST));
  if (gdp !== undefined) {
    const g = goal(gdp * r.between(1.15, 1.4));
    out.push({ metric: 'gdp', value: r.chance(0.5) ? g : `${r.chance(0.3) ? '超' : ''}${g}亿元`, year: 2025, chartable: true });
  }
  for (const ranking of p.ranks.keys()) {
    const t = rankTarget(r, p, ranking);
    if (t && r.chance(0.6)) out.push(t);
  }
  for (const ranking of p.rankChanges.keys()) {
    if (r.chance(0.5)) out.push({ ranking, advance: r.pick([10, 20, 30]), year: r.chance(0.7) ? 2025 : undefined, chartable: false });
  }
  const firms = p.figures.get('above_scale_enterprises')?.get(String(LATEST));
  if (firms !== undefined && r.chance(0.5)) {
    const low = Math.round(firms * 1.1);
    out.push({ metric: 'above_scale_enterprises', value: `${low}-${low + r.int(5, 30)}家`, year: r.chance(0.6) ? 2025 : undefined, chartable: true });
  }
  return out;
}

function parkTargets(r: Rng, p: Place, names: Map<string, Industry>): Target[] {
  const out: Target[] = [];
  const output = p.figures.get('industrial_output')!.get(String(LATEST))!;
  const g = goal(output * r.between(1.2, 1.6));
  out.push({ metric: 'industrial_output', value: `${g}亿元`, year: 2025, label: `建成${g}亿级园区`, chartable: true });
  for (const slug of p.industries.slice(0, 2)) {
    if (!r.chance(0.5)) continue;
    const v = goal(output * r.between(0.2, 0.5));
    out.push({ metric: 'industrial_output', value: v, year: r.pick([2025, 2027]), industry: slug, label: `${names.get(slug)!.name}产业产值突破${v}亿元`, chartable: true });
  }
  for (const ranking of p.ranks.keys()) {
    const t = rankTarget(r, p, ranking);
    if (t && r.chance(0.5)) out.push(t);
  }
  return out;
}

function projects(r: Rng, p: Place, names: Map<string, Industry>): Project[] {
  const out: Project[] = [];
  const used = new Set<string>();
  const count = r.int(1, 4);
  for (let i = 0; i < count && p.industries.length > 0; i++) {
    const industry = names.get(r.pick(p.industries))!;
    const name = r.chance(0.5) ? `${r.pick(COMPANIES)}${PROJECT_FORMS[0](industry.name).replace('产业园', '')}` : r.pick(PROJECT_FORMS)(industry.name);
    if (used.has(name)) continue;
    used.add(name);
    const size = round(Math.max(0.5, p.size * r.between(0.01, 0.15)), 1);
    const x = r.next();
    const investment = x < 0.1 ? undefined : x < 0.7 ? size : x < 0.85 ? `约${num(size)}亿元` : x < 0.95 ? `${Math.round(size * 10) * 1000}万元` : `${num(size)}亿元以上`;
    out.push({
      name,
      investment,
      status: r.chance(0.85) ? r.pick(STATUSES) : undefined,
      year: r.int(2020, 2024),
      industries: [industry.slug],
      note: r.chance(0.1) ? `占地${r.int(50, 900)}亩` : undefined,
      inFile: r.chance(0.65),
    });
  }
  return out;
}

export function generatePlans(place: Place, industries: Map<string, Industry>, seed: number): void {
  const r = rngFor(seed, 'plans', place.slug);
  if (place.kind === 'county' && r.chance(0.45)) place.targets = countyTargets(r, place);
  if (place.kind === 'park' && r.chance(0.5)) place.targets = parkTargets(r, place, industries);
  if (place.kind === 'region' && place.tier !== 'grouping' && r.chance(0.3)) place.targets = countyTargets(r, place).filter((t) => t.metric === 'gdp');
  if (place.kind !== 'region' && r.chance(place.kind === 'park' ? 0.45 : 0.35)) place.projects = projects(r, place, industries);
}

/** The label the model gives a target without one, for text: 地区生产总值达到1200亿元. */
export function targetText(t: Target, rankingName: (slug: string) => string): string {
  if (t.label) return t.label;
  if (t.metric) {
    const def = METRIC.get(t.metric)!;
    return `${def.name}达到${typeof t.value === 'number' ? `${t.value}${def.unit}` : t.value}`;
  }
  return `${rankingName(t.ranking!)}位次前移${t.advance}位`;
}
