/**
 * A spreadsheet of figures → the settings for each place file, and every row that cannot be
 * placed or read, with why. Columns: one naming the place (slug, name, alias or adcode), one
 * the period (2023 or 2023Q1), and the rest metric keys (metrics.yaml) or ranking slugs.
 */
import { closest, Diagnostics } from '../../src/model/diagnostics.ts';
import type { Place, SiteModel } from '../../src/model/types.ts';
import { parseValue, period as periodSchema, quantityIn, rank as rankSchema } from '../../src/model/values.ts';
import type { Setting } from './merge.ts';
import type { CsvRow } from './read.ts';

const PLACE_COLUMNS = ['place', 'slug', 'name', 'adcode', '地方', '地区', '名称', '县市', '园区', '代码', '行政区划代码'];
const PERIOD_COLUMNS = ['period', 'year', '期别', '年份', '年度', '时期'];

export interface RowProblem {
  /** 1-based line of the row in the file (the header is line 1). */
  row: number;
  column?: string;
  message: string;
  hint?: string;
  /** A column left out (a note column, say): reported, but it stops nothing. */
  warning?: boolean;
}

export interface CsvPlan {
  /** Place slug → its settings, in row order. */
  settings: Map<string, Setting[]>;
  problems: RowProblem[];
  /** Rows read, and rows with a problem. */
  rows: number;
  badRows: Set<number>;
}

/** Places by every way a row may name them. */
function placeIndex(model: SiteModel): (id: string) => { place?: Place; ambiguous?: Place[] } {
  const byName = new Map<string, Place[]>();
  for (const p of model.places.values()) for (const n of new Set([p.name, ...p.aliases])) byName.set(n, [...(byName.get(n) ?? []), p]);
  const byAdcode = new Map([...model.places.values()].filter((p) => p.adcode).map((p) => [p.adcode!, p]));
  return (id) => {
    const slug = model.places.get(id);
    if (slug) return { place: slug };
    if (/^\d{6}$/.test(id) && byAdcode.has(id)) return { place: byAdcode.get(id) };
    const named = byName.get(id) ?? [];
    return named.length === 1 ? { place: named[0] } : named.length > 1 ? { ambiguous: named } : {};
  };
}

const SCOPE_KIND: Record<string, string> = { counties: 'county', parks: 'park', regions: 'region' };

