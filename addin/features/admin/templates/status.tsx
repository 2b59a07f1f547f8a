/** A template's status as a coloured badge with its name spelled out. */
import { Badge } from '@fluentui/react-components';
import type { TemplateStatus } from '../../../../src/core/templates/admin-api.js';
import { useLocale } from '../../../app/locale-context.js';

const COLOR = { draft: 'warning', published: 'success', archived: 'subtle' } as const;

export function StatusBadge({ status }: { status: TemplateStatus }) {
  const { t } = useLocale();
  return (
    <Badge appearance={status === 'archived' ? 'outline' : 'tint'} color={status === 'archived' ? 'informative' : COLOR[status]} data-testid="status-badge" data-status={status}>
      {t(`admin.status.${status}`)}
    </Badge>
  );
}
