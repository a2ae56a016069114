import type { Link, Links } from '@feedbackinstrument/shared';

// The three link columns of organisations and services (migration 0014): jsonb, written as
// JSON text; a field left out of an input leaves its column alone.

type Row = { complaints_url: unknown; privacy_url: unknown; accessibility_url: unknown };

export const linksOf = (row: Row): Links => ({
  complaintsUrl: (row.complaints_url ?? null) as Link | null,
  privacyUrl: (row.privacy_url ?? null) as Link | null,
  accessibilityUrl: (row.accessibility_url ?? null) as Link | null,
});

const json = (value: Link | null) => (value === null ? null : JSON.stringify(value));

export function linkColumns(input: Partial<Record<keyof Links, Link | null | undefined>>) {
  return {
    ...(input.complaintsUrl !== undefined && { complaints_url: json(input.complaintsUrl) }),
    ...(input.privacyUrl !== undefined && { privacy_url: json(input.privacyUrl) }),
    ...(input.accessibilityUrl !== undefined && { accessibility_url: json(input.accessibilityUrl) }),
  };
}
