/**
 * The proposal for one article (what `--json` prints) and the draft briefing written from it:
 * frontmatter with what the text states, `draft: true`, the proposed figures as commented YAML
 * for the editor to confirm line by line, the page furniture that was removed (as comments, so
 * nothing is lost), and the article's text as the body.
 */
import { yamlString } from '../new/templates.ts';
import { slugOf } from '../new/slug.ts';
import type { SiteModel } from '../../src/model/types.ts';
import type { CleanArticle } from './clean.ts';
import type { ArticleMeta } from './meta.ts';
import type { ArticleEntities, UnknownName } from './entities.ts';
import { formatValue, type ProposedFigure } from './figures.ts';
import { SUBHEADING } from './text.ts';

export interface Proposal {
  title: string | null;
  date: string | null;
  source: { name?: string; author?: string; url?: string } | null;
  subjects: string[];
  industries: string[];
  unknown: UnknownName[];
  figures: JsonFigure[];
}

/** One figure as `--json` prints it (the issue's shape, with the optional fields the draft uses). */
export interface JsonFigure {
  kind: ProposedFigure['kind'];
  subject: string | null;
  metric?: string;
  ranking?: string;
  period?: string;
  value?: number | string;
  rank?: number;
  unit?: string;
  qualifier?: string;
  advance?: number;
  year?: number;
  name?: string;
  status?: string;
  label?: string;
  note?: string;
  sentence: string;
  line: number;
}

