/** Records → file text: frontmatter in the content format, then the body. */
import { placeBlocks } from './blocks.ts';
import { METRICS } from './metrics.ts';
import type { Industry, Place, Ranking } from './types.ts';
import { block, scalar, ymap, type YamlMap, type YamlValue } from './yaml.ts';

export function document(frontmatter: YamlMap, body: string): string {
  return `---\n${block(frontmatter)}---\n${body}`;
}

export const FOLDER = { county: 'counties', park: 'parks', region: 'regions' } as const;

export function placeFile(p: Place, body: string, seed: number): string {
  const fields: [string, YamlValue | undefined][] = [
    ['name', p.name],
    ['aliases', p.aliases],
    ['type', p.type],
    ['summary', p.summary],
  ];
  if (p.kind === 'county') fields.push(['region', p.up], ['adcode', p.adcode]);
  if (p.kind === 'park') fields.push(['level', p.level], ['parent', p.parentPark], ['location', p.up], ['established', p.established]);
  if (p.kind === 'region') fields.push(['parent', p.up], ['adcode', p.adcode], ['members', p.members]);
  fields.push(['industries', p.industries], ...placeBlocks(p, seed));
  return document(ymap(fields), body ? `${body}\n` : '');
}

export function industryFile(i: Industry): string {
  return document(ymap([['name', i.name], ['parent', i.parent], ['code', i.code]]), '');
}

export function rankingFile(r: Ranking): string {
  const body = `${r.name}${r.publisher ? `由${r.publisher}发布` : ''}。${r.evaluation ? '榜单公布十强名单，并通报各地位次升降情况。' : `榜单收录${r.size}个${r.scope === 'counties' ? '县（市、区）' : '园区'}。`}本站数据为基准测试用合成数据。`;
  return document(ymap([['name', r.name], ['publisher', r.publisher], ['scope', r.scope], ['size', r.size], ['summary', r.summary]]), `${body}\n`);
}

export function metricsFile(): string {
  const lines = ['# Metrics of generated benchmark content (scripts/generate.ts); units from CONTENT-FORMAT.md.'];
  for (const m of METRICS) {
    const desc = m.description ? `, description: ${scalar(m.description)}` : '';
    lines.push(`${m.key}: { name: ${scalar(m.name)}, unit: ${scalar(m.unit)}${desc} }`);
  }
  return `${lines.join('\n')}\n`;
}
