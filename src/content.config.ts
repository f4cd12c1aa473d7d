/**
 * Content collections: libraries (YAML) and reports (MDX), loaded from the top-level `content/` folder.
 * The schemas are composed from `src/schemas/`; the full cross-file check (references, paths, duplicates)
 * runs before the build in `src/integrations/content-check.ts`, because Astro only logs a bad reference.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { librarySchema } from './schemas/library.ts';
import { reportRules, reportShape } from './schemas/report.ts';
import { CONTENT_DIR, libraryPattern, reportPattern } from './content-dir.ts';
import { reportFiles } from './loaders/reports.ts';

const libraries = defineCollection({
  loader: glob({
    pattern: libraryPattern(),
    base: `${CONTENT_DIR}/libraries`,
    generateId: ({ entry }) => entry.replace(/\.ya?ml$/, ''),
  }),
  schema: librarySchema,
});

const reports = defineCollection({
  loader: reportFiles({
    pattern: reportPattern(),
    base: `${CONTENT_DIR}/reports`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({ library: reference('libraries'), ...reportShape }).superRefine(reportRules),
});

export const collections = { libraries, reports };
