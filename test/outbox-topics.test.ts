// No outbox topic is written that nothing reads: every topic a statement of src/ writes into the
// outbox has a consumer (a query of src/ that selects pending rows of that topic), and a consumer
// reads only topics that are written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const sources = files(join(ROOT, 'src')).map((f) => ({ file: f.slice(ROOT.length + 1), src: readFileSync(f, 'utf8') }));

/** The topics written: every insert into the outbox (or a helper taking it as its table) names its topic as a literal (`topic: '…'`) in the same statement. */
function written(): { file: string; topic: string | null }[] {
  const out: { file: string; topic: string | null }[] = [];
  for (const { file, src } of sources) {
    for (const m of src.matchAll(/insertInto\(\s*'outbox'\s*\)|insert into outbox\b|table:[^)]*'outbox'/g)) {
      const statement = src.slice(m.index, m.index + 400);
      const topic = /topic:\s*'([^']+)'|topic\s*=\s*'([^']+)'/.exec(statement);
      out.push({ file, topic: topic ? topic[1] ?? topic[2]! : null });
    }
  }
  return out;
}

/** The topics consumed: queries that read the outbox's pending rows of a topic. */
function consumed(): Set<string> {
  const out = new Set<string>();
  for (const { src } of sources) {
    for (const m of src.matchAll(/from outbox\b[\s\S]{0,300}?topic\s*=\s*'([^']+)'[\s\S]{0,200}?processed_at is null/g)) out.add(m[1]!);
    for (const m of src.matchAll(/selectFrom\('outbox'\)[\s\S]{0,200}?where\('topic',\s*'=',\s*'([^']+)'\)[\s\S]{0,100}?where\('processed_at',\s*'is',\s*null\)/g)) out.add(m[1]!);
  }
  return out;
}

describe('the outbox', () => {
  const writes = written();
  const readers = consumed();

  it('every write names its topic', () => {
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) expect(w.topic, `an outbox write in ${w.file} without a literal topic`).not.toBeNull();
  });

  it('lists the topics written, and each has a consumer', () => {
    const topics = [...new Set(writes.map((w) => w.topic!))].sort();
    expect(topics).toEqual(['notification.email']);
    for (const t of topics) expect(readers.has(t), `the outbox topic ${t} is written but nothing consumes it`).toBe(true);
  });
});
