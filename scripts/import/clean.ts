/**
 * A raw article as editors copy it from a web page → the article's own lines, Simplified, and
 * what the page said about it (title, dates, source, author). Page furniture is removed line by
 * line by what it is (navigation, metadata tables, bylines, share bars, related links, forum
 * stamps and anti-copy strings, pinyin glosses); every removed line is listed with the reason,
 * so nothing disappears unexplained. A line that is none of these stays, even if it is odd.
 */
import * as OpenCC from 'opencc-js';

export interface Removed {
  line: number;
  text: string;
  why: string;
}

export interface PageFacts {
  /** 名称/标题 fields of a government page's metadata table. */
  titleField?: string;
  /** Full dates the page states, with what stated them, best first. */
  dates: { date: string; from: string }[];
  /** Dates of neighbouring items (related-link lists): a last resort for the year. */
  nearbyDates: string[];
  sourceName?: string;
  publisher?: string;
  author?: string;
}

export interface CleanArticle {
  /** The article's lines (paragraphs), Simplified, furniture removed; each with its line in the input. */
  lines: { text: string; line: number }[];
  facts: PageFacts;
  removed: Removed[];
  /** The input was Traditional Chinese and was converted. */
  traditional: boolean;
  warnings: string[];
}

let toSimplified: ((s: string) => string) | undefined;
function simplify(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

const HAN = '\\u3400-\\u9fff';
const isHan = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);

/** Full-width digits and letters as ASCII (figures are read from them); other punctuation kept. */
function halfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Pinyin glosses glued to characters (經(jīng), 區(qū)): a tone-marked syllable in brackets (only glosses carry tone marks). */
const PINYIN_GLOSS = /()[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})[)）]/g;
const hasToneMark = (s: string) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(s);

/**
 * Forum anti-copy strings (". V Z1 d- H2 b8 i$ U"): four or more whitespace-separated tokens of
 * one to three printable ASCII characters, at least one of them not a plain word or number.
 * Real ASCII in Chinese text (5G, GDP, 2022) never comes as such a run.
 */
const JUNK_RUN = /(^|\s)((?:[!-~]{1,3}\s+){3,}[!-~]{1,3})(?=\s|$|[^\x00-\x7f])/g;
function stripJunk(line: string): { text: string; junk: boolean } {
  let junk = false;
  const text = line.replace(JUNK_RUN, (all, lead: string, run: string, offset: number) => {
    const tokens = run.split(/\s+/);
    const odd = tokens.filter((t) => /[^A-Za-z0-9]/.test(t) || /[A-Za-z]\d|\d[A-Za-z]/.test(t)).length;
    if (odd < 2) return all;
    junk = true;
    // A number glued to the text after the run is the text's own (8月底), not part of the run.
    const next = line[offset + all.length];
    const last = tokens[tokens.length - 1];
    return next !== undefined && !/\s/.test(next) && /^\d+$/.test(last) ? `${lead}\u0000${last}` : `${lead}\u0000`;
  });
  if (!junk) return { text, junk };
  // One letter or digit left between a character and a removed run belongs to the run (品质2 A7 B d…).
  return { text: text.replace(/([\u3400-\u9fff])[A-Za-z0-9]\s*\u0000/g, '$1').replace(/\u0000/g, '').replace(/\s+/g, ' ').trim(), junk };
}

