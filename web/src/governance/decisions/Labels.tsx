// Labels for the state of a translation and of a recommendation.
import { useI18n } from '../../i18n';
import type { RecommendationStatus, Translation } from './api';
import './governance.css';

export function LanguageStatus({ language, status }: { language: string; status: Translation['status'] | 'original' }) {
  const { t } = useI18n();
  return (
    <span className="lang-status" data-language={language} data-status={status} title={t(`decisions.status.${status}`)}>
      <span className="code">{language.toUpperCase()}</span> {t(`decisions.status.${status}`)}
    </span>
  );
}

export function RecommendationStatusLabel({ status }: { status: RecommendationStatus }) {
  const { t } = useI18n();
  return (
    <span className="rec-status" data-status={status}>
      {t(`recs.status.${status}`)}
    </span>
  );
}
