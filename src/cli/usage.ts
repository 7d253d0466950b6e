/** `vtrix-review --help`, and what a usage error is followed by. */
export const USAGE = `Usage: vtrix-review [options]
       vtrix-review describe [options]   (the same as --describe)

Reviews local changes with the same pipeline as the GitHub Action and prints the review.

Source of the diff (one of):
  --diff FILE            a unified diff file ('-' reads standard input)
  --base REF             review REF...HEAD (default: the merge base with origin's default branch)
  --head REF             the last commit to review (default: HEAD)

Options (same meaning as the action inputs):
  --model ID  --base-url URL  --reasoning-effort low|medium|high|xhigh  --max-tokens N
  --context-window N  --include GLOBS  --exclude GLOBS  --instructions TEXT
  --max-comments N  --min-severity critical|major|minor|nit  --concurrency N  --request-timeout SECONDS
  --max-requests N  --max-prompt-tokens N   run budget (0: no cap)
  --temperature 0-2  --top-p 0-1   sampling parameters (default: not sent, the provider's own)
  --instruction-role auto|system|developer   role of the instructions (default auto: system, and
                         developer when the endpoint refuses system)
  --config FILE          configuration file to use, read from disk as given (default:
                         .github/vtrix-review.yml of the base commit); these options override it
  --repo-config-from-worktree   with --diff (no base commit): read .github/vtrix-review.yml,
                         AGENTS.md and .github/copilot-instructions.md from the working tree, which
                         may hold the change under review (default: not read); never through a link
  --full-file-context true|false   add small changed files whole (read from git objects at --head)
                         where requests have room (default true; a git range only)
  --repository-tools deep|always|never   let the model read the repository at --head (git objects,
                         never the working tree) through read-only tools; deep: at
                         --reasoning-effort xhigh only (default); a git range only
  --second-look deep|always|never   check the critical and major findings once more before
                         reporting them (with the tools when they are on); refuted ones are
                         reported apart; deep: at --reasoning-effort xhigh only (default)
  --max-tool-calls N  --max-tool-result-tokens N   tool budget per request (default 12, 20000)
  --max-image-bytes N    changed PNG, JPEG, GIF and WebP files sent as images, in all at most N
                         bytes (default 4194304; 0: none), read from git objects (new at --head,
                         old at the merge base); a git range only
  --describe             print the generated section of the PR description (Markdown, markers
                         included, as the action's describe: true writes it) in place of the
                         report, from the same review; not with --format or --dry-run
  --diagram              with --describe: ask for a Mermaid sequence diagram of a flow across
                         several files, shown in the section once checked
  --dry-run              print the plan (files, requests, tokens, estimated cost) without calling the model
  --title TEXT           title given to the model (default: the first commit's subject)

Output:
  --format text|markdown|json|sarif   text (default) is for the terminal, in colour when it is one;
                         sarif is for GitHub code scanning and other CI systems
  --output FILE          write the report to FILE instead of standard output
  --fail-on SEVERITY     exit with 3 when a finding at or above it is reported
                         (critical|major|minor|nit; default none)
  --price-input USD  --price-output USD   price per million tokens for the cost estimate
                         (default 1.75 and 14: OpenAI's list price for gpt-5.3-codex)
  -h, --help  --version

The API key is read from VTRIX_API_KEY. Without it, vtrix-review prints the plan (a dry run).
Progress goes to standard error. Exit codes: 0 done, 1 error, 2 bad usage, 3 findings at or
above --fail-on.`;
