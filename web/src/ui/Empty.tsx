// A list page with nothing to show: a sentence saying what will appear there and how (empty-messages.ts).
import { useI18n } from '../i18n';
import type { emptyMessages } from './empty-messages';

export type EmptyList = keyof typeof emptyMessages.en extends infer K ? (K extends `empty.${infer W}` ? W : never) : never;

export function Empty({ list }: { list: EmptyList }) {
  const { t } = useI18n();
  return (
    <p className="empty" data-testid="empty-state" data-list={list}>
      {t(`empty.${list}`)}
    </p>
  );
}
