/**
 * Fixed chart inputs for the snapshot tests (and for eyeballing the charts).
 * Figures are plausible but made up; shapes are a synthetic grid, not real
 * boundaries.
 */
import type {
  AdcodeFeature,
  ComparisonInput,
  IndicatorTimeInput,
  MapMember,
  ProjectsInput,
  RankTargetInput,
  RankTrajectoryInput,
  RegionMapInput,
  TargetProgressInput,
  ValueTargetInput,
} from '../../src/charts/index.ts';

export const rankSingle: RankTrajectoryInput = {
  series: [
    {
      place: '枝江市',
      ranking: '全国县域经济百强',
      points: [
        { period: '2019', rank: 98 },
        { period: '2020', rank: 95 },
        { period: '2021', rank: 91 },
        { period: '2023', rank: 86 },
        { period: '2024', rank: 84 },
      ],
    },
  ],
  periods: ['2019', '2020', '2021', '2022', '2023', '2024'],
  target: { rank: 80, deadline: '2025' },
};

export const rankRankings: RankTrajectoryInput = {
  series: [
    { place: '宜都市', ranking: '全国县域经济百强', points: [{ period: '2020', rank: 72 }, { period: '2021', rank: 66 }, { period: '2022', rank: 60 }, { period: '2023', rank: 57 }] },
    { place: '宜都市', ranking: '全国工业百强县', points: [{ period: '2021', rank: 54 }, { period: '2022', rank: 58 }, { period: '2023', rank: 49 }] },
    { place: '宜都市', ranking: '中部地区县域经济百强', points: [{ period: '2022', rank: 12 }, { period: '2023', rank: 11 }] },
  ],
};

export const rankPlaces: RankTrajectoryInput = {
  series: [
    { place: '宜都市', ranking: '全国县域经济百强', points: [{ period: '2021', rank: 66 }, { period: '2022', rank: 60 }, { period: '2023', rank: 57 }] },
    { place: '枝江市', ranking: '全国县域经济百强', points: [{ period: '2021', rank: 91 }, { period: '2022', rank: 88 }, { period: '2023', rank: 86 }] },
    { place: '当阳市', ranking: '全国县域经济百强', points: [{ period: '2021', rank: 89 }, { period: '2022', rank: 92 }, { period: '2023', rank: 97 }] },
  ],
};

export const rankOnePoint: RankTrajectoryInput = {
  series: [{ place: '枝江市', ranking: '全国县域经济百强', points: [{ period: '2023', rank: 86 }] }],
};

export const indicatorBars: IndicatorTimeInput = {
  indicator: '地区生产总值',
  unit: '亿元',
  series: [
    {
      place: '枝江市',
      points: [
        { period: '2018', value: 512.3 },
        { period: '2019', value: 560.1 },
        { period: '2020', value: 538.7 },
        { period: '2021', value: 631.2 },
        { period: '2022', value: 688.9 },
        { period: '2023', value: 726.4 },
        { period: '2024', value: 780.6 },
      ],
    },
  ],
};

export const indicatorQuarters: IndicatorTimeInput = {
  indicator: '规模以上工业增加值增速',
  unit: '%',
  series: [
    {
      place: '猇亭工业园',
      points: [
        { period: '2022Q1', value: 8.2 },
        { period: '2022Q2', value: -3.5 },
        { period: '2022Q3', value: 2.1 },
        { period: '2022Q4', value: 5.6 },
        { period: '2023Q1', value: -1.2 },
        { period: '2023Q3', value: 6.8 },
        { period: '2023Q4', value: 7.4 },
      ],
    },
  ],
  periods: ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4'],
};

export const indicatorLines: IndicatorTimeInput = {
  indicator: '一般公共预算收入',
  unit: '万元',
  series: [
    { place: '宜都市', points: [{ period: '2020', value: 352000 }, { period: '2021', value: 401000 }, { period: '2022', value: 425500 }, { period: '2023', value: 468000 }] },
    { place: '枝江市', points: [{ period: '2020', value: 281000 }, { period: '2021', value: 310000 }, { period: '2023', value: 366000 }] },
    { place: '长阳土家族自治县', points: [{ period: '2020', value: 98000 }, { period: '2021', value: 112000 }, { period: '2022', value: 107500 }, { period: '2023', value: 121000 }] },
  ],
};

