import { describe, expect, it } from 'vitest';
import { convert, isKnownUnit, parseQuantity, UNIT_NAMES } from '../../src/model/units.ts';

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
    expect(parseQuantity('3亿')).toEqual({ ok: false, reason: 'unknown-unit', unit: '亿' });
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
