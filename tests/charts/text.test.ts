import { describe, expect, it } from 'vitest';
import { emWidth, fitText, textWidth } from '../../src/charts/text.ts';

describe('text width heuristic', () => {
  it('counts CJK as 1 em and Latin as 0.6 em', () => {
    expect(emWidth('枝江市')).toBe(3);
    expect(emWidth('2023')).toBeCloseTo(2.4);
    expect(emWidth('746亿元')).toBeCloseTo(3.8);
    expect(emWidth('（）')).toBe(2);
    expect(textWidth('枝江', 14)).toBe(28);
  });
  it('shortens with … only when the text cannot fit', () => {
    expect(fitText('枝江市', 42, 14)).toBe('枝江市');
    expect(fitText('长阳土家族自治县', 70, 14)).toBe('长阳土家…');
    expect(textWidth(fitText('长阳土家族自治县', 70, 14), 14)).toBeLessThanOrEqual(70);
  });
});
