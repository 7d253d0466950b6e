/** GitHub's OpenAPI description: the request body of `pulls/create-review`, as an ajv validator. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where the schema comes from (the non-dereferenced description; $refs are resolved below). */
export const OPENAPI_FILE = '@octokit/openapi/generated/api.github.com.json';

function resolveRefs(node: Json, spec: Json, stack: string[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, spec, stack));
  if (node === null || typeof node !== 'object') return node;
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/'))
      throw new Error(`fake-github: external $ref ${ref} in the OpenAPI description`);
    if (stack.includes(ref)) return {}; // recursive schema: accept anything below this point
    let target: Json | undefined = spec;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      target =
        target !== null && typeof target === 'object' && !Array.isArray(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new Error(`fake-github: unresolved $ref ${ref}`);
    return resolveRefs(target, spec, [...stack, ref]);
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = resolveRefs(v, spec, stack);
  return out;
}

let cachedReviewSchema: { schema: Json; validate: ValidateFunction } | undefined;

/** The request-body schema of `pulls/create-review`, $refs resolved, and its ajv validator. */
export function createReviewRequestSchema(): { schema: Json; validate: ValidateFunction } {
  if (cachedReviewSchema) return cachedReviewSchema;
  const spec = JSON.parse(readFileSync(require.resolve(OPENAPI_FILE), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; requestBody?: Json }>>;
  };
  let requestBody: Json | undefined;
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && op.operationId === 'pulls/create-review')
        requestBody = op.requestBody;
    }
  }
  if (requestBody === undefined)
    throw new Error('fake-github: pulls/create-review not found in ' + OPENAPI_FILE);
  const body = resolveRefs(requestBody, spec as unknown as Json) as {
    content?: { 'application/json'?: { schema?: Json } };
  };
  const schema = body.content?.['application/json']?.schema;
  if (schema === undefined)
    throw new Error('fake-github: pulls/create-review has no JSON request body schema');
  // OpenAPI 3.0's `nullable` is understood by ajv itself; `example` and friends are ignored (strict: false).
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  cachedReviewSchema = { schema, validate: ajv.compile(schema as object) };
  return cachedReviewSchema;
}

export function schemaErrorText(e: ErrorObject, body: unknown): string {
  const where = e.instancePath === '' ? 'the request body' : `'${e.instancePath.slice(1)}'`;
  let value: unknown = body;
  for (const part of e.instancePath.split('/').slice(1)) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  const extra = e.keyword === 'enum' ? ` (${JSON.stringify(e.params['allowedValues'])})` : '';
  return `For ${where}, ${JSON.stringify(value)} ${e.message ?? 'is invalid'}${extra}.`;
}

let cachedPaths:
  Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>> | undefined;

/**
 * The responses GitHub's OpenAPI description gives `operationId` at `path` (a template such as
 * `/repos/{owner}/{repo}/tarball/{ref}`): a route answering with what the description does not list
 * is a fake out of step with GitHub, thrown at once.
 */
export function documentedResponses(path: string, operationId: string): Record<string, unknown> {
  cachedPaths ??= (
    JSON.parse(readFileSync(require.resolve(OPENAPI_FILE), 'utf8')) as {
      paths: NonNullable<typeof cachedPaths>;
    }
  ).paths;
  const op = Object.values(cachedPaths[path] ?? {}).find((o) => o?.operationId === operationId);
  if (op?.responses === undefined)
    throw new Error(`fake-github: ${operationId} at ${path} is not in ${OPENAPI_FILE}`);
  return op.responses;
}

const cachedBodies = new Map<string, ValidateFunction>();

/**
 * The JSON request body schema of any operation of GitHub's OpenAPI description, as an ajv validator
 * (compiled once per operation): routes that write check what the action sends as GitHub would.
 */
export function requestBodyValidator(operationId: string): ValidateFunction {
  const cached = cachedBodies.get(operationId);
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(require.resolve(OPENAPI_FILE), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; requestBody?: Json }>>;
  };
  const op = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((o) => o && typeof o === 'object' && o.operationId === operationId);
  if (op?.requestBody === undefined)
    throw new Error(`fake-github: ${operationId} has no request body in ${OPENAPI_FILE}`);
  const body = resolveRefs(op.requestBody, spec as unknown as Json) as {
    content?: { 'application/json'?: { schema?: Json } };
  };
  const schema = body.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`fake-github: ${operationId} has no JSON request body schema`);
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema as object);
  cachedBodies.set(operationId, validate);
  return validate;
}

const cachedResponses = new Map<string, ValidateFunction>();

/**
 * The JSON schema of `operationId`'s `status` answer, as an ajv validator (compiled once): a route
 * builds its answer and checks it, so the action is tested against what GitHub sends, not a guess.
 */
export function responseBodyValidator(operationId: string, status: string): ValidateFunction {
  const key = `${operationId} ${status}`;
  const cached = cachedResponses.get(key);
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(require.resolve(OPENAPI_FILE), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, Json> }>>;
  };
  const op = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((o) => o && typeof o === 'object' && o.operationId === operationId);
  const response = op?.responses?.[status];
  if (response === undefined)
    throw new Error(`fake-github: ${operationId} has no ${status} answer in ${OPENAPI_FILE}`);
  const resolved = resolveRefs(response, spec as unknown as Json) as {
    content?: { 'application/json'?: { schema?: Json } };
  };
  const schema = resolved.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`fake-github: ${operationId} ${status} has no JSON schema`);
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(withoutBareNullable(schema) as object);
  cachedResponses.set(key, validate);
  return validate;
}

/**
 * OpenAPI 3.0 allows `nullable` beside `anyOf`/`allOf` with no `type`, which ajv refuses: there it
 * becomes an explicit alternative `{ type: 'null' }`.
 */
function withoutBareNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutBareNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = withoutBareNullable(v);
  if ('nullable' in out && !('type' in out)) {
    const nullable = out['nullable'] === true;
    delete out['nullable'];
    return nullable ? { anyOf: [out, { type: 'null' }] } : out;
  }
  return out;
}
