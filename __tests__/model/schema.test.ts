import { CHANGE_TYPES, SEVERITIES } from '../../src/types.ts';
import fc from 'fast-check';
import {
  extractJson,
  MAX_FENCED_ANSWER_CHARS,
  DIAGRAM_REVIEW_SCHEMA,
  parseModelReview,
  REVIEW_ANSWER,
  REVIEW_SCHEMA,
  reviewAnswer,
  SchemaError,
  toFindings,
  type ModelReview,
} from '../../src/model/schema.ts';

const VALID: ModelReview = {
  summary: 'The change adds an SQL query built from user input; it is injectable.',
  comments: [
    {
      path: 'src/db.ts',
      line: 42,
      start_line: 40,
      side: 'RIGHT',
      severity: 'critical',
      title: 'SQL injection through `id`',
      body: 'The id is interpolated into the query.\n\n```ts\nquery(`... ${id}`)\n```',
      suggestion: "  await db.query('SELECT * FROM t WHERE id = $1', [id]);",
    },
    {
      path: 'src/old.ts',
      line: 7,
      start_line: null,
      side: 'LEFT',
      severity: 'nit',
      title: 'Removed a useful comment',
      body: 'Keep it.',
      suggestion: null,
    },
  ],
};

const json = (v: unknown, space?: number): string => JSON.stringify(v, null, space);

/** The SchemaError parseModelReview throws for `content`. */
function refusal(content: string): SchemaError {
  try {
    parseModelReview(content);
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    expect((e as Error).name).toBe('SchemaError');
    return e as SchemaError;
  }
  throw new Error(`parseModelReview accepted ${content.slice(0, 200)}`);
}

function withComment(patch: Record<string, unknown>, drop: string[] = []): string {
  const c: Record<string, unknown> = { ...VALID.comments[0]!, ...patch };
  for (const k of drop) delete c[k];
  return json({ summary: VALID.summary, comments: [c] });
}

describe('parseModelReview accepts', () => {
  it('a valid answer, compact or pretty-printed', () => {
    expect(parseModelReview(json(VALID))).toEqual(VALID);
    expect(parseModelReview(json(VALID, 2))).toEqual(VALID);
  });

  it('an answer with no comments', () => {
    expect(parseModelReview('{"summary":"No problems found.","comments":[]}')).toEqual({
      summary: 'No problems found.',
      comments: [],
    });
  });

  it('surrounding whitespace', () => {
    expect(parseModelReview(`\n\n  ${json(VALID)}  \n`)).toEqual(VALID);
  });

  it('a ```json fenced answer', () => {
    expect(parseModelReview('```json\n' + json(VALID, 2) + '\n```')).toEqual(VALID);
  });

  it('a bare ``` fenced answer', () => {
    expect(parseModelReview('```\n' + json(VALID) + '\n```\n')).toEqual(VALID);
  });

  it('a fenced answer with prose before and after', () => {
    const text =
      'Here is the review:\n\n```json\n' + json(VALID, 2) + '\n```\n\nLet me know if you need more.';
    expect(parseModelReview(text)).toEqual(VALID);
  });

  it('an unfenced object with prose before and after', () => {
    const text = `Sure! Here is my review: ${json(VALID)} I hope this helps.`;
    expect(parseModelReview(text)).toEqual(VALID);
  });

  it('an unfenced object with prose only before', () => {
    expect(parseModelReview(`Review:\n${json(VALID, 2)}`)).toEqual(VALID);
  });

  it('an object followed by prose', () => {
    expect(parseModelReview(`${json(VALID, 2)}\n\nI hope this helps.`)).toEqual(VALID);
  });

  it('strings that hold braces and fences', () => {
    const tricky: ModelReview = {
      summary: 'Uses `{}` and ``` in strings }',
      comments: [{ ...VALID.comments[1]!, body: '```\n{ "a": 1 }\n```', title: '} {' }],
    };
    expect(parseModelReview(json(tricky))).toEqual(tricky);
    expect(parseModelReview('```json\n' + json(tricky, 2) + '\n```')).toEqual(tricky);
  });

  it('every severity and both sides', () => {
    for (const severity of SEVERITIES)
      for (const side of ['LEFT', 'RIGHT'])
        expect(parseModelReview(withComment({ severity, side })).comments[0]).toMatchObject({
          severity,
          side,
        });
  });
});

