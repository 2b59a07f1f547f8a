/** The pane's view of the gateway: same origin, JSON errors as {error: {code, message}}. */
export interface TemplateListItem {
  id: string;
  name: Partial<Record<'zh-CN' | 'en-US', string>>;
  kind: string;
}

export class GatewayError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function listTemplates(locale: string, host?: string): Promise<TemplateListItem[]> {
  const query = host ? `?host=${encodeURIComponent(host)}` : '';
  const res = await fetch(`/api/templates${query}`, { headers: { 'Accept-Language': locale } });
  const body = (await res.json().catch(() => null)) as { templates?: TemplateListItem[]; error?: { code: string; message: string } } | null;
  if (!res.ok || !body?.templates) throw new GatewayError(body?.error?.code ?? 'http_' + res.status, body?.error?.message ?? res.statusText);
  return body.templates;
}
