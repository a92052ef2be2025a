/**
 * The sources and notes one page cites (PageRefs), and the links every view holds. A link's
 * `url` is a site path (`/counties/zhijiang/`); the HTML layer adds the deploy base (href()).
 */
import { formatDate } from '../../format/date.ts';
import { joinNotes } from '../values.ts';
import type { SiteModel, SourceRef } from '../types.ts';

export interface Link {
  label: string;
  url: string;
}

/** A small source marker: the briefing, or the place's own profile. */
export interface SourceLink extends Link {
  /** The source's full title, listed once per page (PageRefs.sources), not read after every figure. */
  title: string;
  /** Its number in the page's list of sources: the mark reads 来源1. */
  n: number;
}

/** A note mark: 注1, linking to the note in the page's list of notes. */
export interface NoteRef {
  n: number;
  id: string;
  text: string;
}

/** What a page lists at its end: every source and note once, numbered; and its newest date. */
export interface RefsView {
  sources: SourceLink[];
  notes: NoteRef[];
  /** ISO date of the newest briefing cited or shown (printed 资料截至). */
  asOf?: string;
}

/**
 * The sources and notes one page cites, numbered in order of first use, so each figure
 * carries a short mark and the page lists every full title and note once. Also the newest
 * date among what the page shows, for the printed "资料截至" line.
 */
export class PageRefs {
  readonly sources: SourceLink[] = [];
  readonly notes: NoteRef[] = [];
  /** ISO date of the newest briefing cited or shown. */
  asOf?: string;
  private readonly byUrl = new Map<string, SourceLink>();
  private readonly byNote = new Map<string, NoteRef>();
  private readonly model: SiteModel;
  private readonly page?: string;

  /** `page`: the site path of the page being built, whose own anchors are written as `#id`. */
  constructor(model: SiteModel, page?: string) {
    this.model = model;
    this.page = page;
  }

  /** The marker for a figure's source: the briefing, or the overview of the place whose own file gave it. */
  source(source: SourceRef, place: string): SourceLink {
    const b = source.briefing ? this.model.briefingBySlug.get(source.briefing) : undefined;
    const p = this.model.places.get(place)!;
    // A place page cites its own file on nearly every row: `#about` rather than its full path.
    const about = p.url === this.page ? '#about' : `${p.url}#about`;
    const target = b ? { url: b.url, title: `${b.title}（${formatDate(b.date)}）` } : { url: about, title: `${p.name}的地点资料` };
    if (b) this.dated(b.date);
    let link = this.byUrl.get(target.url);
    if (!link) {
      link = { label: b ? '来源' : '资料', n: this.sources.length + 1, ...target };
      this.byUrl.set(target.url, link);
      this.sources.push(link);
    }
    return link;
  }

  /** A numbered mark for a figure's notes (joined by ；); the same text gets the same number. */
  note(...parts: (string | undefined)[]): NoteRef | undefined {
    const text = joinNotes(...parts);
    if (!text) return undefined;
    let ref = this.byNote.get(text);
    if (!ref) {
      const n = this.notes.length + 1;
      ref = { n, id: `note-${n}`, text };
      this.byNote.set(text, ref);
      this.notes.push(ref);
    }
    return ref;
  }

  /** Records a date the page shows (a briefing's own, or a listed briefing's). */
  dated(date: string): void {
    if (!this.asOf || date > this.asOf) this.asOf = date;
  }

  /** The page's list as plain data, once every row of the page has been built. */
  view(): RefsView {
    return { sources: [...this.sources], notes: [...this.notes], asOf: this.asOf };
  }
}
