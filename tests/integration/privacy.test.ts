import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_MEMBER,
  CHELTENHAM,
  contactEmailOf,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { offerInput, offerSpace } from '../support/colocation-fixtures';
import { PLATFORM_ADMIN, createTestApp, errorCodes } from '../support/test-app';
import type { Caller, TestApp } from '../support/test-app';

/**
 * Private fields (contact details, members, invitations, history) and PARTNERS-only buildings must never
 * reach anonymous callers or outsiders, whichever way they are reached: directly, through lists, or nested.
 */
const owner = { userId: 'owner-admin' };
const outsider = { userId: 'outsider' };
const unverifiedMember = { userId: 'unverified-member' };
const partner = { userId: 'partner-member' };
const officer = { userId: 'cheltenham-officer' };

const EVERYTHING = /* GraphQL */ `
  query ($orgId: ID!, $uprn: String!) {
    organisation(id: $orgId) {
      contact {
        email
        phone
      }
      buildings(first: 50) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
    organisationsByCouncilArea(councilCode: "E07000078", first: 50) {
      edges {
        node {
          id
          contact {
            email
          }
        }
      }
    }
    organisationsByName(prefix: "Secret", first: 50) {
      edges {
        node {
          id
          contact {
            email
          }
        }
      }
    }
    buildingsByCouncil(councilCode: "E07000078", first: 50) {
      edges {
        node {
          id
          name
          owner {
            contact {
              email
            }
          }
        }
      }
    }
    buildingsByOwner(organisationId: $orgId, first: 50) {
      edges {
        node {
          id
        }
      }
    }
    buildingByUprn(uprn: $uprn) {
      edges {
        node {
          id
        }
      }
    }
  }
`;
const SECRET_CONTACT = contactEmailOf('Secret Garden Trust');

