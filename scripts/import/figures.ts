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
import { convert } from '../../src/format/units.ts';
import type { SiteModel } from '../../src/model/types.ts';
import { CN_NUMERAL, findQuantities, formatValue, readNumber, type Quantity } from './numbers.ts';
import type { PlaceMention } from './entities.ts';

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

const HAN = /[\u3400-\u9fff]/;
const bigrams = (s: string) => {
  const t = s.replace(/[^\u3400-\u9fffA-Za-z]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};
function overlap(name: string, context: string): number {
  const a = bigrams(name);
  if (a.size === 0) return 0;
  const b = bigrams(context);
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** Anywhere earlier in the sentence, these make its figures targets. */
const FUTURE_STRONG = /力争|争取|确保|目标是|目标为|到20\d\d年|20\d\d年(?:前|底|末)[,，]|\d+年内|未来\d+年|[一二三四五六七八九十]年内/;
/** In the figure's clause or the one before it. */
const FUTURE_NEAR = /计划(?!总投资)|预计|将(?!近)|要|打造(?!了)|建成(?!了)|培育(?!了)|冲刺|奋进|瞄准|挺进|每年|达到/;
const PAST = /已|去年|今年以来|今年来|全年|上半年|一季度|前三季度|截至|目前|共有|累计|了/;
/** What a place has now: 发挥百亿级锻造产业集群优势, 依托, 拥有. */
const PRESENT = /发挥.*优势|依托|凭借|拥有/;
/** A short line with no punctuation inside a body: a subheading. */
export const SUBHEADING = /^[^。，,；;：:！？!?]{2,24}$/;
const COUNT_UNITS = new Set(['个', '家', '项', '户', '人', '万人', '人次', '万人次', '万户']);
/** After a size, these keep it a figure rather than a description of the noun that follows. */
const NOT_ATTRIBUTIVE = /^(?:$|[，,。；;、:：)）”’!！?？\s]|[的和及与或,用建投达增在将是为较同比占]|大关|规模|左右|以上)/;
const CLASS_NOUN = /^级?[\u3400-\u9fff]{0,6}?(园区|产业集群|集群|产业|基地)/;
const CLASS_LATER = /(园区|产业集群|集群)/;
const STATUS: [RegExp, string][] = [
  [/在建|建设中|加快建设|正在建设|已开工|开工建设/, '在建'],
  [/已投产|建成投产|投产达效/, '投产'],
  [/已竣工|竣工/, '竣工'],
  [/已签约|签约落地|成功签约/, '签约'],
  [/谋划/, '谋划'],
];

/** Sentences of a paragraph with their offsets: ends at 。！？；, quotes kept with their sentence. */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？!?；;]+[。！？!?；;]*[”’」]?/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index! });
  return out;
}

/** The clause a position is in: the text since the last comma or colon, and up to the next. */
function clauseAt(s: string, at: number): { before: string; after: string; prev: string } {
  const cut = /[，,：:；;]/;
  let i = at;
  while (i > 0 && !cut.test(s[i - 1])) i--;
  let j = at;
  while (j < s.length && !cut.test(s[j])) j++;
  let k = i - 1;
  while (k > 0 && !cut.test(s[k - 1])) k--;
  return { before: s.slice(i, at), after: s.slice(at, j), prev: i > 0 ? s.slice(Math.max(0, k), i - 1) : '' };
}

/** How many items a clause lists just before a count (A、B和C三个 → 3), or 0. */
function listedItems(before: string): string[] {
  const seg = before.replace(/^.*[，,：:；;]/, '').replace(/[“”‘’]/g, '');
  const cutVerb = seg.replace(/^(?:在|对|围绕|打造|推进|建设|包括|发展|形成|涵盖|聚焦|突出|加快|大力)+/, '');
  const body = cutVerb.replace(/等$/, '');
  if (!/[、和与]/.test(body)) return [];
  const parts = body.split('、');
  const last = parts.pop()!;
  if (!last.trim()) return [];
  const lastSplit = parts.length === 0 || /[和与]/.test(last) ? last.split(/[和与]/) : [last];
  return [...parts, ...lastSplit].map((p) => p.trim()).filter(Boolean);
}

