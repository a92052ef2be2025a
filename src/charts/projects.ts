/**
 * Investment by project (labelled horizontal bars, largest first) and the
 * total by status or industry as a second, smaller group of bars. Project
 * bars take the colour of their group, and their labels name the group too,
 * so colour is never the only cue. A qualified investment (约20亿元) is
 * written as stated, and a total that includes one carries a qualifier too.
 */
import { formatFigure, formatValue } from '../format/number.ts';
import type { Qualifier } from '../format/number.ts';
import { convert } from '../format/units.ts';
import { drawBars, layoutBars, nameRoomFor } from './bars.ts';
import type { BarLayout } from './bars.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { normaliseStatus, seriesClass, statusClass, STATUSES, UNKNOWN_STATUS } from './palette.ts';
import { formatSum, isQualified, noteOf, sumQualifier } from './stated.ts';
import { text } from './svg.ts';
import { GAP, LINE, PAD, WIDTH } from './layout.ts';
import type { ChartFigure, ProjectItem, ProjectsInput } from './types.ts';

/** Every investment is converted to this unit before comparing or adding. */
const UNIT = '亿元';

export interface ProjectGroup {
  name: string;
  total: number;
  /** Projects in the group with a stated investment. */
  count: number;
  /** Set when a project in the group has a qualified investment (see sumQualifier). */
  qualifier?: Qualifier;
  className: string;
}

export interface ProjectsGeometry {
  width: number;
  height: number;
  /** Projects with a usable investment, largest first, values in 亿元. */
  projects: { project: ProjectItem; value: number; group: string }[];
  /** Projects left out of the bars: no investment, or a unit that is not money. */
  unstated: ProjectItem[];
  groups: ProjectGroup[];
  projectBars: BarLayout;
  groupHeadingY: number;
  groupBars: BarLayout;
  total: number;
  /** Set when a project has a qualified investment (see sumQualifier). */
  totalQualifier?: Qualifier;
}

function groupOf(p: ProjectItem, by: ProjectsInput['groupBy']): string {
  return by === 'status' ? normaliseStatus(p.status) : p.industry?.trim() || UNKNOWN_STATUS;
}

function inYi(p: ProjectItem): number | null {
  if (p.investment === null || !Number.isFinite(p.investment)) return null;
  return convert(p.investment, p.unit, UNIT) ?? null;
}

/** A project's investment: as the source stated it when qualified, else in 亿元. */
function investmentText(p: ProjectItem, inYi: number): string {
  return isQualified(p.investmentStated) && p.investment !== null ? formatFigure(p.investment, p.unit, p.investmentStated) : formatValue(inYi, UNIT);
}

/** Geometry of both bar groups; null when no project states an investment. */
export function projectsGeometry(input: ProjectsInput): ProjectsGeometry | null {
  const stated: ProjectsGeometry['projects'] = [];
  const unstated: ProjectItem[] = [];
  for (const p of input.projects) {
    const v = inYi(p);
    if (v === null) unstated.push(p);
    else stated.push({ project: p, value: v, group: groupOf(p, input.groupBy) });
  }
  if (stated.length === 0) return null;
  stated.sort((a, b) => b.value - a.value || a.project.name.localeCompare(b.project.name, 'zh-CN'));

  const totals = new Map<string, { total: number; count: number; parts: ProjectItem['investmentStated'][] }>();
  for (const s of stated) {
    const t = totals.get(s.group) ?? { total: 0, count: 0, parts: [] };
    totals.set(s.group, { total: t.total + s.value, count: t.count + 1, parts: [...t.parts, s.project.investmentStated] });
  }
  const industryClass = new Map([...totals.keys()].sort((a, b) => (totals.get(b)?.total ?? 0) - (totals.get(a)?.total ?? 0)).map((g, i) => [g, seriesClass(i)]));
  const classOf = (g: string) => (input.groupBy === 'status' ? statusClass(g) : g === UNKNOWN_STATUS ? 'chart-muted' : (industryClass.get(g) ?? seriesClass(0)));
  const order = input.groupBy === 'status' ? [...STATUSES, UNKNOWN_STATUS] : [];
  const groups: ProjectGroup[] = [...totals]
    .map(([name, t]): ProjectGroup => {
      const qualifier = sumQualifier(t.parts);
      return { name, total: t.total, count: t.count, ...(qualifier ? { qualifier } : {}), className: classOf(name) };
    })
    .sort((a, b) => (order.length ? order.indexOf(a.name) - order.indexOf(b.name) : b.total - a.total || a.name.localeCompare(b.name, 'zh-CN')));

  // One name column for both groups, so the two sets of bars line up.
  const nameRoom = nameRoomFor([...stated.map((s) => s.project.name), ...groups.map((g) => g.name)]);
  const projectBars = layoutBars(
    stated.map((s) => ({
      label: s.project.name,
      value: s.value,
      valueLabel: `${investmentText(s.project, s.value)} ${s.group}`,
      className: classOf(s.group),
    })),
    PAD,
    nameRoom,
  );
  const groupHeadingY = projectBars.bottom + GAP * 2;
  const groupBars = layoutBars(
    groups.map((g) => ({ label: g.name, value: g.total, valueLabel: `${formatSum(g.total, UNIT, g.qualifier)}（${g.count}项）`, className: g.className })),
    groupHeadingY + LINE + GAP,
    nameRoom,
  );
  const totalQualifier = sumQualifier(stated.map((s) => s.project.investmentStated));
  return {
    width: WIDTH,
    height: groupBars.bottom + PAD,
    projects: stated,
    unstated,
    groups,
    projectBars,
    groupHeadingY,
    groupBars,
    total: stated.reduce((sum, s) => sum + s.value, 0),
    ...(totalQualifier ? { totalQualifier } : {}),
  };
}

