import * as z from 'zod';
import { isIsoDate } from '../domain/clock';
import { BadUserInputError } from '../domain/errors';
import {
  CHARITY_NUMBER_PATTERN,
  COMPANY_NUMBER_PATTERN,
  COUNCIL_GSS_PATTERN,
  PARISH_GSS_PATTERN,
  RECORD_ID_PATTERN,
  USER_ID_PATTERN,
  WARD_GSS_PATTERN,
  isUprn,
} from '../domain/identifiers';
import { isKnownCouncilCode } from '../domain/council-areas';
import { describeLocationProblem } from '../domain/location';
import { IDEMPOTENCY_KEY_PATTERN } from '../domain/idempotency';
import { normalisePostcode } from '../domain/postcode';
import {
  ACCESSIBILITY_FEATURES,
  BUILDING_CATEGORIES,
  BUILDING_STATUSES,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PUBLIC_BODY_TYPES,
  TENURE_TYPES,
  VISIBILITIES,
} from '../domain/records';

/**
 * Validation of every argument a client sends, before anything reaches the store. Lengths are capped so no
 * DynamoDB key or item can grow past its limits (keys are at most 2 KB). Errors name each offending field.
 */

/**
 * A schema built on its first use. zod builds each schema eagerly and not cheaply: the register's ~60
 * argument schemas took ~25 ms of every Lambda cold start, most of them for mutations the first request
 * never sees. Each is therefore a function that builds its schema once (`createBuildingSchema()`).
 */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * Parses `value` against `schema`; every problem becomes a BAD_USER_INPUT field under `root`. The register
 * names a field one way everywhere (docs/partners.md, "Errors"): the argument's name, then the dotted path
 * inside it (`first`, `input.postcode`, `input.rows.3.name`). So `root` is the argument's name, or '' when
 * `value` holds several arguments by name (a page's `first` and `after`), whose names then start the path.
 */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S> {
  const result = schema.safeParse(value, { error: toPlainMessage });
  if (result.success) return result.data;
  throw new BadUserInputError(
    result.error.issues.map((issue) => ({
      field: [...(root ? [root] : []), ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}

/**
 * The register's own wording for every check that has no message of its own, so zod's ("Invalid input:
 * expected string, received null", "Too big: expected number to be <=10000000") never reaches a client.
 * Messages written on a schema take precedence over this map; it words only the rest. The field is named
 * by BadUserInputError, so these say what is wrong with it.
 */
function toPlainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === null) return 'must not be null (leave it out to keep it as it is)';
      if (issue.input === undefined) return 'is required';
      return `must be ${describeExpected(String(issue.expected))}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${describeUnit(String(issue.origin))}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${describeUnit(String(issue.origin))}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return `has fields the register does not know: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
}

function describeExpected(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'int') return 'a whole number';
  return `a ${expected}`;
}

function describeUnit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), 'must not contain control characters');

/** Tabs and line breaks are allowed in text; other control characters are not. */
function hasControlCharacters(value: string): boolean {
  return [...value].some((char) => {
    const code = char.charCodeAt(0);
    return code < 32 && char !== '\t' && char !== '\n' && char !== '\r';
  });
}

/** An optional text: omitted stays undefined (unchanged), null or blank becomes null (cleared). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), 'must not contain control characters')
    .nullish()
    .transform((value) => (value === undefined ? undefined : value ? value : null));

const pattern = (regex: RegExp, message: string) => z.string().trim().toUpperCase().regex(regex, message);

export const recordIdSchema = lazy(() => z.string().regex(RECORD_ID_PATTERN, 'is not a valid id'));
export const userIdSchema = lazy(() =>
  z.string().regex(USER_ID_PATTERN, 'is not a valid user id (1-128 letters, digits, . _ @ + -)'),
);
export const councilCodeSchema = lazy(() =>
  pattern(
    COUNCIL_GSS_PATTERN,
    'must be an English council GSS code: E06, E07, E08, E09 or E10 followed by six digits (e.g. E07000078)',
  ).refine(
    // A code of the right shape that is no council (E07999999) is refused too; a malformed one is
    // reported once, by the pattern.
    (code) => !COUNCIL_GSS_PATTERN.test(code) || isKnownCouncilCode(code),
    'is not the GSS code of an English council (ONS codes of districts, unitary authorities, metropolitan and London boroughs and counties)',
  ),
);
export const parishCodeSchema = lazy(() =>
  pattern(
    PARISH_GSS_PATTERN,
    'must be an English parish GSS code: E04 followed by six digits (e.g. E04004275)',
  ),
);
export const wardCodeSchema = lazy(() =>
  pattern(WARD_GSS_PATTERN, 'must be an English ward GSS code: E05 followed by six digits (e.g. E05015704)'),
);
export const uprnSchema = lazy(() =>
  z.string().trim().refine(isUprn, 'must be a UPRN: 1 to 12 digits, not all zero (leading zeros are kept)'),
);
export const emailSchema = lazy(() =>
  z
    .string()
    .trim()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('is not an email address'))
    .transform((value) => value.toLowerCase()),
);
export const roleSchema = lazy(() => z.enum(MEMBER_ROLES));

/**
 * A `Date` argument: the scalar checked it already when it came as one, and this checks it again so a value
 * from any other caller (a nested JSON input, a test) meets the same rule.
 */
export const isoDateSchema = lazy(() =>
  z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD'),
);

export const pageSchema = lazy(() =>
  z.object({
    first: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .nullish()
      .transform((value) => value ?? 20),
    after: z
      .string()
      .max(2048, 'is not a cursor from this list')
      .nullish()
      .transform((value) => value ?? null),
  }),
);

const postcodeSchema = lazy(() =>
  z
    .string()
    .max(20, 'must be at most 20 characters')
    .transform((raw, ctx) => {
      const result = normalisePostcode(raw);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.reason });
        return z.NEVER;
      }
      return result;
    }),
);

