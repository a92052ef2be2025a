/**
 * Rankings (synthetic lists with invented publishers) and their entries per
 * year: the places with the highest score that year, where the score follows
 * the ranking's basis metric with a per-list preference and yearly noise, so
 * places climb and fall. Evaluations list a top ten and stated rank changes.
 */
import { rngFor } from './random.ts';
import { YEARS } from './metrics.ts';
import type { Place, Ranking } from './types.ts';

const notDistrict = (p: Place) => p.type !== '市辖区';
const topPark = (p: Place) => !p.parentPark;

/** In the order a small scale takes them: the first four cover both scopes and an evaluation. */
export const RANKINGS: Ranking[] = [
  { slug: 'county-top100', name: '全国县域经济百强', publisher: '示例县域经济研究院', scope: 'counties', size: 100, summary: '县域经济综合实力百强县（市）榜单。', eligible: notDistrict, basis: 'gdp' },
  { slug: 'development-zone-top100', name: '全国开发区百强', publisher: '示例园区发展研究中心', scope: 'parks', size: 100, summary: '开发区综合发展水平百强榜单。', eligible: topPark, basis: 'industrial_output' },
  { slug: 'county-progress-evaluation', name: '县域经济高质量发展进步榜', publisher: '示例县域经济研究院', scope: 'counties', summary: '县域经济发展评价：十强县名单与位次变化。', eligible: notDistrict, basis: 'gdp_growth', evaluation: true },
  { slug: 'industrial-county-top100', name: '全国工业百强县', publisher: '示例工业经济研究所', scope: 'counties', size: 100, summary: '工业百强县（市）榜单。', eligible: notDistrict, basis: 'industrial_output' },
  { slug: 'district-top100', name: '全国综合实力百强区', publisher: '示例城市研究院', scope: 'counties', size: 100, summary: '市辖区综合实力百强榜单。', eligible: (p) => p.type === '市辖区', basis: 'gdp' },
  { slug: 'chemical-park-top30', name: '化工园区30强', publisher: '示例化工园区研究会', scope: 'parks', size: 30, summary: '化工园区综合竞争力30强。', eligible: (p) => p.type === '化工园区', basis: 'industrial_output' },
  { slug: 'tech-innovation-county-top100', name: '全国科技创新百强县', publisher: '示例科技发展研究院', scope: 'counties', size: 100, summary: '科技创新百强县（市）榜单。', eligible: notDistrict, basis: 'rd_spending' },
  { slug: 'provincial-park-top100', name: '省级开发区百强', publisher: '示例园区发展研究中心', scope: 'parks', size: 100, summary: '省级开发区综合实力百强。', eligible: (p) => p.level === '省级', basis: 'industrial_output' },
  { slug: 'county-competitiveness-top200', name: '县域综合竞争力200强', publisher: '示例县域经济研究院', scope: 'counties', size: 200, summary: '县域综合竞争力前200名。', eligible: notDistrict, basis: 'general_budget_revenue' },
  { slug: 'hitech-zone-top50', name: '高新区创新能力50强', publisher: '示例科技发展研究院', scope: 'parks', size: 50, summary: '高新技术产业开发区创新能力50强。', eligible: (p) => p.type === '高新技术产业开发区', basis: 'high_tech_enterprises' },
  { slug: 'consumer-county-top100', name: '全国消费百强县', publisher: '示例商业经济研究所', scope: 'counties', size: 100, summary: '消费市场活力百强县（市）。', eligible: notDistrict, basis: 'retail_sales' },
  { slug: 'etdz-top30', name: '国家级经开区综合发展水平30强', publisher: '示例园区发展研究中心', scope: 'parks', size: 30, summary: '国家级经济技术开发区综合发展水平前30名。', eligible: (p) => p.type === '经济技术开发区' && p.level === '国家级', basis: 'industrial_output' },
  { slug: 'green-county-top100', name: '全国绿色发展百强县', publisher: '示例生态经济研究中心', scope: 'counties', size: 100, summary: '绿色发展百强县（市）。', eligible: notDistrict, basis: 'gdp' },
  { slug: 'park-investment-top50', name: '园区招商引资50强', publisher: '示例投资促进研究会', scope: 'parks', size: 50, summary: '园区招商引资成效50强。', eligible: topPark, basis: 'enterprises' },
  { slug: 'investment-potential-county-top100', name: '全国投资潜力百强县', publisher: '示例投资促进研究会', scope: 'counties', size: 100, summary: '投资潜力百强县（市）。', eligible: notDistrict, basis: 'gdp_growth' },
  { slug: 'industrial-park-top200', name: '全国工业园区200强', publisher: '示例工业经济研究所', scope: 'parks', size: 200, summary: '工业园区综合实力前200名。', eligible: topPark, basis: 'industrial_output' },
  { slug: 'new-urbanization-county-top100', name: '新型城镇化质量百强县', publisher: '示例城市研究院', scope: 'counties', size: 100, summary: '新型城镇化质量百强县（市）。', eligible: notDistrict, basis: 'resident_population' },
  { slug: 'smart-park-top50', name: '智慧园区50强', publisher: '示例数字经济研究院', scope: 'parks', size: 50, summary: '智慧园区建设50强。', eligible: topPark, basis: 'tax_revenue' },
  { slug: 'agriculture-county-top100', name: '全国农业强县百强', publisher: '示例农业经济研究所', scope: 'counties', size: 100, summary: '农业综合实力百强县。', eligible: (p) => p.type === '县' || p.type === '自治县' || p.type === '旗', basis: 'grain_output' },
  { slug: 'park-progress-evaluation', name: '开发区高质量发展进步榜', publisher: '示例园区发展研究中心', scope: 'parks', summary: '开发区考核评价：十强园区名单与位次变化。', eligible: topPark, basis: 'tax_revenue', evaluation: true },
];

