/** Build-time data of the search page: the Traditional → Simplified map of the site's characters. */
import * as OpenCC from 'opencc-js';
import { DistinctChars, encodeMap, traditionalMap } from '../lib/search/traditional-map.ts';
import { getLibraries, getReports, reportBody } from './content.ts';

let memo: Promise<string> | undefined;

/** The map, encoded for a data attribute (see `src/lib/search/traditional-map.ts`). */
export function getTraditionalMap(): Promise<string> {
  memo ??= (async () => {
    // Each distinct character once, in order of first appearance: the map only depends on that sequence,
    // and spreading the whole corpus into one array of characters took ~20 s at 400 reports (a Set of
    // one-character strings, 6–8 s at 4,000 reports; DistinctChars reads code units).
    const seen = new DistinctChars();
    for (const l of await getLibraries()) seen.add(l.data.name);
    // One report's text at a time, read from its file (the collection does not hold the texts).
    for (const r of await getReports()) seen.add(`${r.data.title}\n${reportBody(r)}`);
    const text = seen.text();
    const converters = (['tw', 'hk', 't'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    return encodeMap(traditionalMap(text, converters));
  })();
  return memo;
}
