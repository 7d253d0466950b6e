import { run } from './main.ts';
import { runCli } from './cli/cli.ts';

// One bundle serves both the action (the runner runs `node dist/index.js`) and the command line,
// whose launcher (bin/vtrix-review.js) sets VTRIX_REVIEW_CLI.
if (process.env['VTRIX_REVIEW_CLI'] === '1') {
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  await run();
}
