// A unified diff of two texts (for `--fix-dry-run`): Myers' O(ND) line diff, 3 lines of context,
// `\ No newline at end of file` like diff(1) and git.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The unified diff of `a` → `b` with file headers `--- a/NAME` / `+++ b/NAME`; '' when equal. */
export function unifiedDiff(name: string, a: string, b: string, context = 3, created = false): string {
  if (a === b) return '';
  const ops = diffLines(splitLines(a), splitLines(b));
  const out = [`--- ${created ? '/dev/null' : `a/${name}`}`, `+++ b/${name}`];
  // Positions of changed ops, grouped into hunks whose context windows touch.
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  const lineNos: { a: number; b: number }[] = ops.map((op) => {
    const at = { a: aLine, b: bLine };
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
    return at;
  });
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j].kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const aStart = aCount ? lineNos[start].a : lineNos[start].a - 1;
    const bStart = bCount ? lineNos[start].b : lineNos[start].b - 1;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const op of hunk) {
      if (op.line.endsWith('\n')) out.push(op.kind + op.line.slice(0, -1));
      else out.push(op.kind + op.line, '\\ No newline at end of file');
    }
    i = stop;
  }
  return out.join('\n') + '\n';
}

/** Lines with their terminators (the last one may have none). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffLines(a: string[], b: string[]): Op[] {
  // Common prefix and suffix first: fixes are local, so the middle is small.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const head: Op[] = a.slice(0, pre).map((line) => ({ kind: ' ', line }));
  const tail: Op[] = a.slice(a.length - suf).map((line) => ({ kind: ' ', line }));
  return [...head, ...myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)), ...tail];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk back through the trace.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x] }), y--;
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ kind: ' ', line: a[--x] }), y--;
  return ops.reverse();
}
