/**
 * Did-you-mean for a mistyped value, shared by the inputs and the configuration file: a known synonym
 * first, else the allowed value within two edits.
 */

/** Common spellings of the enum values, so the error can name the one meant. */
const SYNONYMS: Record<string, string> = {
  none: 'low',
  minimal: 'low',
  min: 'low',
  med: 'medium',
  normal: 'medium',
  default: 'medium',
  max: 'xhigh',
  maximum: 'xhigh',
  highest: 'xhigh',
  extrahigh: 'xhigh',
  veryhigh: 'xhigh',
  blocker: 'critical',
  fatal: 'critical',
  error: 'major',
  warning: 'minor',
  warn: 'minor',
  info: 'nit',
  trivial: 'nit',
  style: 'nit',
  nits: 'nit',
  yes: 'true',
  on: 'true',
  '1': 'true',
  no: 'false',
  off: 'false',
  '0': 'false',
};

/** The allowed value a mistyped one most likely meant, or null. */
export function closest(raw: string, allowed: readonly string[]): string | null {
  const norm = raw.toLowerCase().replace(/[\s_-]+/g, '');
  const syn = SYNONYMS[norm];
  if (syn !== undefined && allowed.includes(syn)) return syn;
  let best: string | null = null;
  let bestDistance = 3;
  for (const a of allowed) {
    const d = editDistance(norm, a);
    if (d < bestDistance && d < a.length) [best, bestDistance] = [a, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
