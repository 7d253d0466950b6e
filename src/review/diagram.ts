/*
 * The model's sequence diagram (`diagram: true`) is untrusted text that GitHub renders: only the plain
 * statements of a Mermaid sequenceDiagram pass, whole, or nothing does. Refused: directives (`%%{init`
 * can change the renderer's settings), interaction (`click`, `link`, `links`, `properties`, `details`
 * make links and menus), HTML, entity codes and backticks (markup, and a way out of the ```mermaid
 * fence).
 */

/** A diagram at most (lines and characters): a flow across a few files, not a second diff. */
export const MAX_DIAGRAM_LINES = 60;
export const MAX_DIAGRAM_CHARS = 4_000;

export type DiagramCheck = { ok: true; text: string } | { ok: false; why: string };

// A participant's id: letters, digits and `_.-`, as Mermaid reads an id without quotes.
const ID = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_.\-]*`;
const ARROW = String.raw`(?:<<-->>|<<->>|-->>|->>|-->|->|--x|-x|--\)|-\))`;
const STATEMENTS: RegExp[] = [
  new RegExp(String.raw`^(?:create\s+)?(?:participant|actor)\s+${ID}(?:\s+as\s+\S.*)?$`, 'iu'),
  new RegExp(String.raw`^destroy\s+${ID}$`, 'iu'),
  new RegExp(String.raw`^${ID}\s*${ARROW}\s*[+-]?\s*${ID}\s*:.*$`, 'u'),
  new RegExp(String.raw`^note\s+(?:left\s+of|right\s+of|over)\s+${ID}(?:\s*,\s*${ID})?\s*:.*$`, 'iu'),
  new RegExp(String.raw`^(?:de)?activate\s+${ID}$`, 'iu'),
  /^autonumber(?:\s+\d+(?:\s+\d+)?)?$/i,
];
/** Blocks and the statements that divide them (`else` in an `alt`, `and` in a `par`…). */
const OPENERS = new Set(['loop', 'alt', 'opt', 'par', 'critical', 'break', 'rect', 'box']);
const DIVIDERS: Record<string, string> = { else: 'alt', and: 'par', option: 'critical' };
const REFUSED_WORDS = new Set(['click', 'link', 'links', 'properties', 'details']);

/** `raw` as it may be shown, or why not (one short reason, for an info line). */
export function checkDiagram(raw: string): DiagramCheck {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text.length > MAX_DIAGRAM_CHARS)
    return { ok: false, why: `it has ${text.length} characters, over ${MAX_DIAGRAM_CHARS}` };
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.length > MAX_DIAGRAM_LINES)
    return { ok: false, why: `it has ${lines.length} lines, over ${MAX_DIAGRAM_LINES}` };
  if (lines[0] !== 'sequenceDiagram') return { ok: false, why: 'its first line is not `sequenceDiagram`' };
  const open: string[] = [];
  let statements = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const at = `line ${i + 1}`;
    if (line === '') continue;
    statements++;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(line))
      return { ok: false, why: `${at} holds a control character` };
    if (line.includes('`')) return { ok: false, why: `${at} holds a backtick` };
    if (/<\/?[a-z!?]/i.test(line)) return { ok: false, why: `${at} holds an HTML tag` };
    // Mermaid's entity codes (`#60;`) would make the tags the line above refuses.
    if (/#\w+;/.test(line)) return { ok: false, why: `${at} holds an entity code (\`#…;\`)` };
    if (line.startsWith('%%')) {
      if (line.startsWith('%%{')) return { ok: false, why: `${at} is a directive (\`%%{\`)` };
      continue;
    }
    if (line.includes('%%{')) return { ok: false, why: `${at} holds a directive (\`%%{\`)` };
    const word = (/^[a-z]+/i.exec(line)?.[0] ?? '').toLowerCase();
    if (REFUSED_WORDS.has(word) && /^[a-z]+(?:\s|$)/i.test(line))
      return { ok: false, why: `${at} is a \`${word}\` statement, which makes links or menus` };
    if (word === line.toLowerCase() && word === 'end') {
      if (open.length === 0) return { ok: false, why: `${at} ends a block that was not opened` };
      open.pop();
      continue;
    }
    if (OPENERS.has(word) && /^[a-z]+(?:\s|$)/i.test(line)) {
      open.push(word);
      continue;
    }
    const within = DIVIDERS[word];
    if (within && /^[a-z]+(?:\s|$)/i.test(line)) {
      if (open.at(-1) !== within)
        return { ok: false, why: `${at}: \`${word}\` outside an \`${within}\` block` };
      continue;
    }
    if (!STATEMENTS.some((re) => re.test(line)))
      return { ok: false, why: `${at} is not a sequence-diagram statement` };
  }
  if (open.length > 0) return { ok: false, why: `the \`${open.at(-1)}\` block is never ended` };
  if (statements === 0) return { ok: false, why: 'it holds nothing after `sequenceDiagram`' };
  return { ok: true, text: lines.filter((l) => l !== '').join('\n') };
}
