/**
 * What every step checks first: its date (today when not given, never in the future, never before the last
 * step recorded, so councils can enter past cases in order) and that the entry's state allows it.
 */
import type { AcvEntry } from './acv-records';
import type { IsoDate } from '../../../kernel/domain/clock';
import type { AcvActionType } from './acv-action';
import { acvStateOn, allowedActions, lastStepDate } from './acv-state';
import { badInput, InvalidTransitionError } from '../../../kernel/domain/errors';

/** The step's date: today when not given; never in the future, never before the last step recorded. */
export function stepDate(
  entry: AcvEntry | null,
  given: IsoDate | null | undefined,
  today: IsoDate,
  field: string,
): IsoDate {
  const date = given ?? today;
  if (date > today) throw badInput(field, `must not be in the future (today is ${today})`);
  if (entry) {
    const last = lastStepDate(entry);
    if (date < last.date) throw badInput(field, `must not be before ${last.date}, the date of ${last.step}`);
  }
  return date;
}

/** INVALID_TRANSITION: the state on `date` and the actions it allows, and why when there is more to say. */
export function refuse(entry: AcvEntry, action: AcvActionType, date: IsoDate, why?: string): never {
  throw new InvalidTransitionError(action, acvStateOn(entry, date), allowedActions(entry, date), why);
}

/** INVALID_TRANSITION unless the entry allows the action on `date`. */
export function requireAllowed(entry: AcvEntry, action: AcvActionType, date: IsoDate): void {
  if (!allowedActions(entry, date).includes(action)) refuse(entry, action, date);
}
