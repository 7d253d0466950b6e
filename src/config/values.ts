/**
 * The readers of the configuration file's values by kind. A reader returns the value, or null after
 * reporting at the value's line what is wrong and what to write instead.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { globList, globProblem } from '../settings/globs.ts';
import { closest } from '../settings/suggest.ts';
import type { PathInstruction } from '../types.ts';
import { languageName } from './language.ts';
import { describe, short, tagName } from './yaml.ts';

/** Reports a problem at the line of `node`. */
export type Report = (node: Node | null | undefined, message: string) => void;

/** The readers, each reporting its problems with `err`. */
export function valueReader(err: Report) {
  return { text, language, oneOf, bool, maxComments, decimal, wholeNumber, globs, pathInstructions };

  function bool(key: string, value: Node | null, where: Node | null): boolean | null {
    const v = isScalar(value) ? value.value : undefined;
    if (typeof v === 'boolean') return v;
    const t = typeof v === 'string' ? v.trim().toLowerCase() : null;
    if (t === 'true' || t === 'false') return t === 'true';
    err(where, `${key} must be true or false; got ${t === null ? describe(value) : `'${short(t)}'`}.`);
    return null;
  }

  function text(key: string, value: Node | null, where: Node | null): string | null {
    if (isScalar(value) && typeof value.value === 'string') return value.value.trim();
    err(where, `${key} must be text; got ${describe(value)}.`);
    return null;
  }

  function language(key: string, value: Node | null, where: Node | null): string | null {
    const s = text(key, value, where);
    if (s === null) return null;
    if (s.length > 40 || /[\n\r`<>{}]/.test(s)) {
      err(where, `language must be a language name or code such as German or de; got '${short(s)}'.`);
      return null;
    }
    return languageName(s);
  }

  function oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    value: Node | null,
    where: Node | null,
  ): T | null {
    const raw = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : null;
    if (raw !== null && (allowed as readonly string[]).includes(raw.toLowerCase()))
      return raw.toLowerCase() as T;
    const guess = raw === null ? null : closest(raw, allowed);
    err(
      where,
      `${key} must be one of ${allowed.join(', ')}; got ${raw === null ? describe(value) : `'${short(raw)}'`}.${guess ? ` Did you mean '${guess}'?` : ''}`,
    );
    return null;
  }

  function maxComments(value: Node | null, where: Node | null): number | null {
    return wholeNumber('max-comments', 1000, value, where);
  }

  /** A whole number from 0 to `max`, written as a YAML number. */
  function wholeNumber(key: string, max: number, value: Node | null, where: Node | null): number | null {
    const n = isScalar(value) ? value.value : undefined;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max) return n;
    // A tag (`!!float 3`, `!!str 3`) makes the value text; the quotes hint would not fit.
    const tag = isScalar(value) && typeof n === 'string' ? tagName(value.tag) : null;
    const plain = typeof n === 'string' ? n.trim() : '';
    if (tag !== null && /^\d+$/.test(plain) && Number(plain) <= max) {
      err(where, `${key} must be a whole number such as ${Number(plain)}; remove the \`${tag}\` tag.`);
      return null;
    }
    const got = describe(value);
    const hint =
      tag !== null
        ? ` Remove the \`${tag}\` tag.`
        : /^\d+$/.test(plain)
          ? ' Write the number without quotes.'
          : '';
    err(where, `${key} must be a whole number from 0 to ${max}; got ${got}.${hint}`);
    return null;
  }

  /** A number in [min, max] (a sampling parameter): decimals allowed. */
  function decimal(
    key: string,
    [min, max]: readonly [number, number],
    example: string,
    value: Node | null,
    where: Node | null,
  ): number | null {
    const n = isScalar(value) ? value.value : undefined;
    if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max) return n;
    const plain = typeof n === 'string' ? n.trim() : '';
    const hint = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(plain)
      ? ' Write the number without quotes.'
      : /^\d*,\d+$/.test(plain)
        ? ` Write the decimals after a point: ${plain.replace(',', '.')}.`
        : max === 1 && typeof n === 'number' && n > 1 && n <= 100
          ? ` It is a fraction, not a percentage: ${n / 100} for ${n}%.`
          : '';
    err(
      where,
      `${key} must be a number from ${min} to ${max}, such as ${example}; got ${describe(value)}.${hint} Leave the key out for the provider's default.`,
    );
    return null;
  }

  /** A list of globs, or one string of them separated by commas or newlines, as the inputs take. */
  function globs(key: string, value: Node | null, where: Node | null): string[] | null {
    let items: { glob: string; node: Node | null }[];
    if (isScalar(value) && typeof value.value === 'string') {
      items = globList(value.value).map((glob) => ({ glob, node: value }));
    } else if (isSeq(value)) {
      items = [];
      for (const item of value.items as (Node | null)[]) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
          items.push({ glob: item.value.trim(), node: item });
        } else err(item ?? value, `${key} entries must be globs (text); got ${describe(item)}.`);
      }
    } else {
      err(where, `${key} must be a list of globs (or one string of them); got ${describe(value)}.`);
      return null;
    }
    let ok = true;
    for (const { glob, node } of items) {
      const problem = globProblem(glob);
      if (problem) {
        err(node, `${key} has the pattern '${short(glob)}': ${problem}`);
        ok = false;
      }
    }
    return ok ? items.map((i) => i.glob) : null;
  }

  /** `glob: text` pairs, or a list of `{path, instructions}` (the form other review tools use). */
  function pathInstructions(value: Node | null, where: Node | null): PathInstruction[] | null {
    const out: PathInstruction[] = [];
    const add = (path: unknown, pathNode: Node | null, text: unknown, textNode: Node | null): void => {
      if (typeof path !== 'string' || path.trim() === '') {
        err(
          pathNode,
          `path_instructions: a path must be a glob such as src/db/**; got ${describe(pathNode)}.`,
        );
        return;
      }
      const problem = globProblem(path.trim());
      if (problem) return err(pathNode, `path_instructions has the pattern '${short(path)}': ${problem}`);
      if (typeof text !== 'string' || text.trim() === '') {
        err(
          textNode ?? pathNode,
          `path_instructions for '${short(path)}' must be text; got ${describe(textNode)}.`,
        );
        return;
      }
      out.push({ path: path.trim(), instructions: text.trim() });
    };
    if (isMap(value)) {
      for (const p of value.items) {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        add(isScalar(k) ? k.value : undefined, k, isScalar(v) ? v.value : undefined, v);
      }
    } else if (isSeq(value)) {
      for (const item of value.items as (Node | null)[]) {
        if (!isMap(item)) {
          err(
            item ?? value,
            `path_instructions entries must be mappings with path and instructions; got ${describe(item)}.`,
          );
          continue;
        }
        let path: Node | null = null;
        let text: Node | null = null;
        for (const p of item.items) {
          const k = p.key as Node | null;
          const name = isScalar(k) ? String(k.value) : '';
          if (name === 'path') path = p.value as Node | null;
          else if (name === 'instructions') text = p.value as Node | null;
          else {
            const guess = closest(name, ['path', 'instructions']);
            err(
              k,
              `path_instructions entries take path and instructions; got '${short(name)}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
            );
          }
        }
        if (path === null)
          err(item, 'path_instructions entry without a path (the glob of the files it is for).');
        else
          add(
            isScalar(path) ? path.value : undefined,
            path,
            isScalar(text) ? text.value : undefined,
            text ?? item,
          );
      }
    } else {
      err(
        where,
        `path_instructions must map globs to text (src/db/**: "check every query for injection") or list {path, instructions}; got ${describe(value)}.`,
      );
      return null;
    }
    return out;
  }
}
