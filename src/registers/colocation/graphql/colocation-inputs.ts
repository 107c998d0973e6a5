/**
 * Validation of the co-location arguments (offers, needs, interests, searches), in the style of inputs.ts:
 * every offending field is named, lengths are capped.
 */
import * as z from 'zod';
import { radiusSchema } from '../../../kernel/graphql/search-inputs';
import { ACCESSIBILITY_FEATURES, ORGANISATION_KINDS } from '../../../kernel/domain/records';
import { COST_VISIBILITIES } from '../../../kernel/domain/records';
import { FACILITIES, SPACE_KINDS, SPACE_TERMS, WEEKDAYS } from '../domain/space-offer';
import {
  contactSchema,
  councilCodeSchema,
  lazy,
  locationSchema,
  optionalText,
  isoDateSchema,
  recordIdSchema,
  text,
} from '../../../kernel/graphql/inputs';

/** A calendar date `YYYY-MM-DD` that exists, as the `Date` scalar takes it (every register's). */
export const dateSchema = isoDateSchema;

const timeSchema = lazy(() =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time written HH:MM'),
);

const slotSchema = lazy(() => z.object({ day: z.enum(WEEKDAYS), opens: timeSchema(), closes: timeSchema() }));
const slotsSchema = lazy(() => z.array(slotSchema()).max(7, 'must list each day at most once'));
const set = <T extends string>(values: readonly [T, ...T[]], max = 50) =>
  z
    .array(z.enum(values))
    .max(max)
    .transform((list) => [...new Set(list)]);

// The distance search's arguments are the kernel's (every register's search takes them).
export { parsePostcodePlace, radiusSchema } from '../../../kernel/graphql/search-inputs';

const money = lazy(() =>
  z.number().min(0, 'must not be negative').max(10_000_000, 'must be at most 10000000'),
);
const capacity = lazy(() => z.number().int().min(1, 'must be at least 1').max(100_000));

const availabilitySchema = lazy(() =>
  z.object({
    slots: slotsSchema(),
    fromDate: dateSchema(),
    untilDate: dateSchema()
      .nullish()
      .transform((value) => value ?? null),
  }),
);

// An offer's contact has no postal address: the building's is shown.
const offerContactSchema = lazy(() => contactSchema().omit({ address: true }));

const editableStatus = lazy(() => z.enum(['DRAFT', 'OPEN', 'WITHDRAWN']));

const offerFields = lazy(() => ({
  title: text(200),
  spaceKind: z.enum(SPACE_KINDS),
  description: optionalText(4000),
  capacity: capacity().nullish(),
  floorAreaSqm: z.number().positive('must be greater than 0').max(10_000_000).nullish(),
  availability: availabilitySchema(),
  terms: z.enum(SPACE_TERMS),
  monthlyCost: money().nullish(),
  costVisibility: z.enum(COST_VISIBILITIES),
  facilities: set(FACILITIES),
  accessibilityFeatures: set(ACCESSIBILITY_FEATURES),
  eligibleOrganisationKinds: set(ORGANISATION_KINDS),
  contact: offerContactSchema(),
}));

export const offerSpaceSchema = lazy(() =>
  z.object({
    buildingId: recordIdSchema(),
    organisationId: recordIdSchema(),
    ...offerFields(),
    capacity: offerFields().capacity.transform((value) => value ?? null),
    floorAreaSqm: offerFields().floorAreaSqm.transform((value) => value ?? null),
    description: offerFields().description.transform((value) => value ?? null),
    monthlyCost: offerFields().monthlyCost.transform((value) => value ?? null),
    // What every offer showed before the choice existed.
    costVisibility: offerFields()
      .costVisibility.nullish()
      .transform((value) => value ?? 'PUBLIC'),
    facilities: offerFields()
      .facilities.nullish()
      .transform((value) => value ?? []),
    accessibilityFeatures: offerFields()
      .accessibilityFeatures.nullish()
      .transform((value) => value ?? null),
    eligibleOrganisationKinds: offerFields()
      .eligibleOrganisationKinds.nullish()
      .transform((value) => value ?? []),
    status: z
      .enum(['DRAFT', 'OPEN'])
      .nullish()
      .transform((value) => value ?? 'OPEN'),
    contact: offerContactSchema()
      .nullish()
      .transform((value) => value ?? { name: null, email: null, phone: null }),
  }),
);

