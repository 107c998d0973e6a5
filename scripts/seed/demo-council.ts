/**
 * The demo council as data: who exists, what they own, and where. A pure function of the seed, the number of
 * buildings and the council, so the same arguments always give the same plan; `seed-register.ts` then writes
 * it through the GraphQL API. Nothing here talks to a store.
 *
 * Places: every building lies inside the council's box (src/kernel/domain/council-areas-data.ts, the only
 * boundary the register ships) and inside the box of the real postcode district its postcode names
 * (postcode-districts-data.ts), so no data quality warning fires. Inward codes are made up: "GL52 4QX" has a
 * real outward half and a plausible inward one, which may or may not exist.
 */
import { findCouncilArea } from '../../src/kernel/domain/council-areas';
import { ACCESSIBILITY_FEATURES } from '../../src/kernel/domain/records';
import type { CouncilArea } from '../../src/kernel/domain/council-areas';
import { findPostcodeDistrict } from '../../src/kernel/domain/postcode-districts';
import type { GeoBox } from '../../src/kernel/domain/postcode-districts';
import type { SeededRandom } from './seeded-random';
import { seededRandom } from './seeded-random';
import * as words from './word-lists';

/** An input object as the GraphQL API takes it. */
export type Input = Record<string, unknown>;

export interface PlannedMember {
  readonly userId: string;
  readonly role: 'VIEWER' | 'EDITOR' | 'ADMIN';
}

export interface PlannedOrganisation {
  /** A stable name for it within the plan ("charity-1"). */
  readonly key: string;
  readonly kind: string;
  readonly name: string;
  readonly input: Input;
  readonly verified: boolean;
  /** Who creates it (and so becomes its first ADMIN); the platform admin for the council. */
  readonly creator: string;
  /** Added after it is created, by its creator. */
  readonly members: readonly PlannedMember[];
  /** An invitation left unclaimed, so the invitations list has something in it. */
  readonly invite?: { readonly email: string; readonly role: 'VIEWER' | 'EDITOR' };
}

export interface PlannedBuilding {
  readonly key: string;
  readonly ownerKey: string;
  /** `CreateBuildingInput` without the owner's id, which is known only once the owner exists. */
  readonly input: Input;
}

export interface DemoCouncil {
  readonly councilCode: string;
  readonly councilName: string;
  readonly area: CouncilArea;
  readonly organisations: readonly PlannedOrganisation[];
  readonly buildings: readonly PlannedBuilding[];
}

export const PLATFORM_ADMIN_ID = 'platform-admin';
/** The council's officers: the first lists, the second reviews (a review needs another officer). */
export const OFFICER_ID = 'demo-officer';
export const SECOND_OFFICER_ID = 'demo-officer-2';
export const COUNCIL_VIEWER_ID = 'demo-council-viewer';

/**
 * The buildings the ACV cases are about come first, each with its owner: the owners must be in the register
 * so that they can ask for a review or give notice of a sale. Listable categories only (no residences).
 */
export const ACV_BUILDINGS: readonly { readonly category: string; readonly ownerKey: string }[] = [
  { category: 'PUB', ownerKey: 'business-1' },
  { category: 'PUB', ownerKey: 'business-2' },
  { category: 'PUB', ownerKey: 'business-3' },
  { category: 'HALL', ownerKey: 'council' },
  { category: 'COMMUNITY_CENTRE', ownerKey: 'council' },
  { category: 'SHOP', ownerKey: 'business-1' },
  { category: 'LIBRARY', ownerKey: 'council' },
  { category: 'PUB', ownerKey: 'business-2' },
  { category: 'SPORTS_FACILITY', ownerKey: 'council' },
  { category: 'PUB', ownerKey: 'business-3' },
  { category: 'COMMUNITY_CENTRE', ownerKey: 'business-3' },
  { category: 'PUB', ownerKey: 'business-1' },
  { category: 'PUB', ownerKey: 'business-3' },
  { category: 'HERITAGE', ownerKey: 'council' },
];

/** Fewer buildings than this cannot hold the ACV cases and the offers of space. */
export const MIN_BUILDINGS = ACV_BUILDINGS.length + 10;

