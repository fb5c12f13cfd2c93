// Severity and status of a finding as labels.
import { useI18n } from '../i18n';
import type { FindingStatus, Severity } from './types';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <span className="severity-badge" data-severity={severity}>
      {t(`severity.${severity}`)}
    </span>
  );
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useI18n();
  return (
    <span className="finding-status" data-finding-status={status}>
      {t(`findingStatus.${status}`)}
    </span>
  );
}
