/**
 * The production table of the commands answered outside src/action/converse.ts. Until each command is
 * built, its answer says it is not available yet (the run still acknowledges and answers the comment).
 */
import type { ConverseContext, ConverseHandlers, Reply } from './converse.ts';

function notYet(what: string): (ctx: ConverseContext) => Promise<Reply> {
  return (ctx) =>
    Promise.resolve({
      body: `${what} is not available yet in this version of vtrix-review; \`${ctx.settings.triggerPhrase} help\` lists what is.`,
    });
}

export function productionHandlers(): ConverseHandlers {
  return {
    question: notYet('Answering questions'),
    fix: notYet('`fix`'),
    ignore: notYet('`ignore`'),
    pause: notYet('`pause`'),
    resume: notYet('`resume`'),
  };
}