/** Cheltenham: a district with real postcode districts (GL50-GL54) in the reference data. */
export const DEFAULT_COUNCIL_CODE = 'E07000078';

/** Plans the demo council. Throws RangeError for a council the reference data does not know. */
export function planDemoCouncil(options: {
  readonly seed: number;
  readonly buildings: number;
  readonly councilCode?: string;
}): DemoCouncil {
  const councilCode = options.councilCode ?? DEFAULT_COUNCIL_CODE;
  const area = findCouncilArea(councilCode);
  if (!area) throw new RangeError(`${councilCode} is not a council the register knows`);
  if (options.buildings < MIN_BUILDINGS) throw new RangeError(`at least ${MIN_BUILDINGS} buildings`);
  const random = seededRandom(options.seed);
  const places = new PlaceMaker(random, area);
  const organisations = planOrganisations(random, places, area);
  const buildings = planBuildings(random, places, organisations, options.buildings);
  return { councilCode, councilName: `${area.name} Borough Council`, area, organisations, buildings };
}

/**
 * The post town's districts for each council the seed can build (Royal Mail: Cheltenham is GL50-GL53). Box
 * overlap alone would not do: Gloucester's GL4 and the Cotswold GL54 reach into Cheltenham's box.
 */
const TOWN_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  E07000078: ['GL50', 'GL51', 'GL52', 'GL53'],
};

/** The council's postcode districts, each with the part of its box (postcode-districts.ts) inside the council's. */
export function postcodeDistrictsIn(area: CouncilArea): { outwardCode: string; box: GeoBox }[] {
  const outwardCodes = TOWN_DISTRICTS[area.gssCode];
  if (!outwardCodes)
    throw new RangeError(`no postcode districts recorded for ${area.gssCode}; add them to demo-council.ts`);
  return outwardCodes.flatMap((outwardCode) => {
    const known = findPostcodeDistrict(`${outwardCode} 1AA`);
    if (!known.known || !known.box) return [];
    const box = {
      west: Math.max(known.box.west, area.west),
      south: Math.max(known.box.south, area.south),
      east: Math.min(known.box.east, area.east),
      north: Math.min(known.box.north, area.north),
    };
    return box.east > box.west && box.north > box.south ? [{ outwardCode, box }] : [];
  });
}

/** Makes names of places and streets, and addresses with points inside the council's area. */
class PlaceMaker {
  readonly localities: string[];
  readonly #districts: { outwardCode: string; box: GeoBox }[];
  readonly #streets = new Map<string, string[]>();

