// A field path of an API error detail (`importer.country`, `goods[1].carats`) as a person reads it
// ("Importer — country", "Goods — line 2 — carats"); a path of unknown words stays as it is.
import type { MessageKey } from '../i18n/en';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function fieldLabel(path: string, t: T): string {
  const words: string[] = [];
  for (const part of path.split('.')) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    const key = m && (`field.${m[1]}` as MessageKey);
    const label = key ? t(key) : undefined;
    if (!m || !label || label === key) return path;
    words.push(label);
    if (m[2] !== undefined) words.push(t('field.line', { n: Number(m[2]) + 1 }));
  }
  return words.join(' — ');
}
