/**
 * Problems found in content, reported to editors. Every problem names the
 * file and the field, says what was found and what is allowed, and never
 * carries a stack trace. All problems of a build are collected, then shown
 * together.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the project root, e.g. `content/counties/zhijiang.md`. */
  file: string;
  /** Field path as an editor reads it, e.g. `region` or `data.zhijiang.targets[1].year`; empty for whole-file problems. */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** 1-based line of the field in the file, where it can be found (src/model/locate.ts). */
  line?: number;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(file: string, field: string, message: string, hint?: string): void {
    this.items.push({ severity: 'error', file, field, message, hint });
  }

  warn(file: string, field: string, message: string, hint?: string): void {
    this.items.push({ severity: 'warning', file, field, message, hint });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

/** Shows a found value the way an editor typed it, shortened. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = '(nothing)';
  else if (value === null) text = '(empty)';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The known value closest to `wanted`, if any is reasonably close. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(wanted, k);
    if (d < bestD || (d === bestD && best !== undefined && k < best)) {
      best = k;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(wanted.length / 2)) ? best : undefined;
}

/** A report for the terminal: files in order, each with its problems. */
export function formatDiagnostics(items: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of items) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file);
    for (const d of byFile.get(file)!) {
      const where = `${d.line ? `第${d.line}行 line ${d.line} · ` : ''}${d.field ? `${d.field}: ` : ''}`;
      const tag = d.severity === 'error' ? '错误 error' : '提醒 warning';
      lines.push(`  ${tag} · ${where}${d.message}`);
      if (d.hint) lines.push(`    → ${d.hint}`);
    }
  }
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.length - errors;
  lines.push('', `${errors} error(s), ${warnings} warning(s).`);
  return lines.join('\n');
}
