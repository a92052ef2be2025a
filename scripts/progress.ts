/**
 * Progress of a long build phase on a terminal: one line, rewritten each second, with what is
 * done out of the total and the time so far. Silent when output is not a terminal (CI, logs).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const live = Boolean(process.stdout.isTTY) && !process.env.CI;

/** Elapsed seconds since `started` (performance.now()), as "12.3 s". */
export const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Starts a phase; `count` (optional) says how much of `total` is done. Returns its stop function. */
export function phase(label: string, total?: number, count?: () => number): () => void {
  const started = performance.now();
  if (!live) return () => {};
  const draw = () => {
    const done = count && total ? ` ${Math.min(count(), total)}/${total}` : '';
    process.stdout.write(`\r\x1b[K${label}${done} · ${seconds(started)}`);
  };
  draw();
  const timer = setInterval(draw, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    process.stdout.write(`\r\x1b[K${label} · ${seconds(started)}\n`);
  };
}

/** Pages written so far under a folder (index.html files), for the page-generation phase. */
export function pagesIn(dir: string): () => number {
  return () => {
    let n = 0;
    const walk = (d: string) => {
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name === 'index.html') n++;
      }
    };
    walk(dir);
    return n;
  };
}
