/** The WebhookUrlChecker the app wires: the URL's form, then every address of its host (real DNS). */
import type { WebhookUrlChecker } from '../domain/notifications-port';
import { checkWebhookUrl, hostOf } from '../domain/webhook-url';
import type { WebhookUrlPolicy } from '../domain/webhook-url';
import { resolvePublicAddresses, systemResolveAll } from './public-lookup';
import type { ResolveAll } from './public-lookup';

export function createWebhookUrlChecker(
  policy: WebhookUrlPolicy,
  resolveAll: ResolveAll = systemResolveAll,
): WebhookUrlChecker {
  return {
    async check(url) {
      const problem = checkWebhookUrl(url, policy);
      if (problem) return problem;
      const host = hostOf(new URL(url));
      try {
        await resolvePublicAddresses(host, policy, resolveAll);
        return null;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
          return `has a host that does not resolve: ${host}`;
        }
        return `${error instanceof Error ? error.message : String(error)}`;
      }
    },
  };
}
