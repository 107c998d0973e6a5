/**
 * Claiming a delivery before an attempt (domain/delivery.ts explains the rule): one conditional write when
 * the delivery is new, else a read and a write conditional on the version read. A delivery another sender
 * holds is waited for until its lease runs out or it settles; a final one is answered as it is.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../../../kernel/domain/clock';
import { claimed, claimRefusal, settled } from '../domain/delivery';
import type { AttemptResult, Delivery, Digest } from '../domain/delivery';
import type { DeliveryStore } from '../domain/notifications-port';

export const sha256Hex: Digest = (text) => createHash('sha256').update(text).digest('hex');

/** How long a claim holds by default: far longer than one email or webhook attempt (10 s deadline). */
export const DEFAULT_LEASE_SECONDS = 60;
const POLL_MS = 200;
const MAX_LOST_CLAIMS = 10;

export type ClaimOutcome =
  | { readonly claimed: true; readonly delivery: Delivery }
  | { readonly claimed: false; readonly delivery: Delivery };

export class DeliveryClaims {
  constructor(
    private readonly store: DeliveryStore,
    private readonly clock: Clock,
    private readonly leaseSeconds: number = DEFAULT_LEASE_SECONDS,
  ) {}

  /**
   * Claims `fresh` (a new delivery, or the stored one if it exists) for its next attempt, or for `attempt`
   * exactly (a webhook retry job); answers the stored delivery when it is not to be attempted now.
   */
  async claim(fresh: Delivery, attempt?: number): Promise<ClaimOutcome> {
    let current: Delivery | null = attempt === undefined ? null : await this.#read(fresh);
    for (let lost = 0; lost < MAX_LOST_CLAIMS;) {
      const now = this.clock.now();
      if (current === null) {
        const first = { ...claimed(fresh, now, this.leaseSeconds), version: fresh.version };
        if (attempt !== undefined && attempt !== 1) return { claimed: false, delivery: fresh };
        if (await this.store.putIfUnchanged(first, null)) return { claimed: true, delivery: first };
        lost++;
        current = await this.#read(fresh);
        continue;
      }
      const refusal = claimRefusal(current, now, attempt);
      if (refusal === 'FINAL' || refusal === 'NOT_DUE') return { claimed: false, delivery: current };
      if (refusal === 'HELD') {
        current = await this.#waitForLease(current);
        continue;
      }
      const next = claimed(current, now, this.leaseSeconds);
      if (await this.store.putIfUnchanged(next, current)) return { claimed: true, delivery: next };
      lost++;
      current = await this.#read(fresh);
    }
    throw new Error(`delivery ${fresh.id} of message ${fresh.messageId} kept changing while being claimed`);
  }

  /** Records a delivery nothing is sent for (post, publicity, no address, digest) once; the stored one wins. */
  async recordOnce(delivery: Delivery): Promise<Delivery> {
    if (await this.store.putIfUnchanged(delivery, null)) return delivery;
    return (await this.store.getDelivery(delivery.messageId, delivery.key)) ?? delivery;
  }

  /** Saves how the claimed attempt ended; if the claim was lost meanwhile, the stored delivery is answered. */
  async settle(delivery: Delivery, result: AttemptResult): Promise<Delivery> {
    const after = settled(delivery, result, this.clock.now());
    if (await this.store.putIfUnchanged(after, delivery)) return after;
    return (await this.store.getDelivery(delivery.messageId, delivery.key)) ?? after;
  }

  async #read(fresh: Delivery): Promise<Delivery | null> {
    return this.store.getDelivery(fresh.messageId, fresh.key);
  }

  // Another sender holds the delivery: wait until it settles or its lease runs out (a crashed sender). Waits
  // at most the lease's length in real time too, then gives up (the stream tries the record again later).
  async #waitForLease(held: Delivery): Promise<Delivery | null> {
    const until = Date.parse(held.leaseUntil ?? '') || 0;
    const startedAt = Date.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const current = await this.#read(held);
      if (!current || current.version !== held.version) return current;
      if (this.clock.now().getTime() >= until) return current;
      if (Date.now() - startedAt > this.leaseSeconds * 1000) {
        throw new Error(`delivery ${held.id} is held by another sender until ${held.leaseUntil ?? '?'}`);
      }
    }
  }
}