describe('parseModelReview with only the core fields', () => {
  const core = {
    path: 'src/db.ts',
    line: 42,
    start_line: null,
    side: 'RIGHT',
    severity: 'major',
    body: 'The id is interpolated into the query, so any caller can inject SQL. Use a parameter.',
    suggestion: null,
  };

  it('takes a missing title from the first sentence of the body', () => {
    const r = parseModelReview(json({ comments: [core] }));
    expect(r.comments[0]!.title).toBe('The id is interpolated into the query, so any caller can inject SQL.');
  });

  it('derives a missing summary from the findings, and leaves the verdict to the findings', () => {
    const r = parseModelReview(json({ comments: [core, { ...core, severity: 'critical', title: 'Worst' }] }));
    expect(r.summary).toBe('2 findings (1 critical · 1 major). The most severe: Worst.');
    expect(r.verdict).toBeUndefined();
    expect(parseModelReview(json({ comments: [] })).summary).toBe(
      'No problems found in this part of the change.',
    );
  });

  it('takes a missing start_line or suggestion as null, and ignores fields of its own', () => {
    const { start_line: _s, suggestion: _g, ...bare } = core;
    const r = parseModelReview(json({ approve: true, comments: [{ ...bare, confidence: 0.9 }] }));
    expect(r.comments[0]).toMatchObject({ start_line: null, suggestion: null });
    expect(r.comments[0]).not.toHaveProperty('confidence');
    expect(r).not.toHaveProperty('approve');
  });

  it('keeps an empty title empty (only a missing one is derived)', () => {
    expect(parseModelReview(json({ comments: [{ ...core, title: '' }] })).comments[0]!.title).toBe('');
  });

  it.each([
    ['a short body', 'Off by one.', 'Off by one.'],
    ['no sentence end', 'Off by one in the loop', 'Off by one in the loop'],
    ['Markdown emphasis and a heading', '### **Race** on `cache`!\nMore.', 'Race on `cache`!'],
    ['a leading blank line and a list mark', '\n\n- Leaks the handle. Close it.', 'Leaks the handle.'],
    [
      'a decimal is not a sentence end',
      'Timeout 1.5 s is too short. Raise it.',
      'Timeout 1.5 s is too short.',
    ],
    ['an empty body', '', ''],
  ])('title from %s', (_name, body, title) => {
    expect(parseModelReview(json({ comments: [{ ...core, body }] })).comments[0]!.title).toBe(title);
  });

  it('cuts a long first sentence at a word, to at most 80 characters', () => {
    const body = `${'word '.repeat(40)}end. Next.`;
    const t = parseModelReview(json({ comments: [{ ...core, body }] })).comments[0]!.title;
    expect(t.length).toBeLessThanOrEqual(80);
    expect(t).toMatch(/^(word )+word…$/);
  });
});

