import type { ErrorDetail } from './api-error.js';

// Text no field may hold: a NUL byte (PostgreSQL refuses it in text and jsonb, so it would
// answer 500) and a lone UTF-16 surrogate (JSON may carry "\ud800"; it is no character and
// would be stored as U+FFFD or refused). Without the u flag a regex sees code units.
const FORBIDDEN = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const FORBIDDEN_TEXT_MESSAGE = 'contains a NUL byte or a lone surrogate (not a character); remove it';

/** The text without NUL bytes and lone surrogates (for fields whose rule is to strip, as remarks). */
export const withoutForbiddenText = (text: string): string => (FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text);

interface Node {
  value: unknown;
  key: string;
  parent: Node | null;
}

const pathOf = (node: Node): string => {
  const parts: string[] = [];
  for (let n: Node | null = node; n !== null && n.parent !== null; n = n.parent) parts.push(n.key);
  return parts.reverse().join('.');
};

/** At most this many problems are named: enough to fix a request, never an answer as large as the request. */
const MAX_DETAILS = 20;

/**
 * Every string (and every field name) of a parsed body, query or params that holds a NUL
 * byte or a lone surrogate, by its path ("name.nl", "services.2"). Walks with its own stack,
 * so a deeply nested body cannot overflow the call stack; paths are made only for problems.
 */
export function forbiddenTextIn(data: unknown, root = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const stack: Node[] = [{ value: data, key: root, parent: null }];
  const named = (node: Node) => pathOf(node) || root || '(body)';
  while (stack.length > 0 && details.length < MAX_DETAILS) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value === 'string') {
      if (FORBIDDEN.test(value)) details.push({ path: named(node), message: FORBIDDEN_TEXT_MESSAGE });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: node });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (FORBIDDEN.test(key)) {
          details.push({ path: named(node), message: `a field name ${FORBIDDEN_TEXT_MESSAGE}` });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node });
      }
    }
  }
  return details;
}
