// The repository snapshot's unpack time and peak memory for a ~50 MB tarball (issue 14's target:
// under 5 s and 300 MB). Not yet part of `npm run bench` (the lead wires it):
//
//   node scripts/bench/snapshot.ts [--mb 50]
//
// The tarball (source-like text: words of a vocabulary, so it compresses about as code does) is made
// in one process and written to a temporary file; the snapshot is made in a fresh process, so its
// peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repositoryTarball } from '../../__tests__/support/tar.ts';
import { createSnapshot } from '../../src/repo/snapshot.ts';

const { values: opt, positionals } = parseArgs({
  options: { mb: { type: 'string', default: '50' } },
  allowPositionals: true,
});

if (positionals[0] === 'unpack') {
  const [, file, dir] = positionals as [string, string, string];
  const t0 = performance.now();
  const tarball = readFileSync(file);
  const s = await createSnapshot({
    tarball,
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
  process.stdout.write(
    JSON.stringify({
      unpackMs: Math.round(t1 - t0),
      read2000Ms: Math.round(t2 - t1),
      read,
      files: s.report.files,
      bytesWritten: s.report.bytesWritten,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + '\n',
  );
} else {
  const targetGz = Number(opt.mb) * 1024 * 1024;
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
  const work = mkdtempSync(join(tmpdir(), 'snapshot-bench-'));
  const path = join(work, 'repo.tar.gz');
  writeFileSync(path, gz);
  const unpacked = Object.values(files).reduce((n, t) => n + t.length, 0);
  const run = spawnSync(process.execPath, [import.meta.filename, 'unpack', path, work], { encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(run.stderr);
  const r = JSON.parse(run.stdout) as Record<string, number>;
  process.stdout.write(
    `tarball ${(gz.length / 1048576).toFixed(1)} MB gzip'd, ${(unpacked / 1048576).toFixed(0)} MB in ${r['files']} files: ` +
      `unpack ${r['unpackMs']} ms, peak RSS ${r['peakRssMb']} MB; 2,000 reads ${r['read2000Ms']} ms\n`,
  );
}