export function planCsv(rows: CsvRow[], model: SiteModel): CsvPlan {
  const plan: CsvPlan = { settings: new Map(), problems: [], rows: Math.max(0, rows.length - 1), badRows: new Set() };
  const headerLine = rows[0]?.line ?? 1;
  const header = (rows[0]?.cells ?? []).map((h) => h.trim().replace(/^\uFEFF/, ''));
  // The first column naming the place; others (a name beside a code) are only for reading.
  const placeCol = header.findIndex((h) => PLACE_COLUMNS.includes(h.toLowerCase()));
  const periodCol = header.findIndex((h) => PERIOD_COLUMNS.includes(h.toLowerCase()));
  const fail = (row: number, message: string, hint?: string, column?: string) => {
    plan.problems.push({ row, column, message, hint });
    if (row > headerLine) plan.badRows.add(row);
  };
  if (placeCol < 0) fail(headerLine, '没有指明地方的列 no column naming the place', `第一行加一列 place（或 地方、名称、adcode），值为 slug、名称或行政区划代码`);
  if (periodCol < 0) fail(headerLine, '没有期别列 no period column', '第一行加一列 period（或 年份、期别），值如 2023 或 2023Q1');
  const rankings = new Set(model.rankings.keys());
  const columns = header.map((h, i) => {
    if (i === placeCol || i === periodCol || h === '' || PLACE_COLUMNS.includes(h.toLowerCase())) return undefined;
    if (model.metrics.has(h)) return { block: 'metrics' as const, key: h };
    if (rankings.has(h)) return { block: 'rankings' as const, key: h };
    const known = [...model.metrics.keys(), ...rankings];
    const near = closest(h, known);
    plan.problems.push({
      row: headerLine,
      column: h,
      warning: true,
      message: `列“${h}”不是指标，也不是榜单，没有导入 column is neither a metric key nor a ranking slug; left out`,
      hint: near ? `是不是 did you mean “${near}”？` : `要导入的列，列名用指标的 key（metrics.yaml）或榜单的 slug，如 ${known.slice(0, 3).join('、')}`,
    });
    return undefined;
  });
  if (placeCol < 0 || periodCol < 0) return plan;
  const find = placeIndex(model);
  const seen = new Map<string, number>();
  rows.slice(1).forEach(({ cells, line: row }) => {
    const id = (cells[placeCol] ?? '').trim();
    const found = find(id);
    if (!found.place) {
      if (found.ambiguous) fail(row, `“${id}”有 ${found.ambiguous.length} 个地方 names several places: ${found.ambiguous.map((p) => p.slug).join('、')}`, '改用 slug 或行政区划代码', header[placeCol]);
      else {
        const near = id ? closest(id, [...model.places.keys(), ...[...model.places.values()].map((x) => x.name)]) : undefined;
        fail(row, id ? `找不到地方“${id}” no place with this slug, name or adcode` : '没有写地方 no place given', near ? `是不是 did you mean “${near}”？` : '用地方的 slug、名称或行政区划代码；新地方先用 npm run new 建文件', header[placeCol]);
      }
      return;
    }
    const diags = new Diagnostics();
    const p = parseValue(periodSchema, (cells[periodCol] ?? '').trim(), '', header[periodCol], diags);
    if (p === undefined) {
      fail(row, `期别：${diags.items[0]?.message ?? ''}`, diags.items[0]?.hint, header[periodCol]);
      return;
    }
    const key: number | string = /^\d{4}$/.test(p) ? Number(p) : p;
    const settings: Setting[] = [];
    columns.forEach((col, c) => {
      const raw = (cells[c] ?? '').trim();
      if (!col || raw === '') return;
      const d = new Diagnostics();
      const value: number | string = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      const place = found.place!;
      const twice = `${place.slug}|${col.key}|${key}`;
      if (seen.has(twice)) return fail(row, `${col.key}：${place.name} ${key} 在第${seen.get(twice)}行已有 given twice, first on row ${seen.get(twice)}`, '每个地方、期别只写一行', col.key);
      seen.set(twice, row);
      if (col.block === 'rankings') {
        const r = model.rankings.get(col.key)!;
        if (typeof key !== 'number') return fail(row, `${col.key}：榜单位次按年份，不按季度（现为 found ${key}）rankings are by year`, '期别写年份，如 2023', col.key);
        if (SCOPE_KIND[r.scope] !== place.kind) return fail(row, `${col.key}：${r.name}排的是${r.scope === 'counties' ? '县市' : r.scope === 'parks' ? '园区' : '区域'}，${place.name}不在其列 the ranking's scope is ${r.scope}`, '检查列名或地方', col.key);
      }
      const ok = col.block === 'metrics' ? parseValue(quantityIn(model.metrics.get(col.key)!.unit), value, '', col.key, d) : parseValue(rankSchema, value, '', col.key, d);
      if (ok === undefined) fail(row, `${col.key}：${d.items[0]?.message ?? ''}`, d.items[0]?.hint, col.key);
      else if (col.block === 'rankings' && model.rankings.get(col.key)!.size && (ok as number) > model.rankings.get(col.key)!.size!) fail(row, `${col.key}：位次 ${raw} 超出榜单的 ${model.rankings.get(col.key)!.size} 名 beyond the ranking's size`, '检查位次', col.key);
      else settings.push({ ...col, period: key, value });
    });
    if (plan.badRows.has(row)) return;
    plan.settings.set(found.place.slug, [...(plan.settings.get(found.place.slug) ?? []), ...settings]);
  });
  return plan;
}