export const contactSchema = lazy(() =>
  z.object({
    name: optionalText(200).transform((value) => value ?? null),
    email: emailSchema()
      .nullish()
      .transform((value) => value ?? null),
    phone: z
      .string()
      .trim()
      .max(30, 'must be at most 30 characters')
      .regex(/^\+?[0-9 ()-]{6,}$/, 'must be a telephone number (digits, spaces, +, brackets, dashes)')
      .nullish()
      .transform((value) => value ?? null),
    address: optionalText(500).transform((value) => value ?? null),
  }),
);

const councilAreasSchema = lazy(() =>
  z
    .array(councilCodeSchema())
    .max(50, 'must list at most 50 council areas')
    .transform((codes) => [...new Set(codes)]),
);

const websiteSchema = lazy(() =>
  z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting http:// or https://' })),
);

const organisationFields = lazy(() => ({
  name: text(200),
  charityNumber: pattern(
    CHARITY_NUMBER_PATTERN,
    'must be a Charity Commission number (6 or 7 digits)',
  ).nullish(),
  companyNumber: pattern(COMPANY_NUMBER_PATTERN, 'must be a Companies House number (8 characters)').nullish(),
  memberCount: z.number().int().min(1, 'must be at least 1').max(10_000_000).nullish(),
  publicBodyType: z.enum(PUBLIC_BODY_TYPES).nullish(),
  parishCode: parishCodeSchema().nullish(),
  councilAreas: councilAreasSchema(),
  website: websiteSchema().nullish(),
  contact: contactSchema().nullish(),
}));

export const createOrganisationSchema = lazy(() =>
  z.object({
    kind: z.enum(ORGANISATION_KINDS),
    gssCode: councilCodeSchema().nullish(),
    ...organisationFields(),
  }),
);

export const updateOrganisationSchema = lazy(() =>
  z
    .object(organisationFields())
    .partial()
    .extend({ name: text(200).optional(), councilAreas: councilAreasSchema().optional() }),
);

const addressSchema = lazy(() =>
  z.object({
    lines: z.array(text(200)).max(4, 'must have at most 4 lines'),
    postTown: optionalText(100),
    postcode: postcodeSchema().nullish(),
  }),
);

/**
 * Numbers are kept to a fixed number of decimals: DynamoDB stores at most 38 significant digits between
 * 1e-130 and 1e126, so a GraphQL Float such as 5e-324 (valid JSON, and valid to graphql-js) could not be
 * written at all. Seven decimals of a degree are about a centimetre.
 */
const roundTo = (decimals: number) => (value: number) => {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
};

