/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accessibility features a building offers. */
export type AccessibilityFeature =
  /** Accessible parking close to the entrance. */
  | 'ACCESSIBLE_PARKING'
  /** An accessible toilet. */
  | 'ACCESSIBLE_TOILET'
  /** Baby changing facilities. */
  | 'BABY_CHANGING'
  /** A Changing Places toilet (with a hoist and an adult-sized changing bench). */
  | 'CHANGING_PLACES_TOILET'
  /** A hearing loop. */
  | 'HEARING_LOOP'
  /** A lift to the upper floors. */
  | 'LIFT'
  /** A quiet room. */
  | 'QUIET_ROOM'
  /** Step-free access from the street to the main spaces. */
  | 'STEP_FREE_ACCESS';

/** Where an asset of community value entry stands, computed from its recorded dates and today (never stale). */
export type AcvState =
  /** The listing's 5 years have run out. Stays readable as history. */
  | 'EXPIRED'
  /** Listed; a community interest group asked to bid, so the 6-month full moratorium runs. */
  | 'IN_FULL_MORATORIUM'
  /** Listed; the owner has given notice of a relevant disposal and the 6-week interim moratorium runs. */
  | 'IN_INTERIM_MORATORIUM'
  /** Listed; the moratorium has ended and the owner may sell to anyone until the 18-month protected period ends. */
  | 'IN_PROTECTED_PERIOD'
  /** On the list of assets of community value, with no moratorium running. */
  | 'LISTED'
  /** Nominated and awaiting the council's decision. */
  | 'NOMINATED'
  /** Removed from the list (the reason is recorded). Stays readable as history. */
  | 'REMOVED'
  /** Not listed: on the council's list of unsuccessful nominations, with reasons. */
  | 'UNSUCCESSFUL'
  /** Withdrawn by the nominator before the decision. */
  | 'WITHDRAWN';

/** Who sees an offer's monthly cost. Offers made before the choice existed are PUBLIC, as they were. */
export type CostVisibility =
  /** Only the offering organisation's members: others ask (for example by expressing interest). */
  | 'ON_REQUEST'
  /** Members of verified organisations (partners) and the offering organisation's members. */
  | 'PARTNERS'
  /** Everyone who may see the offer, anonymous callers too. */
  | 'PUBLIC';

/** Statuses an offer can be given by editing it. */
export type EditableSpaceOfferStatus =
  /** Not yet shown to others. */
  | 'DRAFT'
  /** Shown to those who may see the building, and open to expressions of interest. */
  | 'OPEN'
  /** Taken back by the offering organisation (open interests are closed). */
  | 'WITHDRAWN';

/** A facility that comes with the space. */
export type Facility =
  /** A screen, projector or other audio-visual equipment. */
  | 'AV_EQUIPMENT'
  /** A room for confidential conversations. */
  | 'CONFIDENTIAL_ROOM'
  /** Cycle storage. */
  | 'CYCLE_STORAGE'
  /** A kitchen. */
  | 'KITCHEN'
  /** Parking. */
  | 'PARKING'
  /** A printer. */
  | 'PRINTING'
  /** A staffed reception. */
  | 'RECEPTION'
  /** Lockable storage. */
  | 'SECURE_STORAGE'
  /** Showers. */
  | 'SHOWERS'
  /** Wi-Fi. */
  | 'WIFI';

/**
 * Space to offer in a building. The offering organisation must own the building (or be its council when it
 * has no registered owner), and the caller must be one of its editors.
 */
export type OfferSpaceInput = {
  /** Accessibility features; the building's when omitted. */
  accessibilityFeatures?: Array<AccessibilityFeature> | null | undefined;
  /** When it is available. */
  availability: SpaceAvailabilityInput;
  /** The building. */
  buildingId: string | number;
  /** People it holds. */
  capacity?: number | null | undefined;
  /** Private contact details. */
  contact?: SpaceOfferContactInput | null | undefined;
  /** Who sees `monthlyCost`; PUBLIC when omitted. */
  costVisibility?: CostVisibility | null | undefined;
  /** A description (up to 4000 characters). */
  description?: string | null | undefined;
  /** Kinds of organisation that may apply; any when omitted. */
  eligibleOrganisationKinds?: Array<OrganisationKind> | null | undefined;
  /** Facilities that come with it. */
  facilities?: Array<Facility> | null | undefined;
  /** Floor area in square metres. */
  floorAreaSqm?: number | null | undefined;
  /** Indicative cost a month in pounds. */
  monthlyCost?: number | null | undefined;
  /** The offering organisation. */
  organisationId: string | number;
  /** The kind of space. */
  spaceKind: SpaceKind;
  /** DRAFT or OPEN; OPEN when omitted. */
  status?: EditableSpaceOfferStatus | null | undefined;
  /** On what terms. */
  terms: SpaceTerms;
  /** A short title (up to 200 characters). */
  title: string;
};

/**
 * The legal or organisational form of a body in the register. It decides which identifiers it must give and,
 * later, whether it may nominate an asset of community value.
 */
