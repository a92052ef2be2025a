/**
 * The edition's search records: what readers see (title, place, summary) in Traditional
 * characters, and what they may type in either script. Names, short names and the text are
 * indexed in both, so 棗陽 and 枣阳 both find the Traditional page of 枣阳市.
 */
import type { SearchDoc } from '../search/format.ts';

const both = (values: readonly string[], convert: (t: string) => string) => [...new Set(values.flatMap((v) => [convert(v), v]))];

export function editionDocs(docs: readonly SearchDoc[], convert: (text: string) => string): SearchDoc[] {
  return docs.map((d) => {
    const title = convert(d.title);
    return {
      ...d,
      title,
      // The Simplified title is a name too: a reader typing it exactly gets the page first, as on the Simplified site.
      names: both([...d.names, ...(title === d.title ? [] : [d.title])], convert),
      shortNames: both(d.shortNames, convert),
      place: convert(d.place),
      summary: convert(d.summary),
      // Simplified place and summary too: the index reads words from them.
      text: `${convert(d.text)} ${d.text} ${d.place} ${d.summary}`,
    };
  });
}
