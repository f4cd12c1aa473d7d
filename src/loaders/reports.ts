/**
 * The reports' loader: Astro's `glob()` over `<library>/<year>.mdx`, reading each file as data —
 * frontmatter and body — with its own entry type for `.mdx`. Astro's MDX entry type (from @astrojs/mdx)
 * would mark every report for deferred rendering, and Vite would compile and bundle each one as a
 * JavaScript module — at 4,000 reports the largest phase of the build and most of its memory
 * (docs/benchmarks.md). The report pages render the body themselves (src/data/report-texts.ts), so a
 * report is data: frontmatter validated by the collection's schema, and its text. Everything else —
 * digests that skip unchanged files between builds, watching in `astro dev`, duplicate ids, Astro's
 * schema errors — is `glob()`'s own.
 *
 * The text itself is not kept in the collection either (`retainBody: false`): Astro bundles the data store
 * into the build as JavaScript string literals, so 300 MB of report text at 4,000 reports became a
 * four-minute Vite phase and as much memory. Pages read a report's text from its file when they need it
 * (`readReportBody`).
 */
import { extractFrontmatter, parseFrontmatter, type ParseFrontmatterResult } from '@astrojs/markdown-remark';
import type { ContentEntryType } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
/** Astro passes its file types to every loader; `glob()` reads them, the public type does not list them. */
type Context = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * A report file split as @astrojs/mdx's `getEntryInfo` splits it (same parser, same options), with a YAML
 * mistake located in the file the way it locates one, for Astro's error overlay. (`npm run check` and the
 * build's content check report the same mistake first, in Chinese.)
 */
function parseReport(contents: string, filePath: string): ParseFrontmatterResult {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (e) {
    const yamlError = e as Error & { reason?: string; mark?: { line: number; column: number } };
    if (yamlError.name === 'YAMLException' && yamlError.mark) {
      Object.assign(yamlError, {
        id: filePath,
        loc: { file: filePath, line: yamlError.mark.line + 1, column: yamlError.mark.column },
        message: yamlError.reason ?? yamlError.message,
      });
    }
    throw e;
  }
}

/**
 * How the loader reads an `.mdx` report: frontmatter and body only. With no `contentModuleTypes` and no
 * render function, `glob()` stores the entry as data, with no module to compile; so the loader needs no
 * integration's entry type, and reads reports the same whether or not @astrojs/mdx is configured.
 */
export const reportEntryType: ContentEntryType = {
  extensions: ['.mdx'],
  getEntryInfo: ({ contents, fileUrl }) => {
    const parsed = parseReport(contents, fileURLToPath(fileUrl));
    return {
      data: parsed.frontmatter,
      body: parsed.content.trim(),
      slug: typeof parsed.frontmatter['slug'] === 'string' ? parsed.frontmatter['slug'] : '',
      rawData: parsed.rawFrontmatter,
    };
  },
};

/** `glob()` over report files, each read with `reportEntryType`. */
export function reportFiles(options: GlobOptions): Loader {
  const inner = glob({ ...options, retainBody: false });
  return {
    name: 'yearbook-reports',
    load: async (ctx) => {
      const context = ctx as Context;
      const entryTypes = new Map(context.entryTypes).set('.mdx', reportEntryType);
      await inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

/**
 * A report's text as the loader reads it (`entry.body`): the file after its frontmatter, trimmed. Pages read
 * it when they need it, after the content check and the loader have parsed and validated the frontmatter;
 * so a report written the usual way (YAML between `---` lines, only blank space before it) is cut where
 * `parseFrontmatter` cuts it — at the first `---<frontmatter>---`, the block its own pattern found — without
 * parsing the YAML yet again (seconds per pass at 4,000 reports). Anything else goes through the parser.
 */
export function readReportBody(filePath: string): string {
  const contents = readFileSync(filePath, 'utf8');
  const raw = extractFrontmatter(contents);
  const block = `---${raw}---`;
  const at = raw === undefined ? -1 : contents.indexOf(block);
  if (at >= 0 && contents.slice(0, at).trim() === '') return contents.slice(at + block.length).trim();
  return parseReport(contents, filePath).content.trim();
}
