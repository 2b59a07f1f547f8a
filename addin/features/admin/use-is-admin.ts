/**
 * Whether the signed-in principal is an admin, as GET /api/session says. The pane shows its
 * Admin tab, and /admin its console, only then: authors and a gateway that cannot be asked
 * get neither (the gateway's guards refuse them anyway).
 */
import type { Principal } from '../../api/session.js';
import { useGatewayLoad } from '../../api/use-gateway-load.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { isAdmin, loadSession } from './session.js';

export interface AdminCheck {
  principal: Principal | null | undefined;
  admin: boolean;
  error: ErrorInfo | undefined;
  reload(): void;
}

export function useAdminCheck(): AdminCheck {
  const session = useGatewayLoad('session', loadSession);
  return { principal: session.data?.principal, admin: isAdmin(session.data), error: session.error, reload: session.reload };
}

export function useIsAdmin(): boolean {
  return useAdminCheck().admin;
}
