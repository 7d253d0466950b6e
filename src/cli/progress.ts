import type { RequestRecord } from '../pipeline.ts';
import { terminalText, type Paint } from './format/terminal.ts';

/** Standard output or error, or a test's stand-in. */
export interface Out {
  write(s: string): void;
}

export function isTty(o: Out): boolean {
  return Boolean((o as { isTTY?: boolean }).isTTY);
}

export interface Log {
  info(m: string): void;
  warning(m: string): void;
}

/**
 * The log before the review starts (configuration, notices). Log lines can carry file paths and model
 * text: no escape sequence of theirs reaches the terminal.
 */
export function stderrLog(err: Out, p: Paint): Log {
  return {
    info: (m) => err.write(p.dim(`${terminalText(m)}\n`)),
    warning: (m) => err.write(p.yellow(`warning: ${terminalText(m)}\n`)),
  };
}

/** Progress on standard error: one line per request, rewritten in place on a terminal. */
export class ProgressLine implements Log {
  private answered = 0;
  private total = 0;
  private prompt = 0;
  private completion = 0;
  private readonly tty: boolean;
  private readonly err: Out;
  private readonly p: Paint;
  constructor(err: Out, p: Paint) {
    this.err = err;
    this.p = p;
    this.tty = isTty(err);
  }
  request(r: RequestRecord, planned: number): void {
    this.answered++;
    this.total = planned;
    this.prompt += r.promptTokens;
    this.completion += r.completionTokens;
  }
  info(m: string): void {
    const status = `[${this.answered}/${this.total || '?'} requests, ${this.prompt.toLocaleString('en-US')} prompt + ${this.completion.toLocaleString('en-US')} completion tokens]`;
    const text = terminalText(m);
    if (this.tty) this.err.write(`\r\u001b[2K${this.p.dim(`${status} ${text}`)}`);
    else this.err.write(this.p.dim(`${status} ${text}\n`));
  }
  warning(m: string): void {
    if (this.tty) this.err.write('\r\u001b[2K');
    this.err.write(this.p.yellow(`warning: ${terminalText(m)}\n`));
  }
  done(): void {
    if (this.tty) this.err.write('\n');
  }
}
