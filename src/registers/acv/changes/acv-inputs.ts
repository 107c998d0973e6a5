import * as z from 'zod';
import {
  EXEMPT_DISPOSAL_CATEGORIES,
  INTEREST_KINDS,
  REMOVAL_REASONS,
  UNSUCCESSFUL_GROUNDS,
} from '../domain/acv-records';
import { LISTING_EXCEPTIONS } from '../domain/acv-listability';
import { BUILDING_CATEGORIES } from '../../../kernel/domain/records';
import { boundaryToWkt, parseBoundary } from '../domain/site-boundary';
import {
  addressSchema,
  councilCodeSchema,
  emailSchema,
  isoDateSchema,
  lazy,
  locationSchema,
  optionalText,
  parishCodeSchema,
  recordIdSchema,
  text,
  uprnSchema,
  wardCodeSchema,
} from '../../../kernel/graphql/inputs';

/**
 * Validation of the assets of community value arguments (schema/acv.graphql). Dates arrive already checked
 * by the Date scalar; the schemas here check them again so the domain can rely on them from any caller.
 */

/** A freeholder, leaseholder or occupier the nominator names; an email (optional) makes their notices emailed. */
const interestSchema = lazy(() =>
  z.object({
    kind: z.enum(INTEREST_KINDS),
    name: text(200),
    address: optionalText(500).transform((value) => value ?? null),
    email: emailSchema()
      .nullish()
      .transform((value) => value ?? null),
  }),
);

export { isoDateSchema };
const optionalDate = lazy(() =>
  isoDateSchema()
    .nullish()
    .transform((value) => value ?? null),
);

/** Amounts in pence: whole, not negative, and below what a JSON number holds exactly. */
const pence = lazy(() =>
  z.number().int('must be a whole number of pence()').min(0, 'must not be negative').max(1e13),
);

export const nominateAssetSchema = lazy(() =>
  z.object({
    nominatorOrganisationId: recordIdSchema(),
    buildingId: recordIdSchema()
      .nullish()
      .transform((value) => value ?? null),
    site: z
      .object({
        name: text(200),
        description: optionalText(4000).transform((value) => value ?? null),
        address: addressSchema()
          .nullish()
          .transform((value) => value ?? null),
        location: locationSchema()
          .nullish()
          .transform((value) => value ?? null),
        category: z
          .enum(BUILDING_CATEGORIES)
          .nullish()
          .transform((value) => value ?? null),
        uprn: uprnSchema()
          .nullish()
          .transform((value) => value ?? null),
      })
      .nullish()
      .transform((value) => value ?? null),
    councilCode: councilCodeSchema()
      .nullish()
      .transform((value) => value ?? null),
    boundaryDescription: text(4000),
    boundary: z
      .string()
      .max(200_000, 'must be at most 200000 characters')
      .nullish()
      .transform((value, ctx) => {
        if (!value?.trim()) return null;
        const parsed = parseBoundary(value);
        if (typeof parsed === 'string') {
          ctx.addIssue({ code: 'custom', message: parsed });
          return z.NEVER;
        }
        return boundaryToWkt(parsed);
      }),
    wardCode: wardCodeSchema()
      .nullish()
      .transform((value) => value ?? null),
    parishCode: parishCodeSchema()
      .nullish()
      .transform((value) => value ?? null),
    communityValueReasons: text(8000),
    occupiersKnown: optionalText(4000).transform((value) => value ?? null),
    interests: z
      .array(interestSchema())
      .max(20, 'must list at most 20 people')
      .nullish()
      .transform((value) => value ?? []),
    eligibilityEvidence: text(4000),
    surplusStatement: z
      .object({ doesNotDistributeSurplus: z.boolean(), evidence: text(4000) })
      .nullish()
      .transform((value) => value ?? null),
    owner: z
      .object({
        organisationId: recordIdSchema()
          .nullish()
          .transform((value) => value ?? null),
        name: optionalText(200).transform((value) => value ?? null),
      })
      .nullish()
      .transform((value) => value ?? null),
    receivedOn: optionalDate(),
  }),
);

