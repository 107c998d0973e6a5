/**
 * Fills an empty register with the demo council (demo-council.ts, acv-cases.ts, seed-colocation.ts), writing
 * everything through the GraphQL API of an in-process app (api-writer.ts): the same app factory, resolvers,
 * validation, authorization, versions and audit as a partner's request. The app runs on a clock the seed sets
 * before each step, so a listing decided "68 months ago" was decided on that day as far as the register knows.
 *
 * Order: the organisations and buildings on one early date (before the oldest ACV case), then each ACV case
 * step by step on its own dates, then the co-location offers, needs and an interest thread in the last weeks.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '../../src/kernel/domain/clock';
import { TABLE_DATA_LEVEL_KEY } from '../../src/kernel/store/data-level';
import { createDocumentClient } from '../../src/kernel/store/dynamo-client';
import { addDays } from '../../src/registers/acv/domain/acv-timetable';
import { planAcvCases } from './acv-cases';
import type { AcvCase, AcvStep } from './acv-cases';
import { ApiWriter, editorOf, SeedStepError } from './api-writer';
import type { SeedTarget, Versioned } from './api-writer';
import {
  ACV_BUILDINGS,
  OFFICER_ID,
  PLATFORM_ADMIN_ID,
  SECOND_OFFICER_ID,
  planDemoCouncil,
} from './demo-council';
import type { DemoCouncil, Input, PlannedBuilding, PlannedOrganisation } from './demo-council';
import { ColocationSeeder } from './seed-colocation';
import type { ColocationSummary } from './seed-colocation';
import * as ops from './seed-operations';

export { SeedStepError } from './api-writer';
export type { SeedTarget } from './api-writer';

export interface SeedOptions {
  readonly seed: number;
  readonly buildings: number;
  /** The register's "today" for the demo: every step lies on or before it. */
  readonly today: IsoDate;
  readonly councilCode?: string;
  /** Progress lines. */
  readonly log?: (message: string) => void;
}

export interface SeedSummary extends ColocationSummary {
  readonly seed: number;
  readonly today: IsoDate;
  readonly councilCode: string;
  readonly councilName: string;
  readonly councilId: string;
  /** Organisation ids by plan key ("charity-1"), with kind and verification. */
  readonly organisations: readonly {
    key: string;
    id: string;
    kind: string;
    name: string;
    verified: boolean;
  }[];
  readonly members: number;
  readonly invites: number;
  /** Building ids, in plan order (the ACV buildings first). */
  readonly buildingIds: readonly string[];
  readonly acvEntries: readonly { key: string; id: string; state: string; story: string }[];
  /** Every id the seed was given, by a label that is the same in every run with the same seed. */
  readonly ids: ReadonlyMap<string, string>;
  /** User ids worth a token, with what they are. */
  readonly users: readonly { userId: string; role: string }[];
}

/** The register already holds records: the seed writes nothing. */
export class RegisterNotEmptyError extends Error {
  override readonly name = 'RegisterNotEmptyError';
}

/**
 * Throws RegisterNotEmptyError unless the table holds nothing but its data-level marker. A Scan of at most two
 * items: this is an admin tool run once on a local table, never a request path (the API has no "anything
 * at all?" query, and should not).
 */
export async function assertRegisterEmpty(client: DynamoDBClient, tableName: string): Promise<void> {
  const page = await createDocumentClient(client).send(
    new ScanCommand({ TableName: tableName, Limit: 2, ConsistentRead: true }),
  );
  const records = (page.Items ?? []).filter(
    (item) => !(item['pk'] === TABLE_DATA_LEVEL_KEY.pk && item['sk'] === TABLE_DATA_LEVEL_KEY.sk),
  );
  if (records.length > 0) {
    throw new RegisterNotEmptyError(
      `The register in table "${tableName}" already holds data: the seed fills an empty register only, and wrote ` +
        'nothing. Use a fresh data folder (--data-dir), `npm start -- --in-memory --demo`, or delete the table.',
    );
  }
}

