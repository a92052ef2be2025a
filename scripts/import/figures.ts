/**
 * Figures in an article's sentences, proposed for the editor to confirm: metrics with units and
 * qualifiers, rank statements and rank changes, targets (a figure, a rank or places to advance)
 * and projects with their investment, each attached to the nearest place the text names.
 *
 * The rules are about how Chinese economic writing states a figure, not about any one article:
 * a count of items the sentence has just listed (兴隆、泽口两个灌区) is not a figure; a size
 * written before a noun (600万吨氧化铝, 5000万元以上项目) describes the noun; 力争/确保/到2025年
 * make a target, 已/去年/今年以来 a fact; 投资X亿元 names a project.
 */
import type { SiteModel } from '../../src/model/types.ts';
import { CN_NUMERAL, formatValue, readNumber } from './numbers.ts';
import type { PlaceMention } from './entities.ts';
import { figureKeys } from './keys.ts';
import { quantityFigures } from './quantities.ts';
import { FUTURE_NEAR, FUTURE_STRONG, PAST, PAST_SENTENCE, PRESENT, SUBHEADING, clauseAt, sentences } from './text.ts';

export type FigureKind = 'metric' | 'rank' | 'rank_change' | 'target' | 'project';

export interface ProposedFigure {
  kind: FigureKind;
  subject?: string;
  metric?: string;
  /** The source's words for a figure whose metric is not in metrics.yaml. */
  label?: string;
  ranking?: string;
  /** The source's words for the list, where no ranking matched. */
  rankingLabel?: string;
  period?: string;
  /** Targets: the year to reach it, where the text gives one. */
  year?: number;
  value?: number;
  max?: number;
  unit?: string;
  qualifier?: string;
  rank?: number;
  /** Targets: places to move up (位次前移20位). */
  advance?: number;
  /** Projects. */
  name?: string;
  status?: string;
  note?: string;
  sentence: string;
  /** The input line the sentence is on. */
  line: number;
}