  constructor(
    private readonly random: SeededRandom,
    private readonly area: CouncilArea,
  ) {
    this.#districts = postcodeDistrictsIn(area);
    if (this.#districts.length === 0) throw new RangeError(`no postcode district inside ${area.name}`);
    const names = new Set<string>();
    while (names.size < 12) {
      const name = `${random.pick(words.NAME_STEMS)}${random.pick(words.NAME_ENDINGS)}`;
      names.add(random.chance(0.25) ? `${name} ${random.pick(words.LOCALITY_SUFFIXES)}` : name);
    }
    this.localities = [...names];
  }

  get townName(): string {
    return this.area.name;
  }

  get councilCode(): string {
    return this.area.gssCode;
  }

  streetName(): string {
    const stem = this.random.pick(words.NAME_STEMS);
    const name = this.random.chance(0.4) ? `${stem}${this.random.pick(words.NAME_ENDINGS)}` : stem;
    return `${name} ${this.random.pick(words.STREET_TYPES)}`;
  }

  /** An address and a point in one district; each district keeps a few streets so neighbours share them. */
  address(): { address: Input; location: Input; street: string; locality: string } {
    const district = this.random.pick(this.#districts);
    const streets = this.#streets.get(district.outwardCode) ?? [];
    if (streets.length < 8 || this.random.chance(0.2)) streets.push(this.streetName());
    this.#streets.set(district.outwardCode, streets);
    const street = this.random.pick(streets);
    const locality = this.random.pick(this.localities);
    const inward = `${this.random.int(1, 9)}${this.random.pick([...words.INWARD_LETTERS])}${this.random.pick([...words.INWARD_LETTERS])}`;
    const { box } = district;
    const latitude = round6(box.south + this.random.next() * (box.north - box.south));
    const longitude = round6(box.west + this.random.next() * (box.east - box.west));
    return {
      address: {
        lines: [`${this.random.int(1, 180)} ${street}`, locality],
        postTown: this.townName,
        postcode: `${district.outwardCode} ${inward}`,
      },
      location: { latitude, longitude },
      street,
      locality,
    };
  }
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function person(random: SeededRandom): string {
  return `${random.pick(words.FIRST_NAMES)} ${random.pick(words.SURNAMES)}`;
}

function digits(random: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => random.int(0, 9)).join('');
}

/** Every kind the schema has, several of the voluntary ones, some left unverified. */
function planOrganisations(
  random: SeededRandom,
  places: PlaceMaker,
  area: CouncilArea,
): PlannedOrganisation[] {
  const town = places.townName;
  const planned: PlannedOrganisation[] = [];
  const add = (
    key: string,
    input: Input,
    options: { verified?: boolean; creator?: string; members?: PlannedMember[]; invite?: boolean } = {},
  ) => {
    const name = String(input['name']);
    const domain = `${slug(name).slice(0, 30)}.example.org`;
    const contactName = person(random);
    planned.push({
      key,
      kind: String(input['kind']),
      name,
      input: {
        councilAreas: [area.gssCode],
        website: `https://${domain}`,
        contact: {
          name: contactName,
          email: `${slug(contactName).replace('-', '.')}@${domain}`,
          // Ofcom keeps 01632 960000-960999 for drama: no real line rings.
          phone: `01632 960${digits(random, 3)}`,
        },
        ...input,
      },
      verified: options.verified ?? true,
      creator: options.creator ?? `demo-${key}-admin`,
      members: options.members ?? [
        { userId: `demo-${key}-editor`, role: 'EDITOR' },
        ...(random.chance(0.5) ? [{ userId: `demo-${key}-viewer`, role: 'VIEWER' as const }] : []),
      ],
      ...(options.invite ? { invite: { email: `volunteer@${domain}`, role: 'VIEWER' as const } } : {}),
    });
  };
  const place = () => random.pick(places.localities).split(' ')[0] ?? town;

  add(
    'council',
    { kind: 'COUNCIL', name: `${area.name} Borough Council`, gssCode: area.gssCode, councilAreas: [] },
    {
      creator: PLATFORM_ADMIN_ID,
      members: [
        { userId: OFFICER_ID, role: 'ADMIN' },
        { userId: SECOND_OFFICER_ID, role: 'EDITOR' },
        { userId: COUNCIL_VIEWER_ID, role: 'VIEWER' },
      ],
    },
  );
  const publicBodies: [string, string][] = [
    ['NHS', `${place()} Community Health NHS Trust`],
    ['POLICE', `${place()}shire Constabulary`],
    ['FIRE', `${place()} Fire and Rescue Service`],
    ['DWP', `Department for Work and Pensions (${town} Jobcentre Plus)`],
    ['EDUCATION', `${place()} Learning Academy Trust`],
    ['OTHER', `${place()} Valley Drainage Board`],
  ];
  for (const [type, name] of publicBodies) {
    add(`public-${type.toLowerCase()}`, { kind: 'PUBLIC_BODY', name, publicBodyType: type });
  }
  for (const index of [1, 2]) {
    add(`parish-${index}`, {
      kind: 'PARISH_COUNCIL',
      name: `${place()} Parish Council`,
      parishCode: `E04${digits(random, 6)}`,
    });
  }
  const cause = () => random.pick(words.CAUSES);
  const voluntary: [string, string, number, () => Input][] = [
    [
      'charity',
      'CHARITY',
      3,
      () => ({ name: `${place()} ${cause()} Trust`, charityNumber: `11${digits(random, 5)}` }),
    ],
    ['cio', 'CIO', 2, () => ({ name: `${place()} ${cause()} CIO`, charityNumber: `12${digits(random, 5)}` })],
    [
      'cic',
      'COMMUNITY_INTEREST_COMPANY',
      2,
      () => ({ name: `${place()} ${cause()} CIC`, companyNumber: `1${digits(random, 7)}` }),
    ],
    [
      'clg',
      'COMPANY_LIMITED_BY_GUARANTEE',
      2,
      () => ({ name: `${place()} ${cause()} Ltd`, companyNumber: `0${digits(random, 7)}` }),
    ],
    [
      'cbs',
      'COMMUNITY_BENEFIT_SOCIETY',
      2,
      () => ({ name: `${place()} Community Pub Society`, companyNumber: `RS${digits(random, 6)}` }),
    ],
    // The first group is too small to nominate (reg 5 asks for 21 members); the others are not.
    [
      'group',
      'UNINCORPORATED_GROUP',
      3,
      () => ({ name: `Friends of ${place()} ${random.pick(['Park', 'Green', 'Library', 'Brook'])}` }),
    ],
    ['forum', 'NEIGHBOURHOOD_FORUM', 1, () => ({ name: `${place()} Neighbourhood Forum` })],
    [
      'business',
      'BUSINESS',
      3,
      () => ({
        name: `${place()} ${random.pick(['Taverns', 'Inns', 'Properties'])} Ltd`,
        companyNumber: `0${digits(random, 7)}`,
      }),
    ],
  ];
  for (const [prefix, kind, count, make] of voluntary) {
    for (let index = 1; index <= count; index++) {
      const memberCount =
        kind === 'UNINCORPORATED_GROUP' ? { memberCount: index === 1 ? 12 : random.int(21, 140) } : {};
      // The first of each kind is verified (the ACV cases and the interest thread use them); later ones may not be.
      const verified = index === 1 || kind === 'BUSINESS' || random.chance(0.5);
      add(`${prefix}-${index}`, { kind, ...make(), ...memberCount }, { verified, invite: index === 2 });
    }
  }
  // At least one unverified body, whatever the seed: the register treats them differently.
  if (planned.every((organisation) => organisation.verified)) {
    const last = planned.findLastIndex((organisation) => organisation.key.startsWith('group-'));
    planned[last] = { ...(planned[last] as PlannedOrganisation), verified: false };
  }
  return planned;
}

const CATEGORY_NAMES: Record<string, (r: SeededRandom, street: string, locality: string) => string> = {
  COMMUNITY_CENTRE: (_r, _s, locality) => `${locality} Community Centre`,
  LIBRARY: (_r, _s, locality) => `${locality} Library`,
  HALL: (r, _s, locality) =>
    r.chance(0.5) ? `${locality} Village Hall` : `St ${r.pick(words.SAINTS)}'s Church Hall`,
  OFFICE: (r, street) => `${street.split(' ')[0]} House${r.chance(0.3) ? ' (offices)' : ''}`,
  LAND: (_r, street) => `Land at ${street}`,
  PUB: (r) =>
    r.chance(0.6)
      ? `The ${r.pick(words.PUB_ADJECTIVES)} ${r.pick(words.PUB_NOUNS)}`
      : `The ${r.pick(words.PUB_NOUNS)} and ${r.pick(words.PUB_NOUNS)}`,
  SHOP: (r, street) => `${r.int(1, 90)} ${street} (shop)`,
  SPORTS_FACILITY: (r, street, locality) =>
    r.chance(0.5) ? `${locality} Leisure Centre` : `${street.split(' ')[0]} Playing Fields`,
  PARK_OR_OPEN_SPACE: (r, street) =>
    `${street.split(' ')[0]} ${r.pick(['Gardens', 'Park', 'Allotments', 'Recreation Ground'])}`,
  PLACE_OF_WORSHIP: (r) => `St ${r.pick(words.SAINTS)}'s Church`,
  HEALTH_FACILITY: (_r, _s, locality) => `${locality} Health Centre`,
  EDUCATION: (r, _s, locality) =>
    `${locality} ${r.pick(['Primary School', 'Academy', 'Adult Learning Centre'])}`,
  HERITAGE: (r, street) => `${street.split(' ')[0]} ${r.pick(['Museum', 'Pump Room', 'Old Lock-up'])}`,
  CAR_PARK: (_r, street) => `${street} Car Park`,
  DEPOT_OR_INDUSTRIAL: (_r, street) => `${street} Depot`,
  RESIDENTIAL: (r, street) => `${r.int(1, 120)} ${street}`,
  OTHER: (_r, street) => `${street} Public Toilets`,
};

/** What each kind of owner tends to hold, as weights. */
const CATEGORIES_BY_OWNER: Record<string, Record<string, number>> = {
  COUNCIL: {
    COMMUNITY_CENTRE: 8,
    LIBRARY: 6,
    HALL: 5,
    OFFICE: 8,
    LAND: 10,
    PARK_OR_OPEN_SPACE: 12,
    SPORTS_FACILITY: 5,
    HERITAGE: 3,
    CAR_PARK: 10,
    DEPOT_OR_INDUSTRIAL: 4,
    RESIDENTIAL: 6,
    OTHER: 3,
    SHOP: 4,
  },
  PUBLIC_BODY: { OFFICE: 6, HEALTH_FACILITY: 8, EDUCATION: 6, DEPOT_OR_INDUSTRIAL: 2, LAND: 2, CAR_PARK: 1 },
  VOLUNTARY: {
    COMMUNITY_CENTRE: 5,
    HALL: 6,
    PLACE_OF_WORSHIP: 3,
    OFFICE: 3,
    SHOP: 3,
    PARK_OR_OPEN_SPACE: 2,
    LAND: 1,
  },
  BUSINESS: { PUB: 6, SHOP: 4, OFFICE: 2 },
};

function ownerGroup(kind: string): string {
  if (kind === 'COUNCIL' || kind === 'PUBLIC_BODY' || kind === 'BUSINESS') return kind;
  return 'VOLUNTARY';
}

function planBuildings(
  random: SeededRandom,
  places: PlaceMaker,
  organisations: readonly PlannedOrganisation[],
  count: number,
): PlannedBuilding[] {
  const byKey = new Map(organisations.map((organisation) => [organisation.key, organisation]));
  const owners = organisations.filter((organisation) => organisation.kind !== 'PARISH_COUNCIL');
  const refs = new Map<string, number>();
  const buildings: PlannedBuilding[] = [];
  for (let index = 0; index < count; index++) {
    const acv = ACV_BUILDINGS[index];
    const owner = acv
      ? (byKey.get(acv.ownerKey) as PlannedOrganisation)
      : random.chance(0.5)
        ? (byKey.get('council') as PlannedOrganisation)
        : random.pick(owners);
    const kind = owner.kind;
    const category = acv?.category ?? random.weighted(CATEGORIES_BY_OWNER[ownerGroup(kind)] ?? { OTHER: 1 });
    const { address, location, street, locality } = places.address();
    const name = (CATEGORY_NAMES[category] ?? CATEGORY_NAMES['OTHER'])?.(random, street, locality) ?? street;
    const refNumber = (refs.get(owner.key) ?? 0) + 1;
    refs.set(owner.key, refNumber);
    const status = acv
      ? 'OPERATIONAL'
      : random.weighted({ OPERATIONAL: 78, UNDER_REVIEW: 8, SURPLUS: 6, VACANT: 6, DISPOSED: 2 });
    const floorArea =
      category === 'LAND' || category === 'CAR_PARK' || category === 'PARK_OR_OPEN_SPACE'
        ? null
        : random.int(60, 2400);
    buildings.push({
      key: `building-${index + 1}`,
      ownerKey: owner.key,
      input: {
        name,
        ...(random.chance(0.7) ? { uprn: String(random.int(100_000_000, 100_099_999_999)) } : {}),
        assetReference: `${owner.key.toUpperCase()}-${String(refNumber).padStart(4, '0')}`,
        address,
        location,
        councilCode: places.councilCode,
        tenure: random.chance(0.8)
          ? { type: 'FREEHOLD', detail: random.pick(['Occupied by the owner', 'Let to a tenant', 'Vacant']) }
          : { type: 'LEASEHOLD', detail: random.pick(['Ground lease', 'Lease of 25 years', 'Licence']) },
        category,
        status,
        ...(floorArea ? { floorAreaSqm: floorArea } : {}),
        accessibilityFeatures: random.some(ACCESSIBILITY_FEATURES, random.int(0, 4)),
        description: `${name}, ${street}, ${locality}.`,
        visibility: acv || random.chance(0.85) ? 'PUBLIC' : 'PARTNERS',
      },
    });
  }
  return buildings;
}
