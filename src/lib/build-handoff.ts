/**
 * Integrations run in the config's module graph and pages in Vite's bundle: one process, two copies of a module.
 * So what an integration hands the pages sits here, on `globalThis` under a registered symbol: one copy for both.
 */

/** One named value handed from an integration to the pages of the same process. */
export interface Handoff<T> {
  /** Publish `value` for this process; `undefined` removes it. */
  put(value: T | undefined): void;
  /** The published value, if any (none in `astro dev` unless published there, none in unit tests). */
  get(): T | undefined;
}

/** The hand-off named `name` (`Symbol.for('library-yearbook.<name>')`). */
export function handoff<T>(name: string): Handoff<T> {
  const key = Symbol.for(`library-yearbook.${name}`);
  const holder = globalThis as Record<symbol, T | undefined>;
  return {
    put: (value) => {
      if (value === undefined) delete holder[key];
      else holder[key] = value;
    },
    get: () => holder[key],
  };
}