export const indicatorSingle: IndicatorTimeInput = {
  indicator: '工业总产值',
  unit: '亿元',
  series: [{ place: '嘉峪关工业园区', points: [{ period: '2022', value: 746 }] }],
};

export const targetValue: ValueTargetInput = {
  type: 'value',
  place: '枝江市',
  indicator: '地区生产总值',
  unit: '亿元',
  target: 1000,
  deadline: '2025',
  actual: { period: '2023', value: 616.6 },
};

export const targetExceeded: TargetProgressInput = {
  type: 'value',
  place: '宜都市',
  indicator: '高新技术企业数量',
  unit: '家',
  target: 120,
  deadline: '2025',
  actual: { period: '2024', value: 146 },
};

export const targetRank: RankTargetInput = {
  type: 'rank',
  place: '枝江市',
  ranking: '全国县域经济百强',
  target: 80,
  deadline: '2025',
  actual: { period: '2024', rank: 84 },
};

export const targetNoActual: TargetProgressInput = {
  type: 'value',
  place: '当阳市',
  indicator: '工业总产值',
  unit: '亿元',
  target: 1500,
  deadline: '2027',
};

export const comparison: ComparisonInput = {
  indicator: '地区生产总值',
  unit: '亿元',
  group: '宜昌市',
  items: [
    { label: '宜都市', value: 900.2, period: '2023', href: '/places/420581/' },
    { label: '枝江市', value: 726.4, period: '2023', href: '/places/420583/' },
    { label: '当阳市', value: 681.5, period: '2023', href: '/places/420582/' },
    { label: '夷陵区', value: 802.3, period: '2023', href: '/places/420506/' },
    { label: '长阳土家族自治县', value: 210.9, period: '2023', href: '/places/420528/' },
    { label: '五峰土家族自治县', value: 98.4, period: '2022' },
    { label: '远安县', value: 220.3, period: '2023' },
  ],
};

export const comparisonNegative: ComparisonInput = {
  indicator: '工业投资增速',
  unit: '%',
  group: '新能源汽车产业',
  items: [
    { label: '宜昌高新技术产业开发区', value: 18.4, period: '2023' },
    { label: '枝江经济开发区', value: 6.2, period: '2023' },
    { label: '当阳经济开发区', value: -4.7, period: '2023' },
    { label: '宜都经济开发区', value: -12.3, period: '2023' },
    { label: '猇亭工业园', value: 0, period: '2023' },
  ],
};

export const projectsByStatus: ProjectsInput = {
  owner: '枝江市',
  groupBy: 'status',
  projects: [
    { name: '年产20万吨磷酸铁锂正极材料项目', investment: 120, unit: '亿元', status: '在建', industry: '新能源材料', href: '/projects/lfp/' },
    { name: '枝江港综合码头二期', investment: 18.5, unit: '亿元', status: '签约', industry: '现代物流' },
    { name: '酒业产业园技改', investment: 65000, unit: '万元', status: '投产', industry: '食品饮料' },
    { name: '精细化工园区污水处理厂', investment: 3.2, unit: '亿元', status: '竣工', industry: '化工' },
    { name: '数字经济产业园', investment: 25, unit: '亿元', status: '谋划', industry: '数字经济' },
    { name: '智能装备制造基地', investment: 42, unit: '亿元', status: '在建', industry: '装备制造' },
    { name: '冷链物流中心', investment: 8, unit: '亿元', status: '已完工', industry: '现代物流' },
    { name: '新型储能电站', investment: null, unit: '亿元', status: '签约', industry: '新能源' },
  ],
};

export const projectsByIndustry: ProjectsInput = { ...projectsByStatus, groupBy: 'industry' };

