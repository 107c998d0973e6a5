/**
 * Validation of the surplus arguments, in the style of inputs.ts: every offending field is named, lengths
 * are capped.
 */
import * as z from 'zod';
import {
  contactSchema,
  isoDateSchema,
  lazy,
  optionalText,
  recordIdSchema,
  text,
} from '../../../kernel/graphql/inputs';
import {
  CLOSING_BUILDING_STATUSES,
  ITEM_CONDITIONS,
  MAX_KINDS_PER_BUILDING_STEP,
  MAX_LISTING_QUANTITY,
  PHOTO_CONTENT_TYPES,
  SURPLUS_CATEGORIES,
} from '../domain/surplus-listing';

const quantity = lazy(() =>
  z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_LISTING_QUANTITY, `must be at most ${MAX_LISTING_QUANTITY}`),
);

const nullable = <T>(value: T | null | undefined): T | null => value ?? null;

const collectionSchema = lazy(() =>
  z.object({
    accessTimes: optionalText(500).transform(nullable),
    loading: optionalText(1000).transform(nullable),
    contactName: contactSchema().shape.name,
    contactEmail: contactSchema().shape.email,
    contactPhone: contactSchema().shape.phone,
  }),
);

/** What one kind of items is: a listing's own fields. */
const itemsShape = () => ({
  category: z.enum(SURPLUS_CATEGORIES),
  description: text(1000),
  quantity: quantity(),
  condition: z.enum(ITEM_CONDITIONS),
  dimensions: optionalText(200).transform(nullable),
});

/** Where the items are and who lists them. */
const placeShape = () => ({ buildingId: recordIdSchema(), organisationId: recordIdSchema() });

/** What a building's listings of one step share: the dates and the collection arrangements. */
const termsShape = () => ({
  availableFrom: isoDateSchema(),
  availableUntil: isoDateSchema().nullish().transform(nullable),
  collection: collectionSchema(),
  mustCollect: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

const datesInOrder = {
  check: (input: { availableFrom: string; availableUntil: string | null }) =>
    input.availableUntil === null || input.availableUntil >= input.availableFrom,
  params: { path: ['availableUntil'], message: 'must not be before availableFrom' },
};

export const createSurplusListingSchema = lazy(() =>
  z
    .object({ ...placeShape(), ...itemsShape(), ...termsShape() })
    .refine(datesInOrder.check, datesInOrder.params),
);

/**
 * listBuildingSurplus: the shared fields, 1 to MAX_KINDS_PER_BUILDING_STEP kinds of items, and the
 * building's new status (a closing one only) with the version it is based on.
 */
export const listBuildingSurplusSchema = lazy(() =>
  z
    .object({
      ...placeShape(),
      buildingStatus: z
        .enum(CLOSING_BUILDING_STATUSES, {
          error: `must be one of ${CLOSING_BUILDING_STATUSES.join(', ')} (a building closing); change other statuses with updateBuilding`,
        })
        .nullish()
        .transform(nullable),
      buildingExpectedVersion: z.number().int('must be a whole number').nullish().transform(nullable),
      ...termsShape(),
      items: z
        .array(z.object(itemsShape()))
        .min(1, 'must list at least one kind of items')
        .max(
          MAX_KINDS_PER_BUILDING_STEP,
          `must be at most ${MAX_KINDS_PER_BUILDING_STEP} kinds of items in one step (what one transaction holds); list the rest with createSurplusListing or a second step`,
        ),
    })
    .refine(datesInOrder.check, datesInOrder.params)
    .refine((input) => input.buildingStatus === null || input.buildingExpectedVersion !== null, {
      path: ['buildingExpectedVersion'],
      message: 'is required with buildingStatus: the version of the building you last read',
    }),
);

/** An edit: every field optional; omitted stays as it is, null clears `dimensions` and `availableUntil`. */
export const updateSurplusListingSchema = lazy(() =>
  z.object({
    description: text(1000).optional(),
    condition: z.enum(ITEM_CONDITIONS).optional(),
    dimensions: optionalText(200),
    availableUntil: isoDateSchema().nullish(),
    collection: collectionSchema().optional(),
    mustCollect: z.boolean().optional(),
    quantity: quantity().optional(),
  }),
);

export const requestSurplusItemsSchema = lazy(() =>
  z.object({
    listingId: recordIdSchema(),
    organisationId: recordIdSchema(),
    quantity: quantity(),
    intendedUse: text(1000),
  }),
);

export const allocationQuantitySchema = lazy(() => quantity().nullish().transform(nullable));

export const closeReasonSchema = lazy(() => optionalText(500).transform(nullable));

/** The file types a photo may be: anything else is refused before a form is signed. */
export const photoContentTypeSchema = lazy(() =>
  z.enum(PHOTO_CONTENT_TYPES, { error: `must be one of ${PHOTO_CONTENT_TYPES.join(', ')}` }),
);

/** A photo's id as the upload form gave it: 32 hex digits. */
export const photoIdSchema = lazy(() =>
  z.string().regex(/^[0-9a-f]{32}$/, 'must be the photoId of an upload form (32 hex digits)'),
);

export const altTextSchema = lazy(() => text(300));

/** A distance search's filter: one category or all, and only listings available today. */
export const surplusSearchFilterSchema = lazy(() =>
  z
    .object({
      category: z.enum(SURPLUS_CATEGORIES).nullish(),
      availableNow: z.boolean().nullish(),
    })
    .nullish()
    .transform((value) => ({
      category: value?.category ?? null,
      availableNow: value?.availableNow ?? false,
    })),
);

export type SurplusSearchFilterArgs = z.output<ReturnType<typeof surplusSearchFilterSchema>>;
