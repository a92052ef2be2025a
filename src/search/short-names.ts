/**
 * The short names readers type for a place or park, derived from its full name, so that
 * 苏州园区 finds 苏州工业园区 and 随州高新区 finds 随州高新技术产业开发区 even where an editor
 * listed no alias. They are searched as names; they are never shown or linked.
 */

/** Full forms of park names and the short forms readers use for them, longest first. */
const PARK_FORMS: [RegExp, string[]][] = [
  [/高新技术产业开发区$/, ['高新区', '高新技术开发区']],
  [/经济技术开发区$/, ['经开区', '经济开发区', '开发区']],
  [/经济开发区$/, ['经开区', '开发区']],
  [/高新技术产业园区$/, ['高新园区', '高新区']],
  [/工业园区$/, ['园区', '工业园']],
  [/产业园区$/, ['园区', '产业园']],
  [/化工园区$/, ['化工园', '园区']],
  [/产业开发区$/, ['开发区']],
  [/综合保税区$/, ['综保区']],
  [/工业园$/, ['工业园区', '园区']],
  [/化工园$/, ['化工园区', '园区']],
  [/产业园$/, ['产业园区', '园区']],
];

/** 市/县/区/旗 and the like, dropped where two characters or more remain (枝江市 → 枝江). */
const PEOPLES = '(?:[\\u4e00-\\u9fff]{1,4}族|维吾尔)+';
const PLACE_SUFFIX = new RegExp(`^(.{2,}?)(?:${PEOPLES}自治(?:州|县|旗|区)|特别行政区|自治区|新区|地区|林区|矿区|市|县|区|旗|省|州|盟)$`);

function dropPlaceSuffix(name: string): string | undefined {
  const m = PLACE_SUFFIX.exec(name);
  return m ? m[1] : undefined;
}

/** Short names of a place or park name, without the name itself. */
export function shortNames(name: string): string[] {
  const out = new Set<string>();
  // 恩施土家族苗族自治州 → 恩施州: readers keep the level, drop the peoples.
  const autonomous = new RegExp(`^(.{2,}?)${PEOPLES}自治(州|县|旗)$`).exec(name);
  if (autonomous) out.add(autonomous[1] + autonomous[2]);
  let park = false;
  for (const [form, shorts] of PARK_FORMS) {
    const m = form.exec(name);
    if (!m) continue;
    park = true;
    const stem = name.slice(0, m.index);
    const stems = [stem, dropPlaceSuffix(stem)].filter((s): s is string => !!s && s.length >= 2);
    for (const s of stems) for (const short of shorts) out.add(s + short);
    break;
  }
  if (!park) {
    const place = dropPlaceSuffix(name);
    if (place) out.add(place);
  }
  out.delete(name);
  return [...out];
}