describe('parseModelReview refuses with SchemaError', () => {
  it.each([
    ['missing comments', json({ summary: 'x' }), /comments/],
    ['comments not an array', json({ summary: 'x', comments: {} }), /\/comments/],
    ['summary not a string', json({ summary: 42, comments: [] }), /\/summary/],
    ['a missing core field (path)', withComment({}, ['path']), /path/],
    ['a missing core field (line)', withComment({}, ['line']), /line/],
    ['a missing core field (side)', withComment({}, ['side']), /side/],
    ['a missing core field (severity)', withComment({}, ['severity']), /severity/],
    ['a missing core field (body)', withComment({}, ['body']), /body/],
    ['a title that is not a string', withComment({ title: 7 }), /\/comments\/0\/title/],
    ['a verdict that is not a string', json({ ...VALID, verdict: ['x'] }), /\/verdict/],
    ['line as a string', withComment({ line: '42' }), /\/comments\/0\/line/],
    ['line as a fraction', withComment({ line: 4.5 }), /\/comments\/0\/line/],
    ['line null', withComment({ line: null }), /\/comments\/0\/line/],
    ['start_line as a string', withComment({ start_line: '40' }), /\/comments\/0\/start_line/],
    ['suggestion as a number', withComment({ suggestion: 1 }), /\/comments\/0\/suggestion/],
    ['a bad severity', withComment({ severity: 'blocker' }), /\/comments\/0\/severity/],
    ['a bad side', withComment({ side: 'BOTH' }), /\/comments\/0\/side/],
    ['lowercase side', withComment({ side: 'right' }), /\/comments\/0\/side/],
    ['a comment that is not an object', json({ summary: 'x', comments: ['bad'] }), /\/comments\/0/],
  ])('%s', (_name, content, why) => {
    const e = refusal(content);
    expect(e.message).toMatch(/does not match the review schema/);
    expect(e.message).toMatch(why);
  });

  it.each([
    ['prose', 'I reviewed the change and found no problems.'],
    ['empty', ''],
    ['truncated JSON (cut by max-tokens)', json(VALID).slice(0, 120)],
    ['a JSON array of strings', json(['a', 'b'])],
    ['JSON null', 'null'],
    ['a JSON string', json(json(VALID))],
    ['single-quoted pseudo-JSON', "{'summary': 'x', 'comments': []}"],
  ])('non-JSON or not an object: %s', (_name, content) => {
    const e = refusal(content);
    expect(e.message).toMatch(/not valid JSON|does not match the review schema/);
  });

  it('reports at most five reasons', () => {
    const bad = json({
      summary: 1,
      comments: [
        { path: 1, line: 'x', start_line: 'y', side: 'z', severity: 'w', title: 2, body: 3, suggestion: 4 },
      ],
    });
    const e = refusal(bad);
    const reasons = e.message.replace(/^.*schema: /, '').split('; ');
    expect(reasons.length).toBeLessThanOrEqual(5);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseModelReview and the walkthrough (files)', () => {
  const files = [
    { path: 'src/db.ts', summary: 'Builds the user query from the request id.' },
    { path: 'src/old.ts', summary: 'Drops a comment.' },
  ];

  it('keeps the files summaries of an answer that has them', () => {
    expect(parseModelReview(json({ ...VALID, files }))).toEqual({ ...VALID, files });
  });

  it('parses an answer without files as before: no walkthrough, findings kept', () => {
    const r = parseModelReview(json(VALID));
    expect(r.files).toBeUndefined();
    expect(r.comments).toHaveLength(2);
  });

  it('leaves out malformed entries, and a malformed files value, without losing the findings', () => {
    const mixed = [
      files[0],
      { path: 'a.ts' },
      { path: 3, summary: 'x' },
      'b.ts',
      null,
      { path: 'c.ts', summary: ' ' },
    ];
    expect(parseModelReview(json({ ...VALID, files: mixed })).files).toEqual([files[0]]);
    for (const bad of ['all of them', 7, { path: 'a.ts', summary: 'x' }, []]) {
      const r = parseModelReview(json({ ...VALID, files: bad }));
      expect(r.files).toBeUndefined();
      expect(r.comments).toHaveLength(2);
    }
  });
});

describe('REVIEW_SCHEMA', () => {
  type Node = Record<string, unknown>;

  function objects(node: unknown, at: string, out: [string, Node][]): [string, Node][] {
    if (Array.isArray(node)) node.forEach((n, i) => objects(n, `${at}[${i}]`, out));
    else if (node && typeof node === 'object') {
      const n = node as Node;
      const type = n['type'];
      if (type === 'object' || (Array.isArray(type) && type.includes('object'))) out.push([at, n]);
      for (const [k, v] of Object.entries(n))
        if (k !== 'enum' && k !== 'required') objects(v, `${at}.${k}`, out);
    }
    return out;
  }

  it('is an object at the root (strict mode refuses anything else)', () => {
    expect(REVIEW_SCHEMA.type).toBe('object');
  });

  it('is valid for OpenAI strict mode: every object closed, every property required', () => {
    const objs = objects(REVIEW_SCHEMA, '$', []);
    expect(objs.map(([at]) => at)).toEqual(['$', '$.properties.files.items', '$.properties.comments.items']);
    for (const [at, o] of objs) {
      expect({ at, additionalProperties: o['additionalProperties'] }).toEqual({
        at,
        additionalProperties: false,
      });
      const props = Object.keys((o['properties'] ?? {}) as Node).sort();
      expect(props.length).toBeGreaterThan(0);
      expect({ at, required: [...((o['required'] ?? []) as string[])].sort() }).toEqual({
        at,
        required: props,
      });
    }
  });

  it('uses only keywords strict mode supports', () => {
    const allowed = new Set([
      'type',
      'properties',
      'required',
      'additionalProperties',
      'items',
      'enum',
      'description',
    ]);
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      for (const [k, v] of Object.entries(node)) {
        expect(allowed).toContain(k);
        if (k === 'properties') for (const p of Object.values(v as Node)) walk(p);
        else if (k === 'items') walk(v);
      }
    };
    walk(REVIEW_SCHEMA);
  });

  it('gives nullable fields as a type union with null, and non-nullable fields a single type', () => {
    const props = REVIEW_SCHEMA.properties.comments.items.properties;
    expect(props.start_line.type).toEqual(['integer', 'null']);
    expect(props.suggestion.type).toEqual(['string', 'null']);
    expect(props.line.type).toBe('integer');
    expect(props.path.type).toBe('string');
  });

  it('asks for one path and summary per file the request saw', () => {
    expect(REVIEW_SCHEMA.required).toContain('files');
    const item = REVIEW_SCHEMA.properties.files.items;
    expect(item.required).toEqual(['path', 'summary']);
    expect(item.properties.path.type).toBe('string');
    expect(item.properties.summary.type).toBe('string');
  });

  it('enumerates exactly the severities and sides the code handles', () => {
    const props = REVIEW_SCHEMA.properties.comments.items.properties;
    expect([...props.severity.enum]).toEqual([...SEVERITIES]);
    expect([...props.side.enum].sort()).toEqual(['LEFT', 'RIGHT']);
  });

  it('survives JSON serialisation unchanged (it is sent as JSON)', () => {
    expect(JSON.parse(JSON.stringify(REVIEW_SCHEMA))).toEqual(REVIEW_SCHEMA);
  });
});

describe('toFindings', () => {
  it('maps the answer to findings of the request, trimming title and body', () => {
    const review = parseModelReview(withComment({ title: '  Title  ', body: '\n body \n' }));
    expect(toFindings(review, 3)).toEqual([
      {
        path: 'src/db.ts',
        line: 42,
        startLine: 40,
        side: 'RIGHT',
        severity: 'critical',
        title: 'Title',
        body: 'body',
        suggestion: VALID.comments[0]!.suggestion,
        request: 3,
      },
    ]);
  });
});

describe('reading the object out of a hostile answer', () => {
  /** What extractJson did with a backtracking regular expression (quadratic on hostile answers). */
  function regexExtract(content: string): string {
    const s = content.trim();
    const fence = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(s);
    const inner = !s.startsWith('{') && fence ? fence[1]!.trim() : s;
    const a = inner.indexOf('{');
    const b = inner.lastIndexOf('}');
    return a >= 0 && b > a ? inner.slice(a, b + 1) : inner;
  }

  it('finds the same object as the fence expression did, on any small answer', () => {
    const piece = fc.constantFrom(
      '```',
      '`',
      'json',
      'js',
      '\n',
      ' ',
      '\t',
      '\u00a0',
      '{',
      '}',
      'x',
      '"a":1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const answer = parts.join('');
        expect(extractJson(answer)).toBe(regexExtract(answer));
      }),
      { numRuns: 3_000, seed: 1717 },
    );
  });

  const KB640 = 640 * 1024;
  it.each([
    ['x```\\n repeated', 'x```\n'],
    ['```json\\n repeated', '```json\n'],
    ['``` \\n  repeated', '``` \n '],
    ['{ repeated', '{'],
    ['backticks', '`'],
    ['{``` repeated', '{```\n'],
    ['"\\n``` repeated', 'a\n```x'],
  ])('parses or refuses a 640 KB answer of %s in well under a second', (_name, unit) => {
    const answer = `Here it is:\n${unit.repeat(Math.ceil(KB640 / unit.length))}`;
    const started = performance.now();
    try {
      parseModelReview(answer);
    } catch (e) {
      expect(e).toBeInstanceOf(SchemaError);
    }
    // A complexity guard, not a benchmark: the quadratic version took 31 s on the first shape.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still finds a fenced answer after a long preamble full of fence-like text', () => {
    const answer = `${'x``` y\n'.repeat(50_000)}\`\`\`json\n${json(VALID)}\n\`\`\`\nDone.`;
    expect(parseModelReview(answer)).toEqual(VALID);
  });

  it('reads an answer over MAX_FENCED_ANSWER_CHARS as the bare object JSON mode sends', () => {
    const big = { ...VALID, summary: 's'.repeat(MAX_FENCED_ANSWER_CHARS) };
    expect(parseModelReview(`Review: ${json(big)}`)).toEqual(big);
    expect(extractJson(`\`\`\`json\n${json(big)}\n\`\`\``)).toBe(json(big));
  });
});