/** Updates: every field optional; omitted stays as it is, null clears the optional ones. */
export const updateSpaceOfferSchema = lazy(() =>
  z.object({
    title: offerFields().title.optional(),
    spaceKind: offerFields().spaceKind.optional(),
    description: offerFields().description,
    capacity: offerFields().capacity,
    floorAreaSqm: offerFields().floorAreaSqm,
    availability: offerFields().availability.optional(),
    terms: offerFields().terms.optional(),
    monthlyCost: offerFields().monthlyCost,
    costVisibility: offerFields().costVisibility.optional(),
    facilities: offerFields().facilities.optional(),
    accessibilityFeatures: offerFields().accessibilityFeatures.optional(),
    eligibleOrganisationKinds: offerFields().eligibleOrganisationKinds.optional(),
    status: editableStatus().optional(),
    contact: offerContactSchema().optional(),
  }),
);

export const postSpaceNeedSchema = lazy(() =>
  z.object({
    organisationId: recordIdSchema(),
    purpose: text(2000),
    spaceKinds: set(SPACE_KINDS)
      .nullish()
      .transform((value) => value ?? []),
    capacity: capacity()
      .nullish()
      .transform((value) => value ?? null),
    slots: slotsSchema()
      .nullish()
      .transform((value) => value ?? []),
    fromDate: dateSchema(),
    monthlyBudget: money()
      .nullish()
      .transform((value) => value ?? null),
    location: locationSchema()
      .nullish()
      .transform((value) => value ?? null),
    radiusKm: radiusSchema()
      .nullish()
      .transform((value) => value ?? null),
    councilCode: councilCodeSchema()
      .nullish()
      .transform((value) => value ?? null),
    mustHaveFacilities: set(FACILITIES)
      .nullish()
      .transform((value) => value ?? []),
    mustHaveAccessibility: set(ACCESSIBILITY_FEATURES)
      .nullish()
      .transform((value) => value ?? []),
  }),
);

export const expressInterestSchema = lazy(() =>
  z.object({
    offerId: recordIdSchema(),
    organisationId: recordIdSchema(),
    needId: recordIdSchema()
      .nullish()
      .transform((value) => value ?? null),
    message: text(4000),
    proposedStart: dateSchema()
      .nullish()
      .transform((value) => value ?? null),
    daysWanted: set(WEEKDAYS)
      .nullish()
      .transform((value) => value ?? []),
  }),
);

export const interestReplySchema = lazy(() => text(4000));

export const interestMessageSchema = lazy(() => optionalText(4000).transform((value) => value ?? null));

export const searchSchema = lazy(() =>
  z.object({
    latitude: z.number(),
    longitude: z.number(),
    radiusKm: radiusSchema(),
  }),
);
export const searchPointSchema = lazy(() => locationSchema());

export const searchFilterSchema = lazy(() =>
  z
    .object({
      spaceKind: z.enum(SPACE_KINDS).nullish(),
      minCapacity: capacity().nullish(),
      day: z.enum(WEEKDAYS).nullish(),
      facilities: set(FACILITIES).nullish(),
    })
    .nullish()
    .transform((value) => ({
      spaceKind: value?.spaceKind ?? null,
      minCapacity: value?.minCapacity ?? null,
      day: value?.day ?? null,
      facilities: value?.facilities ?? [],
    })),
);

export type OfferSpaceArgs = z.output<ReturnType<typeof offerSpaceSchema>>;
export type UpdateSpaceOfferArgs = z.output<ReturnType<typeof updateSpaceOfferSchema>>;
export type SearchFilterArgs = z.output<ReturnType<typeof searchFilterSchema>>;
