/**
 * How the importer reads Chinese economic writing: sentences and clauses, lists just before a
 * count, the words that make a figure a target or a fact, and word overlap for matching names.
 */
export const bigrams = (s: string) => {
  const t = s.replace(/[^\u3400-\u9fffA-Za-z]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};
export function overlap(name: string, context: string): number {
  const a = bigrams(name);
  if (a.size === 0) return 0;
  const b = bigrams(context);
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** Anywhere earlier in the sentence, these make its figures targets. */
export const FUTURE_STRONG = /力争|争取|确保|目标是|目标为|到20\d\d年|20\d\d年(?:前|底|末)[,，]|\d+年内|未来\d+年|[一二三四五六七八九十]年内/;
/** In the figure's clause or the one before it. */
export const FUTURE_NEAR = /计划(?!总投资)|预计|将(?!近)|要|打造(?!了)|建成(?!了)|培育(?!了)|冲刺|奋进|瞄准|挺进|每年/;
/** Earlier in the sentence, these make it a report of what happened. */
export const PAST_SENTENCE = /今年以来|去年|上半年|前三季度|截至|已经|全年(?:完成|实现)/;
export const PAST = /已|去年|今年以来|今年来|全年|上半年|一季度|前三季度|截至|目前|共有|累计|了/;
/** What a place has now: 发挥百亿级锻造产业集群优势, 依托, 拥有. */
export const PRESENT = /发挥.*优势|依托|凭借|拥有/;
/** A short line with no punctuation inside a body: a subheading. */
export const SUBHEADING = /^[^。，,；;：:！？!?\d]{2,24}$/;
export const COUNT_UNITS = new Set(['个', '家', '项', '户', '人', '万人', '人次', '万人次', '万户']);
/** After a size, these keep it a figure rather than a description of the noun that follows. */
export const NOT_ATTRIBUTIVE = /^(?:$|[，,。；;、:：)）”’!！?？\s]|[的和及与或,用建投达增在将是为较同比占]|大关|规模|左右|以上)/;
export const CLASS_NOUN = /^级?[\u3400-\u9fff]{0,6}?(园区|产业集群|集群|产业|基地)/;
export const CLASS_LATER = /(园区|产业集群|集群)/;
export const STATUS: [RegExp, string][] = [
  [/在建|建设中|加快建设|正在建设|已开工|开工建设/, '在建'],
  [/已投产|建成投产|投产达效/, '投产'],
  [/已竣工|竣工/, '竣工'],
  [/已签约|签约落地|成功签约/, '签约'],
  [/谋划/, '谋划'],
];

/** Sentences of a paragraph with their offsets: ends at 。！？；, quotes kept with their sentence. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？!?；;]+[。！？!?；;]*[”’」]?/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index! });
  return out;
}

/** The clause a position is in: the text since the last comma or colon, and up to the next. */
export function clauseAt(s: string, at: number): { before: string; after: string; prev: string } {
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
export function listedItems(before: string): string[] {
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
