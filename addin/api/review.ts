/**
 * GET /api/review-rules: the format review's rules and which house rules an admin switched
 * off. The pane passes the switched-off ids to reviewDocument; the review itself runs locally.
 */
import { authHeaders } from './credentials.js';
import type { Locale, Localized } from '../../src/core/i18n/locale.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export interface ReviewRuleListing {
  id: string;
  source: string;
  name: Localized;
  citation: Localized;
  switchable: boolean;
  enabled: boolean;
}

export interface ReviewRules {
  rules: ReviewRuleListing[];
  disabledHouseRules: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export async function fetchReviewRules(locale: Locale, signal?: AbortSignal): Promise<ReviewRules> {
  let res: Response;
  try {
    res = await fetch('/api/review-rules', { headers: { Accept: 'application/json', 'Accept-Language': locale, ...authHeaders() }, signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  const body = (await res.json()) as { rules?: unknown; disabledHouseRules?: unknown } | null;
  return { rules: Array.isArray(body?.rules) ? (body.rules as ReviewRuleListing[]) : [], disabledHouseRules: strings(body?.disabledHouseRules) };
}
