/**
 * Keys for a proposed figure, read from the model and the text around it: the place it is about
 * (the nearest one named), its metric (metrics.yaml names) and ranking (names and aliases),
 * its period (clause, sentence, paragraph, headline, then the publication date, saying so) and
 * a target's year.
 */
import { convert } from '../../src/format/units.ts';
import type { PlaceMention } from './entities.ts';
import type { FigureContext } from './figures.ts';
import type { Quantity } from './numbers.ts';
import { bigrams, overlap } from './text.ts';

export type Keys = ReturnType<typeof figureKeys>;

export function figureKeys(ctx: FigureContext) {
  const metrics = [...ctx.model.metrics.values()];
  const rankings = [...ctx.model.rankings.values()];

  /** The place named nearest before a figure in its sentence, else after it there, else before it from `nearStart`; else the main one. */
  const subjectAt = (pos: number, sentenceStart: number, sentenceEnd: number, nearStart: number): string | undefined => {
    const ms = ctx.mentions;
    let before: PlaceMention | undefined;
    let after: PlaceMention | undefined;
    for (const m of ms) {
      if (m.start < pos) before = m;
      else if (!after) after = m;
    }
    if (before && before.start >= sentenceStart) return before.slug;
    if (after && after.start < sentenceEnd) return after.slug;
    if (before && before.start >= nearStart) return before.slug;
    return ctx.main;
  };

  /** The metric a figure is of: its words near the number name it (contained, or the start of a name), else most of a name's words in the clause before. */
  const metricFor = (q: Quantity, contexts: string[], wider: string) => {
    const plain = (t: string) => t.replace(/[^\u3400-\u9fffA-Za-z]/g, '');
    let best: { key: string; s: number } | undefined;
    for (const m of metrics) {
      if (convert(1, q.unit, m.unit) === undefined) continue;
      const name = plain(m.name.replace(/数量$/, ''));
      let s = 0;
      contexts.forEach((raw, rank) => {
        const c = plain(raw);
        const weight = 1 - rank * 0.05;
        if (c.includes(name)) s = Math.max(s, (2 + name.length / 100) * weight);
        for (let n = Math.min(name.length, c.length); n >= 2; n--) if (c.endsWith(name.slice(0, n)) && n >= name.length / 2) s = Math.max(s, 1.5 * weight);
        s = Math.max(s, overlap(name, c) * weight);
      });
      s = Math.max(s, 0.9 * overlap(name, plain(wider)));
      if (s >= 0.5 && (!best || s > best.s)) best = { key: m.key, s };
    }
    return best?.key;
  };

  const rankingFor = (phrase: string, sentence: string, subject?: string): string | undefined => {
    const place = subject ? ctx.model.places.get(subject) : undefined;
    const scope = place ? ({ county: 'counties', park: 'parks', region: 'regions' } as const)[place.kind] : undefined;
    let best: { slug: string; s: number } | undefined;
    for (const r of rankings) {
      if (scope && r.scope !== scope) continue;
      const names = [r.name, ...r.aliases];
      let s = Math.max(...names.map((n) => (phrase.includes(n) ? 3 : Math.max(overlap(n, phrase), bigrams(phrase).size >= 2 ? overlap(phrase, n) * 0.9 : 0) + 0.05 * overlap(n, phrase) + 0.2 * overlap(n, sentence))));
      // 全省 lists are provincial, 全国/国家 lists national.
      const provincial = /省/.test(r.name) && !/省级/.test(r.name);
      if (/全省/.test(phrase + sentence)) s += provincial ? 0.3 : 0;
      if (/全国|国家|中国/.test(phrase)) s += provincial ? -0.3 : 0.1;
      if (place && r.years.some((y) => y.entries.some((e) => e.place === place.slug))) s += 0.15;
      // A list of 省级 parks is not for a national park, and the reverse.
      const level = place?.kind === 'park' ? place.level : undefined;
      if (level && /省级/.test(r.name) && level !== '省级') s -= 0.3;
      if (level && /国家/.test(r.name) && level !== '国家级') s -= 0.3;
      if (s >= 0.45 && (!best || s > best.s)) best = { slug: r.slug, s };
    }
    return best?.slug;
  };

  const periodOf = (clause: string, sentence: string, paraBefore = ''): { period?: string; note?: string } => {
    // The year of the clause, the sentence, or the paragraph so far ("2023年，…；…总产值突破8000亿元").
    const paraYears = [...paraBefore.matchAll(/(?<!到|至)(20\d\d)年(?!度?(?:前|底|末|内))/g)];
    const y = /(20\d\d)年(?!度?(?:前|底|末|内))(?:[一二三四]季度|第([一二三四])季度)?/.exec(clause) ?? /(?<!到|至)(20\d\d)年度?(?!前|底|末|内)/.exec(sentence) ?? paraYears[paraYears.length - 1];
    const q = /(?:第)?([一二三四])季度/.exec(clause + sentence);
    const qn = q ? ' 一二三四'.indexOf(q[1]) : 0;
    if (y) return { period: qn && q ? `${y[1]}Q${qn}` : y[1] };
    if (ctx.year === undefined) return {};
    if (/去年|上年/.test(clause + sentence)) return { period: String(ctx.year - 1), note: `期别为推定：原文为“去年”，按发布日期推为${ctx.year - 1}年` };
    if (ctx.titleYear) return { period: qn ? `${ctx.titleYear}Q${qn}` : String(ctx.titleYear), note: `期别为推定：原文未写年份，按标题中的${ctx.titleYear}年` };
    if (/今年|全年|本年|当年/.test(clause + sentence)) return { period: qn ? `${ctx.year}Q${qn}` : String(ctx.year), note: `期别为推定：原文为“今年”，按发布日期推为${ctx.year}年` };
    return { period: String(ctx.year), note: `期别为推定：原文未写年份，按发布日期推为${ctx.year}年` };
  };

  const targetYear = (prefix: string): { year?: number; note?: string } => {
    const y = /(?:到|至)(20\d\d)年|(20\d\d)年(?:前|底|末)?(?:[,，]|要|将|力争|推动|实现)/.exec(prefix);
    if (y) return { year: Number(y[1] ?? y[2]) };
    const within = /(?:力争|确保|争取)?(\d+|[一二三四五六七八九十]+)年内|未来(\d+|[一二三四五六七八九十]+)年/.exec(prefix);
    if (within) return { note: `原文为“${within[0]}”，未写明年份` };
    return {};
  };
  return { subjectAt, metricFor, rankingFor, periodOf, targetYear, rankings };
}
