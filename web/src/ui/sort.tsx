// Sorting for tables: useSort keeps the column and direction, SortHeader is a <th> whose button
// changes them and which tells assistive technology the order (aria-sort).
import { useMemo, useState, type ReactNode } from 'react';

export type Direction = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: Direction;
  toggle(key: K): void;
}

export function useSort<T, K extends string>(rows: readonly T[], initial: K, value: (row: T, key: K) => string | number, locale: string): [T[], SortState<K>] {
  const [key, setKey] = useState<K>(initial);
  const [direction, setDirection] = useState<Direction>('ascending');
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const out = [...rows].sort((a, b) => {
      const va = value(a, key);
      const vb = value(b, key);
      return typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    });
    return direction === 'ascending' ? out : out.reverse();
  }, [rows, key, direction, value, locale]);
  const toggle = (next: K) => {
    if (next === key) setDirection((d) => (d === 'ascending' ? 'descending' : 'ascending'));
    else {
      setKey(next);
      setDirection('ascending');
    }
  };
  return [sorted, { key, direction, toggle }];
}

export function SortHeader<K extends string>({ sort, column, children }: { sort: SortState<K>; column: K; children: ReactNode }) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => sort.toggle(column)}>
        {children}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
