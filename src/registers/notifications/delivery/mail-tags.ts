/**
 * The SES message tags an email carries so a bounce or complaint names its delivery: the message id
 * (base64url, since an id may hold `#` or `:`) and the delivery's key (`EMAIL#<hex>` as `EMAIL-<hex>`). SES
 * allows only letters, digits, `_` and `-` in a tag's value, up to 256 characters.
 */
import type { Delivery } from '../domain/delivery';

export const MESSAGE_TAG = 'mash-message';
export const DELIVERY_TAG = 'mash-delivery';

export function deliveryTags(delivery: Pick<Delivery, 'messageId' | 'key'>): Record<string, string> {
  return {
    [MESSAGE_TAG]: Buffer.from(delivery.messageId, 'utf8').toString('base64url'),
    [DELIVERY_TAG]: delivery.key.replace('#', '-'),
  };
}

/** The delivery a mail's tags name; null when they name none. */
export function deliveryFromTags(
  tags: Readonly<Record<string, string | undefined>>,
): { readonly messageId: string; readonly key: string } | null {
  const message = tags[MESSAGE_TAG];
  const key = tags[DELIVERY_TAG];
  if (!message || !key || !/^[A-Z]+-[0-9a-f]+$/.test(key)) return null;
  return { messageId: Buffer.from(message, 'base64url').toString('utf8'), key: key.replace('-', '#') };
}