export const decideNominationSchema = lazy(() =>
  z.object({
    outcome: z.enum(['LISTED', 'UNSUCCESSFUL']),
    decidedOn: optionalDate(),
    reasons: optionalText(8000).transform((value) => value ?? null),
    unsuccessfulGround: z
      .enum(UNSUCCESSFUL_GROUNDS)
      .nullish()
      .transform((value) => value ?? null),
    exceptionsNotApplying: z
      .array(z.object({ exception: z.enum(LISTING_EXCEPTIONS), reason: text(4000) }))
      .max(LISTING_EXCEPTIONS.length, 'must name each exception at most once')
      .refine(
        (list) => new Set(list.map((n) => n.exception)).size === list.length,
        'must name each exception at most once',
      )
      .nullish()
      .transform((value) => value ?? []),
  }),
);

export const decideListingReviewSchema = lazy(() =>
  z.object({
    outcome: z.enum(['UPHELD', 'REMOVED']),
    decidedOn: optionalDate(),
    reasons: text(8000),
    ownerRepresentations: optionalText(8000).transform((value) => value ?? null),
    oralHearingOn: optionalDate(),
  }),
);

export const recordListingRegistrationSchema = lazy(() =>
  z.object({
    localLandChargeRegisteredOn: isoDateSchema().nullish(),
    landRegistryRestrictionAppliedOn: isoDateSchema().nullish(),
    landUnregistered: z.boolean().nullish(),
  }),
);

export const recordAppealSchema = lazy(() =>
  z.object({
    lodgedOn: optionalDate(),
    decidedOn: optionalDate(),
    outcome: z
      .enum(['ALLOWED', 'DISMISSED'])
      .nullish()
      .transform((value) => value ?? null),
    notes: optionalText(4000).transform((value) => value ?? null),
  }),
);

export const recordDisposalNoticeSchema = lazy(() =>
  z.object({
    receivedOn: optionalDate(),
    exemptCategory: z
      .enum(EXEMPT_DISPOSAL_CATEGORIES)
      .nullish()
      .transform((value) => value ?? null),
    details: optionalText(4000).transform((value) => value ?? null),
  }),
);

export const requestToBidSchema = lazy(() =>
  z.object({
    bidderOrganisationId: recordIdSchema(),
    requestedOn: optionalDate(),
  }),
);

export const recordDisposalSchema = lazy(() =>
  z.object({
    disposedOn: optionalDate(),
    buyerName: text(200),
    buyerOrganisationId: recordIdSchema()
      .nullish()
      .transform((value) => value ?? null),
    exemptCategory: z
      .enum(EXEMPT_DISPOSAL_CATEGORIES)
      .nullish()
      .transform((value) => value ?? null),
  }),
);

export const removeListingSchema = lazy(() =>
  z.object({
    removedOn: optionalDate(),
    reason: z.enum(REMOVAL_REASONS),
    details: text(4000),
  }),
);

export const recordCompensationClaimSchema = lazy(() =>
  z.object({
    claimedOn: optionalDate(),
    moratoriumNoticeReceivedOn: optionalDate(),
    amountClaimedPence: pence(),
    outcome: z
      .enum(['PENDING', 'AWARDED', 'REFUSED'])
      .nullish()
      .transform((value) => value ?? 'PENDING'),
    amountAwardedPence: pence()
      .nullish()
      .transform((value) => value ?? null),
  }),
);

export const decideCompensationClaimSchema = lazy(() =>
  z.object({
    claimedOn: isoDateSchema(),
    moratoriumNoticeReceivedOn: optionalDate(),
    outcome: z.enum(['AWARDED', 'REFUSED']),
    amountAwardedPence: pence()
      .nullish()
      .transform((value) => value ?? null),
  }),
);

export const acvSettingsSchema = lazy(() =>
  z.object({
    neighbouringCouncils: z
      .array(councilCodeSchema())
      .max(30, 'must list at most 30 councils')
      .transform((codes) => [...new Set(codes)])
      .optional(),
    listingExpiryConvention: z.enum(['STATUTE', 'ANNIVERSARY']).optional(),
  }),
);

export type NominateAssetArgs = z.output<ReturnType<typeof nominateAssetSchema>>;
