/**
 * One ACV case told end to end (issue 19), shared by the notice tests: a council with an officer and an
 * admin, a pub's owner, the charity that nominates it, a community society that bids, each with its own
 * contact email, and the occupier the nominator names with an email. The case runs through GraphQL as the
 * people in it would run it, on fixed dates; the local notifier (src/local/outbox-notifier.ts, as `npm start`
 * runs it) delivers what it writes from the table's stream.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { startLocalNotifier } from '../../src/local/outbox-notifier';
import type { LocalNotifier, LocalNotifierOptions } from '../../src/local/outbox-notifier';
import { DECIDE, DISPOSAL_NOTICE, NOMINATE, REQUEST_TO_BID, setToday } from './acv-fixtures';
import type { Entry } from './acv-fixtures';
import {
  ADD_MEMBER,
  CHELTENHAM,
  CREATE_ORGANISATION,
  contactEmailOf,
  createBuilding,
  createCouncil,
} from './fixtures';
import type { CreatedOrganisation } from './fixtures';
import { TEST_CURSOR_SECRET, PLATFORM_ADMIN } from './test-app';
import type { Caller, TestApp } from './test-app';

export const casePeople = {
  officer: { userId: 'case-officer' },
  councilAdmin: { userId: 'case-council-admin' },
  owner: { userId: 'case-owner' },
  nominator: { userId: 'case-nominator' },
  bidder: { userId: 'case-bidder' },
} satisfies Record<string, Caller>;

export const COUNCIL_NAME = 'Cheltenham Borough Council';
export const OWNER_NAME = 'Cotswold Taverns Ltd';
export const NOMINATOR_NAME = 'Friends of the Pittville Arms';
export const BIDDER_NAME = 'Pittville Community Pub Society';
export const OCCUPIER_NAME = 'Jo Bloggs';
export const OCCUPIER_EMAIL = 'jo.bloggs@example.org';
export const SITE = 'The Pittville Arms';

/** The dates the case runs on: each step is taken on its day. */
export const CASE_DATES = {
  nominated: '2026-11-23',
  listed: '2026-12-14',
  disposalNoticeReceived: '2027-01-11',
  bidRequested: '2027-02-01',
} as const;

export interface CaseWorld {
  readonly councilId: string;
  readonly ownerId: string;
  readonly nominatorId: string;
  readonly bidderId: string;
  readonly buildingId: string;
}

async function createOrganisation(t: TestApp, admin: Caller, input: Record<string, unknown>) {
  const { createOrganisation: created } = await t.ok<{ createOrganisation: CreatedOrganisation }>(
    CREATE_ORGANISATION,
    { input: { councilAreas: [CHELTENHAM], ...input } },
    admin,
  );
  return created.id;
}

const contact = (name: string) => ({ name: 'The secretary', email: contactEmailOf(name) });

/** The council, the owner, the nominator, the bidder and the pub, with contact emails. */
export async function createCaseWorld(t: TestApp): Promise<CaseWorld> {
  const council = await createCouncil(t, CHELTENHAM, casePeople.officer.userId, COUNCIL_NAME);
  await t.ok(
    ADD_MEMBER,
    { organisationId: council.id, userId: casePeople.councilAdmin.userId, role: 'ADMIN' },
    { userId: PLATFORM_ADMIN },
  );
  const ownerId = await createOrganisation(t, casePeople.owner, {
    kind: 'BUSINESS',
    name: OWNER_NAME,
    companyNumber: '01234567',
    contact: contact(OWNER_NAME),
  });
  const nominatorId = await createOrganisation(t, casePeople.nominator, {
    kind: 'CHARITY',
    name: NOMINATOR_NAME,
    charityNumber: '1123456',
    contact: contact(NOMINATOR_NAME),
  });
  const bidderId = await createOrganisation(t, casePeople.bidder, {
    kind: 'COMMUNITY_BENEFIT_SOCIETY',
    name: BIDDER_NAME,
    contact: contact(BIDDER_NAME),
  });
  const building = await createBuilding(t, casePeople.owner, {
    name: SITE,
    category: 'PUB',
    ownerOrganisationId: ownerId,
    address: { lines: ['Albert Road'], postTown: 'Cheltenham', postcode: 'GL52 3JE' },
  });
  return { councilId: council.id, ownerId, nominatorId, bidderId, buildingId: building.id };
}

/**
 * The case through GraphQL, each step on its day: the charity nominates the pub, the officer lists it, the
 * owner gives notice of an intended disposal, the society asks to be treated as a potential bidder.
 */
