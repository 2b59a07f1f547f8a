import { findUnverified, type SourceInput } from '../../../src/core/factcheck/index.js';
import type { FactcheckOptions } from '../../../src/core/factcheck/index.js';

/** The marked texts of a draft, as "kind:text", in draft order. */
export function marked(draft: string, sources: readonly SourceInput[], options?: FactcheckOptions): string[] {
  return findUnverified(draft, sources, options).map((m) => `${m.kind}:${m.text}`);
}
