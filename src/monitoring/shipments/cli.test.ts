// kpcs capacity and kpcs shipment, run as a separate process on a fresh data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpcs } from '../../../test/support/cli.js';

describe('kpcs capacity and kpcs shipment', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-origin-cli-'));
    expect(kpcs(['db', 'migrate', '--data-dir', dir]).code).toBe(0);
  });

  it('records a capacity assessment and lists it; refuses a bad one naming the field', () => {
    const add = kpcs(['capacity', 'add', '--data-dir', dir, '--participant', 'gh', '--area', 'Akwatia', '--min-carats', '600000', '--max-carats', '900000', '--source', 'review mission to Ghana, 2006', '--assessed-on', '2006-02-01']);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ participant: 'GH', area: 'Akwatia', minCarats: 600000, maxCarats: 900000, assessedOn: '2006-02-01' });
    const list = kpcs(['capacity', 'list', '--data-dir', dir]);
    expect(list.stdout).toMatch(/GH\s+Akwatia\s+600000\s+900000\s+2006-02-01\s+review mission to Ghana, 2006/);
    const bad = kpcs(['capacity', 'add', '--data-dir', dir, '--participant', 'GH', '--min-carats', '5', '--max-carats', '1', '--source', 'x', '--assessed-on', '2006-02-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('maxCarats below the minimum');
  });

  it('files a suspicious shipment report as an authority and lists it for that authority only', () => {
    const r = kpcs(['shipment', 'report', '--data-dir', dir, '--as', 'AE', '--suspected-origin', 'ci', '--carats', '1250.5', '--exporter', 'Accra Gem Traders', '--exporter-country', 'GH', '--certificate', 'GH-2006-999999', '--description', 'Coated octahedra typical of Séguéla.']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { id: string; reference: string; suspectedOrigin: string; certificateVerdict: string };
    expect(report).toMatchObject({ suspectedOrigin: 'CI', certificateVerdict: 'not-in-log' });
    expect(report.reference).toMatch(/^SSR-AE-\d{4}-[0-9A-F]{8}$/);
    expect(JSON.parse(kpcs(['shipment', 'list', '--data-dir', dir, '--as', 'AE', '--format', 'json']).stdout)).toHaveLength(1);
    expect(JSON.parse(kpcs(['shipment', 'list', '--data-dir', dir, '--as', 'BW', '--format', 'json']).stdout)).toEqual([]);
    const table = kpcs(['shipment', 'list', '--data-dir', dir]);
    expect(table.stdout).toContain(report.reference);
    const shown = kpcs(['shipment', 'show', report.id, '--data-dir', dir, '--as', 'BW']);
    expect(shown.code).not.toBe(0);
    expect(shown.stderr).toContain('may not shipments.read for AE');
    const noAuthority = kpcs(['shipment', 'report', '--data-dir', dir, '--suspected-origin', 'CI', '--carats', '1', '--exporter', 'x', '--description', 'y']);
    expect(noAuthority.code).not.toBe(0);
  });
});
