import { checkDiagram, MAX_DIAGRAM_CHARS, MAX_DIAGRAM_LINES } from '../../src/review/diagram.ts';

const GOOD = `sequenceDiagram
  %% the login flow
  autonumber
  actor U as User
  participant API as api/server.ts
  participant DB
  box Backend
  participant Cache
  end
  U->>API: POST /login
  activate API
  API->>+DB: SELECT user
  DB-->>-API: row
  API-)Cache: warm
  API-xCache: evict (fails)
  Note right of API: checks the hash
  Note over API,DB: one transaction
  alt valid
    API-->>U: 200 + cookie
  else invalid
    API--)U: 401
  end
  loop retries
    API->>DB: ping
  end
  opt cached
    Cache->>API: hit
  end
  par both
    API->>DB: a
  and
    API->>Cache: b
  end
  critical write
    API->>DB: insert
  option timeout
    API->>U: 503
  end
  break on error
    API->>U: 500
  end
  rect rgb(200, 220, 255)
    API->>API: self call
  end
  deactivate API`;

describe('checkDiagram', () => {
  it('accepts every sequence-diagram statement, lines trimmed and blank lines dropped', () => {
    const c = checkDiagram(`\r\n${GOOD.replace(/\n/g, '\r\n')}\n\n`);
    expect(c).toEqual({
      ok: true,
      text: GOOD.split('\n')
        .map((l) => l.trim())
        .join('\n'),
    });
  });

  it.each([
    ['a flowchart', 'graph TD\nA-->B', /first line is not `sequenceDiagram`/],
    [
      'an init directive',
      'sequenceDiagram\n%%{init: {"theme": "dark"}}%%\nA->>B: x',
      /line 2 is a directive/,
    ],
    ['a directive after a message', 'sequenceDiagram\nA->>B: x %%{init: {}}%%', /line 2 holds a directive/],
    ['click', 'sequenceDiagram\nA->>B: x\nclick A call evil()', /line 3 is a `click` statement/],
    ['link', 'sequenceDiagram\nlink A: Docs @ https://evil.example', /`link` statement/],
    ['links', 'sequenceDiagram\nlinks A: {"x": "https://evil.example"}', /`links` statement/],
    ['properties', 'sequenceDiagram\nproperties A: {"class": "x"}', /`properties` statement/],
    ['details', 'sequenceDiagram\ndetails A: x', /`details` statement/],
    ['an HTML tag', 'sequenceDiagram\nA->>B: <img src=x onerror=alert(1)>', /line 2 holds an HTML tag/],
    ['a closing tag', 'sequenceDiagram\nNote over A: </script>', /HTML tag/],
    ['an HTML comment', 'sequenceDiagram\nA->>B: <!-- vtrix-review:describe-end x -->', /HTML tag/],
    ['an entity code', 'sequenceDiagram\nA->>B: #60;img#62;', /entity code/],
    ['a backtick', 'sequenceDiagram\nA->>B: ```\n# Heading', /line 2 holds a backtick/],
    ['a control character', 'sequenceDiagram\nA->>B: x\u202ey', /control character/],
    ['an unknown statement', 'sequenceDiagram\nA => B', /line 2 is not a sequence-diagram statement/],
    ['a message without a colon', 'sequenceDiagram\nA->>B', /not a sequence-diagram statement/],
    ['an unended block', 'sequenceDiagram\nloop x\nA->>B: y', /the `loop` block is never ended/],
    ['a stray end', 'sequenceDiagram\nA->>B: y\nend', /line 3 ends a block that was not opened/],
    ['else outside alt', 'sequenceDiagram\nloop x\nelse y\nend', /`else` outside an `alt` block/],
    ['nothing after the header', 'sequenceDiagram\n\n', /holds nothing after/],
  ])('refuses %s', (_, text, why) => {
    const c = checkDiagram(text);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.why).toMatch(why);
  });

  it('caps the lines and the characters', () => {
    const lines = (n: number) => ['sequenceDiagram', ...Array.from({ length: n }, (_, i) => `A->>B: ${i}`)];
    expect(checkDiagram(lines(MAX_DIAGRAM_LINES - 1).join('\n')).ok).toBe(true);
    expect(checkDiagram(lines(MAX_DIAGRAM_LINES).join('\n'))).toEqual({
      ok: false,
      why: `it has ${MAX_DIAGRAM_LINES + 1} lines, over ${MAX_DIAGRAM_LINES}`,
    });
    const long = `sequenceDiagram\nA->>B: ${'x'.repeat(MAX_DIAGRAM_CHARS)}`;
    expect(checkDiagram(long)).toMatchObject({
      ok: false,
      why: expect.stringMatching(/characters, over 4000/),
    });
  });
});
