#!/usr/bin/env node
// Command-line launcher: the same bundle as the action, told to run its command-line entry.
process.env.VTRIX_REVIEW_CLI = '1';
await import('../dist/index.js');
