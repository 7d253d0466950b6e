import OpenAI from 'openai';
import { startFakeModel, validateChatRequest, type FakeModel, type ModelReply } from './fake-model.ts';
import { gifImage, jpegImage, pngImage, webpImage } from './images.ts';

const KEY = 'test-model-key';
const MODEL = 'vtrix-gpt-5.3-codex';
const ANSWER = 'Line one of the review.\nSecond line: `const a = 2;` looks wrong — café 🚀 done.';
const MESSAGES: OpenAI.Chat.ChatCompletionMessageParam[] = [
  { role: 'system', content: 'You review pull requests.' },
  { role: 'user', content: 'Review this diff please.' },
];

let fake: FakeModel | undefined;

async function start(respond: Parameters<typeof startFakeModel>[0]['respond'], apiKey?: string) {
  fake = await startFakeModel({ respond, ...(apiKey === undefined ? {} : { apiKey }) });
  return fake;
}

function client(f: FakeModel, apiKey = KEY): OpenAI {
  return new OpenAI({ apiKey, baseURL: f.url, maxRetries: 0, timeout: 10_000 });
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake model: answers through the real openai SDK', () => {
  it('answers a plain request with a full chat.completion', async () => {
    const f = await start(() => ({ content: ANSWER }));
    const res = await client(f).chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      max_tokens: 2000,
      reasoning_effort: 'high',
    });
    expect(res.id).toMatch(/^chatcmpl-/);
    expect(res.object).toBe('chat.completion');
    expect(res.model).toBe(MODEL);
    expect(Number.isInteger(res.created)).toBe(true);
    expect(res.choices).toHaveLength(1);
    expect(res.choices[0]?.index).toBe(0);
    expect(res.choices[0]?.message).toEqual({ role: 'assistant', content: ANSWER });
    expect(res.choices[0]?.finish_reason).toBe('stop');
    const promptChars = 'You review pull requests.'.length + 'Review this diff please.'.length;
    expect(res.usage).toEqual({
      prompt_tokens: Math.ceil(promptChars / 4),
      completion_tokens: Math.ceil(ANSWER.length / 4),
      total_tokens: Math.ceil(promptChars / 4) + Math.ceil(ANSWER.length / 4),
    });

    expect(f.violations).toEqual([]);
    expect(f.requests).toHaveLength(1);
    const req = f.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/llm/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body).toMatchObject({ model: MODEL, max_tokens: 2000, reasoning_effort: 'high' });
    expect(req.body.messages).toEqual(MESSAGES);
    expect(typeof req.receivedAt).toBe('number');
  });

  it('passes finish_reason, usage and refusal through', async () => {
    const f = await start(() => ({
      content: 'partial',
      finishReason: 'length',
      usage: { prompt_tokens: 1000, completion_tokens: 50 },
      refusal: 'no',
    }));
    const res = await client(f).chat.completions.create({ model: MODEL, messages: MESSAGES });
    expect(res.choices[0]?.finish_reason).toBe('length');
    expect(res.choices[0]?.message.refusal).toBe('no');
    expect(res.usage).toEqual({ prompt_tokens: 1000, completion_tokens: 50, total_tokens: 1050 });
  });

  it('hands each request to respond with a running index', async () => {
    const seen: number[] = [];
    const f = await start((_req, index) => {
      seen.push(index);
      return { content: `answer ${index}` };
    });
    const c = client(f);
    const a = await c.chat.completions.create({ model: MODEL, messages: MESSAGES });
    const b = await c.chat.completions.create({ model: MODEL, messages: MESSAGES });
    expect(seen).toEqual([0, 1]);
    expect(a.choices[0]?.message.content).toBe('answer 0');
    expect(b.choices[0]?.message.content).toBe('answer 1');
  });

  it('streams an answer whose concatenated deltas equal the plain answer', async () => {
    const f = await start(() => ({ content: ANSWER }));
    const c = client(f);
    const plain = await c.chat.completions.create({ model: MODEL, messages: MESSAGES });

    const stream = await c.chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    const finishReasons: (string | null)[] = [];
    let role: string | undefined;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.model).toBe(MODEL);
      const choice = chunk.choices[0];
      if (choice) {
        if (choice.delta.role) role = choice.delta.role;
        if (choice.delta.content) deltas.push(choice.delta.content);
        finishReasons.push(choice.finish_reason);
      } else {
        usage = chunk.usage;
      }
    }
    expect(role).toBe('assistant');
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.join('')).toBe(plain.choices[0]?.message.content);
    expect(finishReasons.filter((r) => r !== null)).toEqual(['stop']);
    expect(usage).toEqual(plain.usage);

    expect(f.requests[1]?.headers['content-type']).toMatch(/application\/json/);
    expect(f.violations).toEqual([]);
  });

  it('streams no usage chunk unless stream_options.include_usage is set', async () => {
    const f = await start(() => ({ content: ANSWER }));
    const stream = await client(f).chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      stream: true,
    });
    let emptyChoiceChunks = 0;
    let text = '';
    for await (const chunk of stream) {
      if (chunk.choices.length === 0) emptyChoiceChunks++;
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(emptyChoiceChunks).toBe(0);
    expect(text).toBe(ANSWER);
  });

  it('builds the same completion with chat.completions.stream().finalChatCompletion()', async () => {
    const f = await start(() => ({ content: ANSWER }));
    const c = client(f);
    const plain = await c.chat.completions.create({ model: MODEL, messages: MESSAGES });
    const runner = c.chat.completions.stream({
      model: MODEL,
      messages: MESSAGES,
      stream_options: { include_usage: true },
    });
    const events: string[] = [];
    runner.on('content', (delta) => events.push(delta));
    const final = await runner.finalChatCompletion();
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(final.choices[0]?.message.content).toBe(plain.choices[0]?.message.content);
    expect(final.choices[0]?.message.role).toBe('assistant');
    expect(final.choices[0]?.finish_reason).toBe('stop');
    expect(final.usage).toEqual(plain.usage);
    expect(f.violations).toEqual([]);
  });

  it('answers function calls, plain and streamed alike', async () => {
    const call = {
      name: 'post_review',
      arguments: JSON.stringify({ comments: [{ path: 'a.ts', line: 3 }] }),
    };
    const f = await start(() => ({ content: null, functionCall: call }));
    const c = client(f);
    const params = {
      model: MODEL,
      messages: MESSAGES,
      functions: [{ name: 'post_review', parameters: { type: 'object', properties: {} } }],
      function_call: { name: 'post_review' },
    };
    const plain = await c.chat.completions.create(params);
    expect(plain.choices[0]?.message.function_call).toEqual(call);
    expect(plain.choices[0]?.message.content).toBeNull();
    expect(plain.choices[0]?.finish_reason).toBe('function_call');

    const final = await c.chat.completions.stream(params).finalChatCompletion();
    expect(final.choices[0]?.message.function_call).toEqual(call);
    expect(final.choices[0]?.finish_reason).toBe('function_call');
    expect(f.violations).toEqual([]);
  });
});

