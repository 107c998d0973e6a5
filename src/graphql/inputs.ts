import { z } from 'zod';
import { BadUserInputError } from '../domain/errors';
import {
  CHARITY_NUMBER_PATTERN,
  COMPANY_NUMBER_PATTERN,
  COUNCIL_GSS_PATTERN,
  RECORD_ID_PATTERN,
  USER_ID_PATTERN,
  isUprn,
} from '../domain/identifiers';
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

/** Parses `value` against `schema`; every problem becomes a BAD_USER_INPUT field under `root`. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadUserInputError(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
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

export const recordIdSchema = z.string().regex(RECORD_ID_PATTERN, 'is not a valid id');
export const userIdSchema = z
  .string()
  .regex(USER_ID_PATTERN, 'is not a valid user id (1-128 letters, digits, . _ @ + -)');
export const councilCodeSchema = pattern(
  COUNCIL_GSS_PATTERN,
  'must be an English council GSS code: E06, E07, E08, E09 or E10 followed by six digits (e.g. E07000078)',
);
export const uprnSchema = z
  .string()
  .trim()
  .refine(isUprn, 'must be a UPRN: 1 to 12 digits, not all zero (leading zeros are kept)');
export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('is not an email address'))
  .transform((value) => value.toLowerCase());
export const roleSchema = z.enum(MEMBER_ROLES);

export const pageSchema = z.object({
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
});

const postcodeSchema = z
  .string()
  .max(20, 'must be at most 20 characters')
  .transform((raw, ctx) => {
    const result = normalisePostcode(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result;
  });

export const contactSchema = z.object({
  name: optionalText(200).transform((value) => value ?? null),
  email: emailSchema.nullish().transform((value) => value ?? null),
  phone: z
    .string()
    .trim()
    .max(30, 'must be at most 30 characters')
    .regex(/^\+?[0-9 ()-]{6,}$/, 'must be a telephone number (digits, spaces, +, brackets, dashes)')
    .nullish()
    .transform((value) => value ?? null),
  address: optionalText(500).transform((value) => value ?? null),
});

const councilAreasSchema = z
  .array(councilCodeSchema)
  .max(50, 'must list at most 50 council areas')
  .transform((codes) => [...new Set(codes)]);

const websiteSchema = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting http:// or https://' }));

const organisationFields = {
  name: text(200),
  charityNumber: pattern(
    CHARITY_NUMBER_PATTERN,
    'must be a Charity Commission number (6 or 7 digits)',
  ).nullish(),
  companyNumber: pattern(COMPANY_NUMBER_PATTERN, 'must be a Companies House number (8 characters)').nullish(),
  memberCount: z.number().int().min(1, 'must be at least 1').max(10_000_000).nullish(),
  publicBodyType: z.enum(PUBLIC_BODY_TYPES).nullish(),
  councilAreas: councilAreasSchema,
  website: websiteSchema.nullish(),
  contact: contactSchema.nullish(),
};

export const createOrganisationSchema = z.object({
  kind: z.enum(ORGANISATION_KINDS),
  gssCode: councilCodeSchema.nullish(),
  ...organisationFields,
});

export const updateOrganisationSchema = z
  .object(organisationFields)
  .partial()
  .extend({ name: text(200).optional(), councilAreas: councilAreasSchema.optional() });

const addressSchema = z.object({
  lines: z.array(text(200)).max(4, 'must have at most 4 lines'),
  postTown: optionalText(100),
  postcode: postcodeSchema.nullish(),
});

export const locationSchema = z
  .object({ latitude: z.number(), longitude: z.number() })
  .superRefine((point, ctx) => {
    const problem = describeLocationProblem(point);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const tenureSchema = z.object({ type: z.enum(TENURE_TYPES), detail: optionalText(200) });

const buildingFields = {
  name: text(200),
  uprn: uprnSchema.nullish(),
  assetReference: optionalText(100),
  address: addressSchema,
  location: locationSchema.nullish(),
  councilCode: councilCodeSchema,
  ownerOrganisationId: recordIdSchema.nullish(),
  ownerName: optionalText(200),
  tenure: tenureSchema.nullish(),
  category: z.enum(BUILDING_CATEGORIES),
  status: z.enum(BUILDING_STATUSES),
  floorAreaSqm: z.number().positive('must be greater than 0').max(10_000_000).nullish(),
  accessibilityFeatures: z.array(z.enum(ACCESSIBILITY_FEATURES)).transform((list) => [...new Set(list)]),
  description: optionalText(4000),
  visibility: z.enum(VISIBILITIES),
};

export const createBuildingSchema = z.object({
  ...buildingFields,
  status: buildingFields.status.nullish().transform((value) => value ?? 'OPERATIONAL'),
  accessibilityFeatures: buildingFields.accessibilityFeatures.nullish().transform((value) => value ?? []),
  visibility: buildingFields.visibility.nullish().transform((value) => value ?? 'PUBLIC'),
});

/** Updates: every field optional; the required ones may be omitted but not cleared with null. */
export const updateBuildingSchema = z.object({
  ...buildingFields,
  name: buildingFields.name.optional(),
  address: buildingFields.address.optional(),
  councilCode: buildingFields.councilCode.optional(),
  category: buildingFields.category.optional(),
  status: buildingFields.status.optional(),
  accessibilityFeatures: buildingFields.accessibilityFeatures.optional(),
  visibility: buildingFields.visibility.optional(),
});

export type CreateOrganisationArgs = z.output<typeof createOrganisationSchema>;
export type UpdateOrganisationArgs = z.output<typeof updateOrganisationSchema>;
export type CreateBuildingArgs = z.output<typeof createBuildingSchema>;
export type UpdateBuildingArgs = z.output<typeof updateBuildingSchema>;

/** A client's idempotency key for a create (absent or null: the create is not protected against retries). */
export const idempotencyKeySchema = z
  .string()
  .regex(IDEMPOTENCY_KEY_PATTERN, 'must be 8-100 letters, digits or . _ : - (a UUID is a good key)')
  .nullish()
  .transform((value) => value ?? null);
