// Cold start of the bundled action: fresh `node` processes, timed from spawn to exit.
import { spawnSync } from 'node:child_process';
import { median } from './stats.ts';

export interface ColdStart {
  label: string;
  runs: number[];
  medianMs: number;
  maxRssMB: number;
}

/** Environment without the runner's variables, so the action stops at its first check. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|VTRIX_|NODE_OPTIONS$)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

export function time(
  label: string,
  args: string[],
  extraEnv: Record<string, string>,
  cwd: string,
  runs = 5,
): ColdStart {
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, env: cleanEnv(extraEnv), encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.error) throw r.error;
  }
  // One more run, not timed, reports its peak RSS at exit.
  const probe = spawnSync(
    process.execPath,
    [
      '--import',
      'data:text/javascript,import{readFileSync}from"node:fs";process.on("exit",()=>process.stderr.write("\\nvmhwm="+/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))?.[1]+"\\n"))',
      ...args,
    ],
    { cwd, env: cleanEnv(extraEnv), encoding: 'utf8' },
  );
  const m = /vmhwm=(\d+)/.exec(probe.stderr ?? '');
  if (m) rss = Number(m[1]) / 1024;
  return { label, runs: times, medianMs: median(times), maxRssMB: rss };
}

/** Import time of one module in a fresh process (median of `runs`). */
export function importTime(specifier: string, cwd: string, runs = 3): number {
  const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd,
      env: cleanEnv({}),
      encoding: 'utf8',
    });
    const ms = Number(r.stdout);
    if (r.status === 0 && Number.isFinite(ms)) times.push(ms);
  }
  return times.length ? median(times) : NaN;
}