describe('fake model: errors', () => {
  it('surfaces a 429 with retry-after as OpenAI.RateLimitError', async () => {
    const f = await start(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    const err = await client(f)
      .chat.completions.create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(e.status).toBe(429);
    expect(e.headers.get('retry-after')).toBe('1');
    expect(e.code).toBe('rate_limit_exceeded');
  });

  it('sends a custom error status and body', async () => {
    const f = await start(() => ({
      status: 503,
      body: { error: { message: 'overloaded', type: 'server_error' } },
    }));
    const err = await client(f)
      .chat.completions.create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
    expect((err as Error).message).toContain('overloaded');
  });

  it('refuses a bad API key with 401 and never calls respond', async () => {
    let calls = 0;
    const f = await start((): ModelReply => {
      calls++;
      return { content: 'never' };
    }, 'the-right-key');
    const err = await client(f, 'a-wrong-key')
      .chat.completions.create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const e = err as InstanceType<typeof OpenAI.AuthenticationError>;
    expect(e.status).toBe(401);
    expect(e.error).toEqual({
      message: 'Incorrect API key provided',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    });
    expect(calls).toBe(0);
    expect(f.requests).toHaveLength(1);
  });

  it('resets the connection, which surfaces as APIConnectionError', async () => {
    const f = await start(() => ({ destroy: true }));
    const err = await client(f)
      .chat.completions.create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(err).not.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it('breaks an answer off mid-body, plain or streamed', async () => {
    const f = await start(() => ({ content: ANSWER, breakAfter: 2 }));
    const c = client(f);
    await expect(c.chat.completions.create({ model: MODEL, messages: MESSAGES })).rejects.toThrow();
    const stream = await c.chat.completions.create({ model: MODEL, messages: MESSAGES, stream: true });
    const got: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream) got.push(chunk.choices[0]?.delta.content ?? '');
      })(),
    ).rejects.toThrow();
    // Two events arrived (the role, then the first piece), and not the whole answer.
    expect(got).toHaveLength(2);
    expect(got.join('')).not.toBe(ANSWER);
    expect(f.violations).toEqual([]);
  });

  it('refuses output modes the provider lacks with 400, before respond', async () => {
    let calls = 0;
    fake = await startFakeModel({
      respond: () => {
        calls++;
        return { content: '{}' };
      },
      structuredOutputs: ['json_object'],
    });
    const c = client(fake);
    const schema = { type: 'json_schema' as const, json_schema: { name: 'r', schema: { type: 'object' } } };
    const err = await c.chat.completions
      .create({ model: MODEL, messages: MESSAGES, response_format: schema })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toMatch(/response_format type 'json_schema' is not supported/);
    const fn = { functions: [{ name: 'f', parameters: { type: 'object' } }], function_call: { name: 'f' } };
    await expect(c.chat.completions.create({ model: MODEL, messages: MESSAGES, ...fn })).rejects.toThrow(
      /'functions' is not supported/,
    );
    const ok = await c.chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      response_format: { type: 'json_object' },
    });
    expect(ok.choices[0]?.message.content).toBe('{}');
    expect(calls).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it('refuses a role outside `roles` with 400, before respond, and accepts tools beside a response format', async () => {
    let calls = 0;
    fake = await startFakeModel({
      respond: () => {
        calls++;
        return { content: '{}' };
      },
      roles: ['system', 'user', 'assistant', 'developer'],
      structuredOutputs: ['json_schema'],
    });
    const c = client(fake);
    const tools = {
      functions: [{ name: 'read_file', parameters: { type: 'object' } }],
      function_call: 'auto' as const,
    };
    const schema = { type: 'json_schema' as const, json_schema: { name: 'r', schema: { type: 'object' } } };
    const exchange: OpenAI.Chat.ChatCompletionMessageParam[] = [
      ...MESSAGES,
      { role: 'assistant', content: null, function_call: { name: 'read_file', arguments: '{}' } },
      { role: 'function', name: 'read_file', content: 'the file' },
    ];
    const err = await c.chat.completions
      .create({ model: MODEL, messages: exchange, response_format: schema, ...tools })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toMatch(/'messages\[3\]\.role': "function" is not supported/);
    // The tools do not make it a `functions`-mode request: json_schema is the mode, and accepted.
    const ok = await c.chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      response_format: schema,
      ...tools,
    });
    expect(ok.choices[0]?.message.content).toBe('{}');
    expect(calls).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it('answers 404 for any other path and records a violation', async () => {
    const f = await start(() => ({ content: 'x' }));
    const res = await fetch(f.url + '/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(f.violations).toEqual([expect.stringContaining('no such endpoint')]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const f = await start(() => ({ content: 'x' }));
    const res = await fetch(f.url + '/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(f.violations).toEqual([expect.stringContaining('not valid JSON')]);
  });
});

describe('fake model: request validation', () => {
  it('records a violation for max_completion_tokens but still answers', async () => {
    const f = await start(() => ({ content: 'ok' }));
    const res = await client(f).chat.completions.create({
      model: MODEL,
      messages: MESSAGES,
      max_completion_tokens: 1000,
    });
    expect(res.choices[0]?.message.content).toBe('ok');
    expect(f.violations).toHaveLength(1);
    expect(f.violations[0]).toMatch(/^#0 POST \/llm\/chat\/completions: .*max_completion_tokens/);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['model missing', { model: undefined }, /"model" is required/],
    ['messages missing', { messages: undefined }, /"messages" is required/],
    ['messages empty', { messages: [] }, /non-empty array/],
    ['a bad role', { messages: [{ role: 'tool', content: 'x' }] }, /role must be one of/],
    ['content missing', { messages: [{ role: 'user' }] }, /content must be a string or an array/],
    ['max_tokens 0', { max_tokens: 0 }, /max_tokens/],
    ['max_tokens too large', { max_tokens: 128001 }, /max_tokens/],
    ['max_tokens not an integer', { max_tokens: 10.5 }, /max_tokens/],
    ['reasoning_effort minimal', { reasoning_effort: 'minimal' }, /reasoning_effort/],
    ['an unknown parameter', { n: 2 }, /unknown parameter "n"/],
    ['tools (not in the reference)', { tools: [] }, /unknown parameter "tools"/],
    ['response_format.type unknown', { response_format: { type: 'xml' } }, /response_format.type/],
    [
      'json_schema without name',
      { response_format: { type: 'json_schema', json_schema: { schema: {} } } },
      /json_schema.name/,
    ],
    [
      'json_schema without schema',
      { response_format: { type: 'json_schema', json_schema: { name: 'r' } } },
      /json_schema.schema/,
    ],
    ['temperature out of range', { temperature: 3 }, /temperature/],
    ['stream_options without stream', { stream_options: { include_usage: true } }, /stream_options/],
    ['function_call naming no function', { functions: [{ name: 'a' }], function_call: { name: 'b' } }, /b/],
    [
      'a function result without name',
      { messages: [{ role: 'function', content: 'x' }] },
      /messages\[0\]\.name is required for role function/,
    ],
    [
      'a function result that is not text',
      { messages: [{ role: 'function', name: 'f', content: null }] },
      /content must be a string for role function/,
    ],
    [
      'a function call without arguments',
      { messages: [{ role: 'assistant', content: null, function_call: { name: 'f' } }] },
      /function_call must be/,
    ],
  ])('flags %s', (_name, change, expected) => {
    const body: Record<string, unknown> = { model: MODEL, messages: MESSAGES, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
    const problems = validateChatRequest(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  const PNG = pngImage(2, 2).toString('base64');
  const withImage = (part: unknown, role = 'user') => ({
    model: MODEL,
    messages: [{ role, content: [{ type: 'text', text: 'see' }, part] }],
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      'an image outside a user message',
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
      'system',
      /only accepted in user messages/,
    ],
    [
      'an unknown detail',
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}`, detail: 'max' } },
      'user',
      /detail must be one of auto\|low\|high/,
    ],
    [
      'an unknown image_url field',
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}`, size: 1 } },
      'user',
      /unknown field "size" in image_url/,
    ],
    [
      'a plain http URL',
      { type: 'image_url', image_url: { url: 'http://example.com/a.png' } },
      'user',
      /https URL or a base64 data: URL/,
    ],
    [
      'SVG',
      {
        type: 'image_url',
        image_url: { url: `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}` },
      },
      'user',
      /https URL or a base64 data: URL/,
    ],
    [
      'BMP',
      { type: 'image_url', image_url: { url: 'data:image/bmp;base64,Qk0=' } },
      'user',
      /image\/bmp is not a supported image type/,
    ],
    [
      'bytes that are not the declared type',
      { type: 'image_url', image_url: { url: `data:image/jpeg;base64,${PNG}` } },
      'user',
      /not a valid image\/jpeg file/,
    ],
    [
      'broken base64',
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo' } },
      'user',
      /base64 data is malformed/,
    ],
    ['no url', { type: 'image_url', image_url: {} }, 'user', /image_url must be/],
  ])('flags %s', (_name, part, role, expected) => {
    const problems = validateChatRequest(withImage(part, role));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('accepts PNG, JPEG, GIF and WebP data: URLs and https URLs in a user message', () => {
    for (const [type, bytes] of [
      ['png', pngImage(3, 3)],
      ['jpeg', jpegImage(3, 3)],
      ['gif', gifImage(3, 3)],
      ['webp', webpImage(3, 3, 'VP8L')],
    ] as const) {
      const url = `data:image/${type};base64,${bytes.toString('base64')}`;
      expect(
        validateChatRequest(withImage({ type: 'image_url', image_url: { url, detail: 'high' } })),
      ).toEqual([]);
    }
    expect(
      validateChatRequest(withImage({ type: 'image_url', image_url: { url: 'https://example.com/a.png' } })),
    ).toEqual([]);
  });

  it('accepts every documented parameter', () => {
    expect(
      validateChatRequest({
        model: MODEL,
        messages: [
          { role: 'system', content: 's' },
          { role: 'developer', content: 'd' },
          { role: 'user', content: [{ type: 'text', text: 'u' }] },
          { role: 'assistant', content: 'a' },
        ],
        reasoning_effort: 'xhigh',
        max_tokens: 128000,
        temperature: 0,
        top_p: 1,
        stream: true,
        stream_options: { include_usage: true },
        functions: [{ name: 'f', description: 'd', parameters: { type: 'object' } }],
        function_call: 'auto',
        response_format: { type: 'json_schema', json_schema: { name: 'review', schema: { type: 'object' } } },
      }),
    ).toEqual([]);
  });
});

describe('fake model: tool exchanges', () => {
  it('accepts a function call and its result in the `function` role', () => {
    expect(
      validateChatRequest({
        model: MODEL,
        messages: [
          ...MESSAGES,
          { role: 'assistant', content: null, function_call: { name: 'f', arguments: '{}' } },
          { role: 'function', name: 'f', content: 'result' },
        ],
        functions: [{ name: 'f', parameters: { type: 'object' } }],
        function_call: 'auto',
        response_format: { type: 'json_object' },
      }),
    ).toEqual([]);
  });
});

describe('fake model: timing', () => {
  it('measures maxConcurrent with 3 parallel delayed requests', async () => {
    const f = await start(() => ({ content: 'slow', delayMs: 200 }));
    const c = client(f);
    const t0 = Date.now();
    const all = await Promise.all(
      [1, 2, 3].map(() => c.chat.completions.create({ model: MODEL, messages: MESSAGES })),
    );
    expect(all.map((r) => r.choices[0]?.message.content)).toEqual(['slow', 'slow', 'slow']);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(f.maxConcurrent).toBe(3);

    await c.chat.completions.create({ model: MODEL, messages: MESSAGES });
    expect(f.maxConcurrent).toBe(3);
  });

  it('counts one at a time as maxConcurrent 1', async () => {
    const f = await start(() => ({ content: 'x', delayMs: 20 }));
    const c = client(f);
    for (let i = 0; i < 3; i++) await c.chat.completions.create({ model: MODEL, messages: MESSAGES });
    expect(f.maxConcurrent).toBe(1);
  });

  it('lets the SDK time out on a long delay', async () => {
    const f = await start(() => ({ content: 'late', delayMs: 5000 }));
    const c = new OpenAI({ apiKey: KEY, baseURL: f.url, maxRetries: 0, timeout: 100 });
    const t0 = Date.now();
    const err = await c.chat.completions
      .create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(2000);
    // Outside jest this is an APIConnectionTimeoutError. Under jest's VM modules the fetch AbortError is a
    // DOMException from another realm, which the SDK's castToError does not recognise, so it reports a
    // plain APIConnectionError ("Connection error.") instead: the base class is what holds in both.
    expect(err).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it('closes promptly while a delayed answer is still pending', async () => {
    const f = await start(() => ({ content: 'never', delayMs: 30_000 }));
    const pending = client(f)
      .chat.completions.create({ model: MODEL, messages: MESSAGES })
      .catch((e: unknown) => e);
    while (f.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    const t0 = Date.now();
    await f.close();
    fake = undefined;
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
  });
});
