/**
 * The text of a new content file: every field CONTENT-FORMAT lists for its kind, each with a
 * short Chinese comment, required ones marked 必填. Known values are filled in; optional fields
 * without a value are left as comments to fill or delete, so the file reads as its own guide.
 */
export type Kind = 'county' | 'park' | 'region' | 'industry' | 'ranking' | 'briefing';

export const FOLDER: Record<Kind, string> = { county: 'counties', park: 'parks', region: 'regions', industry: 'industries', ranking: 'rankings', briefing: 'briefings' };

/** One line of frontmatter: a field with its value, or commented out with an example. */
export interface Field {
  key: string;
  /** YAML text of the value; undefined leaves the field as a comment with `example`. */
  value?: string;
  example?: string;
  note: string;
  required?: boolean;
}

const DATA_BLOCKS = `# 数据块（可选，写这个地方自己的数字；简报里的数字写在简报的 data 下）：
# metrics:                      # 指标 → 期别 → 数值，可带单位和限定词："800亿元"、"约1210亿元"、"6800多家"
#   gdp: { 2023: "800亿元" }
# rankings:                     # 榜单 slug → 年份 → 位次（1 为第一）
#   county-top100: { 2023: 98 }
# rank_changes:                 # 榜单 slug → 年份 → 位次变化（+3 前移 3 位，-2 后退 2 位）
#   county-top100: { 2023: +3 }
# targets:                      # 目标：指标 + 数值，或 榜单 + 位次/前移位数；year 可省略
#   - { metric: gdp, value: "1200亿元", year: 2025 }
#   - { ranking: county-top100, rank: 50, year: 2025, label: 冲刺五十强 }
# projects:                     # 项目：投资默认以亿元计；status 为 签约/在建/投产/竣工/谋划
#   - { name: 项目名称, investment: 50, status: 在建, year: 2023 }`;

const BRIEFING_DATA = `# data:                         # 本文报道的数字，按地方 slug 归属；块的写法同地方文件
#   zhijiang:
#     metrics:
#       gdp: { 2023: "约800亿元" }
#     rankings:
#       county-top100: { 2023: 98 }`;

function line(f: Field): string {
  const mark = f.required ? '必填。' : '';
  const text = f.value !== undefined ? `${f.key}: ${f.value}` : `# ${f.key}: ${f.example ?? ''}`;
  return `${text.padEnd(30)} # ${mark}${f.note}`;
}

const BODY: Record<Kind, string> = {
  county: '（概况：这个县市的位置、产业和发展定位。可留空。）',
  park: '（概况：园区的位置、主导产业和发展定位。可留空。）',
  region: '（概况。可留空。）',
  industry: '（这个产业的说明。可留空。）',
  ranking: '（榜单说明：谁发布、怎么评的。可留空。）',
  briefing: '（正文：简报内容。）',
};

export function fileText(kind: Kind, fields: Field[], notes: string[] = []): string {
  const head = notes.map((n) => `# ${n}`);
  const blocks = kind === 'briefing' ? [BRIEFING_DATA] : kind === 'industry' || kind === 'ranking' ? [] : [DATA_BLOCKS];
  return ['---', ...head, ...fields.map(line), ...blocks, '---', '', BODY[kind], ''].join('\n');
}

/** YAML for a plain string: quoted when YAML would read it as something else. */
export function yamlString(s: string): string {
  return /^[\p{Script=Han}\p{L}][\p{Script=Han}\p{L}\p{N}·（）()、\- ]*$/u.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s) ? s : JSON.stringify(s);
}
