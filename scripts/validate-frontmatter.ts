/**
 * Validate a YAML frontmatter draft (or an .mdx file's frontmatter) against the report schema.
 * Usage: npx tsx scripts/validate-frontmatter.ts <file.yaml|file.mdx>
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { reportShape, reportRules } from '../src/schemas/report.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: validate-frontmatter.ts <file>');
let src = readFileSync(file, 'utf8');
if (file.endsWith('.mdx')) src = /^---\n([\s\S]*?)\n---/.exec(src)?.[1] ?? '';
const schema = z.object({ library: z.string(), ...reportShape }).superRefine(reportRules);
const r = schema.safeParse(parse(src));
if (r.success) {
  for (const f of Object.values(r.data.figures))
    console.log(
      f.metric,
      f.value,
      f.qualifier,
      JSON.stringify(f.written),
      f.discrepancy ? `[discrepancy: ${f.discrepancy}]` : '',
    );
  console.log('OK');
} else {
  for (const i of r.error.issues) console.log(i.path.join('.'), '→', i.message);
  process.exit(1);
}
