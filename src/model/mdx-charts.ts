/**
 * Charts that editors place in MDX briefings, e.g.
 *   <RankChart places={["zhijiang"]} ranking="county-top100" />
 * The same resolver serves validation (before any page renders, with
 * messages naming the briefing file) and rendering (the MDX components).
 */
import { parseExpressionAt, type AnyNode } from 'acorn';
import { mdxTreeOf, parseMarkdown, parseMdx, type MdxNode } from './mdx-syntax.ts';
import { closest, show } from './diagnostics.ts';
import { mainMetricOf } from './views.ts';
import { comparisonFigure } from './charts.ts';
import {
  indicatorTimeChart,
  projectsChart,
  rankTrajectoryChart,
  targetProgressChart,
  type ChartFigure,
} from '../charts/index.ts';
import type { Place, SiteModel } from './types.ts';

type PropKind = 'slug' | 'slugs' | 'text' | 'periods' | 'choice';
interface Spec {
  props: Record<string, { kind: PropKind; required?: boolean; of?: 'place' | 'metric' | 'ranking' | 'region' | 'industry'; choices?: string[] }>;
  example: string;
}

export const MDX_CHARTS: Record<string, Spec> = {
  RankChart: {
    props: { places: { kind: 'slugs', required: true, of: 'place' }, ranking: { kind: 'slug', of: 'ranking' }, title: { kind: 'text' } },
    example: '<RankChart places={["zhijiang"]} ranking="county-top100" />',
  },
  IndicatorChart: {
    props: { places: { kind: 'slugs', required: true, of: 'place' }, metric: { kind: 'slug', required: true, of: 'metric' }, periods: { kind: 'periods' }, title: { kind: 'text' } },
    example: '<IndicatorChart places={["yidu", "zhijiang"]} metric="gdp" periods={["2021", "2022"]} />',
  },
  CompareChart: {
    props: { places: { kind: 'slugs', of: 'place' }, region: { kind: 'slug', of: 'region' }, industry: { kind: 'slug', of: 'industry' }, metric: { kind: 'slug', of: 'metric' }, title: { kind: 'text' } },
    example: '<CompareChart region="dangzhisongyi" metric="gdp" />',
  },
  TargetChart: {
    props: { place: { kind: 'slug', required: true, of: 'place' }, metric: { kind: 'slug', of: 'metric' }, ranking: { kind: 'slug', of: 'ranking' }, title: { kind: 'text' } },
    example: '<TargetChart place="qianjiang" metric="gdp" />',
  },
  ProjectsChart: {
    props: { places: { kind: 'slugs', required: true, of: 'place' }, by: { kind: 'choice', choices: ['status', 'industry'] }, title: { kind: 'text' } },
    example: '<ProjectsChart places={["suizhou-gaoxinqu"]} by="status" />',
  },
};

export interface MdxProblem {
  field: string;
  message: string;
  hint?: string;
}

export interface MdxChartUse {
  component: string;
  props: Record<string, unknown>;
  line: number;
  /** Set once checked: the chart, built once and reused by the page and the CSV. */
  figure?: ChartFigure;
}

type Found = { uses: MdxChartUse[]; problems: (MdxProblem & { line: number })[] };

/** A component's tag name: capitalised, unlike HTML (`div`), `a.b`, `a:b` or a fragment `<>`. */
const COMPONENT = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Finds capitalised JSX components in an MDX body and reads their attributes.
 * A body that is not valid MDX has none here: checkMdxSyntax reports it.
 */
export function scanMdx(body: string): Found {
  let tree: MdxNode;
  try {
    tree = parseMdx(body);
  } catch {
    return { uses: [], problems: [] };
  }
  return componentsIn(tree, body);
}

/** An ESTree node (acorn with JSX), as far as it is read here. */
interface EsNode {
  type: string;
  start: number;
  end: number;
  loc: { start: { line: number } };
  [key: string]: unknown;
}

/**
 * The components in an MDX syntax tree, in the order they are written, with the
 * line of each. Code, fenced or inline, is one text node in the tree, so a
 * component shown there as an example is not found. MDX has no indented code:
 * an indented component is drawn, so it is found. So is a component written
 * inside a `{…}` expression, which MDX draws too.
 */
