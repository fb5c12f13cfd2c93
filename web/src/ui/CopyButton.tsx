// Copies a text to the clipboard and says so for a moment.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // no clipboard permission: the text stays selectable beside the button
    }
  };
  return (
    <button type="button" className="button-secondary" onClick={copy} aria-live="polite">
      {copied ? t('users.copied') : (label ?? t('users.copy'))}
    </button>
  );
}
