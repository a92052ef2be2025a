/**
 * The figures of one sentence that are quantities with units: projects (投资X亿元 + a name),
 * a project's other figures in its note, sizes that classify (百亿级产业集群), and metrics or
 * targets, skipping counts of just-listed items, sizes that describe a noun and thresholds.
 */
import { convert } from '../../src/format/units.ts';
import type { ProposedFigure } from './figures.ts';
import type { Keys } from './keys.ts';
import { findQuantities, readNumber } from './numbers.ts';
import { CLASS_LATER, CLASS_NOUN, COUNT_UNITS, NOT_ATTRIBUTIVE, STATUS, clauseAt, listedItems } from './text.ts';

/** One sentence as the rules see it. */
export interface SentenceScope {
  /** The sentence with its end punctuation. */
  s: { text: string; start: number };
  para: { text: string; line: number; offset: number };
  /** Without end punctuation, as shown to the editor. */
  sentence: string;
  base: { sentence: string; line: number };
  subjectOf: (i: number) => string | undefined;
  future: (i: number) => boolean;
  free: (a: number, b: number) => boolean;
  paraBefore: string;
}

export function quantityFigures(scope: SentenceScope, keys: Keys, out: ProposedFigure[]): void {
  const { s, para, sentence, base, subjectOf, free, future } = scope;
  const { metricFor, targetYear } = keys;
  const periodOf = (clause: string, sentence_: string) => keys.periodOf(clause, sentence_, scope.paraBefore);
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
    // 总投资 after a count of projects (集中开工项目47个,总投资达340亿元) is their total.
    const aggregate = /项目\d+[个项]$|\d+个(?:重点)?项目$/.test(prev) || (/^(?:计划)?总投资/.test(before) && /\d+[个项]/.test(prev));
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
      // Status from this project's own words (its clause and the next), not another's.
      const own = `${before}${after}${s.text.slice(q.start + after.length).split(/[，,；;]/)[1] ?? ''}`;
      const status = STATUS.find(([re]) => re.test(own))?.[1];
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
