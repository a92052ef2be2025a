/**
 * Numbers the Chinese way, at the edges: the unit is chosen after rounding,
 * 亿 is used for every scaled unit, small numbers keep their digits.
 */
import { describe, expect, it } from 'vitest';
import { formatCompact, formatFigure, formatValue, rankMovement, trimDecimal } from '../../src/format/number.ts';

describe('formatValue', () => {
  it('uses 亿 for people, mass and counts, not only for money', () => {
    expect(formatValue(1.5e8, '人')).toBe('1.5亿人');
    expect(formatValue(1e9, '吨')).toBe('10亿吨');
    expect(formatValue(3e8, '个')).toBe('3亿个');
    expect(formatValue(-1.5e8, '人')).toBe('-1.5亿人');
  });
  it('converts a unit starting with 万 to its base first', () => {
    expect(formatValue(12000, '万人')).toBe('1.2亿人');
    expect(formatValue(50, '万吨')).toBe('50万吨');
    expect(formatValue(5, '万人')).toBe('5万人');
    expect(formatValue(0.5, '万人')).toBe('5000人');
  });
  it('adds 万 to large counts', () => {
    expect(formatValue(220000, '吨')).toBe('22万吨');
    expect(formatValue(47000, '人')).toBe('4.7万人');
    expect(formatValue(9999, '家')).toBe('9999家');
    expect(formatValue(35000, '户')).toBe('3.5万户');
    expect(formatValue(120, '项')).toBe('120项');
  });
  it('rounds first, then chooses the unit', () => {
    expect(formatValue(9999.99, '亿元')).toBe('1万亿元');
    expect(formatValue(0.99999999, '亿元')).toBe('1亿元');
    expect(formatValue(9999.999, '人')).toBe('1万人');
    expect(formatValue(99999999.999, '人')).toBe('1亿人');
    expect(formatValue(9999.9999, '万人')).toBe('1亿人');
  });
  it('picks among 元, 万元, 亿元 and 万亿元 for money', () => {
    expect(formatValue(12000, '亿元')).toBe('1.2万亿元');
    expect(formatValue(0.5, '亿元')).toBe('5000万元');
    expect(formatValue(-0.5, '亿元')).toBe('-5000万元');
    expect(formatValue(3500, '元')).toBe('3500元');
    expect(formatValue(3.5, '万元')).toBe('3.5万元');
    expect(formatValue(0, '亿元')).toBe('0亿元');
    // Zero reads in the metric's own unit: a 万元 metric's 0 is not "0亿元".
    expect(formatValue(0, '万元')).toBe('0万元');
    expect(formatValue(0, '元')).toBe('0元');
  });
  it('leaves area units and percentages as they are', () => {
    expect(formatValue(120000, '亩')).toBe('120000亩');
    expect(formatValue(1.5e8, '平方公里')).toBe('150000000平方公里');
    expect(formatValue(25000, '万平方米')).toBe('25000万平方米');
    expect(formatValue(125000, '%')).toBe('125000%');
    expect(formatValue(-3.25, '%')).toBe('-3.25%');
  });
});

describe('formatCompact', () => {
  it('rounds first, then chooses 万, 亿 or 万亿', () => {
    expect(formatCompact(9999.95)).toBe('1万');
    expect(formatCompact(99999999.9)).toBe('1亿');
    expect(formatCompact(-9999.95)).toBe('-1万');
    expect(formatCompact(9999.94)).toBe('9999.9');
  });
  it('keeps significant digits of small numbers', () => {
    expect(formatCompact(0.004)).toBe('0.004');
    expect(formatCompact(-0.004)).toBe('-0.004');
    expect(formatCompact(0.0456)).toBe('0.046');
    expect(formatCompact(0.5)).toBe('0.5');
    expect(formatCompact(2.25)).toBe('2.25');
    expect(formatCompact(0)).toBe('0');
  });
});

describe('trimDecimal', () => {
  it('drops trailing zeros and negative zero', () => {
    expect(trimDecimal(1.5, 2)).toBe('1.5');
    expect(trimDecimal(-0.001, 2)).toBe('0');
    expect(trimDecimal(Number.NaN)).toBe('');
  });
});

describe('numbers the Chinese way on pages', () => {
  it('picks 万亿元, 亿元 or 万元 by size', () => {
    expect(formatValue(12000, '亿元')).toBe('1.2万亿元');
    expect(formatValue(795.29, '亿元')).toBe('795.29亿元');
    expect(formatValue(0.5, '亿元')).toBe('5000万元');
    expect(formatValue(15.4, '亿元')).toBe('15.4亿元');
    expect(formatValue(1200, '亿元')).toBe('1200亿元');
  });
  it('keeps counts with their measure word and percentages', () => {
    expect(formatValue(47, '个')).toBe('47个');
    expect(formatValue(45, '%')).toBe('45%');
    expect(formatValue(4310, '亩')).toBe('4310亩');
    expect(formatValue(220000, '吨')).toBe('22万吨');
  });
  it('compacts axis labels with 万 and 亿', () => {
    expect(formatCompact(1200)).toBe('1200');
    expect(formatCompact(12000)).toBe('1.2万');
    expect(formatCompact(350000000)).toBe('3.5亿');
    expect(formatCompact(1.2e12)).toBe('1.2万亿');
  });
  it('words rank movement with arrows', () => {
    expect(rankMovement(3)).toEqual({ arrow: '↑3', words: '上升3位' });
    expect(rankMovement(-2)).toEqual({ arrow: '↓2', words: '下降2位' });
    expect(rankMovement(undefined)).toEqual({ arrow: '—', words: '无上年位次' });
  });
});

describe('formatFigure: a figure as its source states it', () => {
  it('keeps the qualifier in its place and the unit the source wrote', () => {
    expect(formatFigure(800, '亿元', { qualifier: '约', unit: '亿元' })).toBe('约800亿元');
    expect(formatFigure(4310, '亩', { qualifier: '多', unit: '亩' })).toBe('4310多亩');
    expect(formatFigure(300000, '平方米', { qualifier: '余', unit: '万平方米' })).toBe('30余万平方米');
    expect(formatFigure(1000, '亿元', { qualifier: '以上', unit: '亿元' })).toBe('1000亿元以上');
    // Never rescaled: "约8万亿元" or "1.2多亿元" would say what the source did not.
    expect(formatFigure(8000000, '万元', { qualifier: '约', unit: '亿元' })).toBe('约800亿元');
    expect(formatFigure(12000, '万元', { qualifier: '多', unit: '万元' })).toBe('12000多万元');
  });
  it('shows a range as a range', () => {
    expect(formatFigure(5, '家', { unit: '家', max: 8 })).toBe('5-8家');
    expect(formatFigure(5, '家', { qualifier: '约', unit: '家', max: 8 })).toBe('约5-8家');
  });
  it('reads a plain figure as formatValue does', () => {
    expect(formatFigure(0.5, '亿元')).toBe(formatValue(0.5, '亿元'));
    expect(formatFigure(12000, '亿元', {})).toBe('1.2万亿元');
  });
});
