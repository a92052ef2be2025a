/**
 * One article through the importer: cleaned (clean.ts), its title, date and source
 * (meta.ts), the places and industries it names (entities.ts), its figures (figures.ts), then
 * the proposal and the draft's path and text (draft.ts). Pure: reads nothing but the model
 * and the slugs already taken; writes nothing.
 */
import { join } from 'node:path';
import type { SiteModel } from '../../src/model/types.ts';
import { slugCandidates } from '../new/slug.ts';
import { cleanArticle } from './clean.ts';
import { articleMeta } from './meta.ts';
import { findEntities } from './entities.ts';
import { proposeFigures } from './figures.ts';
import { draftText, jsonFigure, type Proposal } from './draft.ts';

export interface ImportRequest {
  raw: string;
  model: SiteModel;
  contentDir: string;
  /** Briefing slugs already taken (files in content/briefings, drafts included). */
  taken: ReadonlySet<string>;
  file: string;
  today: string;
  slug?: string;
  date?: string;
  url?: string;
}

export interface ImportPlan {
  proposal: Proposal;
  /** Undefined when no known place is named: the draft could not pass the check. */
  path?: string;
  slug?: string;
  text?: string;
  notes: string[];
}

export class ImportError extends Error {}

/** The year a headline reports on ("2023年经济运行情况"), not a target year ("到2025年"). */
function titleYear(title: string | undefined): number | undefined {
  const m = title && /(?<!到|至)(20\d\d)年(?!前|底|末|内)/.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** A plan or programme (行动方案, 规划, 实施意见): its figures are what it sets out to reach. */
function isPlan(title: string | undefined, lines: string[]): boolean {
  if (title && /(?:行动)?方案|规划|纲要|实施意见|行动计划/.test(title) && !/解读|侧记|访谈|报道/.test(title)) return true;
  return lines.some((l) => /^[一二三四五六七八九十]+、\s*(?:工作目标|主要目标|发展目标|目标任务)/.test(l));
}

export function planImport(req: ImportRequest): ImportPlan {
  const article = cleanArticle(req.raw);
  if (article.lines.length === 0) throw new ImportError('原文里没有正文（只有网页杂项或空行）the article has no text once page furniture is removed');
  const meta = articleMeta(article);
  if (req.date) {
    meta.date = req.date;
    meta.dateFrom = '导入时的 --date';
  }
  const bodyLines = article.lines.filter((l) => !meta.titleLines.has(l.line));
  // One text with the title first, so the title's names count and figures' offsets are global.
  const texts = [...(meta.title ? [{ text: meta.title, line: 0 }] : []), ...bodyLines];
  let offset = 0;
  const paras = texts.map((l) => {
    const p = { ...l, offset };
    offset += l.text.length + 1;
    return p;
  });
  const whole = paras.map((p) => p.text).join('\n');
  const entities = findEntities(whole, req.model);
  const year = meta.date ? Number(meta.date.slice(0, 4)) : undefined;
  const figures = proposeFigures(
    paras.filter((p) => p.line > 0),
    { model: req.model, year, mentions: entities.mentions, main: entities.places[0]?.slug, titleYear: titleYear(meta.title), plan: isPlan(meta.title, bodyLines.map((l) => l.text)) },
  );
  const withFigures = new Set(figures.map((f) => f.subject).filter((s): s is string => !!s));
  const subjects = entities.places.filter((p) => p.count >= 2 || withFigures.has(p.slug)).map((p) => p.slug);
  if (subjects.length === 0 && entities.places.length > 0) subjects.push(entities.places[0].slug);
  const alsoNamed = entities.places.map((p) => p.slug).filter((s) => !subjects.includes(s));
  for (const f of figures) f.subject ??= subjects[0];
  const proposal: Proposal = {
    title: meta.title ?? null,
    date: meta.date ?? null,
    source: meta.source || req.url ? { ...meta.source, ...(req.url ? { url: req.url } : {}) } : null,
    subjects,
    industries: entities.industries.filter((i) => i.count >= 2).map((i) => i.slug),
    unknown: entities.unknown,
    figures: figures.map(jsonFigure),
  };
  const notes: string[] = [];
  if (subjects.length === 0) return { proposal, notes };

  let slug = req.slug;
  if (slug) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ImportError(`slug“${slug}”只能用小写字母、数字和连字符 must be lowercase letters, digits and hyphens`);
    if (req.taken.has(slug)) throw new ImportError(`content/briefings 里已有 ${slug}，导入不会覆盖它 a briefing with this slug exists and is never overwritten；换一个 --slug`);
  } else {
    const base = (meta.title ? slugCandidates('briefing', meta.title)[0] : undefined) || `${subjects[0]}-${(meta.date ?? req.today).replace(/-/g, '')}`;
    slug = base;
    for (let n = 2; req.taken.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) notes.push(`content/briefings/${base} 已存在，草稿编号为 ${slug}（原文件未动）`);
  }
  const text = draftText({ model: req.model, article, meta, entities, figures, subjects, alsoNamed, file: req.file, today: req.today, url: req.url });
  return { proposal, path: join(req.contentDir, 'briefings', `${slug}.md`), slug, text, notes };
}