function byWords(by: ProjectsInput['groupBy']): string {
  return by === 'status' ? '状态' : '产业';
}

function summaryOf(input: ProjectsInput, g: ProjectsGeometry): string {
  const owner = input.owner ?? '';
  const n = g.projects.length;
  const biggest = g.projects[0];
  const lead = [...g.groups].sort((a, b) => b.total - a.total)[0];
  const unstated = g.unstated.length ? `（另有${g.unstated.length}个项目未注明投资额）` : '';
  const most = n > 1 ? `，最大的是${biggest.project.name}（${investmentText(biggest.project, biggest.value)}）` : '';
  const group = g.groups.length > 1 ? `；按${byWords(input.groupBy)}，${lead.name}${lead.count}项合计${formatSum(lead.total, UNIT, lead.qualifier)}最多` : `，均为${lead.name}`;
  const list = n > 1 ? `${n}个项目总投资${formatSum(g.total, UNIT, g.totalQualifier)}` : `项目${biggest.project.name}投资${investmentText(biggest.project, biggest.value)}`;
  return `${owner}${list}${unstated}${most}${group}。`;
}

function titleOf(input: ProjectsInput): string {
  return input.title ?? `${input.owner ?? ''}重大项目投资`;
}

export function projectsChart(input: ProjectsInput, id: string): ChartFigure {
  const g = projectsGeometry(input);
  if (!g) throw new Error(`projects chart "${id}" has no project with an investment: do not render an empty chart`);
  const title = titleOf(input);
  const body = [
    drawBars(g.projectBars),
    text(PAD, g.groupHeadingY, `按${byWords(input.groupBy)}合计`, { class: 'chart-subhead', dy: '0.7em' }),
    drawBars(g.groupBars),
  ].join('');
  const columns: Column[] = [{ label: '项目' }, { label: '投资额', csv: `投资额（${UNIT}）` }, { label: '状态' }, { label: '产业' }];
  const row = (p: ProjectItem, v: number | null): Cell[] => [
    cell(p.name),
    v === null ? cell('未注明', null) : cell(investmentText(p, v), v),
    cell(normaliseStatus(p.status)),
    cell(p.industry?.trim() || '—', p.industry?.trim() || null),
  ];
  const rows = [...g.projects.map((s) => row(s.project, s.value)), ...g.unstated.map((p) => row(p, null))];
  return buildFigure({
    kind: 'projects',
    id,
    title,
    summary: summaryOf(input, g),
    width: g.width,
    height: g.height,
    body,
    caption: title,
    columns,
    rows,
    notes: [...g.projects.map((s) => noteOf(s.project.investment as number, s.project.unit, s.project.investmentStated)), ...g.unstated.map(() => '')],
  });
}
