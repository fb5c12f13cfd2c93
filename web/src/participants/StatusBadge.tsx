// A status as a coloured label (the same colours as the map).
import { useI18n } from '../i18n';
import type { Status } from './types';

export function StatusBadge({ status }: { status: Status | 'none' }) {
  const { t } = useI18n();
  return (
    <span className="status-badge" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