export function jsonFigure(f: ProposedFigure): JsonFigure {
  const value = f.kind === 'rank_change' ? f.value : f.value !== undefined && f.max !== undefined ? `${f.value}-${f.max}` : f.value;
  const out: JsonFigure = { kind: f.kind, subject: f.subject ?? null, sentence: f.sentence, line: f.line };
  const put = <K extends keyof JsonFigure>(k: K, v: JsonFigure[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  put('metric', f.metric);
  put('ranking', f.ranking);
  put('period', f.period);
  put('year', f.year);
  put('value', value);
  put('rank', f.rank);
  put('advance', f.advance);
  put('unit', f.unit);
  put('qualifier', f.qualifier);
  put('name', f.name);
  put('status', f.status);
  put('label', f.label ?? f.rankingLabel);
  put('note', f.note);
  return out;
}

/** A key for a metric or ranking the content lacks, from its words: 工业总产值 → gongyezongchanzhi. */
const keyFor = (words: string, sep: string) => slugOf(words).replace(/-/g, sep).slice(0, 40) || 'daiding';

const q = (f: ProposedFigure) => formatValue({ value: f.value!, max: f.max, unit: f.unit!, qualifier: f.qualifier });

export interface DraftInput {
  model: SiteModel;
  article: CleanArticle;
  meta: ArticleMeta;
  entities: ArticleEntities;
  figures: ProposedFigure[];
  subjects: string[];
  /** Places named but not chosen as subjects (named once, no figure). */
  alsoNamed: string[];
  file: string;
  today: string;
  url?: string;
}

/** Items grouped by a key, in the order each key first appears. */
function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Commented YAML lines for the data block, grouped by subject and block. */
function dataLines(input: DraftInput): string[] {
  const { model, figures } = input;
  const out: string[] = [];
  const src = (f: ProposedFigure) => `#       # 原文（第${f.line}行）：${f.sentence.replace(/\s+/g, ' ')}`;
  /** Metrics, ranks and rank changes: one `key: { period: value }` line per key, each figure's sentence above it. */
  const periodBlock = (block: string, list: ProposedFigure[], spec: { key: (f: ProposedFigure) => string; missing: (f: ProposedFigure, key: string) => string | undefined; value: (f: ProposedFigure) => string }) => {
    if (list.length === 0) return;
    out.push(`#     ${block}:`);
    for (const [key, fl] of groupBy(list, spec.key)) {
      const missing = spec.missing(fl[0], key);
      if (missing) out.push(`#       # ${missing}`);
      const periods = new Map<string, string>();
      for (const f of fl) {
        out.push(src(f));
        const v = f.note ? `{ value: ${spec.value(f)}, note: ${yamlString(f.note)} }` : spec.value(f);
        const p = f.period ?? '年份';
        if (!f.period) out.push('#       # 原文和页面都没有写年份：把下面的“年份”改成这个数所属的年份，如 2023');
        if (periods.has(p)) out.push(`#       # 同一期别的另一个数：${v}（二选一）`);
        else periods.set(p, v);
      }
      out.push(`#       ${key}: { ${[...periods].map(([p, v]) => `${p}: ${v}`).join(', ')} }`);
    }
  };
  const ranking = {
    key: (f: ProposedFigure) => f.ranking ?? keyFor(f.rankingLabel ?? '', '-'),
    missing: (f: ProposedFigure) => (f.ranking ? undefined : `还没有这个榜单（原文“${f.rankingLabel ?? ''}”）：npm run new -- ranking ${f.rankingLabel ?? '榜单名称'}，或把键改成已有榜单的 slug`),
  };
  out.push('# data:');
  for (const [subject, fs] of groupBy(figures, (f) => f.subject ?? input.subjects[0])) {
    out.push(`#   ${subject}:${model.places.get(subject) ? `  # ${model.places.get(subject)!.name}` : ''}`);
    periodBlock('metrics', fs.filter((f) => f.kind === 'metric'), {
      key: (f) => f.metric ?? keyFor(f.label ?? '', '_'),
      missing: (f, key) => (f.metric ? undefined : `metrics.yaml 里还没有这个指标（原文“${f.label ?? ''}”）：先在 metrics.yaml 加一行，如 ${key}: { name: ${yamlString(f.label ?? '指标名称')}, unit: ${yamlString(f.unit!)} }，或把键改成已有的指标`),
      value: (f) => yamlString(q(f)),
    });
    periodBlock('rankings', fs.filter((f) => f.kind === 'rank'), { ...ranking, value: (f) => String(f.rank) });
    periodBlock('rank_changes', fs.filter((f) => f.kind === 'rank_change'), { ...ranking, value: (f) => (f.value! > 0 ? `+${f.value}` : String(f.value)) });
    const targets = fs.filter((f) => f.kind === 'target');
    if (targets.length > 0) {
      out.push('#     targets:');
      for (const f of targets) {
        out.push(src(f));
        const parts: string[] = [];
        if (f.rank !== undefined || f.advance !== undefined) {
          parts.push(`ranking: ${f.ranking ?? keyFor(f.rankingLabel ?? '', '-')}`);
          parts.push(f.rank !== undefined ? `rank: ${f.rank}` : `advance: ${f.advance}`);
          if (!f.ranking) out.push(`#       # 还没有这个榜单（原文“${f.rankingLabel ?? ''}”）：npm run new -- ranking 榜单名称，或改成已有榜单的 slug`);
        } else {
          parts.push(`metric: ${f.metric ?? keyFor(f.label ?? '', '_')}`, `value: ${yamlString(q(f))}`);
          if (!f.metric) out.push(`#       # metrics.yaml 里还没有这个指标（原文“${f.label ?? ''}”）：先在 metrics.yaml 加上，或改成已有的指标`);
        }
        if (f.year) parts.push(`year: ${f.year}`);
        if (f.label && (f.rank !== undefined || f.advance !== undefined || f.metric)) parts.push(`label: ${yamlString(f.label)}`);
        if (f.note) parts.push(`note: ${yamlString(f.note)}`);
        out.push(`#       - { ${parts.join(', ')} }`);
      }
    }
    const projects = fs.filter((f) => f.kind === 'project');
    if (projects.length > 0) {
      out.push('#     projects:');
      for (const f of projects) {
        out.push(src(f));
        if (!f.name) out.push('#       # 原文没有写出项目名称：补上 name');
        if (f.value === undefined) out.push('#       # 原文没有写投资额：有就补上 investment，没有就不写');
        const parts = [`name: ${yamlString(f.name ?? '项目名称')}`];
        if (f.value !== undefined) parts.push(`investment: ${yamlString(q(f))}`);
        if (f.status) parts.push(`status: ${f.status}`);
        if (f.note) parts.push(`note: ${yamlString(f.note)}`);
        out.push(`#       - { ${parts.join(', ')} }`);
      }
    }
  }
  return out;
}

/** A line of article text as Markdown: characters Markdown would read as markup are escaped. */
function markdownLine(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>{}]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
  return escaped.replace(/^(#|=+$|-+$|[-+](?=\s)|\d+(?=[.)]\s))/, '\\$1');
}


export function draftText(input: DraftInput): string {
  const { meta, article, entities, model } = input;
  const fm: string[] = [];
  fm.push(`# 草稿：由 npm run import 从 ${input.file} 生成（${input.today}）。`);
  fm.push('# 核对标题、日期、来源、地方和下面找到的数字；确认无误后删去 draft: true 再发布。');
  if (article.traditional) fm.push('# 原文是繁体，已用 OpenCC 转成简体：人名地名请再看一遍。');
  for (const w of article.warnings) fm.push(`# 提醒：${w}`);
  if (meta.title) {
    fm.push(`title: ${yamlString(meta.title)}`);
    fm.push(`# 标题取自${meta.titleFrom}`);
  } else {
    const first = article.lines.find((l) => !meta.titleLines.has(l.line))?.text ?? '';
    const guess = first.replace(/[，,。；;：:！？!?].*$/, '').slice(0, 30) || '标题';
    fm.push(`title: ${yamlString(guess)}`);
    fm.push('# 原文没有标题：这是正文的第一句，请改写成标题');
  }
  if (meta.date) {
    fm.push(`date: ${meta.date}`);
    fm.push(`# 日期取自${meta.dateFrom}`);
  } else {
    fm.push(`date: ${input.today}`);
    fm.push('# 原文没有写发布日期：这是导入当天的日期，请改成原文发布的日期（也可以导入时加 --date 2022-01-21）');
  }
  const source = { ...meta.source, ...(input.url ? { url: input.url } : {}) };
  if (source.name || source.author || source.url) {
    fm.push('source:');
    if (source.name) fm.push(`  name: ${yamlString(source.name)}`);
    if (source.url) fm.push(`  url: ${yamlString(source.url)}`);
    if (source.author) fm.push(`  author: ${yamlString(source.author)}`);
  } else fm.push('# source: { name: 来源媒体或机构, url: https://…, author: 作者 }  # 原文没有写明来源');
  fm.push('subjects:');
  const counted = new Map(entities.places.map((p) => [p.slug, p.count]));
  for (const s of input.subjects) fm.push(`  - ${s}  # ${model.places.get(s)!.name}，提到 ${counted.get(s) ?? 0} 次`);
  for (const s of input.alsoNamed) fm.push(`  # - ${s}  # ${model.places.get(s)!.name}，只提到 1 次：是简报写的地方就去掉行首的“# ”`);
  const industries = entities.industries.filter((i) => i.count >= 2);
  if (industries.length > 0) fm.push('industries:');
  else if (entities.industries.length > 0) fm.push('# industries:');
  for (const i of entities.industries) {
    const name = model.industries.get(i.slug)!.name;
    fm.push(i.count >= 2 ? `  - ${i.slug}  # ${name}，提到 ${i.count} 次` : `  # - ${i.slug}  # ${name}，只提到 1 次：是简报写的产业就去掉行首的“# ”`);
  }
  fm.push('draft: true');
  for (const u of entities.unknown) fm.push(`# 正文提到的“${u.name}”还没有文件：${u.command}`);
  if (input.figures.length > 0) {
    fm.push('');
    fm.push(`# 从正文找到 ${input.figures.length} 个数字，每个下面一行是建议的写法。逐条核对：`);
    fm.push('#   确认的，去掉这一行开头的“# ”（“# # 原文”这样的说明行不用动），连同上面的 data、地方和 metrics 等行；');
    fm.push('#   不对的删掉或改正；期别、年份是推定的，注里写明了依据。');
    fm.push(...dataLines(input));
  }
  if (article.removed.length > 0) {
    fm.push('');
    fm.push(`# 导入时去掉的网页杂项（共 ${article.removed.length} 行，留在这里备查）：`);
    for (const r of article.removed) fm.push(`#   第${r.line}行（${r.why.replace(/ [a-z].*$/, '')}）：${r.text.replace(/\s+/g, ' ')}`);
  }
  const body = article.lines
    .filter((l) => !meta.titleLines.has(l.line))
    .map((l) => (SUBHEADING.test(l.text) && !/^[“"（(—]/.test(l.text) ? `## ${markdownLine(l.text)}` : markdownLine(l.text)))
    .join('\n\n');
  return `---\n${fm.join('\n')}\n---\n${body}\n`;
}