/** Spaces the page's layout left: full-width and repeated spaces, spaces beside Chinese punctuation. */
function tidySpaces(s: string): string {
  return s
    .replace(/([\u3400-\u9fff])\u3000+(?=[\u3400-\u9fff])/g, '$1')
    .replace(/[\u3000\u00a0\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *([，。、；：！？”’）》】]) */g, '$1')
    .replace(/ +([,;:!?])/g, '$1')
    .replace(/([,;:!?]) +(?=[\u3400-\u9fff“‘])/g, '$1')
    .replace(/([“‘（《【]) +/g, '$1')
    .trim();
}

/** Labels of a government page's metadata table ("索 引 号: … 发布日期: …"), spaces allowed inside. */
const META_LABELS = ['索引号', '主题分类', '发布机构', '发文机关', '发文日期', '成文日期', '文号', '效力状态', '发布日期', '发布时间', '名称', '标题', '来源', '信息来源', '作者', '浏览次数', '点击数', '访问量', '字号', '时间', '日期', '公开方式', '公开属性', '有效性'];
const labelPattern = (l: string) => [...l].join('\\s*');
const META_RE = new RegExp(`(${META_LABELS.map(labelPattern).join('|')})\\s*[:：]`, 'g');

function metaFields(line: string): Map<string, string> | undefined {
  const hits = [...line.matchAll(META_RE)];
  if (hits.length === 0 || hits[0].index !== 0) return undefined;
  // A sentence that starts with 时间： or 来源： is text, not a metadata row.
  if (hits.length === 1 && (line.length > 40 || /[。；]/.test(line))) return undefined;
  const fields = new Map<string, string>();
  hits.forEach((h, i) => {
    const label = h[1].replace(/\s+/g, '');
    const value = line.slice(h.index! + h[0].length, hits[i + 1]?.index ?? line.length).trim();
    if (!fields.has(label)) fields.set(label, value);
  });
  return fields;
}

/** 2022年01月21日 16:20, 2022-1-21, 2022/01/21, 2022.01.21 → 2022-01-21. */
export function fullDate(text: string): string | undefined {
  const m = /(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lines that are page furniture, by what they are; the reason is shown to the editor. */
const FURNITURE: [RegExp, string][] = [
  [/^今天是/, '网站页头 site header'],
  [/^(繁體|繁体|简体|簡體)\s*[|｜]|[|｜]\s*登录\s*[|｜]|^登录\s*[|｜]|注册\s*$/, '网站页头 site header'],
  [/^热门搜索|^搜索\s*$|^站内搜索/, '网站页头 site header'],
  [/^(当前位置|您当前的位置|您的位置|所在位置)|^首页\s*[>›»]/, '面包屑导航 breadcrumbs'],
  [/^[|｜\s\-—_=·•]+$/, '版式残留 layout remnant'],
  [/打印本页|关闭窗口|【\s*字体\s*[:：]?\s*大\s*中\s*小\s*】|字号\s*[:：]\s*大\s*中\s*小|【\s*打印\s*】|【\s*关闭\s*】/, '页面工具栏 page toolbar'],
  [/ICP\s*[备证]|公网安备|版权所有|Copyright|©|网站标识码/i, '页脚 footer'],
  [/^(?:主办单位|承办单位|技术支持|联系我们|网站地图)(?:\s*[:：|｜].{0,60})?$/, '页脚 footer'],
  [/^.{0,10}(?:点击上方.{0,6}关注|关注我们|阅读原文|分享\s*收藏\s*点赞\s*在看|长按.{0,8}二维码|扫码关注|扫一扫|分享到\s*[:：]?|点赞\s*在看).{0,10}$/, '公众号或分享栏 share bar'],
  [/^\S{2,20}\s+20\d\d-\d\d-\d\d\s+\d\d:\d\d(?:\s+发表于\S{1,6})?$/, '公众号信息 account line'],
  [/^(责任编辑|编辑|审核|审校|校对|监制|值班编辑|终审|初审|复审|编审|排版|美编|统筹|策划)\s*[:：|丨]/, '编辑署名 editor credits'],
  [/^原标题\s*[:：]/, '原标题 original headline'],
  [/^请输入验证码|^验证码/, '网站表单 site form'],
  [/^(上一篇|下一篇)\s*[:：]/, '翻页链接 page links'],
  [/^(相关链接|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热点推荐|猜你喜欢)\s*[:：]?\s*$/, '相关链接 related links'],
];

/** A related-link item: a list marker or none, then a date, then a headline. */
const LINK_ITEM = /^(?:[-·•*>]\s*)?(20\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*\S/;
/** A forum's edit stamp: 本帖最后由 隨州日報 于 2021-12-17 09:56 编辑. */
const FORUM_STAMP = /^本帖最后由\s*(.+?)\s*于\s*(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*编辑/;
/** A byline: paper, then 记者 and names ("新甘肃·甘肃日报记者 范海瑞", "随州日报全媒记者 陈云"). */
const BYLINE = new RegExp(`^(?:(.{2,20}?)\\s*)?(?:全媒体?|融媒体?|首席|特约|见习|本报)?记者\\s*([${HAN}·]{2,4}(?:[ 、，,]+[${HAN}·]{2,4})*)$`);
/** A line of reporters' names only ("杨彧 段伟华 丁园 闫杰 郑娜"), as papers print at the end. */
const NAMES_LINE = new RegExp(`^[${HAN}]{2,3}(?: +[${HAN}]{2,3}){2,}$`);
/** A print edition's jump line: (下转第二版). */
const JUMP = /[(（]\s*(?:下转|上接|转)第[一二三四五六七八九十\d]+版\s*[)）]/g;

export function cleanArticle(raw: string): CleanArticle {
  const removed: Removed[] = [];
  const warnings: string[] = [];
  const facts: PageFacts = { dates: [], nearbyDates: [] };
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // HTML left in a copy (</p>, <br>): tags only, their text kept.
  text = text.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g, '').replace(/\?\/[a-z]{1,6}>/g, '?');
  // Traditional → Simplified when most of the text is Traditional (a Simplified text is left alone).
  const converted = simplify(text);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHan(text[i])) {
      han++;
      if (text[i] !== converted[i]) changed++;
    }
  }
  const traditional = converted.length === text.length && han > 0 && changed / han > 0.03;
  if (traditional) text = converted;

  const out: { text: string; line: number }[] = [];
  const rawLines = text.split('\n');
  let inLinks = false;
  let junkLines = 0;
  let glosses = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    let line = halfWidth(rawLines[i]);
    const junk = stripJunk(line);
    if (junk.junk) junkLines++;
    line = junk.text;
    if (junk.junk && line === '') {
      removed.push({ line: lineNo, text: rawLines[i].trim(), why: '防复制乱码或版式残留 anti-copy string or layout remnant' });
      continue;
    }
    line = line.replace(PINYIN_GLOSS, (all, ch: string, py: string) => {
      if (!hasToneMark(py)) return all;
      glosses++;
      return ch;
    });
    line = tidySpaces(line.replace(JUMP, ''));
    if (line === '') continue;
    const drop = (why: string) => removed.push({ line: lineNo, text: rawLines[i].trim(), why });

    const stamp = FORUM_STAMP.exec(line);
    if (stamp) {
      facts.sourceName ??= stamp[1].trim();
      facts.dates.push({ date: fullDate(stamp[2])!, from: '论坛帖子的编辑时间 the forum post\'s edit stamp' });
      drop('论坛帖子的编辑记录 forum stamp');
      continue;
    }
    const meta = metaFields(line);
    if (meta) {
      const date = meta.get('发布日期') ?? meta.get('发布时间') ?? meta.get('日期') ?? meta.get('时间') ?? meta.get('成文日期') ?? meta.get('发文日期');
      // A date may also sit in another field's value ("来源：江阴发布 2024-02-05 08:30").
      const d = (date && fullDate(date)) || fullDate(line);
      if (d) facts.dates.push({ date: d, from: `页面的“${meta.has('发布日期') ? '发布日期' : meta.has('发布时间') ? '发布时间' : '日期'}”` });
      const title = meta.get('名称') ?? meta.get('标题');
      if (title) facts.titleField ??= title;
      const source = meta.get('来源') ?? meta.get('信息来源');
      if (source) facts.sourceName ??= source.split(/\s/)[0];
      const publisher = meta.get('发布机构') ?? meta.get('发文机关');
      if (publisher) facts.publisher ??= publisher;
      const author = meta.get('作者');
      if (author) facts.author ??= author;
      drop('页面的信息栏 page metadata');
      continue;
    }
    const furniture = FURNITURE.find(([re]) => re.test(line));
    if (furniture?.[1].startsWith('公众号信息')) {
      facts.dates.push({ date: fullDate(line)!, from: '公众号文章的发布时间' });
      facts.sourceName ??= line.split(/\s/)[0];
    }
    if (furniture) {
      if (furniture[1].startsWith('相关链接')) inLinks = true;
      drop(furniture[1]);
      continue;
    }
    const item = LINK_ITEM.exec(line);
    if (item && (inLinks || /^[-·•*>]/.test(line) || (i > 0 && LINK_ITEM.test(halfWidth(rawLines[i - 1]).trim())) || LINK_ITEM.test(halfWidth(rawLines[i + 1] ?? '').trim()))) {
      facts.nearbyDates.push(fullDate(item[1])!);
      drop('相关链接 related links');
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && line.length <= 40) {
      const paper = byline[1]?.split('·').pop()?.trim();
      if (paper && !/^(?:本报|本刊|本台|本网)$/.test(paper)) facts.sourceName ??= paper;
      facts.author ??= byline[2].split(/[ 、，,]+/).filter((n) => !/^(?:通讯员|实习生|摄影|摄)$/.test(n)).join('、');
      drop('署名 byline');
      continue;
    }
    if (NAMES_LINE.test(line) && i >= rawLines.length - 6) {
      const names = line.split(/ +/);
      facts.author = facts.author ? `${facts.author}、${names.join('、')}` : names.join('、');
      drop('署名 byline');
      continue;
    }
    inLinks = false;
    out.push({ text: line, line: lineNo });
  }
  if (junkLines > 0) warnings.push(`去掉了 ${junkLines} 行里的防复制乱码 removed anti-copy strings from ${junkLines} lines`);
  if (glosses > 0) warnings.push(`去掉了 ${glosses} 处字后的拼音注音 removed ${glosses} pinyin glosses`);
  const garbled = out.filter((l) => /\?[!！“”]|�|[\u3400-\u9fff]\?[a-z]/.test(l.text));
  if (garbled.length > 0) warnings.push(`原文第 ${garbled.map((l) => l.line).join('、')} 行有乱码（“?”和错乱的字），已原样保留：请对照原网页修正 garbled characters kept as they are; correct them from the source page`);
  return { lines: out, facts, removed, traditional, warnings };
}
