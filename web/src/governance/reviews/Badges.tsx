// Labels of a review's status and of an action item's urgency.
import { useI18n } from '../../i18n';
import type { ReviewStatus, Urgency } from './api';

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useI18n();
  return <span data-review-status={status}>{t(`reviews.status.${status}`)}</span>;
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  if (!urgency) return null;
  return (
    <strong className={urgency === 'overdue' ? 'field-error' : undefined} data-urgency={urgency}>
      {t(urgency === 'overdue' ? 'reviews.overdue' : 'reviews.dueSoon')}
    </strong>
  );
}
