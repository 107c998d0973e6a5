/**
 * Expressions of interest in an offer of space: a thread between the interested organisation and the
 * offering one, moved by pure transitions `(record, action) -> record`.
 */
import { ConflictError } from '../../../kernel/domain/errors';
import type { RecordMeta } from '../../../kernel/domain/records';
import type { Weekday } from './space-offer';

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
  const allowedFrom: readonly InterestStatus[] =
    action.type === 'ACCEPT' || action.type === 'DECLINE' ? ['PENDING'] : ['PENDING', 'ACCEPTED'];
  if (!allowedFrom.includes(interest.status)) {
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