/** Checks the register is empty, then writes the demo council into it. */
export async function seedRegister(target: SeedTarget, options: SeedOptions): Promise<SeedSummary> {
  const plan = planDemoCouncil(options);
  await assertRegisterEmpty(target.client, target.tableName);
  const writer = new ApiWriter(target);
  try {
    return await new DemoSeeder(writer, plan, options).run();
  } finally {
    await writer.stop();
  }
}

/** How many writes go out at once while recording buildings: enough to overlap round trips, not to flood. */
const BUILDING_WRITES_IN_FLIGHT = 6;

class DemoSeeder {
  readonly #ids = new Map<string, string>();
  readonly #organisationIds = new Map<string, string>();
  readonly #buildingIds: string[] = [];
  readonly #log: (message: string) => void;

  constructor(
    private readonly api: ApiWriter,
    private readonly plan: DemoCouncil,
    private readonly options: SeedOptions,
  ) {
    this.#log = options.log ?? (() => {});
  }

  async run(): Promise<SeedSummary> {
    const cases = planAcvCases(this.options.today);
    const earliest = cases.flatMap((c) => c.steps.map((s) => s.on)).sort()[0] ?? this.options.today;
    // The register's records start a few weeks before the oldest case.
    this.api.setToday(addDays(earliest, -30));
    const { members, invites } = await this.#createOrganisations();
    await this.#createBuildings();
    const acvEntries = [];
    for (const acvCase of cases)
      acvEntries.push({ ...(await this.#runAcvCase(acvCase)), story: acvCase.story });
    this.#log(`Recorded ${acvEntries.length} ACV cases.`);
    const colocation = await new ColocationSeeder(this.api, {
      plan: this.plan,
      seed: this.options.seed,
      today: this.options.today,
      organisationIds: this.#organisationIds,
      buildingIds: this.#buildingIds,
      remember: (label, id) => this.#remember(label, id),
      log: this.#log,
    }).run();
    // Each step answered with the state on its own date; the summary gives them as of today.
    this.api.setToday(this.options.today);
    for (const entry of acvEntries) {
      entry.state = (
        await this.api.run<{ state: string }>(ops.ACV_STATE, { id: entry.id }, OFFICER_ID)
      ).state;
    }
    const council = this.#organisationIds.get('council') as string;
    return {
      seed: this.options.seed,
      today: this.options.today,
      councilCode: this.plan.councilCode,
      councilName: this.plan.councilName,
      councilId: council,
      organisations: this.plan.organisations.map((o) => ({
        key: o.key,
        id: this.#organisationIds.get(o.key) as string,
        kind: o.kind,
        name: o.name,
        verified: o.verified,
      })),
      members,
      invites,
      buildingIds: this.#buildingIds,
      acvEntries,
      ...colocation,
      ids: this.#ids,
      users: [
        { userId: PLATFORM_ADMIN_ID, role: 'platform admin' },
        { userId: OFFICER_ID, role: `officer (ADMIN) of ${this.plan.councilName}` },
        { userId: SECOND_OFFICER_ID, role: 'second officer (EDITOR): decides reviews' },
        ...['charity-1', 'cic-1', 'business-1', 'cbs-2'].map((key) => ({
          userId: editorOf(key),
          role: `editor of ${this.#nameOf(key)}`,
        })),
      ],
    };
  }

  #nameOf(key: string): string {
    return this.plan.organisations.find((o) => o.key === key)?.name ?? key;
  }

  #remember(label: string, id: string): string {
    this.#ids.set(label, id);
    return id;
  }

  async #createOrganisations(): Promise<{ members: number; invites: number }> {
    let members = 0;
    let invites = 0;
    for (const planned of this.plan.organisations) {
      const created = await this.api.run<Versioned>(
        ops.CREATE_ORGANISATION,
        { input: planned.input },
        planned.creator,
      );
      this.#organisationIds.set(planned.key, this.#remember(`organisation:${planned.key}`, created.id));
      if (planned.verified) {
        await this.api.run(
          ops.SET_VERIFIED,
          { id: created.id, expectedVersion: created.version },
          PLATFORM_ADMIN_ID,
        );
      }
      members += 1 + (await this.#addMembers(planned, created.id));
      if (planned.invite) {
        await this.api.run(
          ops.INVITE_MEMBER,
          { organisationId: created.id, ...planned.invite },
          planned.creator,
        );
        invites++;
      }
    }
    this.#log(`Registered ${this.plan.organisations.length} organisations with ${members} members.`);
    return { members, invites };
  }

  async #addMembers(planned: PlannedOrganisation, organisationId: string): Promise<number> {
    for (const member of planned.members) {
      await this.api.run(ops.ADD_MEMBER, { organisationId, ...member }, planned.creator);
    }
    return planned.members.length;
  }

