/**
 * How text becomes search terms, shared by the index builder (Node) and the search page (browser),
 * so a query is cut exactly as the pages were.
 *
 * Chinese is indexed as overlapping character pairs (bigrams), not as dictionary words. A query
 * of any length is then the set of its own pairs: 枝江 is found inside 枝江市, 新能源 inside
 * 新能源汽车, and 县域经济 or 潜江龙虾 as phrases, because the pair that spans the two words
 * (域经, 江龙) must be there too. No segmenter has to agree between build and browser, and nothing
 * has to know the words in advance. Single characters are indexed in names only (a reader who
 * types one character is looking for a name, and body unigrams would be most of the index).
 * Latin letters and digits are whole lowercased words (GDP, 5g, 2024).
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[a-z0-9]+/gu;
/** What is neither a Chinese character nor a Latin letter or digit: it separates words. */
const PUNCTUATION = /[^\p{Script=Han}a-z0-9]+/gu;

/** Full-width letters and digits to ASCII, lowercased; what both the index and queries see. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms of a piece of text: Chinese character pairs and Latin/digit words. */
export function textTerms(text: string, out: Set<string> = new Set()): Set<string> {
  for (const [run] of normalise(text).matchAll(RUNS)) {
    if (!HAN.test(run)) out.add(run);
    else {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    }
  }
  return out;
}

/** The terms of a name: its pairs, and each of its characters. */
export function nameTerms(name: string, out: Set<string> = new Set()): Set<string> {
  textTerms(name, out);
  for (const [run] of normalise(name).matchAll(RUNS)) if (HAN.test(run)) for (const ch of run) out.add(ch);
  return out;
}

/** One part of a query: what the reader typed between spaces (or inside quotes). */
export interface QueryGroup {
  text: string;
  /** Every term a matching page must hold. */
  terms: string[];
}

/**
 * A query as groups: spaces separate words, quotes keep a phrase with spaces in it together.
 * A group of one Chinese character is looked up in names only (see above).
 */
export function parseQuery(query: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const m of normalise(query).matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) {
    // Inside quotes, spaces between Chinese characters join them into one phrase ("县域 经济").
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
    // The group's text (for exact names) without punctuation; its terms cut where the punctuation
    // was, as the pages' text is: e-commerce → e · commerce, 宜都·松滋 → 宜都 · 松滋.
    const text = raw.replace(PUNCTUATION, '');
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const single = [...text].length === 1;
    const terms = [...nameTerms(raw.replace(PUNCTUATION, ' '))].filter((t) => [...t].length > 1 || /^[a-z0-9]$/.test(t) || single);
    if (terms.length > 0) groups.push({ text, terms });
  }
  return groups;
}

/** Characters of a term's text that count as its length when comparing with a title. */
export function textLength(text: string): number {
  return [...normalise(text).matchAll(RUNS)].reduce((n, [run]) => n + (HAN.test(run) ? [...run].length : 1), 0);
}

/**
 * Markdown or MDX as plain text: no imports, components, tags, link targets or markup, so
 * a URL or a component's props are not searched as if they were prose.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\{[^{}\n]*\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
