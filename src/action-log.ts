import * as actionsCore from '@actions/core';
import { redact } from './review/sanitize.ts';

/**
 * The runner reads the action's output as commands: a line whose first non-blank characters are `::`
 * (`::warning::`, `::add-mask::`, `::stop-commands::` …) and, in the legacy form, `##[` anywhere in a
 * line. The log quotes text the PR and the model wrote (a finding body in a dry run, a model answer
 * quoted by a parse error), so every line of it is made inert here: a zero-width space goes between the
 * two characters, which the runner does not skip as blank. The text reads the same, and secrets are
 * redacted like in what is posted (the runner masks only their exact value).
 */
export function inertLog(text: string): string {
  // \s covers the blanks .NET's TrimStart skips (U+2028, U+3000 …) but U+0085; `^` after \r too.
  return redact(text)
    .replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b')
    .replace(/#(?=#\[)/g, '#\u200b');
}

/**
 * @actions/core with its log functions made safe for untrusted text: the action imports this instead
 * of the package, so every message goes through {@link inertLog}. The message of `warning`, `error`,
 * `notice` and `setFailed` is one command line (core escapes its line breaks); it is made inert too, so
 * the annotation shows the same text as the log.
 */
export const core: typeof actionsCore = {
  ...actionsCore,
  info: (message) => actionsCore.info(inertLog(message)),
  debug: (message) => actionsCore.debug(inertLog(message)),
  warning: (message, props) => actionsCore.warning(inertError(message), props),
  error: (message, props) => actionsCore.error(inertError(message), props),
  notice: (message, props) => actionsCore.notice(inertError(message), props),
  setFailed: (message) => actionsCore.setFailed(inertError(message)),
};

function inertError(message: string | Error): string {
  return inertLog(message instanceof Error ? message.toString() : message);
}