  async #createBuildings(): Promise<void> {
    const { buildings } = this.plan;
    const ids: string[] = new Array<string>(buildings.length);
    for (let start = 0; start < buildings.length; start += BUILDING_WRITES_IN_FLIGHT) {
      const batch = buildings.slice(start, start + BUILDING_WRITES_IN_FLIGHT);
      await Promise.all(
        batch.map(async (building, offset) => {
          ids[start + offset] = await this.#createBuilding(building);
        }),
      );
    }
    ids.forEach((id, index) => {
      this.#buildingIds.push(id);
      this.#remember(`building:${index + 1}`, id);
    });
    this.#log(`Recorded ${buildings.length} buildings.`);
  }

  async #createBuilding(building: PlannedBuilding): Promise<string> {
    const input = { ...building.input, ownerOrganisationId: this.#organisationIds.get(building.ownerKey) };
    const created = await this.api.run<Versioned & { dataQualityIssues: { code: string }[] }>(
      ops.CREATE_BUILDING,
      { input },
      editorOf(building.ownerKey),
    );
    if (created.dataQualityIssues.length > 0) {
      // The plan puts every building in its council and postcode district: a warning means the plan is wrong.
      throw new SeedStepError(`${building.key} got warnings: ${JSON.stringify(created.dataQualityIssues)}`);
    }
    return created.id;
  }

  async #runAcvCase(acvCase: AcvCase): Promise<{ key: string; id: string; state: string }> {
    const building = this.plan.buildings[acvCase.building] as PlannedBuilding;
    const ownerKey = ACV_BUILDINGS[acvCase.building]?.ownerKey ?? building.ownerKey;
    let entry: Versioned & { state: string } = { id: '', version: 0, state: '' };
    for (const step of acvCase.steps) {
      this.api.setToday(step.on);
      entry = await this.#runAcvStep(acvCase, step, entry, building, ownerKey);
    }
    this.#remember(`acv:${acvCase.key}`, entry.id);
    return { key: acvCase.key, id: entry.id, state: entry.state };
  }

  #runAcvStep(
    acvCase: AcvCase,
    step: AcvStep,
    entry: Versioned,
    building: PlannedBuilding,
    ownerKey: string,
  ): Promise<Versioned & { state: string }> {
    const target = { id: entry.id, expectedVersion: entry.version };
    const site = String(building.input['name']);
    switch (step.type) {
      case 'nominate':
        return this.api.run(
          ops.NOMINATE,
          { input: this.#nomination(acvCase, building, ownerKey) },
          editorOf(acvCase.nominatorKey),
        );
      case 'withdraw':
        return this.api.run(ops.WITHDRAW_NOMINATION, target, editorOf(acvCase.nominatorKey));
      case 'list':
        return this.api.run(ops.DECIDE_NOMINATION, { ...target, input: { outcome: 'LISTED' } }, OFFICER_ID);
      case 'refuse':
        return this.api.run(
          ops.DECIDE_NOMINATION,
          {
            ...target,
            input: {
              outcome: 'UNSUCCESSFUL',
              unsuccessfulGround: 'NOT_OF_COMMUNITY_VALUE',
              reasons: `The evidence shows ${site} is used by few local people and for no community purpose now.`,
            },
          },
          OFFICER_ID,
        );
      case 'recordRegistration':
        return this.api.run(
          ops.RECORD_REGISTRATION,
          {
            ...target,
            input: { localLandChargeRegisteredOn: step.on, landRegistryRestrictionAppliedOn: step.on },
          },
          OFFICER_ID,
        );
      case 'requestReview':
        return this.api.run(ops.REQUEST_REVIEW, target, editorOf(ownerKey));
      case 'decideReview':
        return this.api.run(
          ops.DECIDE_REVIEW,
          {
            ...target,
            input: {
              outcome: step.outcome,
              reasons:
                step.outcome === 'UPHELD'
                  ? `${site} still furthers the social wellbeing of the community; the listing stands.`
                  : `The owner showed that ${site} has not been used by the community for some years.`,
              ownerRepresentations: 'Written representations from the owner, received with the request.',
            },
          },
          SECOND_OFFICER_ID,
        );
      case 'lodgeAppeal':
        return this.api.run(
          ops.RECORD_APPEAL,
          {
            ...target,
            input: { lodgedOn: step.on, notes: 'Appeal lodged with the First-tier Tribunal (GRC).' },
          },
          OFFICER_ID,
        );
      case 'disposalNotice':
        return this.api.run(
          ops.DISPOSAL_NOTICE,
          {
            ...target,
            input: { details: `The owner intends to sell the freehold of ${site} with vacant possession.` },
          },
          editorOf(ownerKey),
        );
      case 'requestToBid':
        return this.api.run(
          ops.REQUEST_TO_BID,
          { ...target, input: { bidderOrganisationId: this.#organisationIds.get(step.bidderKey) } },
          editorOf(step.bidderKey),
        );
      case 'disposal':
        return this.api.run(
          ops.RECORD_DISPOSAL,
          {
            ...target,
            input: {
              buyerName: this.#nameOf(step.buyerKey),
              buyerOrganisationId: this.#organisationIds.get(step.buyerKey),
            },
          },
          editorOf(ownerKey),
        );
      case 'remove':
        return this.api.run(
          ops.REMOVE_LISTING,
          {
            ...target,
            input: {
              reason: step.reason,
              details:
                step.reason === 'RELEVANT_DISPOSAL'
                  ? `Sold to ${this.#nameOf('cbs-2')} after the full moratorium.`
                  : `${site} closed and its use has not resumed.`,
            },
          },
          OFFICER_ID,
        );
    }
  }

  #nomination(acvCase: AcvCase, building: PlannedBuilding, ownerKey: string): Input {
    const nominator = this.plan.organisations.find(
      (o) => o.key === acvCase.nominatorKey,
    ) as PlannedOrganisation;
    const kind = nominator.kind;
    const site = String(building.input['name']);
    const address = building.input['address'] as { lines: string[]; postcode: string };
    const needsSurplusStatement = [
      'UNINCORPORATED_GROUP',
      'COMPANY_LIMITED_BY_GUARANTEE',
      'COMMUNITY_BENEFIT_SOCIETY',
    ];
    return {
      nominatorOrganisationId: this.#organisationIds.get(acvCase.nominatorKey),
      buildingId: this.#buildingIds[acvCase.building],
      boundaryDescription: `${site} and its grounds, as edged red on the plan sent with the nomination.`,
      communityValueReasons: `${site} is where local clubs meet and people see their neighbours; it has been for decades.`,
      occupiersKnown: 'A manager lives on site during the week.',
      interests: [
        {
          kind: 'FREEHOLDER',
          name: this.#nameOf(ownerKey),
          address: `${address.lines.join(', ')}, ${address.postcode}`,
        },
      ],
      eligibilityEvidence: `${nominator.name} (${kind.toLowerCase().replaceAll('_', ' ')}) works in the area; its constitution is attached.`,
      ...(needsSurplusStatement.includes(kind)
        ? { surplusStatement: { doesNotDistributeSurplus: true, evidence: 'Clause 7 of the constitution.' } }
        : {}),
      ...(kind === 'PARISH_COUNCIL' ? { parishCode: nominator.input['parishCode'] } : {}),
    };
  }
}
