/**
 * The reports' loader: Astro's `glob()` over `<library>/<year>.mdx`, with the MDX entry type reduced to
 * reading frontmatter and body. Astro would otherwise mark every report for deferred rendering, and
 * Vite would compile and bundle each one as a JavaScript module — at 4,000 reports the largest phase of
 * the build and most of its memory (docs/benchmarks.md). The report pages render the body themselves
 * (src/data/report-texts.ts), so a report is data: frontmatter validated by the collection's schema,
 * and its text. Everything else — digests that skip unchanged files between builds, watching in
 * `astro dev`, duplicate ids, Astro's schema errors — is `glob()`'s own.
 *
 * The text itself is not kept in the collection either (`retainBody: false`): Astro bundles the data store
 * into the build as JavaScript string literals, so 300 MB of report text at 4,000 reports became a
 * four-minute Vite phase and as much memory. Pages read a report's text from its file when they need it
 * (`readReportBody`).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ContentEntryType } from 'astro';
import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
/** Astro passes its file types to every loader; `glob()` reads them, the public type does not list them. */
type Context = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

export function reportFiles(options: GlobOptions): Loader {
  const inner = glob({ ...options, retainBody: false });
  return {
    name: 'yearbook-reports',
    load: async (ctx) => {
      const context = ctx as Context;
      const mdx = context.entryTypes.get('.mdx');
      if (!mdx) throw new Error('Reports are .mdx files: add the @astrojs/mdx integration to astro.config.mjs');
      // Only how to read a file: without `contentModuleTypes` (and a render function) glob() stores the
      // entry as data, with no module to compile.
      const entryTypes = new Map(context.entryTypes).set('.mdx', {
        extensions: mdx.extensions,
        getEntryInfo: (params) => mdx.getEntryInfo(params),
      });
      await inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

/**
 * A report's text as Astro's MDX loader reads it (`entry.body`): the file after its frontmatter, trimmed.
 * The same parser and options as @astrojs/mdx's `getEntryInfo`.
 */
export function readReportBody(filePath: string): string {
  return parseFrontmatter(readFileSync(filePath, 'utf8'), { frontmatter: 'empty-with-spaces' }).content.trim();
}
