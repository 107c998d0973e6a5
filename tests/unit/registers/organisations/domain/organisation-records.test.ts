import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../../../src/kernel/domain/errors';
import {
  buildInvite,
  buildMembership,
  buildOrganisation,
  firstAdminOf,
  withRole,
} from '../../../../../src/registers/organisations/domain/organisation-records';

const AT = '2026-11-23T09:30:00.000Z';

describe('buildOrganisation', () => {
  it('registers a council verified, with its own area first and no repeats', () => {
    const council = buildOrganisation(
      { kind: 'COUNCIL', name: 'Cheltenham', gssCode: 'E07000078', councilAreas: ['E07000079', 'E07000079'] },
      'org-1',
      AT,
    );

    expect(council).toMatchObject({ verified: true, version: 1, createdAt: AT, updatedAt: AT });
    expect(council.councilAreas).toEqual(['E07000078', 'E07000079']);
    expect(council.contact).toEqual({ name: null, email: null, phone: null, address: null });
  });

  it('starts any other organisation unverified and refuses one without the identifier its kind needs', () => {
    const details = { kind: 'CHARITY', name: 'Pump Room Trust', councilAreas: ['E07000078'] } as const;

    expect(() => buildOrganisation(details, 'org-2', AT)).toThrow(BadUserInputError);
    expect(buildOrganisation({ ...details, charityNumber: '1234567' }, 'org-2', AT).verified).toBe(false);
  });

  it('gives a council no first admin and any other organisation its creator', () => {
    expect(firstAdminOf({ kind: 'COUNCIL' }, 'user-1')).toBeNull();
    expect(firstAdminOf({ kind: 'CHARITY' }, 'user-1')).toBe('user-1');
  });
});

describe('memberships and invitations', () => {
  it('builds a membership at version 1 and moves it one version on with another role', () => {
    const membership = buildMembership('org-1', 'user-1', 'VIEWER', AT);
    const later = '2026-11-24T09:30:00.000Z';

    expect(membership).toEqual({
      organisationId: 'org-1',
      userId: 'user-1',
      role: 'VIEWER',
      createdAt: AT,
      updatedAt: AT,
      version: 1,
    });
    expect(withRole(membership, 'ADMIN', later)).toEqual({
      ...membership,
      role: 'ADMIN',
      updatedAt: later,
      version: 2,
    });
  });

  it('builds an invitation that lapses thirty days after it was sent', () => {
    expect(buildInvite('org-1', 'a@example.org', 'EDITOR', 'user-1', AT)).toEqual({
      organisationId: 'org-1',
      email: 'a@example.org',
      role: 'EDITOR',
      invitedBy: 'user-1',
      createdAt: AT,
      expiresAt: '2026-12-23T09:30:00.000Z',
    });
  });
});
