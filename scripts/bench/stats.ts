// Small helpers for the benchmark's figures and tables.
import { readFileSync } from 'node:fs';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** 1234567 → "1,234,567". */
export function num(n: number, digits = 0): string {
  return Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '—';
}

export function ms(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${num(n)} ms`;
}

export function mark(ok: boolean): string {
  return ok ? '✅' : '❌';
}

/** A Markdown table; cells are escaped for `|`. */
export function table(head: string[], rows: string[][]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * Peak resident memory of this process, in MB. On Linux `process.resourceUsage().maxRSS` of a spawned
 * process starts from its parent's RSS at the fork (the high-water mark survives exec), so the
 * per-process `VmHWM` of /proc/self/status is read instead where it exists.
 */
export function peakRssMB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}
