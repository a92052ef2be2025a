/**
 * The briefing's title, date and source, only where the text states them: a page's metadata
 * fields, a headline line (with its "——" subtitle), a byline, a forum stamp, or a month and day
 * in the text with a year beside it. What is inferred says how; what is not stated stays empty.
 */
import { fullDate, type CleanArticle } from './clean.ts';

export interface ArticleMeta {
  title?: string;
  /** How the title was found, for the draft's comment. */
  titleFrom?: string;
  date?: string;
  dateFrom?: string;
  source?: { name?: string; author?: string };
  /** Input lines that only repeat the title (removed from the body). */
  titleLines: Set<number>;
}

/** A headline: short, no sentence punctuation inside or at the end. */
function headlineLike(text: string): boolean {
  return text.length >= 6 && text.length <= 64 && !/[。；;:：,，]$/.test(text) && !/[。；;]/.test(text) && !/^[(（]?[一二三四五六七八九十\d]+[)）、.]/.test(text);
}

const strip = (s: string) => s.replace(/\s+/g, '');

export function articleMeta(article: CleanArticle): ArticleMeta {
  const { lines, facts } = article;
  const titleLines = new Set<number>();
  let title: string | undefined;
  let titleFrom: string | undefined;
  // A headline is the first line when it reads as one, with a "——" line after it as its subtitle.
  const first = lines[0];
  if (facts.titleField && headlineLike(facts.titleField)) {
    title = facts.titleField;
    titleFrom = '页面的“名称/标题”栏';
  } else if (first && headlineLike(first.text) && !first.text.startsWith('——')) {
    const sub = lines[1]?.text.startsWith('——') ? lines[1] : undefined;
    title = sub ? `${first.text}${sub.text}` : first.text;
    titleFrom = '正文第一行';
    titleLines.add(first.line);
    if (sub) titleLines.add(sub.line);
  }
  // Lines near the top that repeat the headline or a part of it (a page prints it twice).
  if (title) {
    const t = strip(title);
    for (const l of lines.slice(0, 8)) {
      const s = strip(l.text).replace(/^——/, '');
      if (s.length >= 4 && t.includes(s) && headlineLike(l.text.replace(/^——/, 'x'))) titleLines.add(l.line);
    }
  }

  let date: string | undefined;
  let dateFrom: string | undefined;
  if (facts.dates.length > 0) {
    date = facts.dates[0].date;
    dateFrom = facts.dates[0].from;
  } else {
    // A full date in the text's first lines (a dateline), else a month and day with a year near it.
    for (const l of lines.slice(0, 6)) {
      const d = fullDate(l.text);
      if (d) {
        date = d;
        dateFrom = `正文“${l.text.slice(0, 20)}”`;
        break;
      }
    }
    if (!date) {
      const text = lines.map((l) => l.text).join('\n');
      const md = /(?<![\d年])(\d{1,2})月(\d{1,2})日/.exec(text);
      if (md) {
        const [mo, d] = [Number(md[1]), Number(md[2])];
        const mmdd = `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const near = facts.nearbyDates.find((x) => x.endsWith(mmdd));
        // The year written closest to the month and day, in the same paragraph.
        const para = lines.find((l) => l.text.includes(md[0]))!.text;
        const at = para.indexOf(md[0]);
        const years = [...para.matchAll(/(20\d{2})年/g)].map((y) => ({ y: y[1], dist: Math.abs(y.index! - at) })).sort((a, b) => a.dist - b.dist);
        if (near) {
          date = near;
          dateFrom = `正文“${md[0]}”，年份取页面上同日的相关链接`;
        } else if (years.length > 0 && years[0].dist <= 30) {
          date = `${years[0].y}-${mmdd}`;
          dateFrom = `正文“${md[0]}”和同段的“${years[0].y}年”`;
        }
      }
    }
    if (!date && facts.nearbyDates.length > 0) {
      date = facts.nearbyDates[0];
      dateFrom = '页面上相关链接的日期（正文未写发布日期）';
    }
  }
  const name = facts.sourceName ?? facts.publisher;
  const source = name || facts.author ? { ...(name ? { name } : {}), ...(facts.author ? { author: facts.author } : {}) } : undefined;
  return { title, titleFrom, date, dateFrom, source, titleLines };
}
