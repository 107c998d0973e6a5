/**
 * Expressions of interest in an offer of space: a thread between the interested organisation and the
 * offering one, moved by pure transitions `(record, action) -> record`.
 */
import { BadUserInputError, ConflictError } from '../../../kernel/domain/errors';
import type { Organisation, RecordMeta } from '../../../kernel/domain/records';
import { labelled, ORGANISATION_KIND_LABELS } from './labels';
import type { SpaceNeed } from './space-need';
import { effectiveOfferStatus } from './space-offer';
import type { SpaceOffer, Weekday } from './space-offer';

export const INTEREST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export const INTEREST_EVENTS = [
  'EXPRESSED',
  'MESSAGE',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'CLOSED',
] as const;
export type InterestEvent = (typeof INTEREST_EVENTS)[number];

/** One step of the thread, with who took it and what they wrote. */
export interface InterestMessage {
  readonly at: string;
  readonly event: InterestEvent;
  /** The organisation the step was taken for (null when the register closed the interest itself). */
  readonly organisationId: string | null;
  readonly authorUserId: string;
  readonly text: string | null;
}

export interface SpaceInterest extends RecordMeta {
  readonly id: string;
  readonly offerId: string;
  /** When the offer was made: orders an organisation's received interests by offer. */
  readonly offerCreatedAt: string;
  readonly offeringOrganisationId: string;
  /** The interested organisation. */
  readonly organisationId: string;
  readonly needId: string | null;
  readonly message: string;
  /** Wanted from (`YYYY-MM-DD`). */
  readonly proposedStart: string | null;
  readonly daysWanted: readonly Weekday[];
  readonly status: InterestStatus;
  /** Why the register closed it (the offer was taken by another organisation or withdrawn). */
  readonly closedReason: string | null;
  readonly thread: readonly InterestMessage[];
  /**
   * What the two organisations' messages name (colocation-notices.ts), copied when the interest is made:
   * absent on interests made before issue 19.
   */
  readonly about?: InterestAbout;
}

/** The offer and the two organisations as they were named when the interest was made. */
export interface InterestAbout {
  readonly offerTitle: string;
  readonly buildingName: string;
  readonly councilCode: string;
  readonly interestedOrganisationName: string;
}

/** An interest is open while it may still lead somewhere. */
export function isInterestOpen(interest: Pick<SpaceInterest, 'status'>): boolean {
  return interest.status === 'PENDING' || interest.status === 'ACCEPTED';
}

/** Messages a thread may hold (each at most 4000 characters), so the record stays well inside 400 KB. */
export const MAX_THREAD_MESSAGES = 60;

/**
 * The interest with a message added to its thread by one of the two organisations; CONFLICT once the
 * interest is over (declined, withdrawn, closed) or the thread is full.
 */
export function addInterestMessage(
  interest: SpaceInterest,
  text: string,
  by: { organisationId: string; userId: string },
  at: string,
): SpaceInterest {
  if (!isInterestOpen(interest)) {
    throw new ConflictError(
      `Expression of interest ${interest.id} is ${interest.status}; the conversation is over`,
      {
        status: interest.status,
      },
    );
  }
  if (interest.thread.length >= MAX_THREAD_MESSAGES) {
    throw new ConflictError(
      `The conversation has reached ${MAX_THREAD_MESSAGES} messages; continue it by other means`,
    );
  }
  return {
    ...interest,
    thread: [
      ...interest.thread,
      { at, event: 'MESSAGE', organisationId: by.organisationId, authorUserId: by.userId, text },
    ],
  };
}

/** True while a message may be added: the interest is open and its thread has room (addInterestMessage). */
export function mayAddInterestMessage(interest: Pick<SpaceInterest, 'status' | 'thread'>): boolean {
  return isInterestOpen(interest) && interest.thread.length < MAX_THREAD_MESSAGES;
}

export type InterestAction =
  | { readonly type: 'ACCEPT' | 'DECLINE'; readonly text: string | null }
  | { readonly type: 'WITHDRAW'; readonly text: string | null }
  | { readonly type: 'CLOSE'; readonly reason: string };

const RESULT: Record<InterestAction['type'], InterestStatus> = {
  ACCEPT: 'ACCEPTED',
  DECLINE: 'DECLINED',
  WITHDRAW: 'WITHDRAWN',
  CLOSE: 'CLOSED',
};

/**
 * True when the interest's status allows `type`: accepting or declining needs a PENDING interest; withdrawing
 * and closing, a PENDING or ACCEPTED one.
 */
