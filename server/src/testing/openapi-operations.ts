import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** What these checks read of one operation of the OpenAPI document. */
export interface DescribedOperation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: unknown;
  responses: Record<string, unknown>;
}

/** The operations of the served OpenAPI document whose path contains `pathPart`, named `method path`. */
export async function operationsOf(app: FastifyInstance, pathPart: string): Promise<{ name: string; op: DescribedOperation }[]> {
  const doc = (await app.inject('/openapi.json')).json();
  return Object.entries(doc.paths as Record<string, Record<string, DescribedOperation>>)
    .filter(([path]) => path.includes(pathPart))
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, op })));
}

/** Each operation has an operationId, one tag, a summary, the bearer security and its 401, 403 and 404 answers. */
export function expectDescribedWithErrors(operations: readonly { name: string; op: DescribedOperation }[]): void {
  for (const { name, op } of operations) {
    expect(op.operationId, name).toMatch(/^[a-z]+[A-Za-z]+$/);
    expect(op.tags, name).toHaveLength(1);
    expect(op.summary, name).toBeTruthy();
    expect(op.security, name).toEqual([{ bearer: [] }]);
    for (const status of ['401', '403', '404']) expect(op.responses[status], `${name} ${status}`).toBeDefined();
  }
}
