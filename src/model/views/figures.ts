/** Indicators as a reader sees them: the main indicators first, each figure as its source states it. */
import { formatPeriod, periodKey } from '../../format/date.ts';
import { formatFigure } from '../../format/number.ts';
import { rankMetric } from '../main-metric.ts';
import type { Observation, SiteModel } from '../types.ts';
import type { NoteRef, PageRefs, SourceLink } from './refs.ts';

/** An observation as a reader sees it: 约800亿元, in the unit the source wrote when qualified. */
export function observationText(model: SiteModel, o: Observation): string {
  return formatFigure(o.value, model.metrics.get(o.metric)!.unit, o.stated);
}

export interface FigureRow {
  metric: string;
  name: string;
  period: string;
  value: string;
  note?: NoteRef;
  source: SourceLink;
  /** On a metric's first row, how many rows it has (its name heads them all); 0 on the others. */
  span: number;
}

/** Every figure of a place, main indicators first, newest period first within each. */
export function figureRows(model: SiteModel, figures: Map<string, Observation[]>, refs: PageRefs): FigureRow[] {
  const rows: FigureRow[] = [];
  const metrics = [...figures.keys()].sort((a, b) => rankMetric(a) - rankMetric(b) || a.localeCompare(b));
  for (const key of metrics) {
    const def = model.metrics.get(key)!;
    const list = [...figures.get(key)!].sort((a, b) => periodKey(b.period) - periodKey(a.period));
    list.forEach((o, i) => {
      rows.push({ metric: key, name: def.name, period: formatPeriod(o.period), value: observationText(model, o), note: refs.note(o.note), source: refs.source(o.source, o.place), span: i === 0 ? list.length : 0 });
    });
  }
  return rows;
}