function componentsIn(tree: MdxNode, body: string): Found {
  const uses: MdxChartUse[] = [];
  const problems: Found['problems'] = [];
  const unreadable = (line: number, component: string, name: string, text: string) =>
    problems.push({ line, field: `<${component}> ${name}`, message: `读不懂这个值（现为 found {${text.trim()}}）cannot read this value`, hint: `写成 ${name}={["a", "b"]}、${name}="a" 或 ${name}={2021}` });
  const spread = (line: number, component: string, text: string) =>
    problems.push({ line, field: `<${component}>`, message: `读不懂这个值（现为 found {${text.trim()}}）cannot read this value`, hint: `把属性逐个写出 write each prop out, e.g. ${MDX_CHARTS[component]?.example ?? 'places={["a", "b"]}'}` });

  // Components in JavaScript: expressions, ESM, attribute values.
  const walkEstree = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walkEstree);
    if (!x || typeof x !== 'object') return;
    const n = x as EsNode;
    if (n.type === 'JSXElement') {
      const open = n.openingElement as { name: EsNode; attributes: EsNode[]; loc: EsNode['loc'] };
      const component = open.name.type === 'JSXIdentifier' ? String(open.name.name) : '';
      if (COMPONENT.test(component)) {
        const line = open.loc.start.line;
        const props: Record<string, unknown> = {};
        for (const a of open.attributes) {
          if (a.type !== 'JSXAttribute') {
            spread(line, component, body.slice(a.start + 1, a.end - 1));
            continue;
          }
          const key = a.name as EsNode;
          const name = key.type === 'JSXNamespacedName' ? `${(key.namespace as EsNode).name}:${(key.name as EsNode).name}` : String(key.name);
          const value = a.value as EsNode | null;
          if (!value) props[name] = true;
          else if (value.type === 'Literal') props[name] = value.value;
          else {
            try {
              if (value.type !== 'JSXExpressionContainer') throw new Error(`not a literal: ${value.type}`);
              props[name] = literalValue(value.expression as AnyNode);
            } catch {
              unreadable(line, component, name, value.type === 'JSXExpressionContainer' ? body.slice(value.start + 1, value.end - 1) : body.slice(value.start, value.end));
            }
          }
        }
        uses.push({ component, props, line });
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'range' && value && typeof value === 'object') walkEstree(value);
  };

  const visit = (node: MdxNode): void => {
    const attributes = node.attributes ?? [];
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && COMPONENT.test(node.name)) {
      const component = node.name;
      const line = node.position!.start.line;
      const props: Record<string, unknown> = {};
      for (const a of attributes) {
        if (a.type !== 'mdxJsxAttribute') spread(line, component, String(a.value));
        else if (a.value === null || a.value === undefined) props[a.name!] = true;
        else if (typeof a.value === 'string') props[a.name!] = a.value;
        else {
          try {
            props[a.name!] = literal(a.value.value);
          } catch {
            unreadable(line, component, a.name!, a.value.value);
          }
        }
      }
      uses.push({ component, props, line });
    }
    if (node.data?.estree) walkEstree(node.data.estree);
    for (const a of attributes) {
      if (a.data?.estree) walkEstree(a.data.estree);
      if (a.value && typeof a.value === 'object' && a.value.data?.estree) walkEstree(a.value.data.estree);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { uses, problems };
}

/**
 * Capitalised tags in a .md body, where they are shown as text, not drawn.
 * Code (fenced, indented, inline) and HTML comments are left out, found by
 * their positions in the Markdown syntax tree.
 */
function tagsInMarkdown(body: string): { component: string; line: number }[] {
  const hidden: [number, number][] = [];
  const visit = (node: MdxNode): void => {
    const hide = node.type === 'code' || node.type === 'inlineCode' || (node.type === 'html' && node.value?.startsWith('<!--'));
    if (hide && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) hidden.push([node.position.start.offset, node.position.end.offset]);
    else for (const child of node.children ?? []) visit(child);
  };
  visit(parseMarkdown(body));
  let shown = '';
  let at = 0;
  for (const [from, to] of hidden) {
    shown += body.slice(at, from) + body.slice(from, to).replace(/[^\n]/g, ' ');
    at = to;
  }
  shown += body.slice(at);
  const tag = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*)\s*\/?>/g;
  return [...shown.matchAll(tag)].map((m) => ({ component: m[1], line: body.slice(0, m.index).split('\n').length }));
}

