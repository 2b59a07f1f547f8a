/** The console's Templates screen: the list, or one template open (new or existing). */
import { useState } from 'react';
import { listAdminTemplates } from '../../../api/admin.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { TemplateList } from './TemplateList.js';
import TemplateWorkspace from './TemplateWorkspace.js';

type Open = { kind: 'list' } | { kind: 'template'; id?: string; n: number };

export default function TemplatesSection() {
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Open>({ kind: 'list' });
  const list = useGatewayLoad(`admin-templates:${tick}`, listAdminTemplates);
  const refresh = () => setTick((n) => n + 1);

  if (open.kind === 'template') {
    // The key gives each opening a fresh workspace (a second "New" starts empty).
    return <TemplateWorkspace key={`${open.id ?? 'new'}:${open.n}`} templateId={open.id} onBack={() => setOpen({ kind: 'list' })} onChanged={refresh} />;
  }
  return (
    <TemplateList
      templates={list.data}
      error={list.error}
      onRetry={list.reload}
      onOpen={(id) => setOpen({ kind: 'template', id, n: tick })}
      onNew={() => setOpen({ kind: 'template', n: tick })}
      onChanged={refresh}
    />
  );
}
