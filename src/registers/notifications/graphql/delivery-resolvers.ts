/**
 * A notice's deliveries (issue 19): how the notifier delivered an ACV statutory notice, read from the
 * deliveries under the notice's message (one Query). The council's officers see them beside the outbox, so a
 * council can show that each notice was given; nobody else does.
 */
import type { Resolvers } from '../../generated/resolvers-types';

export const deliveryResolvers: Resolvers = {
  AcvNotice: {
    deliveries: async (notice, _, ctx) => {
      await ctx.assertAllowed('acv.viewWorkQueue', { councilCode: notice.councilCode });
      return ctx.stores.deliveries.listDeliveriesOfMessage(notice.id);
    },
  },
  NoticeDelivery: {
    // An endpoint's URL is its organisation's to know, not the council's.
    address: (delivery) => (delivery.channel === 'WEBHOOK' ? null : delivery.address),
  },
};
