import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { ADD_MEMBER, CHELTENHAM, CREATE_ORGANISATION, createBuilding, createCouncil } from './fixtures';
import type { CreatedOrganisation } from './fixtures';
import type { Caller, GraphQLResult, TestApp } from './test-app';
import { PLATFORM_ADMIN } from './test-app';

/** Tewkesbury, a neighbour of Cheltenham. */
export const TEWKESBURY = 'E07000083';
/** Far away from Cheltenham. */
export const DUDLEY = 'E08000027';

export const ENTRY_FIELDS = /* GraphQL */ `
  fragment EntryFields on AcvEntry {
    id
    version
    state
    allowedActions
    councilCode
    nominatedOn
    decisionDueOn
    decisionOverdue
    listingExpiresOn
    renominationOpensOn
    reviewRequestDeadline
    reviewDecisionDueOn
    appealDeadline
    listingCompensationClaimDeadline
    site {
      name
      boundaryDescription
    }
    nominator {
      organisationId
      name
    }
    owner {
      organisationId
      name
    }
    decision {
      outcome
      decidedOn
      decidedBy
      reasons
      late
      listingExpiryConvention
    }
    review {
      requestedOn
      decidedOn
      outcome
      late
    }
    moratoria {
      noticeReceivedOn
      interimMoratoriumEndsOn
      fullMoratoriumEndsOn
      moratoriumEndsOn
      protectedPeriodEndsOn
      compensationClaimDeadline
      bidRequests {
        requestedOn
        bidder {
          name
        }
      }
    }
    currentMoratorium {
      noticeReceivedOn
    }
    disposals {
      disposedOn
      buyerName
      toCommunityInterestGroup
    }
    removal {
      removedOn
      reason
    }
  }
`;

export const NOMINATE = /* GraphQL */ `
  mutation ($input: NominateAssetInput!, $key: String) {
    nominateAsset(input: $input, idempotencyKey: $key) {
      ...EntryFields
    }
  }
  ${ENTRY_FIELDS}
`;

/** A mutation of one entry, by name, taking `$input` of `inputType` (or the named scalar arguments). */
export function stepMutation(name: string, argumentsSdl: string, passing: string): string {
  return /* GraphQL */ `
    mutation ($id: ID!, $expectedVersion: Int!${argumentsSdl}) {
      ${name}(id: $id, expectedVersion: $expectedVersion${passing}) {
        ...EntryFields
      }
    }
    ${ENTRY_FIELDS}
  `;
}

export const WITHDRAW = stepMutation(
  'withdrawNomination',
  ', $withdrawnOn: Date',
  ', withdrawnOn: $withdrawnOn',
);
export const DECIDE = stepMutation('decideNomination', ', $input: DecideNominationInput!', ', input: $input');
export const REQUEST_REVIEW = stepMutation(
  'requestListingReview',
  ', $requestedOn: Date',
  ', requestedOn: $requestedOn',
);
export const EXTEND_REVIEW = stepMutation(
  'agreeReviewExtension',
  ', $agreedDueOn: Date!',
  ', agreedDueOn: $agreedDueOn',
);
export const DECIDE_REVIEW = stepMutation(
  'decideListingReview',
  ', $input: DecideListingReviewInput!',
  ', input: $input',
);
export const APPEAL = stepMutation('recordAppeal', ', $input: RecordAppealInput!', ', input: $input');
export const DISPOSAL_NOTICE = stepMutation(
  'recordDisposalNotice',
  ', $input: RecordDisposalNoticeInput!',
  ', input: $input',
);
export const REQUEST_TO_BID = stepMutation('requestToBid', ', $input: RequestToBidInput!', ', input: $input');
export const DISPOSAL = stepMutation('recordDisposal', ', $input: RecordDisposalInput!', ', input: $input');
export const REMOVE = stepMutation('removeListing', ', $input: RemoveListingInput!', ', input: $input');
export const COMPENSATION = stepMutation(
  'recordCompensationClaim',
  ', $input: RecordCompensationClaimInput!',
  ', input: $input',
);

export const DECIDE_COMPENSATION = stepMutation(
  'decideCompensationClaim',
  ', $input: DecideCompensationClaimInput!',
  ', input: $input',
);

export const ENTRY = /* GraphQL */ `
  query ($id: ID!) {
    assetOfCommunityValue(id: $id) {
      ...EntryFields
      notices(first: 100) {
        edges {
          node {
            kind
            recipientRole
            recipientName
            date
            text
            rule
          }
        }
      }
      history(first: 100) {
        edges {
          node {
            action
            actorId
            version
          }
        }
      }
    }
  }
  ${ENTRY_FIELDS}
`;

export interface Entry {
  id: string;
  version: number;
  state: string;
  allowedActions: string[];
  [field: string]: unknown;
}

/** The people and bodies of a case in Cheltenham. */
export const people = {
  officer: { userId: 'acv-officer' },
  secondOfficer: { userId: 'acv-officer-2' },
  nominator: { userId: 'acv-nominator' },
  owner: { userId: 'acv-owner' },
  bidder: { userId: 'acv-bidder' },
  outsider: { userId: 'acv-outsider' },
} satisfies Record<string, Caller>;

