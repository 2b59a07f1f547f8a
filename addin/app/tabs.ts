/**
 * Which tabs the pane offers, decided from the host's capabilities alone. Reading a message
 * (Outlook read mode) brings Reply, first; Revise needs a body to work on, which read mode lacks.
 * The Draft tab (templates) is always there.
 */
import type { HostAdapter } from '../host/types.js';

/** `admin` is added by the pane for admins only; the host never decides it. */
export type TabId = 'reply' | 'draft' | 'revise' | 'review' | 'admin';

export function paneTabs(host: Pick<HostAdapter, 'supports'>): TabId[] {
  const reading = host.supports('readMessage');
  const tabs: TabId[] = reading ? ['reply', 'draft'] : ['draft', 'revise'];
  // The format review (规范检查) reads the whole document: Word and its preview.
  if (host.supports('readDocument')) tabs.push('review');
  return tabs;
}
