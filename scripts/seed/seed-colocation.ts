/**
 * The demo's co-location: offers of space in the register's operational public buildings (the council's,
 * public bodies' and groups'), needs, and one interest thread run to the end: a need, an expression of interest
 * that answers it, a message each way, the offering body's acceptance (the offer goes UNDER_OFFER); beside it
 * a pending interest and a closed need. All in the last month before the demo's today.
 */
import type { IsoDate } from '../../src/kernel/domain/clock';
import { addDays, addMonthsClamped } from '../../src/registers/acv/domain/acv-timetable';
import { editorOf, SeedStepError } from './api-writer';
import type { ApiWriter, Versioned } from './api-writer';
import { ACV_BUILDINGS } from './demo-council';
import type { DemoCouncil, PlannedBuilding } from './demo-council';
import * as ops from './seed-operations';
import { seededRandom } from './seeded-random';

/** What the co-location part wrote. */
export interface ColocationSummary {
  readonly offers: readonly { id: string; status: string }[];
  readonly needs: readonly string[];
  readonly interests: readonly { id: string; status: string }[];
}

/** What the co-location part needs of the seed so far. */
export interface SeededWorld {
  readonly plan: DemoCouncil;
  readonly seed: number;
  readonly today: IsoDate;
  readonly organisationIds: ReadonlyMap<string, string>;
  readonly buildingIds: readonly string[];
  /** Records an id under a label that is the same in every run with the same seed; returns the id. */
  remember(label: string, id: string): string;
  log(message: string): void;
}

export class ColocationSeeder {
  constructor(
    private readonly api: ApiWriter,
    private readonly world: SeededWorld,
  ) {}