export interface AcvWorld {
  councilId: string;
  nominatorId: string;
  ownerId: string;
  bidderId: string;
  groupId: string;
  forumId: string;
  buildingId: string;
}

async function createOrganisation(
  t: TestApp,
  admin: Caller,
  input: Record<string, unknown>,
): Promise<string> {
  const { createOrganisation } = await t.ok<{ createOrganisation: CreatedOrganisation }>(
    CREATE_ORGANISATION,
    { input },
    admin,
  );
  return createOrganisation.id;
}

/**
 * Cheltenham council with two officers; a charity that nominates; a business that owns the Pittville Arms;
 * a community benefit society that bids; a small unincorporated group; a neighbourhood forum.
 */
export async function createAcvWorld(t: TestApp): Promise<AcvWorld> {
  const council = await createCouncil(t, CHELTENHAM, people.officer.userId);
  await t.ok(
    ADD_MEMBER,
    { organisationId: council.id, userId: people.secondOfficer.userId, role: 'EDITOR' },
    { userId: PLATFORM_ADMIN },
  );
  const nominatorId = await createOrganisation(t, people.nominator, {
    kind: 'CHARITY',
    name: 'Friends of the Pittville Arms',
    charityNumber: '1123456',
    councilAreas: [CHELTENHAM],
  });
  const ownerId = await createOrganisation(t, people.owner, {
    kind: 'BUSINESS',
    name: 'Cotswold Taverns Ltd',
    companyNumber: '01234567',
    councilAreas: [CHELTENHAM],
  });
  const bidderId = await createOrganisation(t, people.bidder, {
    kind: 'COMMUNITY_BENEFIT_SOCIETY',
    name: 'Pittville Community Pub Society',
    councilAreas: [CHELTENHAM],
  });
  const groupId = await createOrganisation(t, people.nominator, {
    kind: 'UNINCORPORATED_GROUP',
    name: 'Pittville Residents',
    memberCount: 12,
    councilAreas: [CHELTENHAM],
  });
  const forumId = await createOrganisation(t, people.bidder, {
    kind: 'NEIGHBOURHOOD_FORUM',
    name: 'Pittville Neighbourhood Forum',
    councilAreas: [CHELTENHAM],
  });
  const building = await createBuilding(t, people.owner, {
    name: 'The Pittville Arms',
    category: 'PUB',
    ownerOrganisationId: ownerId,
  });
  return { councilId: council.id, nominatorId, ownerId, bidderId, groupId, forumId, buildingId: building.id };
}

export function nominationInput(
  world: AcvWorld,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    nominatorOrganisationId: world.nominatorId,
    buildingId: world.buildingId,
    boundaryDescription: 'The pub, its beer garden and car park, as edged red on the attached plan',
    communityValueReasons: 'The last pub in Pittville: darts league, quiz nights, the residents meet there.',
    occupiersKnown: 'The landlord, Jo Bloggs, lives above the pub.',
    interests: [
      { kind: 'FREEHOLDER', name: 'Cotswold Taverns Ltd', address: '1 High St, Cheltenham GL50 1AA' },
      { kind: 'OCCUPIER', name: 'Jo Bloggs', address: 'The Pittville Arms, Cheltenham GL52 3JE' },
    ],
    eligibilityEvidence: 'Registered charity 1123456; objects cover Pittville.',
    ...overrides,
  };
}

/** Sets the app's clock to noon UTC on `date` (the same London date all year). */
export function setToday(t: TestApp, date: string): void {
  t.clock.at = new Date(`${date}T12:00:00.000Z`);
}

/** Every item in the test's table, as sorted key strings with versions: a fingerprint of what is stored. */
export async function tableFingerprint(t: TestApp): Promise<string[]> {
  const client = createDocumentClient(t.table.client);
  const keys: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: t.table.tableName, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? [])
      keys.push(`${String(item['pk'])}|${String(item['sk'])}|${String(item['version'] ?? '')}`);
    start = page.LastEvaluatedKey;
  } while (start);
  return keys.sort();
}

/** Runs `operation` expecting a refusal with `code`, and checks the table is exactly as it was. */
export async function expectRefusedWithoutWrites(
  t: TestApp,
  operation: () => Promise<GraphQLResult>,
): Promise<{ code: unknown; extensions: Record<string, unknown>; message: string }> {
  const before = await tableFingerprint(t);
  const result = await operation();
  const after = await tableFingerprint(t);
  if (!result.errors?.length) throw new Error(`Expected a refusal, got ${JSON.stringify(result.data)}`);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(`The refusal wrote something:\n${after.filter((k) => !before.includes(k)).join('\n')}`);
  }
  const error = result.errors[0] ?? { message: '', extensions: {} };
  return { code: error.extensions?.['code'], extensions: error.extensions ?? {}, message: error.message };
}