export function proposeFigures(lines: { text: string; line: number; offset: number }[], ctx: FigureContext): ProposedFigure[] {
  const out: ProposedFigure[] = [];
  const metrics = [...ctx.model.metrics.values()];
  const rankings = [...ctx.model.rankings.values()];

  const subjectAt = (pos: number, sentenceStart: number, sentenceEnd: number, paraStart: number): string | undefined => {
    const ms = ctx.mentions;
    let before: PlaceMention | undefined;
    let after: PlaceMention | undefined;
    for (const m of ms) {
      if (m.start < pos) before = m;
      else if (!after) after = m;
    }
    if (before && before.start >= sentenceStart) return before.slug;
    if (after && after.start < sentenceEnd) return after.slug;
    if (before && before.start >= paraStart) return before.slug;
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

  let paraBefore = '';
  const periodOf = (clause: string, sentence: string): { period?: string; note?: string } => {
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

  for (const para of lines) {
    // A subheading sums up the paragraphs under it; their figures are read there.
    if (SUBHEADING.test(para.text)) continue;
    const ss = sentences(para.text);
    for (const [k, s] of ss.entries()) {
      paraBefore = para.text.slice(0, s.start);
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
        return ctx.plan === true || FUTURE_STRONG.test(s.text.slice(0, i)) || FUTURE_NEAR.test(`${clause.prev}${clause.before}`);
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

      // Quantities.
      const qs = findQuantities(s.text).filter((q) => free(q.start, q.end));
      let lastProject: ProposedFigure | undefined;
      const cleanName = (n: string) => n.replace(/(?:开工|签约|投产|竣工)在即$|(?:有序|加速|加快|全力)推进$|进展快速$/, '').replace(/[。，,]$/, '');
      const projectNameBefore = (i: number) => {
        const { before } = clauseAt(s.text, i);
        let t = before.replace(/(?:计划)?总?投资(?:额)?(?:达|约为|约|为|近|超)?$/, '');
        t = t.replace(/^.*项目(?=[\u3400-\u9fff]{2,})/, '').replace(/^.*、/, '').replace(/^(?:加快推进|加快建设|重点推进|推进|加快|实施|建设|引进|新建|开工|签约|其中)/, '');
        return t.length >= 2 ? t : undefined;
      };
      const projectNamed = (): string | undefined => {
        // A project this sentence opens with (X项目加速推进), or the paragraph named before (阳曲…产业园项目工地).
        const here = /^([\u3400-\u9fff（）()]{2,24}?)项目/.exec(s.text.replace(/^[“‘]/, ''));
        if (here && !/^(?:一批|重点|大|该|本|这些|各类|产业|园区将以)$/.test(here[1]) && !/[将要以对]/.test(here[1])) return here[1];
        if (!/^项目/.test(s.text)) return undefined;
        const all = [...para.text.slice(0, s.start).matchAll(/([\u3400-\u9fff]{4,24}?)项目(?:工地|建设|现场)/g)];
        return all.length ? all[all.length - 1][1].replace(/^.*?(?:时下|目前|如今|当前)[,，]?/, '') : undefined;
      };
      const named = projectNamed();
      let nameEnd = -1;
      for (const q of qs) {
        if (q.start < nameEnd) continue; // part of a project's name (建1000亩石墨烯产业园)
        const { before, after, prev } = clauseAt(s.text, q.start);
        const lead = s.text.slice(0, q.start).replace(/^.*[，,：:；;]/, '');
        const rest = s.text.slice(q.end);
        const subject = subjectOf(q.start);
        const money = convert(1, q.unit, '元') !== undefined;
        const count = COUNT_UNITS.has(q.unit);
        // Chinese numerals with a count (四个园区办) describe; only amounts (百亿, 两千亿) count.
        if (q.chinese && count && !/^(?:多|余)/.test(rest)) continue;
        if (q.chinese && q.value === 1) continue;
        // Durations are not figures of the format (40个工作日).
        if (q.unit === '个' && /^(?:工作日|月|小时|季度|年|星期|周|天)/.test(rest)) continue;
        // Thresholds: 年营收过10亿, 超过5000万元的企业.
        if (/过$/.test(before) && !NOT_ATTRIBUTIVE.test(rest)) continue;
        // A count of what the sentence has just listed (兴隆、泽口两个灌区).
        if (count && listedItems(lead).length === q.value) continue;
        const isFuture = future(q.start);

        // Projects: 投资50亿元正大集团生猪全产业链, 国能长源随州电厂总投资49亿元.
        const invest = /(?:计划)?(总)?投资(?:额)?(?:达|约为|约|为|近|超)?$/.exec(before);
        const aggregate = /^(?:计划)?总投资/.test(before) || /项目\d+[个项]$|\d+个(?:重点)?项目$/.test(prev);
        if (money && invest && !aggregate && !/完成/.test(before)) {
          let name: string | undefined;
          const next = /^(?:的|建)?([\u3400-\u9fff（）()\d]{2,30}?)(?:项目|[，,。；;、]|和|及|$)/.exec(rest);
          if (next && !/^(?:大|一批|重点|多个)/.test(next[1])) {
            name = cleanName(next[1]);
            nameEnd = q.end + next[0].length;
          }
          if (!name) {
            const who = projectNameBefore(q.start);
            name = who ? (next && /^的?大项目/.test(rest) ? `${who}项目` : who) : undefined;
          }
          const status = STATUS.find(([re]) => re.test(s.text))?.[1];
          const soon = /(签约|开工|投产)在即/.exec(rest)?.[0];
          lastProject = { kind: 'project', subject, ...(name ? { name } : {}), value: q.value, unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), ...(status && !soon ? { status } : {}), ...(soon ? { note: soon } : {}), ...base };
          out.push(lastProject);
          continue;
        }
        // A project's other figures (占地809亩, 已完成投资1.3亿元, 一期产值将达50亿元) go in its note.
        if (lastProject || named) {
          const detail = /产值|占地|完成投资|面积|一期|二期|规模/.test(lead) || !count;
          if (detail) {
            const clause = `${before}${after}`.replace(/[。；;]$/, '');
            if (lastProject) {
              if (!lastProject.note?.includes(clause)) lastProject.note = [lastProject.note, clause].filter(Boolean).join('；');
            } else {
              lastProject = { kind: 'project', subject, name: cleanName(named!), note: clause, ...base };
              out.push(lastProject);
            }
            continue;
          }
        }

        // Sizes before a noun: a class (百亿级产业集群, 千亿园区) is a figure of that thing,
        // unless a count before it is the figure (3个百亿级园区); anything else describes the noun
        // (600万吨氧化铝, 5000万元以上项目) unless a verb says it is an amount (完成4310多亩土地征迁).
        const amountVerb = /(?:完成|实现|征收|征迁|新增|流转|盘活|启动|腾退|收储|供应|出让)$/.test(before);
        if (!count && !NOT_ATTRIBUTIVE.test(rest) && !amountVerb) {
          const projectClass = money && /^级?项目/.test(rest);
          if (projectClass) {
            for (const name of listedItems(lead.replace(/等?(?:一批)?$/, ''))) out.push({ kind: 'project', subject, name, value: q.value, unit: q.unit, note: `原文为“${q.text}${rest.slice(0, /^级/.test(rest) ? 3 : 2)}”`, ...base });
            continue;
          }
          // 百亿级 + a noun, or 百亿级, … 产业集群 later in the sentence (2个百亿级,2个50亿级产业集群).
          const cls = CLASS_NOUN.exec(rest) ?? (/^级[，,、]/.test(rest) ? CLASS_LATER.exec(rest) : null);
          if (!money || !cls) continue;
          const noun = cls[1];
          const countBefore = /(\d+|[两三四五六七八九十])个(?:工业总产值|产值)?$/.exec(lead);
          let items: (string | undefined)[] = [undefined];
          if (countBefore) {
            const listed = listedItems(lead.slice(0, countBefore.index));
            if (listed.length !== readNumber(countBefore[1])) continue;
            items = listed;
          }
          const what = `${q.text}${/^级/.test(rest) ? '级' : ''}${noun}`;
          // 园区 of a size are parks by their output; 集群 and 产业 by the cluster's output.
          const measure = noun === '园区' ? '工业总产值' : `${rest.slice(0, cls.index! + cls[0].length).replace(/^级/, '')}产值`;
          const metric = metricFor(q, [measure, `${before}${measure}`], `${prev}${before}${measure}`);
          const t = targetYear(s.text.slice(0, q.start));
          const p = periodOf(before, sentence);
          for (const item of items) {
            const note = [`原文为“${what}”，按${q.value}${q.unit}计`, isFuture ? t.note : p.note].filter(Boolean).join('；');
            out.push({ kind: isFuture ? 'target' : 'metric', subject, ...(metric ? { metric } : {}), label: item ?? measure, ...(isFuture ? (t.year ? { year: t.year } : {}) : { period: p.period }), value: q.value, unit: q.unit, note, ...base });
          }
          continue;
        }

        // 50万人口: the unit took 人口's 人.
        const noun = `${q.unit.endsWith('人') && rest.startsWith('口') ? '人' : ''}${rest.replace(/^(?:以上|左右|多|余)?的?/, '').replace(/[，,。；;、和及与].*$/, '').slice(0, 14)}`;
        const contexts = count ? [noun, `${lead}${noun}`] : amountVerb ? [`${lead}${noun}`, lead] : [lead];
        const metric = metricFor(q, contexts, `${prev}${lead}${count ? noun : ''}`);
        // Facilities to build, counted (推进2个邻里服务中心): projects, where no metric counts them.
        const facility = /^[\u3400-\u9fff]{0,12}(?:中心|厂|馆|站|学校|医院|公寓|设施|项目)/.exec(noun);
        if (count && !metric && facility && /推进|建设|新建|启动|开工|实施|谋划/.test(`${lead}${rest.slice(0, 20)}`)) {
          out.push({ kind: 'project', subject, name: `${facility[0]}（${q.text}）`, note: `${before}${after}`.replace(/[。；;]$/, ''), ...base });
          continue;
        }
        const label = metric
          ? undefined
          : (count && noun ? noun : `${lead}${amountVerb ? noun : ''}`)
              .replace(/^.*?(?:力争|确保|争取)/, '')
              .replace(/^(?:\d+|[一二三四五六七八九十]+)年内/, '')
              .replace(/^(?:全区|全市|全县|全省|共|现有|实现|完成|其中)/, '')
              .replace(/(?:突破|达到|达|超过|超|实现|增长到|提高到|稳定在|为)$/, '')
              .replace(/[\d.]+/g, '')
              .slice(-16) || undefined;
        if (isFuture) {
          const t = targetYear(s.text.slice(0, q.start));
          out.push({ kind: 'target', subject, ...(metric ? { metric } : { label }), ...(t.year ? { year: t.year } : {}), value: q.value, ...(q.max !== undefined ? { max: q.max } : {}), unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), ...(t.note ? { note: t.note } : {}), ...base });
        } else {
          if (q.max !== undefined) continue; // a range is a target's only
          const p = periodOf(`${prev}${before}`, sentence);
          out.push({ kind: 'metric', subject, ...(metric ? { metric } : { label }), period: p.period, value: q.value, unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), ...(p.note ? { note: p.note } : {}), ...base });
        }
      }
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

export { formatValue, HAN };
