// A certificate's state as a coloured label.
import { useI18n } from '../i18n';
import type { ListStatus } from './types';

export function CertStatusBadge({ status, expired }: { status: ListStatus; expired?: boolean }) {
  const { t } = useI18n();
  const shown = expired ? 'expired' : status;
  return (
    <span className="cert-badge" data-cert-status={shown}>
      {t(`certStatus.${shown}`)}
    </span>
  );
}
