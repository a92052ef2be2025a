/**
 * The importer's proposals for the five seeds scored against the hand-checked list of the
 * seeds' figures (tests/seed-figures.ts, written from the seeds before the importer existed).
 *
 * A proposal matches a listed figure when both come from the same seed, are of the same kind
 * (metric, rank, rank_change, target, project) and state the same quantity: the number and
 * unit as written (第79位 and a rank 79; 约800亿元 and 800 亿元; 百亿 and 100 亿元). A project
 * proposal states its investment and every quantity in its note (占地809亩, 一期产值将达50亿元),
 * as the list gives a project's figures one by one. Each listed figure is matched once.
 * Precision: proposals that match a listed figure, over all proposals. Recall: listed figures
 * matched, over the list. Subjects: matches whose proposal names the list's place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { planImport } from '../../scripts/import/plan.ts';
import { findQuantities } from '../../scripts/import/numbers.ts';
import type { JsonFigure } from '../../scripts/import/draft.ts';
import type { SiteModel } from '../../src/model/types.ts';
import { SEED_FIGURES, type SeedFigure } from '../seed-figures.ts';

export const SEEDS = ['000', '001', '002', '003', '004'] as const;

/** Quantities a listed figure's shown text states, as "value|unit". */
function listedQuantities(f: SeedFigure): string[] {
  const rank = /第(\d+)位|(\d+)位/.exec(f.shown);
  if (rank) return [`${rank[1] ?? rank[2]}|位`];
  return findQuantities(f.shown).map((q) => `${q.value}|${q.unit}`);
}

/** Quantities a proposal states. */
function proposedQuantities(p: JsonFigure): string[] {
  if (p.rank !== undefined) return [`${p.rank}|位`];
  if (p.advance !== undefined) return [`${p.advance}|位`];
  if (p.kind === 'rank_change') return [`${Math.abs(Number(p.value))}|位`];
  const out: string[] = [];
  if (p.value !== undefined) out.push(`${String(p.value).split('-')[0]}|${p.unit}`);
  if (p.kind === 'project' && p.note) out.push(...findQuantities(p.note).map((q) => `${q.value}|${q.unit}`));
  return out;
}

export interface SeedScore {
  seed: string;
  proposals: number;
  listed: number;
  matchedProposals: number;
  matchedListed: number;
  rightSubject: number;
  unmatchedProposals: JsonFigure[];
  missed: SeedFigure[];
}

export function scoreSeed(seed: string, figures: JsonFigure[]): SeedScore {
  const listed = SEED_FIGURES.filter((f) => f.seed === seed);
  const used = new Set<SeedFigure>();
  let matchedProposals = 0;
  let rightSubject = 0;
  const unmatchedProposals: JsonFigure[] = [];
  for (const p of figures) {
    // Each quantity a proposal states matches at most one listed figure; a project may state several.
    const open = new Set(proposedQuantities(p));
    let any = false;
    for (const f of listed) {
      if (used.has(f) || f.kind !== p.kind) continue;
      const q = listedQuantities(f).find((x) => open.has(x));
      if (q === undefined) continue;
      used.add(f);
      open.delete(q);
      if (!any && p.subject === f.place) rightSubject++;
      any = true;
      if (p.kind !== 'project') break;
    }
    if (any) matchedProposals++;
    else unmatchedProposals.push(p);
  }
  return { seed, proposals: figures.length, listed: listed.length, matchedProposals, matchedListed: used.size, rightSubject, unmatchedProposals, missed: listed.filter((f) => !used.has(f)) };
}

export function seedFile(seedsDir: string, seed: string): string {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`));
  if (!name) throw new Error(`seed ${seed} not found in ${seedsDir}`);
  return join(seedsDir, name);
}


/** Every seed through the importer against the example content; totals. */
export function scoreSeeds(seedsDir: string, model: SiteModel, contentDir: string) {
  const seeds = SEEDS.map((seed) => {
    const file = seedFile(seedsDir, seed);
    const plan = planImport({ raw: readFileSync(file, 'utf8'), model, contentDir, taken: new Set(), file, today: '2026-11-22' });
    return scoreSeed(seed, plan.proposal.figures);
  });
  const sum = (k: 'proposals' | 'listed' | 'matchedProposals' | 'matchedListed' | 'rightSubject') => seeds.reduce((n, s) => n + s[k], 0);
  return {
    seeds,
    precision: sum('matchedProposals') / sum('proposals'),
    recall: sum('matchedListed') / sum('listed'),
    subjects: sum('rightSubject') / sum('matchedProposals'),
    totals: { proposals: sum('proposals'), listed: sum('listed'), matchedProposals: sum('matchedProposals'), matchedListed: sum('matchedListed'), rightSubject: sum('rightSubject') },
  };
}
