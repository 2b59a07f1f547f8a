/** Loads the published version of one template; `reload` fetches it again (after an update). */
import { getTemplate, type PublishedTemplate } from '../../api/client.js';
import { useGatewayLoad } from '../../api/use-gateway-load.js';
import type { ErrorInfo } from '../../state/suggestion.js';

export interface TemplateLoad {
  published: PublishedTemplate | undefined;
  error: ErrorInfo | undefined;
  reload(): void;
}

export function useTemplate(id: string): TemplateLoad {
  const { data, error, reload } = useGatewayLoad(id, (locale, signal) => getTemplate(id, locale, signal));
  return { published: data, error, reload };
}