/** A tiny deterministic jitter so the synthetic shapes are not plain squares. */
function jitter(i: number, j: number, k: number): number {
  const h = Math.sin(i * 12.9898 + j * 78.233 + k * 37.719) * 43758.5453;
  return (h - Math.floor(h) - 0.5) * 0.12;
}

const COLS = 4;
const ROWS = 3;
const W = 0.38;
const H = 0.55;
const vertex = (i: number, j: number): [number, number] => {
  const edge = i === 0 || j === 0 || i === COLS || j === ROWS;
  return [110.6 + i * W + (edge ? 0 : jitter(i, j, 1)), 29.9 + j * H + (edge ? 0 : jitter(i, j, 2))];
};
/** Counter-clockwise, as RFC 7946 writes outer rings. */
const cell = (i: number, j: number) => [vertex(i, j), vertex(i + 1, j), vertex(i + 1, j + 1), vertex(i, j + 1), vertex(i, j)];

const names: [string, string][] = [
  ['420525', '远安县'],
  ['420582', '当阳市'],
  ['420506', '夷陵区'],
  ['420526', '兴山县'],
  ['420502', '西陵区'],
  ['420503', '伍家岗区'],
  ['420504', '点军区'],
  ['420583', '枝江市'],
  ['420527', '秭归县'],
  ['420581', '宜都市'],
  ['420528', '长阳土家族自治县'],
];

function polygonFeature(adcode: string, name: string, i: number, j: number): AdcodeFeature {
  return { type: 'Feature', properties: { adcode, name }, geometry: { type: 'Polygon', coordinates: [cell(i, j)] } };
}

const features: AdcodeFeature[] = names.map(([code, name], k) => polygonFeature(code, name, k % COLS, Math.floor(k / COLS)));
// 夷陵区 with a hole (clockwise, as RFC 7946 writes holes) that is 猇亭区.
const [cx, cy] = [110.6 + 2.5 * W, 29.9 + 0.5 * H];
const hole: [number, number][] = [
  [cx - 0.08, cy - 0.1],
  [cx - 0.08, cy + 0.1],
  [cx + 0.08, cy + 0.1],
  [cx + 0.08, cy - 0.1],
  [cx - 0.08, cy - 0.1],
];
features[2] = { type: 'Feature', properties: { adcode: '420506', name: '夷陵区' }, geometry: { type: 'Polygon', coordinates: [cell(2, 0), hole] } };
features.push({ type: 'Feature', properties: { adcode: 420505, name: '猇亭区' }, geometry: { type: 'Polygon', coordinates: [[...hole].reverse()] } });
// 五峰 as two parts: the last grid cell and a small island.
features.push({
  type: 'Feature',
  properties: { adcode: '420529', name: '五峰土家族自治县' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[cell(3, 2)], [[[112.0, 30.0], [112.1, 30.0], [112.1, 30.08], [112.0, 30.08], [112.0, 30.0]]]],
  },
});
// A feature of another city: must be ignored.
features.push(polygonFeature('421002', '沙市区', 0, 0));

const values: Record<string, number | null> = {
  '420525': 220.3,
  '420582': 681.5,
  '420506': 802.3,
  '420526': 180.6,
  '420502': 1020.4,
  '420503': 905.7,
  '420504': 95.2,
  '420583': 726.4,
  '420527': 230.8,
  '420581': 900.2,
  '420528': 210.9,
  '420505': 640.1,
  '420529': null,
};

const members: MapMember[] = [
  ...[...names, ['420505', '猇亭区'] as [string, string], ['420529', '五峰土家族自治县'] as [string, string]].map(([adcode, name]) => ({
    adcode,
    name,
    value: values[adcode] ?? null,
    period: '2023',
    href: `/places/${adcode}/`,
  })),
  // A member with no shape in the features: listed in the table only.
  { adcode: '420500', name: '宜昌市辖区', value: null },
];

export const regionMap: RegionMapInput = {
  region: '宜昌市',
  indicator: '地区生产总值',
  unit: '亿元',
  features,
  members,
};
