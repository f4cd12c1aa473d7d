/** "Did you mean" suggestions for misspelt ids. Pure. */

/** Levenshtein edit distance between two strings (by UTF-16 code unit; ids are ASCII). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest candidates to `input`, best first: at most `limit`, and only those close enough to be a
 * plausible typo (distance ≤ max(2, a third of the longer string)).
 */
export function suggest(input: string, candidates: readonly string[], limit = 3): string[] {
  return candidates
    .map((c) => ({ c, d: editDistance(input, c) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(Math.max(c.length, input.length) / 3)))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}
