/**
 * Which format-review rules are on. Every signed-in user may read the list (the pane passes the disabled
 * ids to reviewDocument); only an admin may switch rules, and only house rules: the 条例 and
 * GB/T 9704-2012 rules always run. Stored as a JSON array of ids in the settings store, so
 * every gateway replica sharing the database sees the same switches.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { listRules } from '../../core/officialdoc/review/index.js';
import { requireAdmin, requireUser } from '../auth/guards.js';
import type { SettingsStore } from '../settings/store.js';
import type { GatewayServices } from '../services.js';

export const REVIEW_SETTING = 'review_disabled_house_rules';

const putBody = z.object({ disabledHouseRules: z.array(z.string().min(1).max(100)).max(100) }).strict();

const STANDARD_NAMES = { tiaoli: '《党政机关公文处理工作条例》', gbt9704: 'GB/T 9704-2012' } as const;

/** The stored ids that still name a house rule (rules may be renamed or removed in an update). */
export async function disabledHouseRules(settings: SettingsStore): Promise<string[]> {
  const raw = await settings.get(REVIEW_SETTING);
  if (!raw) return [];
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return [];
  }
  const house = new Set(listRules().filter((r) => r.switchable).map((r) => r.id));
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string' && house.has(id)) : [];
}

async function ruleList(settings: SettingsStore) {
  const disabled = await disabledHouseRules(settings);
  const rules = listRules().map((r) => ({ id: r.id, source: r.source, name: r.name, citation: r.citation, switchable: r.switchable, enabled: !disabled.includes(r.id) }));
  return { rules, disabledHouseRules: disabled };
}

export async function reviewSettingsRoutes(app: FastifyInstance, { settings }: GatewayServices): Promise<void> {
  app.get('/api/review-rules', { preHandler: requireUser }, async () => ruleList(settings));

  app.put('/api/admin/review-rules', { preHandler: requireAdmin, schema: { body: putBody } }, async (request) => {
    const { disabledHouseRules: ids } = request.body as z.infer<typeof putBody>;
    const rules = new Map(listRules().map((r) => [r.id, r]));
    for (const id of ids) {
      const rule = rules.get(id);
      if (!rule) throw new WenshuError('review_rule_unknown', 422, { id });
      if (rule.source !== 'house') throw new WenshuError('review_rule_not_switchable', 422, { id, source: STANDARD_NAMES[rule.source] });
    }
    await settings.set(REVIEW_SETTING, JSON.stringify([...new Set(ids)].sort()));
    return ruleList(settings);
  });
}
