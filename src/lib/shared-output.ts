/**
 * Files `astro build` writes straight into its output folder instead of rendering each as a route. A
 * route renders one file per path at a fixed cost of its own (request, middleware, response, log line:
 * ~4 ms here), which for tens of thousands of small files — the chart CSVs of a national build — costs
 * minutes; writing the same bytes from the route's `getStaticPaths` costs almost nothing. The
 * integration (src/integrations/build-output.ts) hands the writer to the pages of the same process; in
 * `astro dev` and in tests there is none, and the routes serve every file as before.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { handoff } from './build-handoff.ts';

/**
 * Where files go: a path under the site (`/data/charts/x.csv`, without the base) and its bytes — whole, or
 * piece by piece (a large download is never held whole).
 */
export interface BuildOutput {
  write(path: string, body: string | Uint8Array | Iterable<Uint8Array>): void;
  /**
   * Several files written side by side, each step giving one piece per file (in `paths` order): two files
   * that differ only in their first bytes (a CSV with and without its BOM) made in one pass over the rows.
   */
  writeTogether(paths: readonly string[], pieces: Iterable<readonly Uint8Array[]>): void;
  /**
   * A small file written in the background (opening, writing and closing it off the main thread), so that
   * tens of thousands of chart CSVs do not each stop the build for a system call. Resolves once the file is
   * queued, waiting while too many are; `settled()` waits for all of them and throws the first failure.
   */
  writeSoon(path: string, body: string | Uint8Array): Promise<void>;
  /** Every `writeSoon` file written; rejects with the first that failed. */
  settled(): Promise<void>;
  /** Files written so far. */
  readonly count: number;
}

/** A writer into `outDir`; a path that would leave the folder is an error. */
export function dirOutput(outDir: string): BuildOutput {
  const root = resolve(outDir);
  let count = 0;
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let failure: Error | undefined;
  /** The file of `path`, its folder made. */
  const fileOf = (path: string): string => {
    const file = resolve(join(root, path));
    if (!path.startsWith('/') || !file.startsWith(root + sep))
      throw new Error(`build output: "${path}" is not a path under the site`);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
  /** `body(fds)` with every file of `paths` open for writing; all closed after, whatever happens. */
  const withOpen = (paths: readonly string[], body: (fds: readonly number[]) => void): void => {
    const files = paths.map(fileOf);
    const fds: number[] = [];
    try {
      for (const file of files) fds.push(openSync(file, 'w'));
      body(fds);
    } finally {
      for (const fd of fds) closeSync(fd);
    }
    count += paths.length;
  };
  return {
    write(path, body) {
      withOpen([path], ([fd = -1]) => {
        if (typeof body === 'string' || body instanceof Uint8Array) writeAll(fd, body);
        else for (const piece of body) writeAll(fd, piece);
      });
    },
    writeTogether(paths, pieces) {
      withOpen(paths, (fds) => {
        for (const step of pieces) {
          if (step.length !== fds.length)
            throw new Error(`build output: ${step.length} pieces for ${fds.length} files (${paths.join(', ')})`);
          step.forEach((piece, i) => writeAll(fds[i] ?? -1, piece));
        }
      });
    },
    async writeSoon(path, body) {
      while (pending.size >= IN_FLIGHT) await Promise.race(pending);
      const file = fileOf(path);
      const done: Promise<void> = writeFile(file, body).then(
        () => {
          count += 1;
          pending.delete(done);
        },
        (e: unknown) => {
          failure ??= e instanceof Error ? e : new Error(`build output: could not write "${path}": ${String(e)}`);
          pending.delete(done);
        },
      );
      pending.add(done);
    },
    async settled() {
      await Promise.all(pending);
      if (failure !== undefined) {
        const e = failure;
        failure = undefined;
        throw e;
      }
    },
    get count() {
      return count;
    },
  };
}

/** Background writes at once: enough to keep libuv's four file threads busy, few enough to hold little. */
const IN_FLIGHT = 32;

/** All of `data` to `fd` (writeSync may write less than it is given). */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
}

const shared = handoff<BuildOutput>('build-output');

/** Publish the writer for this process (`undefined` removes it). */
export const shareBuildOutput = (output: BuildOutput | undefined): void => shared.put(output);

/** The writer of this `astro build`, if there is one. */
export const sharedBuildOutput = (): BuildOutput | undefined => shared.get();
