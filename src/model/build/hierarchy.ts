/**
 * Pass 2, hierarchy. Reads: the places' `region` / `location` / `parent` /
 * `members`, parks' `parent` and industries' `parent`, as written.
 * Adds: checked parents (unknown or wrong-kind ones reported and dropped),
 * ancestors with parent cycles reported on the files that form them, parks
 * inside parks (parentPark, subParks), each region's children and hosted
 * parks, transitive members and groupings, the industry tree, and places'
 * checked industry lists.
 */
import { PLACE_KIND_LABEL } from '../labels.ts';
import type { Park } from '../types.ts';
import { setAncestors } from './ancestors.ts';
import { checkIndustries, once, unknownRef, type BuildContext } from './context.ts';
import { setMembers } from './members.ts';

const GROUPING_HINT = '组团关系写在组团文件的 members 中 list groupings in the grouping file\'s members';

export function buildHierarchy(ctx: BuildContext): void {
  checkPlaceParents(ctx);
  checkRegionRefs(ctx);
  const { places, diags } = ctx;
  setAncestors(places.values(), (slug) => places.get(slug), (p, loop) =>
    diags.error(p.file, p.kind === 'park' ? 'location' : p.kind === 'county' ? 'region' : 'parent', `上下级关系成环：${loop.join(' → ')} the hierarchy loops`, '检查这些文件的 region / parent，使其最终通向省级区域 make the chain end at a province'),
  );
  parkParents(ctx);
  for (const p of places.values()) {
    if (!p.parent) continue;
    const parent = places.get(p.parent);
    if (parent?.kind === 'region') parent.children.push(p.slug);
    if (p.kind === 'park' && parent) parent.parks.push(p.slug);
  }
  setMembers(places);
  industryTree(ctx);
  for (const place of places.values()) place.industries = checkIndustries(ctx, place.industries, place.file, 'industries');
}

/** A county's `region` names an administrative region; a park's `location` a county or region. */
function checkPlaceParents(ctx: BuildContext): void {
  const { places, diags } = ctx;
  const all = [...places.values()];
  const regionSlugs = all.filter((p) => p.kind === 'region').map((p) => p.slug);
  const hostSlugs = all.filter((p) => p.kind !== 'park').map((p) => p.slug);
  for (const p of all) {
    if (p.kind === 'region') continue;
    const target = places.get(p.parent!);
    if (!target) {
      if (p.kind === 'county') unknownRef(ctx, p.file, 'region', '区域', p.parent!, regionSlugs, 'regions');
      else unknownRef(ctx, p.file, 'location', '所在地', p.parent!, hostSlugs, 'counties');
      p.parent = undefined;
    } else if (p.kind === 'county' && (target.kind !== 'region' || target.grouping)) {
      diags.error(p.file, 'region', `“${p.parent}”是${target.kind === 'region' ? `${target.type}（跨行政区组团）` : PLACE_KIND_LABEL[target.kind]}，不是上一级行政区 must name the prefecture or province above it`, GROUPING_HINT);
      p.parent = undefined;
    } else if (p.kind === 'park' && target.kind === 'park') {
      diags.error(p.file, 'location', `“${p.parent}”是园区；location 应是所在的县（市、区）或区域 must name the county or region hosting the park`);
      p.parent = undefined;
    }
  }
}

/** A region's `parent` is the administrative region above; `members` name places. */
function checkRegionRefs(ctx: BuildContext): void {
  const { places, diags } = ctx;
  const regionSlugs = [...places.values()].filter((p) => p.kind === 'region').map((p) => p.slug);
  for (const { region, parent, members } of ctx.regionRefs) {
    if (parent !== undefined) {
      const target = places.get(parent);
      if (!target) unknownRef(ctx, region.file, 'parent', '上级区域', parent, regionSlugs, 'regions');
      else if (target.kind !== 'region') diags.error(region.file, 'parent', `“${parent}”是${PLACE_KIND_LABEL[target.kind]}，不是区域 parent must be a region`);
      else if (target.grouping && !region.grouping) diags.error(region.file, 'parent', `“${parent}”是${target.type}（跨行政区组团），不是上一级行政区 parent must be the administrative region above`, GROUPING_HINT);
      else if (parent === region.slug) diags.error(region.file, 'parent', '区域不能以自己为上级 a region cannot be its own parent');
      else region.parent = parent;
    }
    members.forEach((m, i) => {
      if (!places.has(m)) unknownRef(ctx, region.file, `members[${i}]`, '成员地点', m, places.keys(), 'counties');
      else if (m === region.slug) diags.error(region.file, `members[${i}]`, '区域不能包含自己 a region cannot list itself as a member');
    });
    region.listedMembers = once(ctx, members, region.file, 'members').filter((m) => places.has(m) && m !== region.slug);
  }
}

/** Parks inside parks (一区多园): the chain of parent parks follows the host's breadcrumbs. */
function parkParents(ctx: BuildContext): void {
  const { places, diags } = ctx;
  const parks = [...places.values()].filter((p): p is Park => p.kind === 'park');
  for (const park of parks) {
    if (park.parentPark === undefined) continue;
    const target = places.get(park.parentPark);
    if (!target) unknownRef(ctx, park.file, 'parent', '上级园区', park.parentPark, parks.map((x) => x.slug), 'parks');
    else if (target.kind !== 'park') diags.error(park.file, 'parent', `“${park.parentPark}”是${PLACE_KIND_LABEL[target.kind]}，parent 只写所属的园区 parent names the park this one belongs to`, '所在的县（市、区）写在 location 中 the hosting county goes in location');
    else if (target.slug === park.slug) diags.error(park.file, 'parent', '园区不能以自己为上级 a park cannot be its own parent');
    if (!target || target.kind !== 'park' || target.slug === park.slug) park.parentPark = undefined;
  }
  const nodes = new Map(parks.map((p) => [p.slug, { slug: p.slug, parent: p.parentPark, ancestors: [] as string[] }]));
  setAncestors(nodes.values(), (slug) => nodes.get(slug), (n, loop) =>
    diags.error(places.get(n.slug)!.file, 'parent', `园区上下级成环：${loop.join(' → ')} the parks' parents loop`, '检查这些园区的 parent，最上级的园区不写 parent the top park has no parent'),
  );
  for (const park of parks) {
    const node = nodes.get(park.slug)!;
    park.parentPark = node.parent;
    if (node.ancestors.length > 0) park.ancestors = [...places.get(node.ancestors[0])!.ancestors, ...node.ancestors];
    const parent = park.parentPark ? places.get(park.parentPark) : undefined;
    if (parent?.kind === 'park') parent.subParks.push(park.slug);
  }
}

/** Industries' parents, ancestors (cycles reported) and children. */
function industryTree(ctx: BuildContext): void {
  const { industries, diags } = ctx;
  for (const ind of industries.values()) {
    if (ind.parent !== undefined && !industries.has(ind.parent)) {
      unknownRef(ctx, ind.file, 'parent', '上级产业', ind.parent, industries.keys(), 'industries');
      ind.parent = undefined;
    }
  }
  setAncestors(industries.values(), (slug) => industries.get(slug), (ind, loop) =>
    diags.error(ind.file, 'parent', `产业上下级成环：${loop.join(' → ')} the industry tree loops`),
  );
  for (const ind of industries.values()) if (ind.parent) industries.get(ind.parent)!.children.push(ind.slug);
}
