/** Page views stay bounded when a place is named in many briefings. */
import { describe, expect, it } from 'vitest';
import { BRIEFING_LIST_LIMIT, placePage } from '../../src/model/views/place.ts';
import { load } from '../helpers/content.ts';

describe('a place named in many briefings', () => {
  it('lists the newest ones and counts the rest', () => {
    const n = BRIEFING_LIST_LIMIT + 5;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
      files[`briefings/b${i}.md`] = `---\ntitle: 简报${i}\ndate: 2023-${month}-${day}\nsubjects: [zhijiang]\n---\n宜都继续发展。\n`;
    }
    const { model, errors } = load(files);
    expect(errors).toEqual([]);
    const v = placePage(model, 'yidu');
    expect(v.briefings).toHaveLength(BRIEFING_LIST_LIMIT);
    expect(v.moreBriefings).toBe(n + 1 - BRIEFING_LIST_LIMIT); // and the base fixture's briefing
    expect(v.briefings[0].title).toBe(`简报${n - 1}`);
    expect(placePage(model, 'zhijiang').briefings.every((b) => b.subject)).toBe(true);
  });
});
