/**
 * The search page in the browser: reads q and the filters from the URL, runs the query with
 * query.ts against the index files, and lists the results. The form works without this
 * script (it submits to the same page); the script only runs the query and keeps the URL
 * in step, so /search/?q=县域经济 can be shared.
 */
import type { SearchKind, SearchManifest } from './format.ts';
import { fill, type SearchMessages } from './messages.ts';
import { SearchEngine, type Filters, type SearchResult } from './query.ts';
import { parseQuery } from './text.ts';

const PAGE = 20;

/** Index files are gzipped; a host that already unzipped them (Content-Encoding) is fine too. */
async function loadFile(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Marks the query's words in a text, as text nodes and <mark>s (never as HTML). */
function marked(text: string, words: string[]): Node[] {
  const nodes: Node[] = [];
  const lower = text.normalize('NFKC').toLowerCase();
  let at = 0;
  while (at < text.length) {
    let best = -1;
    let len = 0;
    for (const w of words) {
      const i = lower.indexOf(w, at);
      if (i >= 0 && (best < 0 || i < best)) [best, len] = [i, w.length];
    }
    // NFKC can change lengths (full-width forms); then the marks would be misplaced, so skip them.
    if (best < 0 || lower.length !== text.length) break;
    if (best > at) nodes.push(document.createTextNode(text.slice(at, best)));
    const m = document.createElement('mark');
    m.textContent = text.slice(best, best + len);
    nodes.push(m);
    at = best + len;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function resultItem(r: SearchResult, siteBase: string, words: string[], labels: SearchMessages['kinds']): HTMLLIElement {
  const li = document.createElement('li');
  const head = document.createElement('p');
  head.className = 'result-head';
  const kind = document.createElement('span');
  kind.className = `badge kind-${r.kind}`;
  kind.textContent = labels[r.kind];
  const a = document.createElement('a');
  a.href = siteBase + r.url.replace(/^\//, '');
  a.append(...marked(r.title, words));
  head.append(kind, ' ', a);
  li.append(head);
  if (r.place) {
    const place = document.createElement('p');
    place.className = 'result-place';
    place.textContent = r.place;
    li.append(place);
  }
  if (r.summary) {
    const summary = document.createElement('p');
    summary.className = 'result-summary';
    summary.append(...marked(r.summary, words));
    li.append(summary);
  }
  return li;
}

function readForm(form: HTMLFormElement): { q: string; filters: Filters } {
  const data = new FormData(form);
  const get = (k: string) => String(data.get(k) ?? '').trim() || undefined;
  return { q: get('q') ?? '', filters: { kind: get('kind') as SearchKind | undefined, region: get('region'), industry: get('industry') } };
}

function fillForm(form: HTMLFormElement, params: URLSearchParams) {
  for (const name of ['q', 'kind', 'region', 'industry']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = params.get(name) ?? '';
  }
}

/** The 简/繁 switch keeps the query, so the other edition opens on the same search. */
function keepQueryInSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('.edition-switch');
  if (link) link.search = location.search;
}

export function startSearch(form: HTMLFormElement) {
  const d = form.dataset;
  const manifest: SearchManifest = { version: d.version!, docs: Number(d.docs), buckets: Number(d.buckets), nameBuckets: Number(d.nameBuckets), shard: Number(d.shard) };
  const say = JSON.parse(d.messages!) as SearchMessages;
  const engine = new SearchEngine(manifest, (path) => loadFile(`${d.index}${path}?v=${manifest.version}`));
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  let run = 0;
  let ids: number[] = [];
  let shown = 0;
  let words: string[] = [];

  const showMore = async (mine: number) => {
    // One page of results at a time: a second click while one loads would list it twice.
    more.disabled = true;
    try {
      const next = await engine.results(ids.slice(shown, shown + PAGE));
      if (mine !== run) return;
      list.append(...next.map((r) => resultItem(r, d.site!, words, say.kinds)));
      shown += next.length;
      more.hidden = shown >= ids.length;
    } finally {
      more.disabled = false;
    }
  };

  const search = async () => {
    const mine = ++run;
    const { q, filters } = readForm(form);
    words = parseQuery(q).map((g) => g.text);
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    if (!q && !filters.kind && !filters.region && !filters.industry) {
      status.textContent = say.prompt;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = say.searching;
    list.setAttribute('aria-busy', 'true');
    try {
      ids = await engine.rank(q, filters);
      if (mine !== run) return;
      await showMore(mine);
      if (mine !== run) return;
      status.textContent = ids.length ? fill(q ? say.foundFor : say.found, { n: ids.length, q }) : fill(say.none, { q });
    } catch (e) {
      if (mine === run) status.textContent = fill(say.failed, { e: (e as Error).message });
    } finally {
      if (mine === run) list.setAttribute('aria-busy', 'false');
    }
  };

  const syncUrl = () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    const qs = params.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    keepQueryInSwitch();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncUrl();
      void search();
    }, 200);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    syncUrl();
    void search();
  });
  // Not while an input method is still composing (拼音 before the characters are chosen).
  form.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) onChange();
  });
  form.addEventListener('compositionend', onChange);
  more.addEventListener('click', () => {
    const mine = run;
    showMore(mine).catch((e: Error) => {
      if (mine === run) status.textContent = fill(say.moreFailed, { e: e.message });
    });
  });
  fillForm(form, new URLSearchParams(location.search));
  keepQueryInSwitch();
  void search();
}
