import { describe, expect, it } from 'vitest';
import { convert, isKnownUnit, parseQuantity, UNIT_NAMES } from '../../src/format/units.ts';

describe('unit strings', () => {
  it.each([
    ['340亿元', 340, '亿元'],
    ['1.2万亿元', 1.2, '万亿元'],
    ['4310亩', 4310, '亩'],
    ['45%', 45, '%'],
    ['１２００亿元', 1200, '亿元'],
    [' 1,200 万元 ', 1200, '万元'],
  ])('reads %s', (raw, value, unit) => {
    expect(parseQuantity(raw)).toEqual({ ok: true, value, unit });
  });

  it('reads every known unit exactly, the longest names included', () => {
    for (const unit of UNIT_NAMES) expect(parseQuantity(`1.5${unit}`), unit).toEqual({ ok: true, value: 1.5, unit });
    expect(parseQuantity('１，２３４，５６７．５ 万元')).toEqual({ ok: true, value: 1234567.5, unit: '万元' });
    expect(parseQuantity('-3.5 %')).toEqual({ ok: true, value: -3.5, unit: '%' });
  });

  it('knows a unit only by its exact name', () => {
    expect(isKnownUnit('万亿元')).toBe(true);
    for (const unit of ['亿', '万', '元 ', 'toString', 'constructor', '__proto__', '']) expect(isKnownUnit(unit), unit).toBe(false);
    expect(parseQuantity('3constructor')).toEqual({ ok: false, reason: 'unknown-unit', unit: 'constructor' });
    // 1.1: 亿, 万 and 万亿 alone are money, read as their 元 units; still not units of their own.
    expect(parseQuantity('3亿')).toEqual({ ok: true, value: 3, unit: '亿元' });
  });

  it('takes a bare number in the metric unit', () => {
    expect(parseQuantity(740.1)).toEqual({ ok: true, value: 740.1, unit: undefined });
  });

  it('reports units it does not know and text that is no number', () => {
    expect(parseQuantity('340亿美元')).toMatchObject({ ok: false, reason: 'unknown-unit', unit: '亿美元' });
    expect(parseQuantity('约三百亿')).toMatchObject({ ok: false, reason: 'not-a-number' });
  });

  it('converts within a dimension without binary noise', () => {
    expect(convert(1.2, '万亿元', '亿元')).toBe(12000);
    expect(convert(5000, '万元', '亿元')).toBe(0.5);
    expect(convert(1, '平方公里', '亩')).toBe(1500);
    expect(convert(22, '万吨', '吨')).toBe(220000);
    expect(convert(50, '万人', '人')).toBe(500000);
  });

  it('refuses to convert across dimensions', () => {
    expect(convert(45, '%', '亿元')).toBeUndefined();
    expect(convert(3, '个', '家')).toBeUndefined();
  });
});

describe('values as reporters write them (format 1.1)', () => {
  it.each([
    ['740亿', { value: 740, unit: '亿元' }],
    ['1.2万亿', { value: 1.2, unit: '万亿元' }],
    ['3500万', { value: 3500, unit: '万元' }],
    ['约800亿元', { value: 800, unit: '亿元', qualifier: '约' }],
    ['超1000亿元', { value: 1000, unit: '亿元', qualifier: '超' }],
    ['超过1000亿元', { value: 1000, unit: '亿元', qualifier: '超过' }],
    ['逾30家', { value: 30, unit: '家', qualifier: '逾' }],
    ['近50%', { value: 50, unit: '%', qualifier: '近' }],
    ['4310多亩', { value: 4310, unit: '亩', qualifier: '多' }],
    ['4310多亿元', { value: 4310, unit: '亿元', qualifier: '多' }],
    ['30余万平方米', { value: 30, unit: '万平方米', qualifier: '余' }],
    ['1000亿元以上', { value: 1000, unit: '亿元', qualifier: '以上' }],
    ['50%左右', { value: 50, unit: '%', qualifier: '左右' }],
    ['达740亿元', { value: 740, unit: '亿元' }],
    ['5-8家', { value: 5, unit: '家', max: 8 }],
    ['5至8家', { value: 5, unit: '家', max: 8 }],
    ['５～８家', { value: 5, unit: '家', max: 8 }],
  ])('reads %s', (raw, expected) => {
    expect(parseQuantity(raw)).toEqual({ ok: true, ...expected });
  });

  it('refuses two qualifiers on one value', () => {
    expect(parseQuantity('约1000亿元以上')).toEqual({ ok: false, reason: 'two-qualifiers' });
  });

  it('converts the new units within their families only', () => {
    expect(convert(1.2, '万户', '户')).toBe(12000);
    expect(convert(3, '万人次', '人次')).toBe(30000);
    expect(convert(30, '万平方米', '平方米')).toBe(300000);
    expect(convert(2, '万千瓦', '千瓦')).toBe(20000);
    expect(convert(1.5, '亿千瓦时', '千瓦时')).toBe(150000000);
    expect(convert(12, '万标箱', '标箱')).toBe(120000);
    expect(convert(3, '人次', '人')).toBeUndefined();
    expect(convert(3, '公里', '平方公里')).toBeUndefined();
    expect(convert(3, '千瓦', '千瓦时')).toBeUndefined();
  });
});