/** Ranks per year (and an evaluation's stated changes) onto the places. */
export function rankPlaces(rankings: Ranking[], counties: Place[], parks: Place[], seed: number): void {
  for (const ranking of rankings) {
    const pool = (ranking.scope === 'counties' ? counties : parks).filter(ranking.eligible);
    // A large share of a small pool would be a list of everyone: at most half of it is listed.
    const n = ranking.evaluation ? Math.min(10, Math.floor(pool.length / 2)) : Math.min(ranking.size!, Math.floor(pool.length / 2));
    const affinity = new Map(pool.map((p) => [p.slug, Math.exp(0.3 * rngFor(seed, 'affinity', ranking.slug, p.slug).normal())]));
    for (const year of YEARS) {
      const score = (p: Place) => {
        const basis = p.figures.get(ranking.basis)?.get(String(year));
        const base = basis === undefined ? p.size * 0.5 : ranking.basis.endsWith('growth') ? p.size * (1 + basis / 20) : basis;
        return base * affinity.get(p.slug)! * Math.exp(0.12 * rngFor(seed, 'noise', ranking.slug, p.slug, year).normal());
      };
      const scored = pool.map((p) => ({ p, s: score(p) })).sort((a, b) => b.s - a.s || (a.p.slug < b.p.slug ? -1 : 1));
      scored.slice(0, n).forEach(({ p }, i) => {
        const ranks = p.ranks.get(ranking.slug) ?? new Map<number, number>();
        ranks.set(year, i + 1);
        p.ranks.set(ranking.slug, ranks);
      });
      if (!ranking.evaluation || year === YEARS[0]) continue;
      for (const p of pool) {
        const r = rngFor(seed, 'rank-change', ranking.slug, p.slug, year);
        if (!r.chance(0.12)) continue;
        const change = r.chance(0.7) ? r.int(1, 40) : -r.int(1, 15);
        const changes = p.rankChanges.get(ranking.slug) ?? new Map<number, number>();
        changes.set(year, change);
        p.rankChanges.set(ranking.slug, changes);
      }
    }
  }
}
