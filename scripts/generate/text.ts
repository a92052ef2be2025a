/**
 * Chinese prose for briefings and place files. The sentences name places that
 * are not the briefing's subjects (the region above, neighbours, parks) and
 * industries, so the model's mentions and backlinks have real work to do.
 * No character that MDX reads as syntax ({ } < >) ever appears.
 */
import { shortOf } from './names.ts';
import type { Rng } from './random.ts';
import type { Industry, Place } from './types.ts';

export interface TextContext {
  places: Map<string, Place>;
  industries: Map<string, Industry>;
}

export const QUARTERS = ['', '一季度', '上半年', '前三季度'];

const OFFICES = ['统计局', '发展和改革局', '经济和信息化局', '商务局', '招商服务中心'];
const VERBS = ['加快', '着力', '持续', '全力', '聚焦'];
const GOALS = ['推动县域经济高质量发展', '打造区域性产业高地', '培育壮大新动能', '优化营商环境', '推进新型工业化', '建设现代化产业体系'];
const MEASURES = ['强化要素保障', '深化“放管服”改革', '实施“链长制”', '开展“一企一策”精准服务', '推行“标准地”出让', '建立重点项目“周调度”机制'];

export function fmt(v: number, unit: string): string {
  return `${v}${unit}`;
}

/** The other places a text can name: the region above, neighbours under it, parks. */
function neighbours(p: Place, ctx: TextContext): { up?: Place; siblings: Place[]; parks: Place[] } {
  const up = p.up ? ctx.places.get(p.up) : undefined;
  const siblings = (up?.children ?? []).map((s) => ctx.places.get(s)!).filter((s) => s.slug !== p.slug && s.kind === p.kind && s.tier === p.tier);
  const parks = p.parks.map((s) => ctx.places.get(s)!);
  return { up, siblings, parks };
}

export function leadIn(r: Rng, p: Place, date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return r.pick([`${m}月${d}日，记者从${p.name}${r.pick(OFFICES)}获悉：`, `近日，${p.name}召开工作推进会。`, `${m}月${d}日，${p.name}发布最新数据。`, '']);
}

export function contextParagraph(r: Rng, p: Place, ctx: TextContext): string {
  const { up, siblings, parks } = neighbours(p, ctx);
  const parts: string[] = [];
  if (up && p.kind !== 'park' && p.tier !== 'grouping') {
    const others = r.sample(siblings, 2);
    parts.push(others.length > 0 ? `作为${up.name}的重要组成部分，${shortOf(p)}与${others.map((s) => s.name).join('、')}在产业协作、基础设施互联互通等方面合作不断深化。` : `${shortOf(p)}位于${up.name}，区位优势明显。`);
  }
  if (p.kind === 'region' && p.children.length > 0) {
    const kids = r.sample(p.children.map((s) => ctx.places.get(s)!).filter((c) => c.kind !== 'region' || c.tier !== 'grouping'), 3);
    if (kids.length > 0) parts.push(`${kids.map((k) => k.name).join('、')}等地发展势头良好，区域经济整体呈现稳中有进的态势。`);
  }
  if (p.members && p.members.length > 0) {
    const ms = p.members.slice(0, 4).map((s) => ctx.places.get(s)!.name);
    parts.push(`${p.name}由${ms.join('、')}${p.members.length > 4 ? '等地' : ''}组成，各成员在规划对接、产业协同、设施共建等方面持续发力。`);
  }
  if (parks.length > 0) parts.push(`${r.pick(parks).name}是当地发展的主阵地，${r.pick(VERBS)}承接产业转移，园区承载能力持续提升。`);
  if (p.kind === 'park' && up) parts.push(`园区位于${up.name}，${r.pick(VERBS)}${r.pick(MEASURES)}，${r.pick(GOALS)}。`);
  if (parts.length === 0) parts.push(`${shortOf(p)}坚持以发展为第一要务，${r.pick(VERBS)}${r.pick(GOALS)}。`);
  return parts.join('');
}

export function industryParagraph(r: Rng, p: Place, industries: string[], ctx: TextContext): string {
  const names = industries.map((s) => ctx.industries.get(s)!.name);
  if (names.length === 0) return `${shortOf(p)}${r.pick(VERBS)}${r.pick(MEASURES)}，${r.pick(GOALS)}，经济运行总体平稳。`;
  const lead = names.length === 1 ? names[0] : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
  return r.pick([
    `近年来，${shortOf(p)}围绕${lead}等产业${r.pick(VERBS)}补链延链强链，引进了一批龙头企业和配套项目，产业集群效应逐步显现。`,
    `${shortOf(p)}把${lead}作为主导产业，${r.pick(MEASURES)}，推动产业向高端化、智能化、绿色化方向发展。`,
    `在${lead}领域，${shortOf(p)}已形成从原材料到终端产品的较完整链条，${r.pick(VERBS)}提升产业链供应链韧性。`,
  ]);
}

export function outlookParagraph(r: Rng, p: Place): string {
  return r.pick([
    `下一步，${shortOf(p)}将${r.pick(VERBS)}${r.pick(MEASURES)}，${r.pick(GOALS)}，确保全年目标任务圆满完成。`,
    `有关负责人表示，${shortOf(p)}将坚持项目为王，${r.pick(MEASURES)}，以更大力度${r.pick(GOALS)}。`,
    `${shortOf(p)}将以此为契机，${r.pick(VERBS)}${r.pick(GOALS)}，为区域经济发展贡献更大力量。`,
  ]);
}

/** A place file's overview paragraph. */
export function overview(r: Rng, p: Place, ctx: TextContext): string {
  if (p.kind === 'region' && p.tier !== 'grouping') return '';
  return `${contextParagraph(r, p, ctx)}${p.industries.length > 0 ? industryParagraph(r, p, p.industries.slice(0, 3), ctx) : ''}`;
}
