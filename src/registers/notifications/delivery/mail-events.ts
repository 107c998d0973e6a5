/**
 * Bounces and complaints (issue 19): SES publishes them through the configuration set's event destination to
 * SNS, whose notification body holds the SES event. The event's mail carries the tags the email was sent
 * with (mail-tags.ts), which name the delivery: a permanent bounce makes it BOUNCED, a complaint COMPLAINED,
 * a transient bounce is only noted on it. Both the event-publishing format (`eventType`) and the older
 * notification format (`notificationType`) are read.
 */
import type { Clock } from '../../../kernel/domain/clock';
import { afterMailEvent } from '../domain/delivery';
import type { MailEvent } from '../domain/delivery';
import type { DeliveryStore } from '../domain/notifications-port';
import { deliveryFromTags } from './mail-tags';

export interface ParsedMailEvent {
  readonly messageId: string;
  readonly key: string;
  readonly event: MailEvent;
}

/** The delivery and event an SNS notification (its JSON body) is about; null for anything else. */
export function parseMailEvent(snsBody: string): ParsedMailEvent | null {
  const envelope = parseJson(snsBody);
  const inner = typeof envelope?.['Message'] === 'string' ? parseJson(envelope['Message']) : envelope;
  if (!inner) return null;
  const type = [inner['eventType'], inner['notificationType']].find((value) => typeof value === 'string');
  const mail = inner['mail'] as { tags?: Record<string, unknown> } | undefined;
  const tags = Object.fromEntries(
    Object.entries(mail?.tags ?? {}).map(([name, values]) => [
      name,
      Array.isArray(values) ? String(values[0] ?? '') : String(values),
    ]),
  );
  const delivery = deliveryFromTags(tags);
  if (!delivery) return null;
  if (type === 'Bounce') {
    const bounce = (inner['bounce'] ?? {}) as { bounceType?: string; bounceSubType?: string };
    return {
      ...delivery,
      event: {
        kind: 'BOUNCE',
        permanent: bounce.bounceType === 'Permanent',
        detail: [bounce.bounceType, bounce.bounceSubType].filter(Boolean).join(' / ') || 'bounced',
      },
    };
  }
  if (type === 'Complaint') {
    const complaint = (inner['complaint'] ?? {}) as { complaintFeedbackType?: string };
    return {
      ...delivery,
      event: { kind: 'COMPLAINT', permanent: true, detail: complaint.complaintFeedbackType ?? 'complaint' },
    };
  }
  return null;
}

/**
 * Records an SNS notification of a bounce or complaint on its delivery; answers whether a delivery changed.
 * Written with the version read (a concurrent change is read again).
 */
export async function recordMailEvent(
  snsBody: string,
  deps: { readonly deliveries: DeliveryStore; readonly clock: Clock },
): Promise<boolean> {
  const parsed = parseMailEvent(snsBody);
  if (!parsed) return false;
  for (let attempt = 0; attempt < 5; attempt++) {
    const delivery = await deps.deliveries.getDelivery(parsed.messageId, parsed.key);
    if (!delivery) return false;
    const after = afterMailEvent(delivery, parsed.event, deps.clock.now());
    if (!after) return false;
    if (await deps.deliveries.putIfUnchanged(after, delivery)) return true;
  }
  return false;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
