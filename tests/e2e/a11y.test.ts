/**
 * Accessibility of every page kind in Chromium: axe-core finds no WCAG 2.0/2.1 A/AA
 * violation in the light or the dark colour scheme, and the keyboard reaches every
 * link and control with a visible focus style.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AXE, KINDS, SKIP_BROWSER, open, report, startSite, visit } from './harness.ts';
import type { E2ESite } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;

let site: E2ESite;
const rulesRun = new Set<string>();
let axeRuns = 0;

interface AxeNode { target: unknown[]; failureSummary?: string; html: string }
interface AxeResult { id: string; impact?: string | null; help: string; nodes: AxeNode[] }
interface AxeResults { violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[]; inapplicable: AxeResult[] }

async function axe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // Only what the report needs crosses back to Node.
    const slim = (list: AxeResult[]) => list.map((x) => ({ id: x.id, impact: x.impact, help: x.help, nodes: x.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })) }));
    return { violations: slim(r.violations), passes: slim(r.passes), incomplete: slim(r.incomplete), inapplicable: slim(r.inapplicable) };
  }, TAGS);
}

/** Marks every element the Tab key should reach, in document order; returns their descriptions. */
function markFocusable() {
  const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable="false"])';
  const focusable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) =>
    el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }));
  return focusable.map((el, i) => {
    el.setAttribute('data-e2e-focus', String(i));
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}${el.className ? ` class="${el.className}"` : ''}> "${text}"`;
  });
}

/** The focused element's mark and whether its focus is visible (outline or box-shadow). */
function focusState() {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)' && cs.outlineColor !== 'transparent';
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  return { mark: el.getAttribute('data-e2e-focus'), visible: outline || shadow, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 30) };
}

describe.skipIf(SKIP_BROWSER)('accessibility in a browser', () => {
  beforeAll(async () => {
    site = await startSite();
  }, 300_000);
  afterAll(async () => {
    console.log(`[e2e] axe-core: ${axeRuns} runs (pages × colour schemes), ${rulesRun.size} rules applied for tags ${TAGS.join(', ')}`);
    await site?.close();
  });

  describe.each(KINDS)('%s', (kind) => {
    it('has no axe-core WCAG 2.1 A/AA violation in light and dark mode', async () => {
      const failures: string[] = [];
      // axe is injected as an inline script, which the site's CSP rightly forbids: bypass it here only.
      const { page, done } = await open(site, { bypassCSP: true });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const p of site.pagesOf(kind)) {
          await visit(page, site.url(p.path));
          const r = await axe(page);
          axeRuns++;
          for (const list of [r.violations, r.passes, r.incomplete, r.inapplicable]) for (const x of list) rulesRun.add(x.id);
          for (const v of r.violations) {
            for (const n of v.nodes) {
              failures.push(`${p.path} [${scheme}] ${v.id} (${v.impact}): ${v.help} — target ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ').trim()}`);
            }
          }
        }
      }
      await done();
      expect(failures, report('axe-core violations', failures)).toEqual([]);
    }, 90_000);

    it('reaches every link and control with Tab, each with a visible focus style', async () => {
      const failures: string[] = [];
      const { page, done } = await open(site, { viewport: { width: 1280, height: 800 } });
      for (const p of site.pagesOf(kind)) {
        await visit(page, site.url(p.path));
        const focusable = await page.evaluate(markFocusable);
        const reached = new Set<string>();
        let stops = 0;
        // Bounded: every element once, plus a few presses to leave the page.
        for (let i = 0; i < focusable.length + 3; i++) {
          await page.keyboard.press('Tab');
          const s = await page.evaluate(focusState);
          if (!s) { if (stops > 0) break; else continue; }
          if (s.mark !== null && reached.has(s.mark)) break; // wrapped around
          stops++;
          if (s.mark === null) failures.push(`${p.path}: Tab stops on <${s.tag}> "${s.text}", which is not a link or control`);
          else reached.add(s.mark);
          if (!s.visible) failures.push(`${p.path}: no visible focus style on ${s.mark === null ? `<${s.tag}>` : focusable[Number(s.mark)]}`);
        }
        if (stops !== focusable.length) failures.push(`${p.path}: ${focusable.length} focusable elements, ${stops} Tab stops`);
        focusable.forEach((d, i) => { if (!reached.has(String(i))) failures.push(`${p.path}: Tab never reaches ${d}`); });
      }
      await done();
      expect(failures, report('keyboard problems', failures)).toEqual([]);
    }, 120_000);
  });
});