export type OrganisationKind =
  /** A private business. */
  | 'BUSINESS'
  /** A registered charity (charity number required). */
  | 'CHARITY'
  /** A charitable incorporated organisation (charity number required). */
  | 'CIO'
  /** A co-operative or community benefit society. */
  | 'COMMUNITY_BENEFIT_SOCIETY'
  /** A community interest company (company number required). */
  | 'COMMUNITY_INTEREST_COMPANY'
  /** A company limited by guarantee (company number required). */
  | 'COMPANY_LIMITED_BY_GUARANTEE'
  /** A principal local authority, identified by its ONS GSS code. Only platform admins register councils. */
  | 'COUNCIL'
  /** A designated neighbourhood forum. */
  | 'NEIGHBOURHOOD_FORUM'
  /** A parish or town council. */
  | 'PARISH_COUNCIL'
  /** A public body other than a council: NHS, police, fire, DWP (Jobcentre Plus)... (type required). */
  | 'PUBLIC_BODY'
  /** An unincorporated community group (member count required). */
  | 'UNINCORPORATED_GROUP';

/** When the space is available. */
export type SpaceAvailabilityInput = {
  /** First day available. */
  fromDate: string;
  /** Days of the week with hours. */
  slots: Array<WeeklySlotInput>;
  /** Last day available, omitted when open-ended. */
  untilDate?: string | null | undefined;
};

/** A kind of space on offer. */
export type SpaceKind =
  /** A clinic or consulting room. */
  | 'CLINIC_ROOM'
  /** Desks in a shared office. */
  | 'DESKS'
  /** A hall. */
  | 'HALL'
  /** A meeting room. */
  | 'MEETING_ROOM'
  /** Outdoor space. */
  | 'OUTDOOR_SPACE'
  /** An office for one organisation. */
  | 'PRIVATE_OFFICE'
  /** Storage. */
  | 'STORAGE'
  /** A whole floor. */
  | 'WHOLE_FLOOR';

/** A step of an offer of space, named as the mutation that takes it. */
export type SpaceOfferAction =
  /** Mark the offer taken (markOfferTaken). */
  | 'markOfferTaken'
  /** Edit the offer, open it, put it back to draft or withdraw it (updateSpaceOffer). */
  | 'updateSpaceOffer';

/** Private contact details for an offer. */
export type SpaceOfferContactInput = {
  /** An email address. */
  email?: string | null | undefined;
  /** A contact person (up to 200 characters). */
  name?: string | null | undefined;
  /** A telephone number. */
  phone?: string | null | undefined;
};

/** Where an offer of space stands. */
export type SpaceOfferStatus =
  /** Being prepared; seen only by the offering organisation. */
  | 'DRAFT'
  /** Its end date has passed (computed from the end date and today; never set). */
  | 'EXPIRED'
  /** On the market: searchable, open to expressions of interest. */
  | 'OPEN'
  /** The space has been taken. */
  | 'TAKEN'
  /** An expression of interest has been accepted. */
  | 'UNDER_OFFER'
  /** Taken off the market by the offering organisation, or by the register when its building was archived, disposed of or changed owner (see `withdrawnReason`). */
  | 'WITHDRAWN';

/** On what terms the space is offered. */
export type SpaceTerms =
  /** A share of the running costs, without profit. */
  | 'COST_SHARING'
  /** No charge. */
  | 'FREE'
  /** Market rent. */
  | 'MARKET_RENT'
  /** A nominal rent. */
  | 'PEPPERCORN'
  /** Below market rent. */
  | 'SUBSIDISED';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Hours on one day of the week. */
export type WeeklySlotInput = {
  /** Until, 24-hour `HH:MM`, after opens. */
  closes: string;
  /** The day (each day at most once). */
  day: Weekday;
  /** From, 24-hour `HH:MM`. */
  opens: string;
};

export type FindSpaceNearQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  radiusKm: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindSpaceNearQuery = { spaceOffersNear: { edges: Array<{ distanceKm: number, node: { id: string, title: string, spaceKind: SpaceKind, capacity: number | null, buildingName: string, address: { postcode: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CouncilAcvListQueryVariables = Exact<{
  councilCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CouncilAcvListQuery = { assetsOfCommunityValue: { edges: Array<{ node: { id: string, councilCode: string, status: AcvState, listingExpiresOn: string | null, site: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfferSpaceMutationVariables = Exact<{
  input: OfferSpaceInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OfferSpaceMutation = { offerSpace: { id: string, version: number, status: SpaceOfferStatus, title: string, allowedActions: Array<SpaceOfferAction>, availability: { fromDate: string, untilDate: string | null } } };


export const FindSpaceNearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindSpaceNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceOffersNear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"spaceKind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"buildingName"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FindSpaceNearQuery, FindSpaceNearQueryVariables>;
export const CouncilAcvListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilAcvList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"councilCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetsOfCommunityValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"councilCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"councilCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"councilCode"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listingExpiresOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilAcvListQuery, CouncilAcvListQueryVariables>;
export const OfferSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSpaceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<OfferSpaceMutation, OfferSpaceMutationVariables>;