describe('change_type and diagram', () => {
  const answer = (extra: Record<string, unknown>): string =>
    JSON.stringify({ summary: 'Fine.', comments: VALID.comments, ...extra });

  it('asks for one of the change types, required', () => {
    expect(REVIEW_SCHEMA.required).toContain('change_type');
    expect([...REVIEW_SCHEMA.properties.change_type.enum]).toEqual([...CHANGE_TYPES]);
    expect([...CHANGE_TYPES]).toEqual(['fix', 'feature', 'refactor', 'docs', 'tests', 'chore']);
  });

  it('reads a valid change type, and keeps the findings when it is absent or unknown', () => {
    expect(parseModelReview(answer({ change_type: 'feature' })).changeType).toBe('feature');
    expect(parseModelReview(answer({ change_type: ' Fix ' })).changeType).toBe('fix');
    for (const extra of [{}, { change_type: 'bugfix' }, { change_type: 7 }, { change_type: null }]) {
      const r = parseModelReview(answer(extra));
      expect(r.changeType).toBeUndefined();
      expect(r.comments).toHaveLength(VALID.comments.length);
    }
  });

  it('asks for a diagram only in the variant, and reads it as text (or not at all)', () => {
    expect(reviewAnswer(false).schema).toBe(REVIEW_SCHEMA);
    expect(REVIEW_SCHEMA.properties).not.toHaveProperty('diagram');
    const v = DIAGRAM_REVIEW_SCHEMA;
    expect(v.required).toEqual([...REVIEW_SCHEMA.required.slice(0, -1), 'diagram', 'comments']);
    expect(v.properties.diagram.type).toEqual(['string', 'null']);
    // Strict mode: every property required.
    expect([...v.required].sort()).toEqual(Object.keys(v.properties).sort());
    expect(reviewAnswer(true).schema).toBe(v);
    expect(reviewAnswer(false)).toBe(REVIEW_ANSWER);
    expect(parseModelReview(answer({ diagram: 'sequenceDiagram\nA->>B: hi' })).diagram).toBe(
      'sequenceDiagram\nA->>B: hi',
    );
    for (const extra of [{ diagram: null }, { diagram: '  ' }, { diagram: 3 }, {}])
      expect(parseModelReview(answer(extra)).diagram).toBeUndefined();
  });
});
