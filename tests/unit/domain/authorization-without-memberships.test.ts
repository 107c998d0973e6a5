import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, decideWithoutMemberships, membershipsThatAllow } from '../../../src/domain/authorization';
import type {
  Action,
  ActorMembership,
  MembershipRequirement,
  ResourceByAction,
  UserActor,
} from '../../../src/domain/authorization';
import { isRoleAtLeast, MEMBER_ROLES } from '../../../src/domain/records';

/**
 * The shortcuts that let a request decide without loading the caller's memberships, or check them inside a
 * transaction, must never disagree with `authorize` itself: checked here over generated callers.
 */
const ORGS = ['org-a', 'org-b', 'org-c'] as const;
const AREAS = ['E07000078', 'E08000003'] as const;

const membershipArb: fc.Arbitrary<ActorMembership> = fc
  .record({
    organisationId: fc.constantFrom(...ORGS),
    role: fc.constantFrom(...MEMBER_ROLES),
    council: fc.option(fc.constantFrom(...AREAS), { nil: null }),
    organisationVerified: fc.boolean(),
  })
  .map(({ council, ...rest }) => ({
    ...rest,
    organisationKind: council ? 'COUNCIL' : 'CHARITY',
    councilCode: council,
  }));

const actorArb: fc.Arbitrary<UserActor> = fc.record({
  kind: fc.constant('user' as const),
  userId: fc.constantFrom('user-1', 'user-2'),
  email: fc.option(fc.constantFrom('a@example.org', 'b@example.org'), { nil: null }),
  emailVerified: fc.boolean(),
  isPlatformAdmin: fc.boolean(),
  memberships: fc.array(membershipArb, { maxLength: 4 }),
});

const buildingArb = fc.record({
  councilCode: fc.constantFrom(...AREAS),
  ownerOrganisationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
  visibility: fc.constantFrom('PUBLIC' as const, 'PARTNERS' as const),
});
const organisationArb = fc.record({
  id: fc.constantFrom(...ORGS),
  kind: fc.constantFrom('CHARITY' as const, 'COUNCIL' as const),
  councilAreas: fc.subarray([...AREAS]),
});

/** Any action with a resource of its type. */
const questionArb: fc.Arbitrary<{ action: Action; resource: ResourceByAction[Action] }> = fc.oneof(
  ...(
    [
      'building.view',
      'building.viewHistory',
      'building.create',
      'building.update',
      'building.archive',
    ] as const
  ).map((action) => buildingArb.map((resource) => ({ action, resource }))),
  ...(
    [
      'organisation.update',
      'organisation.verify',
      'organisation.viewPrivate',
      'organisation.manageMembers',
    ] as const
  ).map((action) => organisationArb.map((resource) => ({ action, resource }))),
  fc.constantFrom('CHARITY' as const, 'COUNCIL' as const).map((kind) => ({
    action: 'organisation.create' as const,
    resource: { kind },
  })),
  fc
    .record({ organisation: organisationArb, userId: fc.constantFrom('user-1', 'user-2') })
    .map((resource) => ({
      action: 'membership.remove' as const,
      resource,
    })),
  fc.constantFrom('a@example.org', 'b@example.org').map((email) => ({
    action: 'invite.claim' as const,
    resource: { email },
  })),
);

function holds(memberships: readonly ActorMembership[], requirement: MembershipRequirement): boolean {
  return memberships.some((m) =>
    'organisationId' in requirement
      ? m.organisationId === requirement.organisationId && isRoleAtLeast(m.role, requirement.atLeast)
      : m.organisationKind === 'COUNCIL' &&
        m.councilCode === requirement.councilCode &&
        isRoleAtLeast(m.role, requirement.atLeast),
  );
}

describe('deciding without loading memberships', () => {
  it('never loses a right by adding a membership (so an early "allowed" stands)', () => {
    fc.assert(
      fc.property(actorArb, membershipArb, questionArb, (actor, extra, { action, resource }) => {
        const before = authorize(actor, action, resource).allowed;
        const after = authorize(
          { ...actor, memberships: [...actor.memberships, extra] },
          action,
          resource,
        ).allowed;
        expect(!before || after).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers without memberships only when they could not change the answer', () => {
    fc.assert(
      fc.property(actorArb, questionArb, (actor, { action, resource }) => {
        const { memberships: _memberships, ...identity } = actor;
        const early = decideWithoutMemberships(identity, action, resource);
        if (early) expect(early.allowed).toBe(authorize(actor, action, resource).allowed);
      }),
      { numRuns: 2000 },
    );
  });

  it('names, for changes to buildings, exactly the memberships that allow them', () => {
    const changeArb = fc.record({
      action: fc.constantFrom(
        'building.create' as const,
        'building.update' as const,
        'building.archive' as const,
      ),
      resource: buildingArb,
    });
    fc.assert(
      fc.property(actorArb, changeArb, (actor, { action, resource }) => {
        const allowing = membershipsThatAllow(action, resource);
        const { memberships, ...identity } = actor;
        const early = decideWithoutMemberships(identity, action, resource);
        const byRequirements =
          allowing?.anyOf.some((requirement) => holds(memberships, requirement)) ?? false;

        expect(allowing).not.toBeNull();
        expect((early?.allowed ?? false) || byRequirements).toBe(authorize(actor, action, resource).allowed);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the domain's own reason for a change no membership allows", () => {
    const allowing = membershipsThatAllow('building.update', {
      councilCode: 'E07000078',
      ownerOrganisationId: 'org-a',
      visibility: 'PUBLIC',
    });

    expect(allowing?.reason).toBe(
      "Only editors of the building's owner organisation can record or change it",
    );
  });

  it('leaves other actions to authorize on the loaded memberships', () => {
    expect(
      membershipsThatAllow('organisation.viewPrivate', { id: 'org-a', kind: 'CHARITY', councilAreas: [] }),
    ).toBeNull();
  });
});
