/**
 * The actions of the asset of community value lifecycle and what a step returns. Each action is named as the
 * mutation that performs it; `AcvSteps` is the shape of the lifecycle's table (one pure step per action).
 */
import type {
  AcvEntry,
  AcvNotice,
  AcvParty,
  AppealOutcome,
  CompensationOutcome,
  ExemptDisposalCategory,
  RemovalReason,
  ReviewOutcome,
  UnsuccessfulGround,
} from './acv-records';
import type { ListingExceptionNotApplying } from './acv-listability';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AuditAction } from '../../../kernel/domain/records';
import type { ListingExpiryConvention } from './acv-timetable';

/** Every action, named as the mutation that performs it (so errors speak the API's language). */
export type AcvAction =
  | { readonly type: 'withdrawNomination'; readonly withdrawnOn?: IsoDate | null }
  | {
      readonly type: 'decideNomination';
      readonly outcome: 'LISTED' | 'UNSUCCESSFUL';
      readonly decidedOn?: IsoDate | null;
      readonly reasons: string | null;
      readonly unsuccessfulGround: UnsuccessfulGround | null;
      /** Why a Schedule 1 exception the land seems to fall under does not apply (needed to list it). */
      readonly exceptionsNotApplying?: readonly ListingExceptionNotApplying[];
      readonly decidedBy: string;
      /** The council's convention for counting the 5 years, fixed on the entry when it is listed. */
      readonly listingExpiryConvention: ListingExpiryConvention;
    }
  | {
      readonly type: 'requestListingReview';
      readonly requestedOn?: IsoDate | null;
      readonly requestedBy: string;
    }
  | { readonly type: 'agreeReviewExtension'; readonly agreedDueOn: IsoDate }
  | {
      readonly type: 'decideListingReview';
      readonly outcome: ReviewOutcome;
      readonly decidedOn?: IsoDate | null;
      readonly reasons: string;
      readonly decidedBy: string;
      readonly ownerRepresentations?: string | null;
      readonly oralHearingOn?: IsoDate | null;
    }
  | {
      /** The listing's local land charge and Land Registry restriction; omitted fields stay as they are. */
      readonly type: 'recordListingRegistration';
      readonly localLandChargeRegisteredOn?: IsoDate | null;
      readonly landRegistryRestrictionAppliedOn?: IsoDate | null;
      readonly landUnregistered?: boolean | null;
    }
  | {
      readonly type: 'recordAppeal';
      /** Required when the appeal is first recorded; ignored when recording the result of a pending one. */
      readonly lodgedOn?: IsoDate | null;
      readonly decidedOn?: IsoDate | null;
      /** Null records the appeal as lodged and pending; a second call records the tribunal's result. */
      readonly outcome: AppealOutcome | null;
      readonly notes: string | null;
    }
  | {
      readonly type: 'recordDisposalNotice';
      readonly receivedOn?: IsoDate | null;
      readonly exemptCategory: ExemptDisposalCategory | null;
      readonly details: string | null;
    }
  | { readonly type: 'requestToBid'; readonly requestedOn?: IsoDate | null; readonly bidder: AcvParty }
  | {
      readonly type: 'recordDisposal';
      readonly disposedOn?: IsoDate | null;
      readonly buyerName: string;
      readonly toCommunityInterestGroup: boolean;
      readonly exemptCategory: ExemptDisposalCategory | null;
    }
  | {
      readonly type: 'removeListing';
      readonly removedOn?: IsoDate | null;
      readonly reason: RemovalReason;
      readonly details: string;
    }
  | {
      readonly type: 'recordCompensationClaim';
      readonly claimedOn?: IsoDate | null;
      readonly moratoriumNoticeReceivedOn: IsoDate | null;
      readonly amountClaimedPence: number;
      readonly outcome: CompensationOutcome;
      readonly amountAwardedPence: number | null;
    }
  | {
      /** The council's decision on a pending claim, found by the day it was made and what it is about. */
      readonly type: 'decideCompensationClaim';
      readonly claimedOn: IsoDate;
      readonly moratoriumNoticeReceivedOn: IsoDate | null;
      readonly outcome: 'AWARDED' | 'REFUSED';
      readonly amountAwardedPence: number | null;
    };
export type AcvActionType = AcvAction['type'];

/** A notice the step produces; the caller gives it an id and writes it in the step's transaction. */
export type AcvNoticeDraft = Omit<AcvNotice, 'id' | 'entryId' | 'councilCode' | 'createdAt'>;

export interface AcvTransition {
  readonly entry: AcvEntry;
  readonly notices: readonly AcvNoticeDraft[];
  readonly auditAction: AuditAction;
}

/** The action of one kind, as its step receives it. */
export type AcvActionOf<K extends AcvActionType> = Extract<AcvAction, { readonly type: K }>;

/** One step of the lifecycle: pure, `(entry, action, today) -> transition`, or the refusal thrown. */
export type AcvStep<K extends AcvActionType> = (
  entry: AcvEntry,
  action: AcvActionOf<K>,
  today: IsoDate,
) => AcvTransition;

/** The lifecycle's table: one step for every kind of action (a missing one does not compile). */
export type AcvSteps = { readonly [K in AcvActionType]: AcvStep<K> };
