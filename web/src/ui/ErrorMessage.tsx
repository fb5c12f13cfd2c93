// Shows what went wrong: the server's message and, for invalid input, each detail it names.
import { ApiError, NETWORK_ERROR } from '../api';
import { useI18n } from '../i18n';
import { fieldLabel } from './field-label';

export function ErrorMessage({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const network = error instanceof ApiError && error.code === NETWORK_ERROR;
  const message = network ? t('error.network') : error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  // the server writes in the language asked for where it can, else in English (it says which)
  const written = error instanceof ApiError && !network ? error.language : undefined;
  return (
    <div className="message message-error" role="alert">
      <p>
        <strong>{title ?? t('error.title')}:</strong> <span lang={written}>{message}</span>
      </p>
      {details.length > 0 && (
        <ul lang={written}>
          {details.map((d, i) => (
            <li key={i}>
              {[d.path && fieldLabel(d.path, t), d.row !== undefined ? `#${d.row}` : undefined, d.column].filter(Boolean).join(' ')}
              {(d.path || d.row !== undefined || d.column) && ': '}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
