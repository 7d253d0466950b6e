/** The YAML mechanics of the configuration file: the nesting bound, and how errors name a value. */
import { isMap, isScalar, isSeq, type CST, type Node } from 'yaml';

/**
 * Deepest nesting of lists and mappings a configuration file may have; it needs three (a list of
 * `{path, instructions}` under `path_instructions`). The YAML library builds nested values by
 * recursion, so a file of thousands of `[` would overflow the stack.
 */
export const MAX_CONFIG_DEPTH = 16;

/** The offset of the first collection nested deeper than MAX_CONFIG_DEPTH, or null; without recursion. */
export function tooDeep(tokens: CST.Token[]): number | null {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!t) continue;
    if (t.type === 'document') stack.push([t.value, depth]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > MAX_CONFIG_DEPTH) return t.offset;
      for (const item of t.items) {
        stack.push([item.value, depth + 1]);
        if ('key' in item) stack.push([item.key, depth + 1]);
      }
    }
  }
  return null;
}

/** A value as an error names it: its type, and the value when short. */
export function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing (null)';
    if (typeof v === 'string') return `the text '${short(v)}'`;
    return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${String(v)}`;
  }
  return 'an unsupported value';
}

/** A value as an error quotes it: one line, and short. */
export function short(v: string): string {
  const one = v.replace(/\r?\n/g, '\\n');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** A tag as it was written: `!!float` for `tag:yaml.org,2002:float`, a local tag as is. */
export function tagName(tag: string | undefined): string | null {
  if (!tag) return null;
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