export async function runCase(t: TestApp, world: CaseWorld): Promise<Entry> {
  setToday(t, CASE_DATES.nominated);
  const { nominateAsset: nominated } = await t.ok<{ nominateAsset: Entry }>(
    NOMINATE,
    {
      input: {
        nominatorOrganisationId: world.nominatorId,
        buildingId: world.buildingId,
        boundaryDescription: 'The pub, its beer garden and car park, as edged red on the attached plan',
        communityValueReasons:
          'The last pub in Pittville: darts league, quiz nights, the residents meet there.',
        occupiersKnown: 'The landlord lives above the pub.',
        interests: [
          {
            kind: 'OCCUPIER',
            name: OCCUPIER_NAME,
            address: 'The Pittville Arms, Albert Road, Cheltenham GL52 3JE',
            email: OCCUPIER_EMAIL,
          },
        ],
        eligibilityEvidence: 'Registered charity 1123456; objects cover Pittville.',
      },
    },
    casePeople.nominator,
  );
  let entry = nominated;
  const step = async (mutation: string, variables: Record<string, unknown>, caller: Caller) => {
    const data = await t.ok<Record<string, Entry>>(
      mutation,
      { id: entry.id, expectedVersion: entry.version, ...variables },
      caller,
    );
    const next = Object.values(data)[0];
    if (!next) throw new Error('the step answered no entry');
    entry = next;
  };
  setToday(t, CASE_DATES.listed);
  await step(DECIDE, { input: { outcome: 'LISTED', reasons: 'A valued local pub.' } }, casePeople.officer);
  setToday(t, CASE_DATES.disposalNoticeReceived);
  await step(DISPOSAL_NOTICE, { input: {} }, casePeople.owner);
  setToday(t, CASE_DATES.bidRequested);
  await step(REQUEST_TO_BID, { input: { bidderOrganisationId: world.bidderId } }, casePeople.bidder);
  return entry;
}

/** The local notifier over the test app's table, from the stream's start, writing to a fresh mail folder. */
export async function startCaseNotifier(
  t: TestApp,
  options: Partial<Omit<LocalNotifierOptions, 'dynamoClient' | 'tableName' | 'mailFolder'>> = {},
): Promise<{ readonly local: LocalNotifier; readonly mailFolder: string }> {
  const mailFolder = await mkdtemp(join(tmpdir(), 'mash-case-mail-'));
  const local = await startLocalNotifier({
    dynamoClient: t.table.client,
    region: 'eu-west-2',
    dynamoDbEndpoint: t.table.endpoint,
    tableName: t.table.tableName,
    cursorSecret: TEST_CURSOR_SECRET,
    mailFolder,
    startFrom: 'TRIM_HORIZON',
    pollIntervalMs: 50,
    retryPollMs: 200,
    log: () => {},
    ...options,
  });
  return { local, mailFolder };
}

/** An email as an independent MIME parser (postal-mime) reads it back from its .eml file. */
export interface ParsedEmail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Every .eml file in the folder, parsed. */
export async function readMailFolder(folder: string): Promise<ParsedEmail[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await PostalMime.parse(await readFile(join(folder, file)));
      return {
        file,
        to: (parsed.to?.[0]?.address ?? '').toLowerCase(),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
      };
    }),
  );
}

export const OUTBOX = /* GraphQL */ `
  query ($councilCode: String!, $date: Date) {
    acvOutbox(councilCode: $councilCode, date: $date, first: 100) {
      edges {
        node {
          id
          kind
          recipientRole
          recipientName
          date
          deliveries {
            id
            channel
            state
            address
            attempts
            sentAt
          }
        }
      }
    }
  }
`;

export interface OutboxNotice {
  readonly id: string;
  readonly kind: string;
  readonly recipientRole: string;
  readonly recipientName: string;
  readonly date: string;
  readonly deliveries: readonly {
    readonly id: string;
    readonly channel: string;
    readonly state: string;
    readonly address: string | null;
    readonly attempts: number;
    readonly sentAt: string | null;
  }[];
}

/** The council's outbox on each of the case's dates, as its officer reads it. */
export async function readCaseOutbox(t: TestApp): Promise<OutboxNotice[]> {
  const notices: OutboxNotice[] = [];
  for (const date of Object.values(CASE_DATES)) {
    const { acvOutbox } = await t.ok<{ acvOutbox: { edges: { node: OutboxNotice }[] } }>(
      OUTBOX,
      { councilCode: CHELTENHAM, date },
      casePeople.officer,
    );
    notices.push(...acvOutbox.edges.map((edge) => edge.node));
  }
  return notices;
}