/** The value of a JSX attribute expression made only of literals: "a", 'a', 2021, [..], true. */
function literal(expr: string): unknown {
  const node = parseExpressionAt(expr, 0, { ecmaVersion: 'latest' }) as AnyNode;
  if (expr.slice(node.end).trim() !== '') throw new Error('trailing text');
  return literalValue(node);
}

function literalValue(n: AnyNode): unknown {
  if (n.type === 'Literal') return n.value;
  if (n.type === 'ArrayExpression') return n.elements.map((e) => (e ? literalValue(e as AnyNode) : undefined));
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked;
  if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal') return -(n.argument.value as number);
  throw new Error(`not a literal: ${n.type}`);
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Checks props against the component's spec and the model. */
export function checkMdxChart(model: SiteModel, use: Pick<MdxChartUse, 'component' | 'props'>): MdxProblem[] {
  const spec = MDX_CHARTS[use.component];
  const tagName = `<${use.component}>`;
  if (!spec) {
    const guess = closest(use.component, Object.keys(MDX_CHARTS));
    return [{ field: tagName, message: `不认识的组件 unknown component`, hint: guess ? `是不是 did you mean <${guess}>？` : `可用的图表组件：${Object.keys(MDX_CHARTS).join('、')}` }];
  }
  const problems: MdxProblem[] = [];
  for (const key of Object.keys(use.props)) {
    if (!spec.props[key]) problems.push({ field: `${tagName} ${key}`, message: '这个组件没有这个属性 unknown prop', hint: `可用的属性：${Object.keys(spec.props).join('、')}；例：${spec.example}` });
  }
  const known = {
    place: model.places,
    region: new Map(model.regions.map((r) => [r.slug, r])),
    metric: model.metrics,
    ranking: model.rankings,
    industry: model.industries,
  };
  for (const [key, p] of Object.entries(spec.props)) {
    const value = use.props[key];
    const field = `${tagName} ${key}`;
    if (value === undefined) {
      if (p.required) problems.push({ field, message: '缺少必填属性 required prop is missing', hint: `例：${spec.example}` });
      continue;
    }
    if (p.kind === 'text') {
      if (typeof value !== 'string') problems.push({ field, message: `必须是文字（现为 found ${show(value)}）must be text` });
      continue;
    }
    if (p.kind === 'choice') {
      if (!p.choices!.includes(String(value))) problems.push({ field, message: `只能是 ${p.choices!.join(' 或 ')}（现为 found ${show(value)}）must be one of these`, hint: `例：${spec.example}` });
      continue;
    }
    if (p.kind === 'periods') {
      for (const v of asList(value)) if (!/^\d{4}(Q[1-4])?$/.test(String(v))) problems.push({ field, message: `“${String(v)}”不是年份或季度 not a period`, hint: '如 periods={["2021", "2022"]}' });
      continue;
    }
    if (p.kind === 'slugs' && !Array.isArray(value)) {
      problems.push({ field, message: `必须是 slug 列表（现为 found ${show(value)}）must be a list`, hint: `如 ${key}={["${String(value)}"]}` });
      continue;
    }
    if (p.kind === 'slug' && typeof value !== 'string') {
      problems.push({ field, message: `必须是一个 slug（现为 found ${show(value)}）must be one slug`, hint: `如 ${key}="…"` });
      continue;
    }
    const map = known[p.of!] as Map<string, unknown>;
    for (const v of asList(value)) {
      if (!map.has(String(v))) {
        const guess = closest(String(v), map.keys());
        problems.push({ field, message: `找不到“${String(v)}” unknown ${p.of}`, hint: guess ? `是不是 did you mean “${guess}”？` : undefined });
      }
    }
  }
  if (use.component === 'CompareChart' && [use.props.places, use.props.region, use.props.industry].filter((v) => v !== undefined).length !== 1) {
    problems.push({ field: `${tagName} places`, message: '要比较的地点：places、region、industry 三者写且只写一个 give exactly one of places, region or industry', hint: spec.example });
  }
  return problems;
}

/** FNV-1a of the canonical props: the same chart gets the same id in validation and rendering. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function canonical(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}

export function mdxChartId(briefing: string, component: string, props: Record<string, unknown>): string {
  return `briefings-${briefing}-${component.toLowerCase()}-${hash(canonical(props))}`;
}

/** Builds the chart; returns a problem when the data cannot draw it (never an empty chart). */
export function mdxChartFigure(model: SiteModel, briefing: string, use: Pick<MdxChartUse, 'component' | 'props'>): ChartFigure | MdxProblem {
  const id = mdxChartId(briefing, use.component, use.props);
  const p = use.props;
  const places = asList(p.places ?? p.place).map((s) => model.places.get(String(s))!) as Place[];
  const title = typeof p.title === 'string' ? p.title : undefined;
  const empty = (what: string): MdxProblem => ({ field: `<${use.component}>`, message: `没有可画的数据：${what} the chart would be empty`, hint: '先在简报的 data 或地点文件中写上这些数据，或换一组地点/指标' });
  switch (use.component) {
    case 'RankChart': {
      const ranking = typeof p.ranking === 'string' ? p.ranking : undefined;
      const series = places.flatMap((pl) =>
        [...pl.ranks.entries()]
          .filter(([slug]) => !ranking || slug === ranking)
          .map(([slug, entries]) => ({ place: pl.name, ranking: model.rankings.get(slug)!.name, points: entries.map((e) => ({ period: String(e.year), rank: e.rank })) })),
      );
      if (series.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有${ranking ? `“${model.rankings.get(ranking)!.name}”的` : ''}位次`);
      const t = places.length === 1 && ranking ? places[0].targets.find((x) => x.ranking === ranking && x.rank) : undefined;
      return rankTrajectoryChart({ series, title, target: t ? { rank: t.rank!, deadline: t.year ? String(t.year) : undefined } : undefined }, id);
    }
    case 'IndicatorChart': {
      const metric = String(p.metric);
      const def = model.metrics.get(metric)!;
      const periods = p.periods === undefined ? undefined : asList(p.periods).map(String);
      const series = places
        .map((pl) => ({ place: pl.name, points: (pl.figures.get(metric) ?? []).filter((o) => !periods || periods.includes(o.period)).map((o) => ({ period: o.period, value: o.value, stated: o.stated })) }))
        .filter((s) => s.points.length > 0);
      if (series.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有“${def.name}”${periods ? `（${periods.join('、')}）` : ''}的数据`);
      return indicatorTimeChart({ indicator: def.name, unit: def.unit, series, periods, title }, id);
    }
    case 'CompareChart': {
      let slugs: string[];
      let group: string;
      if (p.region !== undefined) {
        const r = model.regions.find((x) => x.slug === p.region)!;
        slugs = r.members.filter((s) => model.places.get(s)!.kind === 'county');
        if (slugs.length < 2) slugs = r.members;
        group = r.name;
      } else if (p.industry !== undefined) {
        const ind = model.industries.get(String(p.industry))!;
        slugs = ind.places.map((x) => x.slug);
        group = ind.name;
      } else {
        slugs = asList(p.places).map(String);
        group = '';
      }
      const metric = typeof p.metric === 'string' ? p.metric : mainMetricOf(model, slugs);
      const fig = metric ? comparisonFigure(model, slugs, group, id, metric) : undefined;
      if (!fig) return empty(`少于两个地点有${metric ? `“${model.metrics.get(metric)!.name}”` : '共同指标'}的数据`);
      return title ? { ...fig, title } : fig;
    }
    case 'TargetChart': {
      const pl = places[0];
      const t = pl.targets.find((x) => x.actual && ((p.metric && x.metric === p.metric) || (p.ranking && x.ranking === p.ranking && x.rank) || (!p.metric && !p.ranking && (x.value !== undefined || x.rank !== undefined))));
      if (!t) return empty(`${pl.name} 没有带最新实际值的${p.metric ? `“${model.metrics.get(String(p.metric))!.name}”` : ''}目标`);
      if (t.metric) {
        const def = model.metrics.get(t.metric)!;
        return targetProgressChart({ type: 'value', place: pl.name, indicator: def.name, unit: def.unit, target: t.value!, targetStated: t.stated, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual!.period, value: t.actual!.value, stated: t.actual!.stated }, title: title ?? `${pl.name}：${t.label}` }, id);
      }
      return targetProgressChart({ type: 'rank', place: pl.name, ranking: model.rankings.get(t.ranking!)!.name, target: t.rank!, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual!.period, rank: t.actual!.value }, title: title ?? `${pl.name}：${t.label}` }, id);
    }
    case 'ProjectsChart': {
      const projects = places.flatMap((pl) => pl.projects).filter((x) => x.investment !== undefined);
      if (projects.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有写明投资额的项目`);
      return projectsChart(
        {
          owner: places.map((x) => x.name).join('、'),
          groupBy: p.by === 'industry' ? 'industry' : 'status',
          title,
          projects: projects.map((x) => ({ name: x.name, investment: x.investment!, investmentStated: x.investmentStated, unit: '亿元', status: x.status, industry: x.industries[0] ? model.industries.get(x.industries[0])!.name : undefined })),
        },
        id,
      );
    }
  }
  return { field: `<${use.component}>`, message: 'unknown component' };
}

export function isFigure(x: ChartFigure | MdxProblem): x is ChartFigure {
  return 'svg' in x;
}

/**
 * Checks every chart component in every briefing before any page renders,
 * and records the valid ones on the briefing for the CSV downloads.
 */
export function checkBriefingCharts(
  model: SiteModel,
  files: readonly { folder: string; slug: string; file: string; ext: string; body: string; bodyOffset: number; data: Record<string, unknown> }[],
  report: (severity: 'error' | 'warning', file: string, field: string, message: string, hint?: string) => void,
): void {
  for (const f of files) {
    if (f.folder !== 'briefings') continue;
    // A draft's own figures are not in the model, so its charts may not draw yet: warn only.
    const severity = f.data.draft === true ? 'warning' : 'error';
    const at = (bodyLine: number, field: string) => {
      const line = bodyLine + f.bodyOffset;
      return `${field}（第 ${line} 行 line ${line}）`;
    };
    if (f.ext === 'md') {
      for (const u of tagsInMarkdown(f.body)) if (MDX_CHARTS[u.component]) report(severity, f.file, at(u.line, `<${u.component}>`), '图表组件只能用在 .mdx 文件中 chart components work only in .mdx files', `把文件改名为 ${f.slug}.mdx`);
      continue;
    }
    // The tree the syntax check parsed; none when the body is not valid MDX, which that check reports.
    const tree = mdxTreeOf(f);
    if (!tree) continue;
    const { uses, problems } = componentsIn(tree, f.body);
    for (const p of problems) report(severity, f.file, at(p.line, p.field), p.message, p.hint);
    const figures = new Map<string, ChartFigure>();
    const valid: MdxChartUse[] = [];
    for (const u of uses) {
      const issues = checkMdxChart(model, u);
      for (const p of issues) report(severity, f.file, at(u.line, p.field), p.message, p.hint);
      if (issues.length > 0) continue;
      const fig = mdxChartFigure(model, f.slug, u);
      if (!isFigure(fig)) report(severity, f.file, at(u.line, fig.field), fig.message, fig.hint);
      else if (figures.has(fig.id)) report(severity, f.file, at(u.line, `<${u.component}>`), '同一张图在这篇简报中出现了两次 the same chart appears twice in this briefing', '删去重复的一个，或改变它的属性（如 title）');
      else {
        figures.set(fig.id, fig);
        valid.push({ ...u, figure: fig });
      }
    }
    const briefing = model.briefingBySlug.get(f.slug);
    if (briefing) briefing.charts = valid;
  }
}
