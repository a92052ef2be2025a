import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, periodKey } from '../../src/format/date.ts';

describe('formatDate and formatPeriod', () => {
  it('writes dates and periods the Chinese way', () => {
    expect(formatDate('2022-01-21')).toBe('2022年1月21日');
    expect(formatPeriod('2023Q1')).toBe('2023年一季度');
    expect(formatPeriod('2021')).toBe('2021年');
  });
});

describe('periodKey', () => {
  it('orders the quarters of a year before the year, and the year before the next', () => {
    const order = ['2021Q1', '2021Q2', '2021Q3', '2021Q4', '2021', '2022Q1', '2022'];
    expect([...order].reverse().sort((a, b) => periodKey(a) - periodKey(b))).toEqual(order);
  });
});