export const locationSchema = lazy(() =>
  z
    .object({ latitude: z.number().transform(roundTo(7)), longitude: z.number().transform(roundTo(7)) })
    .superRefine((point, ctx) => {
      const problem = describeLocationProblem(point);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
);

const tenureSchema = lazy(() => z.object({ type: z.enum(TENURE_TYPES), detail: optionalText(200) }));

const buildingFields = lazy(() => ({
  name: text(200),
  uprn: uprnSchema().nullish(),
  assetReference: optionalText(100),
  address: addressSchema(),
  location: locationSchema().nullish(),
  councilCode: councilCodeSchema(),
  ownerOrganisationId: recordIdSchema().nullish(),
  ownerName: optionalText(200),
  tenure: tenureSchema().nullish(),
  category: z.enum(BUILDING_CATEGORIES),
  status: z.enum(BUILDING_STATUSES),
  floorAreaSqm: z
    .number()
    .transform(roundTo(2))
    .pipe(z.number().min(0.01, 'must be greater than 0 (at least 0.01 square metres)').max(10_000_000))
    .nullish(),
  accessibilityFeatures: z.array(z.enum(ACCESSIBILITY_FEATURES)).transform((list) => [...new Set(list)]),
  description: optionalText(4000),
  visibility: z.enum(VISIBILITIES),
}));

export const createBuildingSchema = lazy(() =>
  z.object({
    ...buildingFields(),
    status: buildingFields()
      .status.nullish()
      .transform((value) => value ?? 'OPERATIONAL'),
    accessibilityFeatures: buildingFields()
      .accessibilityFeatures.nullish()
      .transform((value) => value ?? []),
    visibility: buildingFields()
      .visibility.nullish()
      .transform((value) => value ?? 'PUBLIC'),
  }),
);

/** Updates: every field optional; the required ones may be omitted but not cleared with null. */
export const updateBuildingSchema = lazy(() =>
  z.object({
    ...buildingFields(),
    name: buildingFields().name.optional(),
    address: buildingFields().address.optional(),
    councilCode: buildingFields().councilCode.optional(),
    category: buildingFields().category.optional(),
    status: buildingFields().status.optional(),
    accessibilityFeatures: buildingFields().accessibilityFeatures.optional(),
    visibility: buildingFields().visibility.optional(),
  }),
);

export type CreateOrganisationArgs = z.output<ReturnType<typeof createOrganisationSchema>>;
export type UpdateOrganisationArgs = z.output<ReturnType<typeof updateOrganisationSchema>>;
export type CreateBuildingArgs = z.output<ReturnType<typeof createBuildingSchema>>;
export type UpdateBuildingArgs = z.output<ReturnType<typeof updateBuildingSchema>>;

/** A client's idempotency key for a create (absent or null: the create is not protected against retries). */
export const idempotencyKeySchema = lazy(() =>
  z
    .string()
    .regex(IDEMPOTENCY_KEY_PATTERN, 'must be 8-100 letters, digits or . _ : - (a UUID is a good key)')
    .nullish()
    .transform((value) => value ?? null),
);

// Shared with the assets of community value inputs (src/registers/acv/changes/acv-inputs.ts).
export { addressSchema };
// --- Asset imports (issue 10) ---

/** One row of importAssets, checked on its own so a bad row is reported rather than failing the batch. */
export const importRowSchema = lazy(() =>
  z.object({
    name: buildingFields().name,
    uprn: buildingFields().uprn,
    assetReference: buildingFields().assetReference,
    address: buildingFields().address,
    location: buildingFields().location,
    tenure: buildingFields().tenure,
    category: buildingFields().category,
    duplicateLines: z
      .array(z.number().int())
      .max(1000)
      .nullish()
      .transform((lines) => lines ?? []),
    nameIsAddress: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    repairs: z
      .array(z.object({ field: text(50), message: text(300) }))
      .max(10, 'must hold at most 10 repairs')
      .nullish()
      .transform((repairs) => repairs ?? []),
  }),
);

/** What importAssets applies to every row of a batch. */
export const importHeaderSchema = lazy(() =>
  z.object({
    councilCode: councilCodeSchema(),
    ownerOrganisationId: recordIdSchema()
      .nullish()
      .transform((value) => value ?? null),
    ownerName: optionalText(200).transform((value) => value ?? null),
    visibility: buildingFields()
      .visibility.nullish()
      .transform((value) => value ?? 'PUBLIC'),
    source: optionalText(100).transform((value) => value ?? null),
  }),
);

export type ImportHeaderArgs = z.output<ReturnType<typeof importHeaderSchema>>;