export interface FigureContext {
  model: SiteModel;
  /** Publication year, for 去年/今年 and periods the text leaves out. */
  year?: number;
  mentions: PlaceMention[];
  /** The place the article is mostly about: the subject of figures no nearer place claims. */
  main?: string;
  /** A year the headline gives (江阴市2023年经济运行情况): the period of figures that name none. */
  titleYear?: number;
  /** The article is a plan (行动方案, 规划): what it states without a past marker is a target. */
  plan?: boolean;
}
export function proposeFigures(lines: { text: string; line: number; offset: number }[], ctx: FigureContext): ProposedFigure[] {
  const out: ProposedFigure[] = [];
  const keys = figureKeys(ctx);
  const { subjectAt, rankingFor, periodOf, targetYear, rankings } = keys;

  for (const para of lines) {
    // A subheading sums up the paragraphs under it; their figures are read there.
    if (SUBHEADING.test(para.text)) continue;
    const ss = sentences(para.text);
    for (const [k, s] of ss.entries()) {
      const paraBefore = para.text.slice(0, s.start);
      const taken: [number, number][] = [];
      const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
      const sentence = s.text.replace(/[。；;]+$/, '');
      const absolute = (i: number) => para.offset + s.start + i;
      // A place named in this sentence, else in the two before it (园区 then means that park).
      const subjectOf = (i: number) => subjectAt(absolute(i), absolute(0), absolute(s.text.length), para.offset + ss[Math.max(0, k - 2)].start);
      const base = { sentence, line: para.line };
      const future = (i: number) => {
        const clause = clauseAt(s.text, i);
        if (PAST.test(clause.before) || PRESENT.test(`${clause.before}${clause.after}`)) return false;
        const prefix = s.text.slice(0, i);
        if (FUTURE_STRONG.test(prefix)) return true;
        if (PAST_SENTENCE.test(prefix)) return false;
        return ctx.plan === true || FUTURE_NEAR.test(`${clause.prev}${clause.before}`);
      };

      // Ranks: 第98位 after the list's name.
      for (const m of s.text.matchAll(new RegExp(`第(\\d+|${CN_NUMERAL})(位|名)(?!次)`, 'g'))) {
        const { before, prev } = clauseAt(s.text, m.index!);
        if (!/强|榜|排名|排行|百佳|名单|评价/.test(`${prev}${before}`)) continue;
        const rank = readNumber(m[1]);
        if (!rank) continue;
        taken.push([m.index!, m.index! + m[0].length]);
        const item = before.replace(/^.*[、]/, '');
        const phrase = item.replace(/^.*(?:跻身|位列|位居|排名|名列|列|居)/, '') || item;
        const subject = subjectOf(m.index!);
        const ranking = rankingFor(phrase, sentence, subject) ?? rankingFor(`${prev}${before}`, sentence, subject);
        const p = periodOf(`${prev}${before}`, sentence);
        out.push({ kind: 'rank', subject, ...(ranking ? { ranking } : { rankingLabel: phrase }), period: p.period, rank, ...(p.note ? { note: p.note.replace('期别', '年份') } : {}), ...base });
      }
      // Rank targets: 冲刺全国县域经济50强, 进位八十强, 挺进国家高新区百强行列.
      for (const m of s.text.matchAll(new RegExp(`(冲刺|挺进|进入|迈进|奋进|进位|争创|晋级|冲击|迈入|跨入|进军)([^，。,；;：:、“”]{0,14}?)(\\d+|${CN_NUMERAL})强(?!县|市|区|园|第|进位|冲刺|储备)`, 'g'))) {
        const at = m.index!;
        if (m[1] === '进入' && /已|成功|去年/.test(s.text.slice(Math.max(0, at - 4), at))) continue;
        const rank = readNumber(m[3]);
        if (!rank) continue;
        taken.push([at, at + m[0].length]);
        const subject = subjectOf(at);
        const ranking = rankingFor(`${m[2]}${m[3]}强`, sentence, subject);
        const t = targetYear(s.text.slice(0, at));
        out.push({ kind: 'target', subject, ...(ranking ? { ranking } : { rankingLabel: m[2] || m[0] }), rank, ...(t.year ? { year: t.year } : {}), ...(t.note ? { note: t.note } : {}), label: m[0], ...base });
      }
      // Rank changes: 上升了24个名次, 位次前移20位.
      for (const m of s.text.matchAll(new RegExp(`(上升|提升|前移|前进|跃升|进位|下降|下滑|后退|后移|回落)了?(\\d+|${CN_NUMERAL})个?(位次|名次|位|名)`, 'g'))) {
        const at = m.index!;
        const n = readNumber(m[2]);
        if (!n) continue;
        taken.push([at, at + m[0].length]);
        const down = /下降|下滑|后退|后移|回落/.test(m[1]);
        const subject = subjectOf(at);
        const { before, prev } = clauseAt(s.text, at);
        const ranking = rankingFor(`${prev}${before}`, sentence, subject) ?? rankingFor(s.text.slice(0, at), sentence, subject);
        if (future(at) && !down) {
          const t = targetYear(s.text.slice(0, at));
          out.push({ kind: 'target', subject, ...(ranking ? { ranking } : { rankingLabel: before }), advance: n, ...(t.year ? { year: t.year } : {}), ...(t.note ? { note: t.note } : {}), label: `${before}${m[0]}`.replace(/^.*(?:实现|力争|推动)/, ''), ...base });
        } else {
          const p = periodOf(`${prev}${before}`, sentence);
          out.push({ kind: 'rank_change', subject, ...(ranking ? { ranking } : { rankingLabel: `${prev}${before}` }), period: p.period, value: down ? -n : n, unit: '位', ...(p.note ? { note: p.note.replace('期别', '年份') } : {}), ...base });
        }
      }
      quantityFigures({ s, para, sentence, base, subjectOf, future, free, paraBefore }, keys, out);
    }
  }
  // "进位八十强" names no list: the list this article ranks the same place on, else the place's own.
  for (const f of out) {
    if (f.ranking || (f.rank === undefined && f.advance === undefined) || !f.subject) continue;
    const votes = new Map<string, number>();
    for (const g of out) if (g.subject === f.subject && g.ranking) votes.set(g.ranking, (votes.get(g.ranking) ?? 0) + 1);
    const place = ctx.model.places.get(f.subject);
    if (votes.size === 0 && place) for (const r of rankings) for (const y of r.years) for (const e of y.entries) if (e.place === place.slug) votes.set(r.slug, (votes.get(r.slug) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      f.ranking = best[0];
      delete f.rankingLabel;
    }
  }
  return dedupe(out);
}

/** The same target stated twice (in the headline and the text) is proposed once, with its year if one says it. */
function dedupe(figures: ProposedFigure[]): ProposedFigure[] {
  const seen = new Map<string, ProposedFigure>();
  const out: ProposedFigure[] = [];
  for (const f of figures) {
    if (f.kind !== 'target' || f.rank === undefined) {
      out.push(f);
      continue;
    }
    const key = `${f.subject}|${f.ranking ?? f.rankingLabel}|${f.rank}`;
    const had = seen.get(key);
    if (had) {
      if (!had.year && f.year) had.year = f.year;
      continue;
    }
    seen.set(key, f);
    out.push(f);
  }
  return out;
}

export { formatValue };