export function mayTransitionInterest(
  interest: Pick<SpaceInterest, 'status'>,
  type: InterestAction['type'],
): boolean {
  const allowedFrom: readonly InterestStatus[] =
    type === 'ACCEPT' || type === 'DECLINE' ? ['PENDING'] : ['PENDING', 'ACCEPTED'];
  return allowedFrom.includes(interest.status);
}

/**
 * The interest after `action` by `author` for `organisationId`, with the step added to its thread; CONFLICT
 * when the interest is no longer in a state that allows it. The offering organisation accepts or declines a
 * PENDING interest; the interested one withdraws a PENDING or ACCEPTED one; the register closes open ones.
 */
export function transitionInterest(
  interest: SpaceInterest,
  action: InterestAction,
  by: { organisationId: string | null; userId: string },
  at: string,
): SpaceInterest {
  if (!mayTransitionInterest(interest, action.type)) {
    throw new ConflictError(
      `Expression of interest ${interest.id} is ${interest.status}; it cannot be ${RESULT[action.type].toLowerCase()} now`,
      { status: interest.status },
    );
  }
  const status = RESULT[action.type];
  const text = action.type === 'CLOSE' ? action.reason : action.text;
  return {
    ...interest,
    status,
    closedReason: action.type === 'CLOSE' ? action.reason : interest.closedReason,
    thread: [
      ...interest.thread,
      {
        at,
        event: status as InterestEvent,
        organisationId: by.organisationId,
        authorUserId: by.userId,
        text,
      },
    ],
  };
}

/** What the interested organisation says when it expresses interest (the parsed input). */
export interface InterestFields {
  readonly needId: string | null;
  readonly message: string;
  readonly proposedStart: string | null;
  readonly daysWanted: readonly Weekday[];
}

/** What an expression of interest is checked against: the offer, who is interested, their need if named. */
export interface InterestTarget {
  readonly offer: SpaceOffer;
  readonly organisation: Organisation;
  /** The need the input names, as stored (null when none is named or it is not in the register). */
  readonly need: SpaceNeed | null;
  /** The organisation's open interest in the offer already, if it holds one. */
  readonly openInterestId: string | null;
}

/**
 * Whether `target.organisation` may express interest in `target.offer` today: the offer must be OPEN (not
 * expired, under offer, taken or withdrawn: CONFLICT), open to the organisation's kind (BAD_USER_INPUT), the
 * named need must be the organisation's own (BAD_USER_INPUT), and an organisation holds at most one open
 * interest in an offer (CONFLICT naming the one it holds). Checked in this order.
 */
export function assertMayExpressInterest(
  target: InterestTarget,
  fields: Pick<InterestFields, 'needId'>,
  today: string,
): void {
  const { offer, organisation } = target;
  const status = effectiveOfferStatus(offer, today);
  if (status !== 'OPEN') {
    throw new ConflictError(
      `Space offer ${offer.id} is ${status}; interest can be expressed only in an OPEN offer`,
    );
  }
  const eligible = offer.eligibleOrganisationKinds;
  if (eligible.length && !eligible.includes(organisation.kind)) {
    throw new BadUserInputError([
      {
        field: 'input.organisationId',
        message: `the offer is open only to ${labelled(ORGANISATION_KIND_LABELS, eligible)}, not to ${ORGANISATION_KIND_LABELS[organisation.kind]}`,
      },
    ]);
  }
  if (fields.needId && (!target.need || target.need.organisationId !== organisation.id)) {
    throw new BadUserInputError([
      { field: 'input.needId', message: "is not one of the organisation's needs" },
    ]);
  }
  if (target.openInterestId) {
    throw new ConflictError(`${organisation.name} already has an open expression of interest in this offer`, {
      existingInterestId: target.openInterestId,
    });
  }
}

/** A new expression of interest (PENDING), its thread opened with the interested organisation's message. */
export function createSpaceInterest(
  id: string,
  target: Pick<InterestTarget, 'offer' | 'organisation'>,
  fields: InterestFields,
  by: { userId: string },
  at: string,
): SpaceInterest {
  const { offer, organisation } = target;
  return {
    id,
    offerId: offer.id,
    offerCreatedAt: offer.createdAt,
    offeringOrganisationId: offer.organisationId,
    organisationId: organisation.id,
    needId: fields.needId,
    message: fields.message,
    proposedStart: fields.proposedStart,
    daysWanted: fields.daysWanted,
    status: 'PENDING',
    closedReason: null,
    thread: [
      {
        at,
        event: 'EXPRESSED',
        organisationId: organisation.id,
        authorUserId: by.userId,
        text: fields.message,
      },
    ],
    about: {
      offerTitle: offer.title,
      buildingName: offer.building.name,
      councilCode: offer.building.councilCode,
      interestedOrganisationName: organisation.name,
    },
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
