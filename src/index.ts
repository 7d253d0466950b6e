// One bundle serves both the action (the runner runs `node dist/index.js`) and the command line,
// whose launcher (bin/vtrix-review.js) sets VTRIX_REVIEW_CLI. Each loads only what it uses.
if (process.env['VTRIX_REVIEW_CLI'] === '1') {
  const { runCli } = await import('./cli/run.ts');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { run } = await import('./main.ts');
  await run();
}