  async run(): Promise<ColocationSummary> {
    const today = this.world.today;
    const random = seededRandom(this.world.seed ^ 0x5eed);
    const offered = this.#offerBuildings();
    this.api.setToday(addDays(today, -30));
    const offers: (Versioned & { status: string; ownerKey: string })[] = [];
    for (const [index, building] of offered.entries()) {
      const kind = String(building.input['category']);
      const spaceKind =
        kind === 'HALL'
          ? 'HALL'
          : kind === 'HEALTH_FACILITY'
            ? 'CLINIC_ROOM'
            : random.pick(['DESKS', 'MEETING_ROOM', 'PRIVATE_OFFICE', 'STORAGE']);
      const days = random.some(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], random.int(2, 5));
      const terms = random.pick(['FREE', 'PEPPERCORN', 'COST_SHARING', 'SUBSIDISED', 'MARKET_RENT']);
      const input = {
        buildingId: this.world.buildingIds[this.world.plan.buildings.indexOf(building)],
        organisationId: this.world.organisationIds.get(building.ownerKey),
        title: `${spaceKind.toLowerCase().replaceAll('_', ' ')} at ${String(building.input['name'])}`.replace(
          /^./,
          (c) => c.toUpperCase(),
        ),
        spaceKind,
        description: 'Available to voluntary groups and public services; ask about weekend use.',
        capacity: random.int(2, 40),
        availability: {
          slots: days.map((day) => ({
            day,
            opens: '09:00',
            closes: random.pick(['13:00', '17:00', '20:00']),
          })),
          fromDate: addDays(today, random.int(-20, 30)),
          ...(random.chance(0.5) ? { untilDate: addMonthsClamped(today, 12) } : {}),
        },
        terms,
        ...(terms === 'FREE' ? {} : { monthlyCost: random.int(2, 60) * 10 }),
        facilities: random.some(
          ['WIFI', 'KITCHEN', 'PARKING', 'RECEPTION', 'PRINTING', 'CYCLE_STORAGE'],
          random.int(1, 4),
        ),
        // The last offer is still being written.
        status: index === offered.length - 1 && offered.length > 3 ? 'DRAFT' : 'OPEN',
        contact: { name: 'Bookings', email: 'bookings@demo.example.org' },
      };
      const offer = await this.api.run<Versioned & { status: string }>(
        ops.OFFER_SPACE,
        { input },
        editorOf(building.ownerKey),
      );
      this.world.remember(`offer:${index + 1}`, offer.id);
      offers.push({ ...offer, ownerKey: building.ownerKey });
    }
    const { needs, interests } = await this.#interestThread(offers);
    this.world.log(
      `Offered space ${offers.length} times; ${needs.length} needs, ${interests.length} interests.`,
    );
    return { offers: offers.map(({ id, status }) => ({ id, status })), needs, interests };
  }

  /** Operational public buildings of the council, public bodies and groups (not the ACV ones), up to 10. */
  #offerBuildings(): PlannedBuilding[] {
    const offerable = [
      'COMMUNITY_CENTRE',
      'LIBRARY',
      'HALL',
      'OFFICE',
      'HEALTH_FACILITY',
      'EDUCATION',
      'SPORTS_FACILITY',
    ];
    const isBusiness = (key: string) => key.startsWith('business-');
    const fits = (b: PlannedBuilding) =>
      !isBusiness(b.ownerKey) && b.input['status'] === 'OPERATIONAL' && b.input['visibility'] === 'PUBLIC';
    const others = this.world.plan.buildings.slice(ACV_BUILDINGS.length).filter(fits);
    const chosen = [
      ...others.filter((b) => offerable.includes(String(b.input['category']))),
      ...others.filter((b) => !offerable.includes(String(b.input['category']))),
    ].slice(0, 10);
    if (chosen.length < 2) throw new SeedStepError('the plan has fewer than 2 buildings to offer space in');
    return chosen;
  }

  /**
   * A need and the conversation that answers it: the interested body expresses interest, the two write to each
   * other, the offering body accepts (the offer goes UNDER_OFFER). Beside it a pending interest and a closed need.
   */
  async #interestThread(
    offers: readonly (Versioned & { status: string; ownerKey: string })[],
  ): Promise<{ needs: string[]; interests: { id: string; status: string }[] }> {
    const today = this.world.today;
    const [first, second] = offers as [(typeof offers)[0], (typeof offers)[0]];
    const interested = first.ownerKey === 'cic-1' ? 'charity-1' : 'cic-1';
    const other = second.ownerKey === 'charity-2' ? 'charity-3' : 'charity-2';
    const council = this.world.plan.councilCode;
    const needs: string[] = [];
    this.api.setToday(addDays(today, -21));
    const closed = await this.api.run<Versioned>(
      ops.POST_NEED,
      {
        input: {
          organisationId: this.world.organisationIds.get('group-3'),
          purpose: 'Storage for the summer fete’s gazebos and tables.',
          spaceKinds: ['STORAGE'],
          fromDate: addDays(today, -14),
          councilCode: council,
        },
      },
      editorOf('group-3'),
    );
    needs.push(this.world.remember('need:closed', closed.id));
    this.api.setToday(addDays(today, -12));
    const need = await this.api.run<Versioned>(
      ops.POST_NEED,
      {
        input: {
          organisationId: this.world.organisationIds.get(interested),
          purpose:
            'Two desks three days a week for our advice workers, and a room for confidential appointments.',
          capacity: 4,
          slots: [
            { day: 'TUESDAY', opens: '09:00', closes: '17:00' },
            { day: 'THURSDAY', opens: '09:00', closes: '17:00' },
          ],
          fromDate: addDays(today, 14),
          monthlyBudget: 300,
          councilCode: council,
          mustHaveFacilities: ['WIFI'],
        },
      },
      editorOf(interested),
    );
    needs.push(this.world.remember('need:answered', need.id));
    this.api.setToday(addDays(today, -10));
    let interest = await this.api.run<Versioned & { status: string }>(
      ops.EXPRESS_INTEREST,
      {
        input: {
          offerId: first.id,
          organisationId: this.world.organisationIds.get(interested),
          needId: need.id,
          message:
            'We run a weekly advice service and would like to use the space on Tuesdays and Thursdays.',
          proposedStart: addDays(today, 14),
          daysWanted: ['TUESDAY', 'THURSDAY'],
        },
      },
      editorOf(interested),
    );
    this.world.remember('interest:accepted', interest.id);
    const conversation: [IsoDate, string, string][] = [
      [
        addDays(today, -9),
        editorOf(first.ownerKey),
        'Thanks: Tuesdays are free. Could you visit on Friday to look round?',
      ],
      [
        addDays(today, -8),
        editorOf(interested),
        'Friday at 10 suits us. We would need the room with the lockable cabinet.',
      ],
    ];
    for (const [on, author, message] of conversation) {
      this.api.setToday(on);
      interest = await this.api.run(
        ops.REPLY_TO_INTEREST,
        { id: interest.id, expectedVersion: interest.version, message },
        author,
      );
    }
    this.api.setToday(addDays(today, -7));
    interest = await this.api.run(
      ops.RESPOND_TO_INTEREST,
      {
        id: interest.id,
        expectedVersion: interest.version,
        response: 'ACCEPT',
        message: 'Welcome aboard: keys from reception.',
      },
      editorOf(first.ownerKey),
    );
    this.api.setToday(addDays(today, -5));
    await this.api.run(
      ops.CLOSE_NEED,
      { id: closed.id, expectedVersion: closed.version },
      editorOf('group-3'),
    );
    this.api.setToday(addDays(today, -3));
    const pending = await this.api.run<Versioned & { status: string }>(
      ops.EXPRESS_INTEREST,
      {
        input: {
          offerId: second.id,
          organisationId: this.world.organisationIds.get(other),
          message: 'Could our carers’ group use this on Wednesday mornings?',
          daysWanted: ['WEDNESDAY'],
        },
      },
      editorOf(other),
    );
    this.world.remember('interest:pending', pending.id);
    return { needs, interests: [interest, pending].map(({ id, status }) => ({ id, status })) };
  }
}
