import { knownCouncilCodes } from '../../src/kernel/domain/council-areas';
import { beforeAll, describe } from 'vitest';
import {
  ADD_MEMBER,
  CHELTENHAM,
  CREATE_BUILDING,
  CREATE_ORGANISATION,
  DUDLEY,
  buildingInput,
  createBuilding,
  createCharity,
  createCouncil,
} from '../support/fixtures';
import { PLATFORM_ADMIN, createTestApp } from '../support/test-app';

const UNITARY_CODES = knownCouncilCodes().filter((code) => code.startsWith('E06'));
import type { Caller, TestApp } from '../support/test-app';
import { describeAccessTable } from '../support/access-table';
import type { AccessCase } from '../support/access-table';

/**
 * Every mutation against every kind of caller, through the real server and store. Each case gets a fresh
 * charity (with an admin, an editor, a viewer and a bystander member), a building it owns and an open
 * invitation, so a case that succeeds cannot change the outcome of another.
 */
const ACTORS = [
  'anonymous',
  'outsider',
  'viewer',
  'editor',
  'admin',
  'officerHere',
  'officerElsewhere',
  'platformAdmin',
] as const;
type ActorName = (typeof ACTORS)[number];

interface Fixture {
  readonly n: number;
  readonly organisationId: string;
  readonly buildingId: string;
  readonly inviteEmail: string;
  readonly callers: Record<ActorName, Caller | null>;
}

type MutationCase = AccessCase<Fixture, ActorName>;

const orgMutation =
  (query: string, vars: (fx: Fixture) => Record<string, unknown>) =>
  (t: TestApp, fx: Fixture, caller: Caller | null) =>
    t.run(query, vars(fx), caller);

