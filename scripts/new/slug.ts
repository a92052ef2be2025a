/**
 * Slugs from Chinese names, as editors would write them: the pinyin without tones, place
 * levels (市/县/区…) dropped where the rest still names the place (枝江市 → zhijiang), a park's
 * kind after its place (随州高新区 → suizhou-gaoxinqu). pinyin-pro reads most names right;
 * place names whose characters read otherwise there are corrected from a table.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Readings of characters in place names that differ from their common reading (GB/T 2260
 * names as the places say them). Whole names, so the character keeps its usual reading elsewhere.
 */
export const PLACE_READINGS: Record<string, string> = {
  单县: 'shàn xiàn',
  大城: 'dà chéng',
  涡阳: 'guō yáng',
  泌阳: 'bì yáng',
  尉氏: 'yù shì',
  尉犁: 'yù lí',
  六安: 'lù ān',
  蚌埠: 'bèng bù',
  铅山: 'yán shān',
  乐亭: 'lào tíng',
  歙县: 'shè xiàn',
  番禺: 'pān yú',
  东阿: 'dōng ē',
  莘县: 'shēn xiàn',
  浚县: 'xùn xiàn',
  洪洞: 'hóng tóng',
  枞阳: 'zōng yáng',
  柞水: 'zhà shuǐ',
  长治: 'cháng zhì',
  长沙: 'cháng shā',
  重庆: 'chóng qìng',
  厦门: 'xià mén',
  台州: 'tāi zhōu',
  天台: 'tiān tāi',
  丽水: 'lí shuǐ',
  解州: 'xiè zhōu',
  大冶: 'dà yě',
  费县: 'bì xiàn',
  曲阜: 'qū fù',
  亳州: 'bó zhōu',
  鄱阳: 'pó yáng',
  荥阳: 'xíng yáng',
  牟平: 'mù píng',
  阆中: 'làng zhōng',
  犍为: 'qián wéi',
  筠连: 'jūn lián',
  郫都: 'pí dū',
  会昌: 'huì chāng',
  会同: 'huì tóng',
  会理: 'huì lǐ',
  会东: 'huì dōng',
  会宁: 'huì níng',
  会泽: 'huì zé',
};
customPinyin(PLACE_READINGS);

/** Lowercase ASCII syllables of a text (Latin letters and digits kept, everything else dropped). */
export function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** Syllables joined into a slug: the words given, each written solid, joined by hyphens. */
export const slugOf = (...words: string[]) =>
  words
    .map((w) => syllables(w).join(''))
    .filter(Boolean)
    .join('-');

/** Levels a place's name may end with, longest first; dropped when two characters or more remain. */
const PLACE_LEVELS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '市', '县', '区', '旗', '盟', '省', '州'];
/** Park kinds written after the place, in the short form editors use for slugs. */
const PARK_KINDS: [RegExp, string][] = [
  [/高新技术产业开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
  [/经济开发区$/, '经开区'],
];

/** A place name without its level: 枝江市 → 枝江, 恩施土家族苗族自治州 → 恩施. */
export function placeStem(name: string): string {
  const peoples = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(?:州|县|旗|区)$/.exec(name);
  if (peoples) return peoples[1];
  for (const level of PLACE_LEVELS) if (name.endsWith(level) && [...name].length - level.length >= 2) return name.slice(0, -level.length);
  return name;
}

/**
 * Slug candidates for a new file, best first: for places the stem, then the stem with its
 * level (chaoyang, chaoyang-qu); for parks the place and the kind (suizhou-gaoxinqu); for the
 * rest the whole name. `places` are names of known places, to find where a park's name starts.
 */
export function slugCandidates(kind: string, name: string, places: readonly string[] = []): string[] {
  const clean = name.trim();
  if (kind === 'county' || kind === 'region') {
    const stem = placeStem(clean);
    return [...new Set([slugOf(stem), slugOf(stem, clean.slice(stem.length))])].filter(Boolean);
  }
  if (kind === 'park') {
    let rest = clean;
    for (const [form, short] of PARK_KINDS) rest = rest.replace(form, short);
    const place = [...places].filter((p) => rest.startsWith(p) && p.length < rest.length).sort((a, b) => b.length - a.length)[0];
    const out = place ? [slugOf(place, rest.slice(place.length))] : [];
    return [...new Set([...out, slugOf(rest), slugOf(clean)])].filter(Boolean);
  }
  // Briefings, industries and rankings: the whole name, at most eight syllables, in pairs
  // (most Chinese words have two characters: xinnengyuan, dangzhi-songyi-baiqiang-xianyu).
  const words = syllables(clean).slice(0, 8);
  const pairs = words.map((w, i) => (i % 2 === 0 ? w + (words[i + 1] ?? '') : '')).filter(Boolean);
  return [kind === 'briefing' ? pairs.join('-') : words.join('')].filter(Boolean);
}
