/** Small string helpers: edit distance and "did you mean" suggestions. */

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidates closest to `input` (case-insensitive), best first. A candidate qualifies when its
 * distance is at most a third of the longer string (at least 1, at most `maxDistance`), or when one
 * contains the other.
 */
export function nearest(input: string, candidates: Iterable<string>, max = 3, maxDistance = 4): string[] {
  const needle = input.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const hay = c.toLowerCase();
    let d = levenshtein(needle, hay);
    const limit = Math.min(maxDistance, Math.max(1, Math.floor(Math.max(needle.length, hay.length) / 3)));
    if (d > limit) {
      if (needle.length >= 3 && (hay.includes(needle) || needle.includes(hay))) d = limit + 0.5;
      else continue;
    }
    scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  return scored.slice(0, max).map((s) => s.c);
}
