import { redact } from '../../review/sanitize.ts';

/*
 * What the model or the PR author wrote (titles, bodies, suggestions, summaries, the verdict, file
 * paths, diff lines), printed on a terminal, must not drive it: OSC 52 writes the clipboard, OSC 0 sets
 * the title, CSI 2J clears the screen, and bidirectional overrides reorder what is shown (Trojan Source).
 * Escape sequences go whole, so their parameters are not left behind as text; then every other control.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const SEQUENCE = new RegExp(
  [
    // CSI (ESC [ or 8-bit 0x9b): parameters, intermediates, one final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \ or 0x9c), or to the end of the line.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Any other escape: intermediates and one final byte (ESC c resets the terminal, ESC ( 0 …).
    '\\u001b[ -/]*[0-~]',
  ].join('|'),
  'g',
);
/** C0 except tab and newline, DEL, C1, and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** `text` without escape sequences and control characters (tab and newline kept), secrets redacted. */
export function terminalText(text: string): string {
  return redact(text.replace(SEQUENCE, '').replace(CONTROL, ''));
}

const JSON_INERT = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text (as JSON.stringify writes it, C0 controls already escaped) with DEL, the C1 controls and
 * the bidirectional controls written as `\u` escapes too: the same value for a parser, inert on a terminal.
 */
export function inertJson(json: string): string {
  return json.replace(JSON_INERT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Our own colours: the only escape sequences the command line writes. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

export function painter(on: boolean): Paint {
  const c = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: c(1), dim: c(2), red: c(31), yellow: c(33), green: c(32), cyan: c(36) };
}
