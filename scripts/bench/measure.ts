/**
 * Run a command and measure it: wall time, CPU time and peak RSS (from GNU time's `-v` report when
 * /usr/bin/time exists), plus output size and page count of a build folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  readonly exitCode: number;
  readonly wallS: number;
  readonly userS?: number | undefined;
  readonly systemS?: number | undefined;
  /** Largest resident set of any single process of the run (GNU time: "Maximum resident set size"). */
  readonly maxRssMB?: number;
  /** Set when the run was stopped because one of its processes passed the memory limit (`measureCapped`). */
  readonly killedAtMB?: number;
}

export const HAS_GNU_TIME = existsSync('/usr/bin/time');

/** Parse GNU `time -v` output. */
export function parseGnuTime(text: string): Pick<Measured, 'userS' | 'systemS' | 'maxRssMB'> {
  const num = (label: string): number | undefined => {
    const m = new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const rss = num('Maximum resident set size');
  return {
    userS: num('User time'),
    systemS: num('System time'),
    ...(rss !== undefined ? { maxRssMB: rss / 1024 } : {}),
  };
}

/** Run `argv` with `env` added, stdout+stderr to `logFile`, killed after `timeoutS`. */
export function measure(
  argv: readonly string[],
  env: Record<string, string>,
  logFile: string,
  timeoutS: number,
): Measured {
  const timeFile = `${logFile}.time`;
  const cmd = HAS_GNU_TIME ? ['/usr/bin/time', '-v', '-o', timeFile, ...argv] : [...argv];
  const fd = openSync(logFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(cmd[0] ?? '', cmd.slice(1), {
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
  });
  const wallS = (performance.now() - t0) / 1000;
  closeSync(fd);
  const stats = HAS_GNU_TIME && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : {};
  return { exitCode: r.status ?? (r.signal ? 128 : 1), wallS, ...stats };
}

/** Every process of the tree rooted at `pid` with its resident set (MB), from /proc (Linux). */
function tree(pid: number): { pid: number; rssMB: number }[] {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      const vm = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      rss.set(Number(name), vm ? Number(vm[1]) / 1024 : 0);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: { pid: number; rssMB: number }[] = [];
  const visit = (p: number): void => {
    out.push({ pid: p, rssMB: rss.get(p) ?? 0 });
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return out;
}

/**
 * `measure`, but the run is killed when any one of its processes passes `limitMB` of resident memory
 * (checked every second): a reference tool that would take the machine's whole memory (Pagefind's CLI
 * over a large site) fails the row instead of the machine.
 */
export async function measureCapped(
  argv: readonly string[],
  env: Record<string, string>,
  logFile: string,
  timeoutS: number,
  limitMB: number,
): Promise<Measured> {
  const timeFile = `${logFile}.time`;
  const cmd = HAS_GNU_TIME ? ['/usr/bin/time', '-v', '-o', timeFile, ...argv] : [...argv];
  const fd = openSync(logFile, 'w');
  const t0 = performance.now();
  const child = spawn(cmd[0] ?? '', cmd.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  let killedAtMB: number | undefined;
  const watch = setInterval(() => {
    const procs = tree(child.pid ?? 0);
    const biggest = Math.max(0, ...procs.map((p) => p.rssMB));
    if (biggest > limitMB || performance.now() - t0 > timeoutS * 1000) {
      killedAtMB ??= biggest > limitMB ? biggest : undefined;
      // GNU time's child is the command, whose own children do the work: stop each process of the tree.
      for (const p of procs.reverse()) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }, 1000);
  const code = await new Promise<number>((done) => child.on('exit', (c, signal) => done(c ?? (signal ? 128 : 1))));
  clearInterval(watch);
  const wallS = (performance.now() - t0) / 1000;
  closeSync(fd);
  const stats = HAS_GNU_TIME && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : {};
  return { exitCode: code, wallS, ...stats, ...(killedAtMB !== undefined ? { killedAtMB } : {}) };
}

/** Total bytes and HTML page count under `dir`. */
export function folderStats(dir: string): { bytes: number; files: number; htmlPages: number } {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) htmlPages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, htmlPages };
}

/** Phases of an `astro build` from its log: seconds per phase and per route family. */
export interface AstroPhases {
  readonly pagesBuilt?: number;
  readonly typesS?: number | undefined;
  readonly buildInfoS?: number | undefined;
  readonly viteS?: number | undefined;
  readonly routesS?: number | undefined;
  /** From the end of page generation to "page(s) built": the astro:build:done hooks (sitemap, Pagefind). */
  readonly buildDoneS?: number | undefined;
  /** Sum of Astro's per-page `(+Nms)` by first path segment (`reports`, `timeline`, …), and page counts. */
  readonly routes: Record<string, { pages: number; ms: number; slowest: string; slowestMs: number }>;
}

/** Astro's durations: `281ms`, `11.80s`, `1m 42s`. */
function duration(text: string): number {
  const m = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1) : 0;
}

export function parseAstroLog(log: string): AstroPhases {
  const D = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;
  const secs = (re: string): number | undefined => {
    const m = new RegExp(re.replace('DURATION', D)).exec(log);
    return m?.[1] ? duration(m[1]) : undefined;
  };
  const routes: AstroPhases['routes'] = {};
  for (const m of log.matchAll(/[├└]─ \/([^/ ]*)[^ ]* \(\+((?:\d+m\s*)?[\d.]+(?:ms|s))\)/g)) {
    const key = (m[1] ?? '').replace(/\.html$/, '') || 'index';
    const r = (routes[key] ??= { pages: 0, ms: 0, slowest: '', slowestMs: 0 });
    const ms = duration(m[2] ?? '0ms') * 1000;
    r.pages++;
    r.ms += ms;
    if (ms > r.slowestMs)
      Object.assign(r, { slowest: m[0].replace(/^[├└]─ /, '').replace(/ \(.*$/, ''), slowestMs: ms });
  }
  const vite = [...log.matchAll(/\[vite\] ✓ built in ((?:\d+m\s*)?[\d.]+(?:ms|s))/g)].reduce(
    (n, m) => n + duration(m[1] ?? '0ms'),
    0,
  );
  const pages = /(\d+) page\(s\) built in/.exec(log);
  const clock = (re: RegExp): number | undefined => {
    const m = re.exec(log);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  const routesEnd = clock(
    /(\d\d):(\d\d):(\d\d) \[build\] ✓ Completed in [^\n]*\n(?:(?!\[build\] ✓ Completed)[\s\S])*?page\(s\) built/,
  );
  const built = clock(/(\d\d):(\d\d):(\d\d) \[build\] \d+ page\(s\) built/);
  const buildDoneS = routesEnd !== undefined && built !== undefined ? (built - routesEnd + 86_400) % 86_400 : undefined;
  return {
    ...(pages ? { pagesBuilt: Number(pages[1]) } : {}),
    typesS: secs(String.raw`\[types\] Generated DURATION`),
    buildInfoS: secs(String.raw`Collecting build info\.\.\.\s*\n.*✓ Completed in DURATION`),
    viteS: vite || undefined,
    routesS: secs(String.raw`generating static routes[\s\S]*?\n[\d:]+ ✓ Completed in DURATION`),
    buildDoneS,
    routes,
  };
}
