/**
 * Drops the component schemas that no operation uses, directly or through another schema.
 * Every zod schema with a meta id lands in components, including those only hidden routes
 * (the dashboard's sign-in) use; the published document keeps only what it documents.
 */
export function withoutUnusedSchemas<T extends { paths?: unknown; components?: { schemas?: Record<string, unknown> } }>(doc: T): T {
  const schemas = doc.components?.schemas;
  if (!schemas) return doc;
  const used = new Set<string>();
  const pending: unknown[] = [doc.paths];
  while (pending.length > 0) {
    for (const name of referencedSchemas(pending.pop())) {
      if (used.has(name) || !(name in schemas)) continue;
      used.add(name);
      pending.push(schemas[name]);
    }
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

const PREFIX = '#/components/schemas/';

function referencedSchemas(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(PREFIX))
        found.push(decodeURIComponent(child.slice(PREFIX.length)));
      else visit(child);
    }
  };
  visit(node);
  return found;
}
