import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize } from '../../../../src/kernel/domain/authorization';
import type {
  Action,
  ActorMembership,
  ResourceByAction,
  UserActor,
} from '../../../../src/kernel/domain/authorization';
import {
  decideWithoutMemberships,
  membershipsThatAllow,
} from '../../../../src/kernel/domain/membership-requirements';
import type { MembershipRequirement } from '../../../../src/kernel/domain/membership-requirements';
import { isRoleAtLeast, MEMBER_ROLES } from '../../../../src/kernel/domain/records';

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

// Issue 7: assets of community value and co-location changes check roles inside their transactions too.
const acvEntryArb = fc.record({
  councilCode: fc.constantFrom(...AREAS),
  nominatorOrganisationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
  ownerOrganisationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
});
const orgIdArb = fc.constantFrom(...ORGS);

/** The changes whose allowing memberships the domain names (for some resources; null means "load them"). */
const guardedChangeArb: fc.Arbitrary<{ action: Action; resource: ResourceByAction[Action] }> = fc.oneof(
  ...(['acv.withdraw', 'acv.decide', 'acv.recordOwnerStep'] as const).map((action) =>
    acvEntryArb.map((resource) => ({ action, resource })),
  ),
  fc
    .record({
      entry: acvEntryArb,
      firstDecidedBy: fc.option(fc.constantFrom('user-1', 'user-2'), { nil: null }),
    })
    .map(({ entry, firstDecidedBy }) => ({
      action: 'acv.decideReview' as const,
      resource: { ...entry, firstDecidedBy },
    })),
  fc.record({ entry: acvEntryArb, bidder: orgIdArb }).map(({ entry, bidder }) => ({
    action: 'acv.requestToBid' as const,
    resource: { ...entry, bidderOrganisationId: bidder },
  })),
  orgIdArb.map((id) => ({ action: 'acv.nominate' as const, resource: { nominatorOrganisationId: id } })),
  fc.constantFrom(...AREAS).map((councilCode) => ({
    action: 'acv.manageSettings' as const,
    resource: { councilCode },
  })),
  ...(['spaceOffer.create', 'spaceOffer.update'] as const).map((action) =>
    fc.record({ organisationId: orgIdArb, building: buildingArb }).map((resource) => ({ action, resource })),
  ),
  ...(['spaceNeed.create', 'spaceNeed.update'] as const).map((action) =>
    orgIdArb.map((organisationId) => ({ action, resource: { organisationId } })),
  ),
  ...(['interest.express', 'interest.respond', 'interest.withdraw'] as const).map((action) =>
    fc
      .record({ organisationId: orgIdArb, offeringOrganisationId: orgIdArb })
      .map((resource) => ({ action, resource })),
  ),
);

describe('deciding ACV and co-location changes by the memberships that allow them', () => {
  it('agrees with authorize whenever it names memberships, for the caller it was asked for', () => {
    fc.assert(
      fc.property(actorArb, guardedChangeArb, (actor, { action, resource }) => {
        const { memberships, ...identity } = actor;
        const allowing = membershipsThatAllow(action, resource, identity);
        fc.pre(allowing !== null);
        const early = decideWithoutMemberships(identity, action, resource);
        const byRequirements = allowing.anyOf.some((requirement) => holds(memberships, requirement));

        expect((early?.allowed ?? false) || byRequirements).toBe(authorize(actor, action, resource).allowed);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a review to the loaded memberships when the caller may be the officer who listed', () => {
    const resource = {
      councilCode: 'E07000078',
      nominatorOrganisationId: null,
      ownerOrganisationId: null,
      firstDecidedBy: 'user-1',
    };

    expect(membershipsThatAllow('acv.decideReview', resource, { userId: 'user-1' })).toBeNull();
    expect(membershipsThatAllow('acv.decideReview', resource, { userId: 'user-2' })?.anyOf).toEqual([
      { councilCode: 'E07000078', atLeast: 'EDITOR' },
    ]);
  });
});
