// The repository snapshot's unpack time and peak memory for a ~50 MB tarball (issue 14's target:
// under 5 s and 300 MB). `npm run bench` reports it (`measureSnapshot`); alone:
//
//   node scripts/bench/snapshot.ts [--mb 50] [--runs 3]
//
// The tarball (source-like text: words of a vocabulary, so it compresses about as code does) is made
// once and written to a temporary file; each run makes the snapshot in a fresh process, streaming the
// file in 64 KB chunks as a download arrives, so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repositoryTarball } from '../../__tests__/support/tar.ts';
import { createSnapshot } from '../../src/repo/snapshot.ts';
import { median, peakRssMB } from './stats.ts';

export interface SnapshotRun {
  unpackMs: number;
  read2000Ms: number;
  files: number;
  bytesWritten: number;
  peakRssMb: number;
}

export interface SnapshotBench {
  gzMB: number;
  unpackedMB: number;
  files: number;
  runs: SnapshotRun[];
  medianMs: number;
  medianRssMb: number;
}

/** A repository of source-like files whose gzip'd tarball is about `mb` MB. */
function makeTarball(mb: number): { gz: Buffer; unpacked: number } {
  const targetGz = mb * 1024 * 1024;
  const words =
    'const let function return import export from interface type async await if else for while new this class extends value result error options config request response string number boolean'.split(
      ' ',
    );
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const file = () => {
    const lines: string[] = [];
    const n = 50 + Math.floor(rnd() * 400);
    for (let i = 0; i < n; i++) {
      const k = 3 + Math.floor(rnd() * 10);
      const w: string[] = [];
      for (let j = 0; j < k; j++)
        w.push(
          words[Math.floor(rnd() * words.length)]! +
            (rnd() < 0.7 ? Math.floor(rnd() * 36 ** 5).toString(36) : ''),
        );
      lines.push('  '.repeat(Math.floor(rnd() * 4)) + w.join(' ') + ';');
    }
    return lines.join('\n') + '\n';
  };
  // Grow until the gzip'd archive reaches the target (estimated from a sample's ratio).
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`src/m${i % 40}/f${i}.ts`] = file();
  const sample = repositoryTarball(files, 'acme-big-0123abc', '0'.repeat(40)).length;
  const count = Math.ceil((200 * targetGz) / sample);
  for (let i = 200; i < count; i++) files[`src/m${i % 400}/f${i}.ts`] = file();
  const gz = repositoryTarball(files, 'acme-big-0123abc', '0'.repeat(40));
  return { gz, unpacked: Object.values(files).reduce((n, t) => n + t.length, 0) };
}

/** The tarball made once, then `runs` snapshots of it, each in a fresh process. */
export function measureSnapshot(mb = 50, runs = 3): SnapshotBench {
  const { gz, unpacked } = makeTarball(mb);
  const work = mkdtempSync(join(tmpdir(), 'snapshot-bench-'));
  try {
    const path = join(work, 'repo.tar.gz');
    writeFileSync(path, gz);
    const out: SnapshotRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = spawnSync(process.execPath, [import.meta.filename, 'unpack', path, work], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`the snapshot run failed (${run.status}):\n${run.stderr}`);
      out.push(JSON.parse(run.stdout) as SnapshotRun);
    }
    return {
      gzMB: gz.length / 1048576,
      unpackedMB: unpacked / 1048576,
      files: out[0]!.files,
      runs: out,
      medianMs: median(out.map((r) => r.unpackMs)),
      medianRssMb: median(out.map((r) => r.peakRssMb)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One snapshot of the file, streamed as a download would be; prints a SnapshotRun. */
async function unpack(file: string, dir: string): Promise<void> {
  const t0 = performance.now();
  const s = await createSnapshot({
    tarball: createReadStream(file, { highWaterMark: 64 * 1024 }),
    label: 'bench',
    dir,
    maxFileBytes: 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024,
  });
  const t1 = performance.now();
  let read = 0;
  for (const e of s.entries().slice(0, 2000)) if ((await s.read(e.path)).ok) read++;
  const t2 = performance.now();
  await s.dispose();
  if (read === 0) throw new Error('the snapshot could read none of its files');
  const r: SnapshotRun = {
    unpackMs: Math.round(t1 - t0),
    read2000Ms: Math.round(t2 - t1),
    files: s.report.files,
    bytesWritten: s.report.bytesWritten,
    peakRssMb: Math.round(peakRssMB()),
  };
  process.stdout.write(JSON.stringify(r) + '\n');
}

if (import.meta.filename === process.argv[1]) {
  const { values: opt, positionals } = parseArgs({
    options: { mb: { type: 'string', default: '50' }, runs: { type: 'string', default: '1' } },
    allowPositionals: true,
  });
  if (positionals[0] === 'unpack') {
    await unpack(positionals[1]!, positionals[2]!);
  } else {
    const b = measureSnapshot(Number(opt.mb), Math.max(1, Number(opt.runs)));
    for (const r of b.runs)
      process.stdout.write(
        `tarball ${b.gzMB.toFixed(1)} MB gzip'd, ${b.unpackedMB.toFixed(0)} MB in ${r.files} files: ` +
          `unpack ${r.unpackMs} ms, peak RSS ${r.peakRssMb} MB; 2,000 reads ${r.read2000Ms} ms\n`,
      );
    if (b.runs.length > 1)
      process.stdout.write(`median of ${b.runs.length}: ${b.medianMs} ms, peak RSS ${b.medianRssMb} MB\n`);
  }
}
