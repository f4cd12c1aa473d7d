/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by package / project file, and inclusive
 * time of the busiest functions (each sample counted once per function on its stack).
 *
 *   npx tsx scripts/bench/profile-summary.ts .bench/prof/<file>.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** `astro`, `@mdx-js/mdx`, `src/lib/model/sentences.ts`, `(native)`, … */
export function owner(url: string): string {
  if (!url) return '(native / GC / idle)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replace(/.*\.pnpm\/[^/]+\//, ''));
  if (nm) return nm[1] ?? url;
  if (url.startsWith('node:')) return 'node:internal';
  const m = /\/work\/main\/(.*)$/.exec(url.replace(/^file:\/\//, ''));
  return m?.[1]?.replace(/\?.*$/, '') ?? url;
}

export function summarise(p: Profile, top: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id);
    if (!leaf) return;
    const o = owner(leaf.callFrame.url);
    self.set(o, (self.get(o) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame;
      if (!f || !f.functionName) continue;
      const key = `${f.functionName} (${owner(f.url)}:${f.lineNumber + 1})`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  });
  const fmt = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${(ms / 1000).toFixed(1).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `total ${(total / 1000).toFixed(1)} s sampled\n\nself time by package / file:\n${fmt(self)}\n\ninclusive time by function:\n${fmt(incl)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profile-summary.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, i > 0 ? Number(process.argv[i + 1]) : 25));
}