const CASES: readonly MutationCase[] = [
  {
    name: 'createOrganisation (a charity)',
    run: orgMutation(CREATE_ORGANISATION, (fx) => ({
      input: {
        kind: 'CHARITY',
        name: `New charity ${fx.n}`,
        charityNumber: '1100001',
        councilAreas: [CHELTENHAM],
      },
    })),
    allowed: ['outsider', 'viewer', 'editor', 'admin', 'officerHere', 'officerElsewhere', 'platformAdmin'],
  },
  {
    name: 'createOrganisation (a council)',
    run: orgMutation(CREATE_ORGANISATION, (fx) => ({
      input: {
        kind: 'COUNCIL',
        name: `Council ${fx.n}`,
        // A real unitary authority's code per fixture (only real councils' codes are taken).
        gssCode: UNITARY_CODES[fx.n % UNITARY_CODES.length],
        councilAreas: [],
      },
    })),
    allowed: ['platformAdmin'],
  },
  {
    name: 'updateOrganisation',
    run: orgMutation(
      'mutation ($id: ID!) { updateOrganisation(id: $id, expectedVersion: 1, input: { website: "https://example.org" }) { id } }',
      (fx) => ({ id: fx.organisationId }),
    ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'setOrganisationVerified',
    run: orgMutation(
      'mutation ($id: ID!) { setOrganisationVerified(id: $id, expectedVersion: 1, verified: true) { id } }',
      (fx) => ({
        id: fx.organisationId,
      }),
    ),
    allowed: ['platformAdmin'],
  },
  {
    name: 'addMember',
    run: orgMutation(ADD_MEMBER, (fx) => ({
      organisationId: fx.organisationId,
      userId: `newcomer-${fx.n}`,
      role: 'VIEWER',
    })),
    allowed: ['admin', 'platformAdmin'],
  },
  {
    name: 'changeMemberRole',
    run: orgMutation(
      'mutation ($org: ID!, $user: String!) { changeMemberRole(organisationId: $org, userId: $user, expectedVersion: 1, role: EDITOR) { role } }',
      (fx) => ({ org: fx.organisationId, user: `bystander-${fx.n}` }),
    ),
    allowed: ['admin', 'platformAdmin'],
  },
  {
    name: 'removeMember (someone else)',
    run: orgMutation(
      'mutation ($org: ID!, $user: String!) { removeMember(organisationId: $org, userId: $user, expectedVersion: 1) }',
      (fx) => ({ org: fx.organisationId, user: `bystander-${fx.n}` }),
    ),
    allowed: ['admin', 'platformAdmin'],
  },
  {
    name: 'inviteMember',
    run: orgMutation(
      'mutation ($org: ID!) { inviteMember(organisationId: $org, email: "new.person@example.org", role: EDITOR) { email } }',
      (fx) => ({ org: fx.organisationId }),
    ),
    allowed: ['admin', 'platformAdmin'],
  },
  {
    name: 'revokeInvite',
    run: orgMutation(
      'mutation ($org: ID!, $email: String!) { revokeInvite(organisationId: $org, email: $email) }',
      (fx) => ({
        org: fx.organisationId,
        email: fx.inviteEmail,
      }),
    ),
    allowed: ['admin', 'platformAdmin'],
  },
  {
    name: 'claimInvite (sent to the outsider)',
    run: orgMutation('mutation ($org: ID!) { claimInvite(organisationId: $org) { role } }', (fx) => ({
      org: fx.organisationId,
    })),
    allowed: ['outsider'],
    // Signed in with a verified email, but no invitation was sent to it. Officers' tokens carry no email.
    otherwise: { viewer: 'NOT_FOUND', editor: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    name: "createBuilding (owned by the actor's organisation)",
    run: orgMutation(CREATE_BUILDING, (fx) => ({
      input: buildingInput({ name: `Hall ${fx.n}`, ownerOrganisationId: fx.organisationId }),
    })),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'createBuilding (owner not in the register)',
    run: orgMutation(CREATE_BUILDING, (fx) => ({
      input: buildingInput({ name: `Plot ${fx.n}`, ownerName: 'A private owner' }),
    })),
    allowed: ['officerHere'],
  },
  {
    name: 'updateBuilding',
    run: orgMutation(
      'mutation ($id: ID!) { updateBuilding(id: $id, expectedVersion: 1, input: { status: SURPLUS }) { id } }',
      (fx) => ({ id: fx.buildingId }),
    ),
    allowed: ['editor', 'admin'],
  },
  {
    name: 'archiveBuilding',
    run: orgMutation('mutation ($id: ID!) { archiveBuilding(id: $id, expectedVersion: 1) { id } }', (fx) => ({
      id: fx.buildingId,
    })),
    allowed: ['editor', 'admin'],
  },
];

describe('access control for every mutation', () => {
  let t: TestApp;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await createCouncil(t, CHELTENHAM, 'officer-here');
    await createCouncil(t, DUDLEY, 'officer-elsewhere');
  });

  async function createFixture(): Promise<Fixture> {
    const n = ++counter;
    const admin = { userId: `admin-${n}` };
    const organisationId = (await createCharity(t, admin, `Charity ${n}`)).id;
    for (const [userId, role] of [
      [`editor-${n}`, 'EDITOR'],
      [`viewer-${n}`, 'VIEWER'],
      [`bystander-${n}`, 'VIEWER'],
    ]) {
      await t.ok(ADD_MEMBER, { organisationId, userId, role }, admin);
    }
    const building = await createBuilding(t, admin, {
      name: `Building ${n}`,
      ownerOrganisationId: organisationId,
    });
    const inviteEmail = `invitee-${n}@example.org`;
    await t.ok(
      'mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, role: VIEWER) { email } }',
      {
        org: organisationId,
        email: inviteEmail,
      },
      admin,
    );
    return {
      n,
      organisationId,
      buildingId: building.id,
      inviteEmail,
      callers: {
        anonymous: null,
        outsider: { userId: `outsider-${n}`, email: inviteEmail, emailVerified: true },
        viewer: { userId: `viewer-${n}`, email: `viewer-${n}@example.org` },
        editor: { userId: `editor-${n}`, email: `editor-${n}@example.org` },
        admin: { userId: admin.userId, email: `admin-${n}@example.org` },
        officerHere: { userId: 'officer-here' },
        officerElsewhere: { userId: 'officer-elsewhere' },
        platformAdmin: { userId: PLATFORM_ADMIN },
      },
    };
  }

  describeAccessTable(CASES, ACTORS, () => t, createFixture);
});
