import { describe, expect, it } from 'vitest';
import { periodKey } from '../../src/format/date.ts';

describe('periodKey', () => {
  it('orders the quarters of a year before the year, and the year before the next', () => {
    const order = ['2021Q1', '2021Q2', '2021Q3', '2021Q4', '2021', '2022Q1', '2022'];
    expect([...order].reverse().sort((a, b) => periodKey(a) - periodKey(b))).toEqual(order);
  });
});
