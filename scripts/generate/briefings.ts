/**
 * Briefings: news about places, mostly the stronger ones, each with 1–3
 * subjects, industries, a source, a summary, a body of a few paragraphs
 * naming other places, and often a `data` block. A tenth are .mdx with one
 * chart; a few are drafts; a handful restate a figure differently from the
 * place file, so the checker's conflict warning is exercised too.
 */
import { metricsYaml } from './blocks.ts';
import { METRIC } from './metrics.ts';
import { rngFor, WeightedPicker, type Rng } from './random.ts';
import { contextParagraph, industryParagraph, leadIn, outlookParagraph, type TextContext } from './text.ts';
import { storyFor, type TopicContext } from './topics.ts';
import type { Counts, Place } from './types.ts';
import { ymap, Raw, type YamlMap } from './yaml.ts';

export interface Briefing {
  slug: string;
  ext: 'md' | 'mdx';
  frontmatter: YamlMap;
  body: string;
}

const SOURCES: [string, string][] = [
  ['县域经济示例日报', 'https://example.com/daily'],
  ['示例财经', 'https://example.org/finance'],
  ['开发区示例周刊', 'https://example.net/parks'],
  ['示例新闻网', 'https://example.com/news'],
  ['示例经济观察', 'https://example.org/observer'],
];
const HEADINGS = ['## 发展亮点', '## 产业布局', '## 下一步工作'];

/** Kinds of primary subject, by share of the news. */
const KIND_SHARE: [string, number][] = [['county', 0.55], ['park', 0.3], ['region', 0.12], ['grouping', 0.03]];

function related(r: Rng, p: Place, places: Map<string, Place>): Place[] {
  const out: Place[] = [];
  const up = p.up ? places.get(p.up) : undefined;
  if (p.kind === 'county' && up && r.chance(0.35)) out.push(up);
  if (p.kind !== 'region' && p.parks.length > 0 && r.chance(0.3)) out.push(places.get(r.pick(p.parks))!);
  if (p.kind === 'park' && up && r.chance(0.5)) out.push(up);
  if (p.kind === 'region' && p.children.length > 0 && r.chance(0.4)) out.push(places.get(r.pick(p.children))!);
  if (p.members && p.members.length > 0) out.push(...r.sample(p.members, 2).map((s) => places.get(s)!));
  return out.filter((x, i) => x.slug !== p.slug && out.indexOf(x) === i).slice(0, 2);
}

function dateIn(r: Rng, year: number, months: [number, number]): string {
  const m = r.int(months[0], months[1]);
  return `${year}-${String(m).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** The figure restated with a different value: the place file wins and the check warns. */
function conflicting(p: Place, dated: number): YamlMap | undefined {
  const metric = [...p.figures.keys()].find((m) => METRIC.get(m)!.unit === '亿元');
  const last = metric ? [...p.figures.get(metric)!].filter(([period]) => Number(period) < dated).at(-1) : undefined;
  if (!metric || !last) return undefined;
  const [period, v] = last;
  const wrong = Math.round(v * 1.02 * 10) / 10;
  return ymap([['metrics', ymap([[metric, new Map([[period, ymap([['value', wrong === v ? v + 1 : wrong], ['note', '初步核算数，与统计年鉴数据有出入']])]])]])]]);
}

export interface BriefingInput {
  places: Map<string, Place>;
  text: TextContext;
  topics: TopicContext;
  counts: Counts;
  seed: number;
}

export function buildBriefings({ places, text, topics, counts, seed }: BriefingInput): Briefing[] {
  const all = [...places.values()];
  const pickers = new Map(KIND_SHARE.map(([kind]) => [kind, new WeightedPicker(all.filter((p) => (kind === 'grouping' ? p.tier === 'grouping' : p.kind === kind && p.tier !== 'grouping')), (p) => Math.sqrt(p.size))]));
  const order = rngFor(seed, 'briefing-kinds').shuffle([...Array(counts.briefings).keys()]);
  const mdx = new Set(order.slice(0, counts.mdx));
  const drafts = new Set(order.slice(counts.mdx, counts.mdx + counts.drafts));
  const slugs = new Set<string>();
  const out: Briefing[] = [];
  for (let i = 0; i < counts.briefings; i++) {
    const r = rngFor(seed, 'briefing', i);
    let x = r.next();
    const kind = KIND_SHARE.find(([, w]) => (x -= w) < 0)?.[0] ?? 'county';
    const picker = pickers.get(kind)!.size > 0 ? pickers.get(kind)! : pickers.get('county')!;
    const p = picker.pick(r);
    const story = storyFor(r, p, topics);
    const subjects = [p, ...related(r, p, places)];
    const date = dateIn(r, story.year, story.months);
    let slug = `${date}-${p.slug}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${date}-${p.slug}-${n}`;
    slugs.add(slug);
    const industries = [...new Set(subjects.flatMap((s) => s.industries))].slice(0, 3);
    const data: YamlMap = new Map();
    if (story.data) data.set(p.slug, story.data);
    const second = subjects[1];
    if (second && second.figures.size > 0 && r.chance(0.3)) {
      const metric = [...second.figures.keys()][0];
      const period = [...second.figures.get(metric)!.keys()].at(-1)!;
      data.set(second.slug, ymap([['metrics', metricsYaml(r, second, new Map([[metric, [period]]]), seed)]]));
    }
    if (!drafts.has(i) && r.chance(0.002)) {
      const wrong = conflicting(p, story.year);
      if (wrong) data.set(p.slug, wrong);
    }
    const [sourceName, site] = r.pick(SOURCES);
    const paragraphs = [
      `${leadIn(r, p, date)}${story.lead}`,
      contextParagraph(r, p, text),
      industryParagraph(r, p, industries, text),
      outlookParagraph(r, p),
    ];
    if (r.chance(0.3)) paragraphs.splice(2, 0, r.pick(HEADINGS));
    if (mdx.has(i)) paragraphs.splice(1, 0, story.chart);
    const frontmatter = ymap([
      ['title', story.title],
      ['date', new Raw(date)],
      ['subjects', subjects.map((s) => s.slug)],
      ['industries', industries],
      ['source', ymap([['name', sourceName], ['url', r.chance(0.7) ? `${site}/${slug}` : undefined], ['author', r.chance(0.3) ? '示例记者' : undefined]])],
      ['summary', story.lead],
      ['draft', drafts.has(i) ? true : undefined],
      ['data', data],
    ]);
    out.push({ slug, ext: mdx.has(i) ? 'mdx' : 'md', frontmatter, body: `${paragraphs.join('\n\n')}\n` });
  }
  return out;
}
