/** The fast YAML reader accepts and reads exactly what `yaml` (core schema, unique keys) does. */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseYaml } from '../../src/model/read.ts';

const reference = (s: string) => {
  try {
    return { ok: true, value: YAML.parse(s, { schema: 'core', uniqueKeys: true }) };
  } catch {
    return { ok: false };
  }
};
const ours = (s: string) => {
  try {
    return { ok: true, value: parseYaml(s) };
  } catch {
    return { ok: false };
  }
};

const DOCS = [
  'name: 枝江市\naliases: [枝江]\nmetrics:\n  gdp: { 2021: 740.1, 2022: "约800亿元" }',
  'date: 2022-01-21\nflag: yes\nother: True\nnothing: ~\nempty:\n',
  'hex: 0x1A\noct: 0o17\nexp: 1e3\ninf: .inf\nneg: -0\nlead: 012\nunderscore: 1_000',
  'a: &x { value: 1 }\nb: *x',
  'text: |\n  第一行\n  第二行\nfolded: >\n  a\n  b',
  "quoted: '单引号'\ndouble: \"双\\t引号\"\ncolon: \"a: b\"",
  'name: 宜都市\nname: 宜都',
  'type: [县级市\nregion: yichang',
  'name: 宜都市\n  type: 县级市',
  'key: value: other',
  '- a\n- b',
  'rankings:\n  county-top100: { 2021: 98, 2022: { value: 90, note: 推定 } }',
  '"2021Q1": 5\n2021Q2: 6',
  'x: !!str 123',
  '? complex\n: key',
  'tab:\tvalue',
];

describe('parseYaml', () => {
  it.each(DOCS)('reads %j as yaml does', (doc) => {
    const r = reference(doc);
    const o = ours(doc);
    expect(o.ok).toBe(r.ok);
    // JSON compares values as content uses them (yaml reads -0 as -0, js-yaml as 0: the same figure).
    if (r.ok) expect(JSON.stringify(o.value)).toBe(JSON.stringify(r.value));
  });
});
