import { describe, expect, it } from 'vitest';
import { ADMIN } from '../kernel/principal.js';
import { displayNameOf, principalFromClaims } from './organisation-claim.js';
import { safeReturnPath } from './sign-in-transaction.js';

// Who a signed-in person is, from their provider's claims (no database: the organisations
// this server knows are given as a set).

const known = new Set(['stad-gent', 'ovo002949']);
const exists = async (id: string) => known.has(id);
const settings = { organisationClaim: 'organisation', admin: { claim: 'roles', value: 'feedback-admin' } };

describe('the organisation claim', () => {
  it('names a known organisation: that organisation', async () => {
    expect(await principalFromClaims({ organisation: 'stad-gent' }, settings, exists)).toEqual({
      principal: { admin: false, role: 'analyst', organisationId: 'stad-gent' },
    });
  });

  it('takes the first known one of several, a code in capitals, or a nested claim', async () => {
    expect(await principalFromClaims({ organisation: ['onbekend', 'stad-gent'] }, settings, exists)).toEqual({
      principal: { admin: false, role: 'analyst', organisationId: 'stad-gent' },
    });
    expect(await principalFromClaims({ organisation: 'OVO002949' }, settings, exists)).toEqual({
      principal: { admin: false, role: 'analyst', organisationId: 'ovo002949' },
    });
    expect(await principalFromClaims({ org: { id: 'stad-gent' } }, { ...settings, organisationClaim: 'org.id' }, exists)).toEqual({
      principal: { admin: false, role: 'analyst', organisationId: 'stad-gent' },
    });
  });

  it('gives no access without the claim, or for an organisation this server does not know', async () => {
    expect(await principalFromClaims({ name: 'An' }, settings, exists)).toEqual({ noAccess: 'no-organisation-claim' });
    expect(await principalFromClaims({ organisation: '' }, settings, exists)).toEqual({ noAccess: 'no-organisation-claim' });
    expect(await principalFromClaims({ organisation: 42 }, settings, exists)).toEqual({ noAccess: 'no-organisation-claim' });
    expect(await principalFromClaims({ organisation: 'stad-brugge' }, settings, exists)).toEqual({
      noAccess: 'unknown-organisation',
      claimed: ['stad-brugge'],
    });
  });

  it('makes an admin only of the exact admin value, when admins are configured', async () => {
    expect(await principalFromClaims({ roles: ['reader', 'feedback-admin'], organisation: 'stad-gent' }, settings, exists)).toEqual({
      principal: ADMIN,
    });
    expect(await principalFromClaims({ roles: 'feedback-admin-not' }, settings, exists)).toEqual({ noAccess: 'no-organisation-claim' });
    expect(await principalFromClaims({ roles: ['feedback-admin'] }, { ...settings, admin: null }, exists)).toEqual({
      noAccess: 'no-organisation-claim',
    });
  });

  it('with a role claim: ACM/IDM role strings per organisation decide organisation and role', async () => {
    const roles = { claim: 'roles', manager: 'FeedbackBeheerder', analyst: 'FeedbackAnalist', defaultRole: 'analyst' as const };
    const withRoles = { ...settings, roles };
    expect(await principalFromClaims({ roles: ['FeedbackAnalist:OVO002949'] }, withRoles, exists)).toEqual({
      principal: { admin: false, role: 'analyst', organisationId: 'ovo002949' },
    });
    // Both roles for one organisation: manager; the first known organisation wins.
    expect(
      await principalFromClaims(
        { roles: ['FeedbackBeheerder:onbekend', 'FeedbackAnalist:stad-gent', 'FeedbackBeheerder:stad-gent'] },
        withRoles,
        exists,
      ),
    ).toEqual({
      principal: { admin: false, role: 'manager', organisationId: 'stad-gent' },
    });
    // A bare role name applies to the organisation claim's organisation.
    expect(await principalFromClaims({ roles: 'FeedbackBeheerder', organisation: 'stad-gent' }, withRoles, exists)).toEqual({
      principal: { admin: false, role: 'manager', organisationId: 'stad-gent' },
    });
    expect(await principalFromClaims({ roles: ['AndereToepassing:stad-gent'], organisation: 'stad-gent' }, withRoles, exists)).toEqual({
      noAccess: 'no-role',
    });
    expect(await principalFromClaims({ roles: ['FeedbackAnalist:stad-brugge'] }, withRoles, exists)).toEqual({
      noAccess: 'unknown-organisation',
      claimed: ['stad-brugge'],
    });
    expect(await principalFromClaims({ roles: ['feedback-admin'] }, withRoles, exists)).toEqual({ principal: ADMIN });
  });

  it('without a role claim, the configured default role', async () => {
    const roles = { claim: null, manager: 'manager', analyst: 'analyst', defaultRole: 'manager' as const };
    expect(await principalFromClaims({ organisation: 'stad-gent' }, { ...settings, roles }, exists)).toEqual({
      principal: { admin: false, role: 'manager', organisationId: 'stad-gent' },
    });
  });

  it('greets by name, else by given and family name, else not at all', () => {
    expect(displayNameOf({ name: 'An Analist', preferred_username: 'an' })).toBe('An Analist');
    expect(displayNameOf({ given_name: 'An', family_name: 'Analist' })).toBe('An Analist');
    expect(displayNameOf({ sub: 'x' })).toBeNull();
  });
});

describe('where to go after signing in', () => {
  it('only ever a path inside the dashboard', () => {
    expect(safeReturnPath('/dashboard/services/gent-afspraak-burgerzaken?year=2025')).toBe(
      '/dashboard/services/gent-afspraak-burgerzaken?year=2025',
    );
    for (const hostile of [
      'https://evil.example/',
      '//evil.example/dashboard/',
      '/dashboard//evil.example',
      '/dashboard/auth/sign-out',
      '/v1/tokens',
      'javascript:alert(1)',
      '/dashboard/\\evil',
      undefined,
      42,
    ]) {
      expect(safeReturnPath(hostile)).toBe('/dashboard/');
    }
  });
});
