/**
 * Diagnostics for the terminal at any size: every one when there are few;
 * at scale, counts by kind with the first few examples, the full list
 * written to a file (a national site can have thousands of warnings, and a
 * wall of them hides the one error that stops the build).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDiagnostics, type Diagnostic } from './diagnostics.ts';

/** Up to this many problems are printed one by one. */
export const FULL_LIST_LIMIT = 30;
const EXAMPLES = 3;

/**
 * What kind of problem a diagnostic is, for grouping: its English clause (every message ends
 * with one, e.g. "unknown field, ignored"), else the message with quoted values blanked.
 */
export function kindOf(d: Diagnostic): string {
  const tail = /([A-Za-z][A-Za-z0-9 ,;:'’()/._+-]*)$/.exec(d.message.trim())?.[1]?.trim();
  if (tail && tail.split(/\s+/).length >= 2) return tail;
  return d.message.replace(/“[^”]*”/g, '“…”').replace(/（现为 found [^）]*）/g, '').replace(/\d+(\.\d+)?/g, 'N');
}

export interface ReportOptions {
  /** Print every problem, however many. */
  verbose?: boolean;
  /** Where the full list goes when it is summarised. */
  fullListFile: string;
}

/** The report to print; writes the full list to `fullListFile` when it summarises. */
export function reportDiagnostics(items: readonly Diagnostic[], options: ReportOptions): string {
  if (options.verbose || items.length <= FULL_LIST_LIMIT) return formatDiagnostics(items);
  mkdirSync(dirname(options.fullListFile), { recursive: true });
  writeFileSync(options.fullListFile, `${formatDiagnostics(items)}\n`);
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const groups = Map.groupBy(items.filter((d) => d.severity === severity), kindOf);
    if (groups.size === 0) continue;
    lines.push(severity === 'error' ? '错误 errors:' : '提醒 warnings:');
    for (const [kind, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      lines.push(`  ${list.length} × ${kind}`);
      for (const d of list.slice(0, EXAMPLES)) lines.push(`      ${d.file}${d.field ? ` · ${d.field}` : ''}: ${d.message}`);
      if (list.length > EXAMPLES) lines.push(`      …另有 ${list.length - EXAMPLES} 处 and ${list.length - EXAMPLES} more`);
    }
  }
  const errors = items.filter((d) => d.severity === 'error').length;
  lines.push('', `${errors} error(s), ${items.length - errors} warning(s). 完整列表 full list: ${options.fullListFile}（或加 --verbose 显示全部 or run with --verbose）`);
  return lines.join('\n');
}
