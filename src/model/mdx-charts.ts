/**
 * Charts that editors place in MDX briefings, e.g.
 *   <RankChart places={["zhijiang"]} ranking="county-top100" />
 * The same resolver serves validation (before any page renders, with
 * messages naming the briefing file) and rendering (the MDX components).
 */
import { parseExpressionAt, type AnyNode } from 'acorn';
import { mdxTreeOf, parseMarkdown, parseMdx, type MdxNode } from './mdx-syntax.ts';
import { closest, show } from './diagnostics.ts';
import { asList, isSpec, mdxChartSpec, type MdxProblem } from './mdx-chart-figures.ts';
import type { ChartSpec } from '../charts/index.ts';
import type { SiteModel } from './types.ts';

export { isSpec, mdxChartSpec, mdxChartId, type MdxProblem } from './mdx-chart-figures.ts';

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

export interface MdxChartUse {
  component: string;
  props: Record<string, unknown>;
  line: number;
  /** Set once checked: the chart's spec, drawn by the page and by its data download. */
  spec?: ChartSpec;
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
  // Most bodies have no capitalised tag at all: no need to parse them.
  if (!/<[A-Z]/.test(body)) return [];
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
    const specs = new Map<string, ChartSpec>();
    const valid: MdxChartUse[] = [];
    for (const u of uses) {
      const issues = checkMdxChart(model, u);
      for (const p of issues) report(severity, f.file, at(u.line, p.field), p.message, p.hint);
      if (issues.length > 0) continue;
      const spec = mdxChartSpec(model, f.slug, u);
      if (!isSpec(spec)) report(severity, f.file, at(u.line, spec.field), spec.message, spec.hint);
      else if (specs.has(spec.id)) report(severity, f.file, at(u.line, `<${u.component}>`), '同一张图在这篇简报中出现了两次 the same chart appears twice in this briefing', '删去重复的一个，或改变它的属性（如 title）');
      else {
        specs.set(spec.id, spec);
        valid.push({ ...u, spec });
      }
    }
    const briefing = model.briefingBySlug.get(f.slug);
    if (briefing) briefing.charts = valid;
  }
}