describe('private fields and partner-only buildings', () => {
  let t: TestApp;
  let orgId: string;
  let partnerBuildingId: string;
  let publicBuildingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, officer.userId);
    orgId = (await createCharity(t, owner, 'Secret Garden Trust')).id;
    partnerBuildingId = (
      await createBuilding(t, owner, {
        name: 'Partners Only Store',
        ownerOrganisationId: orgId,
        visibility: 'PARTNERS',
        uprn: '9001',
      })
    ).id;
    publicBuildingId = (await createBuilding(t, owner, { name: 'Open Hall', ownerOrganisationId: orgId })).id;
    await createCharity(t, unverifiedMember, 'Unverified Helpers');
    const verified = await createCharity(t, partner, 'Verified Partner Trust');
    await t.ok(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      { id: verified.id },
      { userId: PLATFORM_ADMIN },
    );
  });

  const query = (caller: Caller | null) => t.run(EVERYTHING, { orgId, uprn: '9001' }, caller);
  const queryById = (caller: Caller | null) =>
    t.run('query ($id: ID!) { building(id: $id) { id } }', { id: partnerBuildingId }, caller);

  it.each([
    ['an anonymous caller', null],
    ['a signed-in outsider', outsider],
    ['a member of an unverified organisation', unverifiedMember],
  ])('shows %s no contact details and no partner-only building anywhere', async (_, caller) => {
    const result = await query(caller);
    const byId = await queryById(caller);

    const text = JSON.stringify(result.data);
    expect(result.errors).toBeUndefined();
    expect(text).not.toContain(SECRET_CONTACT);
    expect(text).not.toContain(partnerBuildingId);
    expect(text).toContain(publicBuildingId);
    expect(result.data?.['buildingByUprn']).toEqual({ edges: [] });
    // By id, the partner-only building is NOT_FOUND: its existence is not revealed either.
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['a member of a verified partner', partner, false],
    ['an officer of the area council', officer, true],
    ['the owner', owner, true],
  ])(
    'shows %s the partner-only building, and contact details only to those entitled',
    async (_, caller, seesContact) => {
      const result = await query(caller);
      const byId = await queryById(caller);

      const text = JSON.stringify(result.data);
      expect(result.errors).toBeUndefined();
      expect(text).toContain(partnerBuildingId);
      expect(byId.data).toEqual({ building: { id: partnerBuildingId } });
      expect(text.includes(SECRET_CONTACT)).toBe(seesContact);
    },
  );

  it('refuses members, invitations and history to outsiders with FORBIDDEN, keeping the rest of the answer', async () => {
    const result = await t.run(
      'query ($id: ID!) { organisation(id: $id) { name members { edges { node { userId } } } invites { email } history { edges { node { action } } } } }',
      { id: orgId },
      outsider,
    );

    expect(result.data?.['organisation']).toEqual({
      name: 'Secret Garden Trust',
      members: null,
      invites: null,
      history: null,
    });
    expect(errorCodes(result)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it("asks an anonymous caller to sign in to see a building's history", async () => {
    const result = await t.run(
      'query ($id: ID!) { building(id: $id) { name history { edges { node { action } } } } }',
      { id: publicBuildingId },
    );

    expect(result.data?.['building']).toEqual({ name: 'Open Hall', history: null });
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('shows members to a viewer of the organisation', async () => {
    await t.ok(ADD_MEMBER, { organisationId: orgId, userId: 'viewer', role: 'VIEWER' }, owner);

    const data = await t.ok<{ organisation: { members: { edges: { node: { userId: string } }[] } } }>(
      'query ($id: ID!) { organisation(id: $id) { members { edges { node { userId } } } } }',
      { id: orgId },
      { userId: 'viewer' },
    );

    expect(data.organisation.members.edges.map((edge) => edge.node.userId).sort()).toEqual([
      'owner-admin',
      'viewer',
    ]);
  });

  describe('offer costs the offering organisation keeps private', () => {
    // One offer per choice, each with a cost no other field contains (so a leak anywhere in the answer shows).
    const COSTS = { PUBLIC: 111.25, PARTNERS: 222.25, ON_REQUEST: 333.25 } as const;
    const offerIds: Record<string, string> = {};
    let needId = '';

    beforeAll(async () => {
      for (const [costVisibility, monthlyCost] of Object.entries(COSTS)) {
        offerIds[costVisibility] = (
          await offerSpace(
            t,
            owner,
            offerInput(publicBuildingId, orgId, {
              monthlyCost,
              costVisibility,
              title: `Desks ${costVisibility}`,
            }),
          )
        ).id;
      }
      const verified = await t.ok<{ organisationsByName: { edges: { node: { id: string } }[] } }>(
        'query { organisationsByName(prefix: "Verified Partner", first: 1) { edges { node { id } } } }',
        {},
        partner,
      );
      const partnerOrgId = verified.organisationsByName.edges[0]?.node.id ?? '';
      needId = (
        await t.ok<{ postSpaceNeed: { id: string } }>(
          'mutation ($input: PostSpaceNeedInput!) { postSpaceNeed(input: $input) { id } }',
          {
            input: {
              organisationId: partnerOrgId,
              purpose: 'Desks for advice sessions',
              fromDate: '2027-01-04',
              councilCode: CHELTENHAM,
              monthlyBudget: 500,
            },
          },
          partner,
        )
      ).postSpaceNeed.id;
    });

    const OFFERS = /* GraphQL */ `
      query ($buildingId: ID!) {
        spaceOffersByBuilding(buildingId: $buildingId, first: 50) {
          edges {
            node {
              id
              monthlyCost
              costVisibility
            }
          }
        }
      }
    `;
    const costsSeen = async (caller: Caller | null) => {
      const result = await t.run(OFFERS, { buildingId: publicBuildingId }, caller);
      expect(result.errors).toBeUndefined();
      const edges = (
        result.data as {
          spaceOffersByBuilding: { edges: { node: { id: string; monthlyCost: number | null } }[] };
        }
      ).spaceOffersByBuilding.edges;
      return Object.fromEntries(
        Object.entries(offerIds).map(([choice, id]) => [
          choice,
          edges.find((edge) => edge.node.id === id)?.node.monthlyCost ?? null,
        ]),
      );
    };

    it.each([
      ['an anonymous caller', null, { PUBLIC: 111.25, PARTNERS: null, ON_REQUEST: null }],
      ['a signed-in outsider', outsider, { PUBLIC: 111.25, PARTNERS: null, ON_REQUEST: null }],
      [
        'a member of an unverified organisation',
        unverifiedMember,
        { PUBLIC: 111.25, PARTNERS: null, ON_REQUEST: null },
      ],
      ['a member of a verified partner', partner, { PUBLIC: 111.25, PARTNERS: 222.25, ON_REQUEST: null }],
      ['the offering organisation', owner, { PUBLIC: 111.25, PARTNERS: 222.25, ON_REQUEST: 333.25 }],
    ])('shows %s only the costs the offering organisation lets them see', async (_, caller, expected) => {
      const byId = await t.run(
        'query ($id: ID!) { spaceOffer(id: $id) { monthlyCost costVisibility } }',
        { id: offerIds['ON_REQUEST'] },
        caller,
      );

      expect(await costsSeen(caller)).toEqual(expected);
      expect(byId.data).toEqual({
        spaceOffer: { monthlyCost: expected.ON_REQUEST, costVisibility: 'ON_REQUEST' },
      });
    });

    it('does not reveal a cost on request in match explanations, scoring it as unknown', async () => {
      const result = await t.ok<{
        matchesForNeed: {
          edges: {
            node: {
              offer: { id: string };
              unknowns: string[];
              criteria: { criterion: string; outcome: string }[];
            };
          }[];
        };
      }>(
        'query ($id: ID!) { matchesForNeed(needId: $id, includeExcluded: true, first: 50) { edges { node { offer { id } unknowns criteria { criterion outcome explanation } } } } }',
        { id: needId },
        partner,
      );

      const text = JSON.stringify(result);
      expect(text).not.toContain('333');
      expect(text).toContain('222.25');
      const onRequest = result.matchesForNeed.edges.find(
        (edge) => edge.node.offer.id === offerIds['ON_REQUEST'],
      );
      expect(onRequest?.node.criteria.find((c) => c.criterion === 'COST')?.outcome).toBe('UNKNOWN');
      expect(onRequest?.node.unknowns).toEqual([
        'cost sharing terms, no monthly cost stated for the £500 budget',
      ]);
    });
  });
});
