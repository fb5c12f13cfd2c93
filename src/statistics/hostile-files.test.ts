// Hostile statistics files (issue 15, point 4), built here and uploaded through the HTTP route and the
// command line: ZIP bombs (an XLSX of 450 KB inflating to 450 MB, honest or lying about its sizes), a
// workbook of millions of repeated shared-string cells, a file that takes too long to read. Each is
// refused with a 4xx naming the limit, nothing is written, and the server answers /api/health while a
// large file is being read (the health answer arrives before the import's).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/support/store.js';
import { kpcs, readyDataDir } from '../../test/support/cli.js';
import type { Store } from '../db/store.js';
import { SYSTEM } from '../auth/model.js';
import * as auth from '../accounts/service.js';
import { buildServer } from '../http/server.js';
import { importLimits } from '../core/config.js';
import { closeReaders } from './file-pool.js';
import { readRows } from './importers.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates\n';

/** Raw deflate of `times` copies of `chunk` without holding them: each copy compressed once, its output repeated (a full flush makes the blocks independent). */
async function deflateRepeated(chunk: Buffer, times: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  deflate.write(chunk);
  await new Promise<void>((resolve) => deflate.flush(constants.Z_FULL_FLUSH, () => resolve()));
  const block = Buffer.concat(parts.splice(0));
  deflate.destroy();
  // the last block: an empty final one
  return Buffer.concat([...Array.from({ length: times }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

interface Entry {
  name: string;
  /** deflated bytes */
  data: Buffer;
  /** the size it declares, uncompressed */
  size: number;
  crc?: number;
}

/** A ZIP archive of the given entries (deflate), its sizes as declared. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const small = (name: string, text: string): Entry => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};
const SKELETON = [
  small('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  small('xl/workbook.xml', '<?xml version="1.0"?><workbook><sheets><sheet name="trade" sheetId="1" r:id="rId1"/></sheets></workbook>'),
];

/** 450 KB that inflate to 450 MiB, its sheet declaring its real size (honest) or 1 KB (lying). */
async function zipBomb(lying: boolean): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1024 * 1024, 0x20), 450);
  return zip([...SKELETON, { name: 'xl/worksheets/sheet1.xml', data, size: lying ? 1024 : 450 * 1024 * 1024 }]);
}

/** About 1 MB holding ten million cells that all say shared string 0. */
async function sharedStringsBomb(): Promise<Buffer> {
  const row = `<row>${'<c t="s"><v>0</v></c>'.repeat(10)}</row>`;
  const chunk = Buffer.from(row.repeat(5000)); // 50,000 cells
  const times = 200; // 10,000,000 cells
  const head = Buffer.from('<?xml version="1.0"?><worksheet><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  // head + chunks + tail as one raw deflate stream: each part compressed with a full flush, then joined
  const blocks: Buffer[] = [];
  for (const part of [head]) blocks.push((await deflateRepeated(part, 1)).subarray(0, -2));
  blocks.push((await deflateRepeated(chunk, times)).subarray(0, -2));
  blocks.push(deflateRawSync(tail));
  const size = head.length + chunk.length * times + tail.length;
  return zip([...SKELETON, small('xl/sharedStrings.xml', '<?xml version="1.0"?><sst count="1" uniqueCount="1"><si><t>ZA</t></si></sst>'), { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(blocks), size }]);
}

/** A CSV of about 20 MiB (the route's limit) whose header is wrong: all of it is read before the refusal. */
function bigCsv(header = HEADER): Buffer {
  const line = 'ZA,2006-Q1,export,BW,7102.10,1.00,10.00,1\n';
  return Buffer.from(header + line.repeat(Math.floor((19.5 * 1024 * 1024) / line.length)));
}

/** Runs with KPCS_* settings changed (the route reads them at each import), then puts them back. */
async function withEnv<T>(settings: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('hostile statistics files', () => {
  let store: Store;
  let app: FastifyInstance;
  let token: string;
  let base: string;
  /** called when an import's handler starts (the file is then being read) */
  let onImportHandler: (() => void) | undefined;
  const counts = async () => Number((await store.db.selectFrom('statistics_trade').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    + Number((await store.db.selectFrom('statistics_submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const upload = (body: Buffer, type: string, query = '') =>
    fetch(`${base}/api/statistics/import/trade${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: new Uint8Array(body) });

  beforeAll(async () => {
    store = await freshStore('pglite');
    app = await buildServer({ store, webDir: null });
    app.addHook('preHandler', async (req) => {
      if (req.url.startsWith('/api/statistics/import/')) onImportHandler?.();
    });
    const user = await auth.createUser(store.db, SYSTEM, { name: 'ZA statistics', member: 'ZA', roles: ['officer'] });
    token = (await auth.issueToken(store.db, SYSTEM, user.id)).token;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    await closeReaders();
  });

  it('refuses a 450 KB XLSX that declares it inflates to 450 MiB, naming the limit, writing nothing', async () => {
    const bomb = await zipBomb(false);
    expect(bomb.length).toBeLessThan(500 * 1024);
    const before = await counts();
    const t0 = performance.now();
    const res = await upload(bomb, XLSX_TYPE);
    process.stdout.write(`measure: declared bomb answered in ${Math.round(performance.now() - t0)} ms\n`);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: 'payload_too_large',
      message: `The XLSX file would inflate to ${(450 * 1024 * 1024 + SKELETON.reduce((s, e) => s + e.size, 0)).toLocaleString('en-US')} bytes (the sizes its parts declare); at most 268,435,456 bytes (KPCS_IMPORT_MAX_INFLATED_BYTES) are accepted. Nothing was imported.`,
      details: [{ row: 1, message: expect.stringMatching(/^inflates to [\d,]+ bytes$/) }],
    });
    expect(await counts()).toBe(before);
  });

  it('refuses the same bomb lying about its size (it declares 1 KB): inflation stops at the ratio limit', async () => {
    const bomb = await zipBomb(true);
    const t0 = performance.now();
    const res = await upload(bomb, XLSX_TYPE);
    process.stdout.write(`measure: lying bomb answered in ${Math.round(performance.now() - t0)} ms\n`);
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.code).toBe('payload_too_large');
    expect(body.message).toMatch(/^The XLSX file's part xl\/worksheets\/sheet1\.xml inflates past [\d,]+ bytes \(it declares 1,024\) from [\d,]+ compressed bytes: more than 100 times \(KPCS_IMPORT_MAX_RATIO\), the mark of a ZIP bomb\. Nothing was imported\.$/);
    // with no ratio limit to speak of, the total limit stops it
    const res2 = await withEnv({ KPCS_IMPORT_MAX_RATIO: '100000' }, () => upload(bomb, XLSX_TYPE));
    expect(res2.status).toBe(413);
    expect((await res2.json()).message).toBe('The XLSX file inflates to more than 268,435,456 bytes (KPCS_IMPORT_MAX_INFLATED_BYTES), whatever its parts declare (xl/worksheets/sheet1.xml alone goes past it). Nothing was imported.');
  });

  it('refuses a workbook of ten million repeated shared-string cells: by its ratio, and by its cells when the ratio is allowed', async () => {
    const bomb = await sharedStringsBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const t0 = performance.now();
    const res = await upload(bomb, XLSX_TYPE);
    process.stdout.write(`measure: shared-strings bomb (${bomb.length} bytes) answered in ${Math.round(performance.now() - t0)} ms\n`);
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/^The XLSX file's part xl\/worksheets\/sheet1\.xml inflates to [\d,]+ bytes \(as it declares\) from [\d,]+ compressed bytes: more than 100 times \(KPCS_IMPORT_MAX_RATIO\)/);
    const t1 = performance.now();
    const cells = await withEnv({ KPCS_IMPORT_MAX_RATIO: '1000' }, () => upload(bomb, XLSX_TYPE));
    process.stdout.write(`measure: shared-strings bomb counted in ${Math.round(performance.now() - t1)} ms\n`);
    expect(cells.status).toBe(413);
    expect((await cells.json()).message).toMatch(/^The workbook holds [\d,]+ cells or more \(xl\/worksheets\/sheet1\.xml\); at most 8,000,000 are accepted in one file \(KPCS_IMPORT_MAX_CELLS\)\. Nothing was imported\.$/);
  });

  it('answers /api/health while a 20 MiB CSV is being read: the health answer arrives before the import answer', async () => {
    // the first file after a start: its reading thread is started for it
    await closeReaders();
    // a wrong header: the whole file is read, then refused — no store work, so only the reading could hold the server
    const file = bigCsv('reporter,period,flow,partner,hs_code,carats,value_usd,certificats\n');
    const inHandler = new Promise<void>((resolve) => (onImportHandler = resolve));
    const order: string[] = [];
    const importing = upload(file, 'text/csv').then(async (r) => {
      order.push('import');
      return { status: r.status, body: await r.json() };
    });
    await inHandler;
    const health = await fetch(`${base}/api/health`).then((r) => {
      order.push('health');
      return r.status;
    });
    const imported = await importing;
    expect(health).toBe(200);
    expect(imported.status).toBe(400);
    expect(imported.body.message).toMatch(/header is not right/);
    expect(order).toEqual(['health', 'import']);
  }, 120_000);

  it('stops reading a file past the time limit (KPCS_IMPORT_TIME_LIMIT_MS) and says so', async () => {
    const limits = { ...importLimits(), timeLimitMs: 200 };
    await expect(readRows('trade', 'csv', bigCsv(), limits)).rejects.toMatchObject({
      code: 'payload_too_large',
      message: 'Reading the file took longer than 0.2 s (KPCS_IMPORT_TIME_LIMIT_MS); it was stopped. Nothing was imported.',
    });
    // the pool carries on with the next file
    expect(await readRows('trade', 'csv', Buffer.from(`${HEADER}ZA,2006-Q1,export,BW,7102.10,1.00,10.00,1\n`))).toHaveLength(1);
  }, 120_000);

  it('counts rows and cells of a CSV as it reads, refusing past the limits with the row', async () => {
    const limits = { ...importLimits(), maxRows: 3 };
    await expect(readRows('trade', 'csv', Buffer.from(HEADER + 'ZA,2006-Q1,export,BW,7102.10,1,1,1\n'.repeat(5)), limits)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'The file holds more than 3 rows (KPCS_IMPORT_MAX_ROWS); at most 3 are accepted in one file. Nothing was imported.',
      details: [{ row: 4, message: 'row 4 is past the limit of 3 rows' }],
    });
    await expect(readRows('trade', 'csv', Buffer.from(HEADER + 'ZA,2006-Q1,export,BW,7102.10,1,1,1\n'.repeat(5)), { ...importLimits(), maxCells: 20 })).rejects.toMatchObject({
      code: 'payload_too_large',
      details: [{ row: 3, message: 'cell 24 is past the limit of 20 cells' }],
    });
  });

  it('still reads an honest workbook, and refuses a ZIP whose directory and entries disagree', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('trade');
    ws.addRow(HEADER.trim().split(','));
    ws.addRow(['ZA', '2006-Q1', 'export', 'BW', 7102.1, 1, 10, 1]);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(good, XLSX_TYPE, '?dryRun=true');
    expect(res.status).toBe(200);
    expect((await res.json()).rows).toBe(1);
    const bad = zip([...SKELETON, { ...small('xl/worksheets/sheet1.xml', '<worksheet/>'), size: 3 }]);
    const refused = await upload(bad, XLSX_TYPE);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'invalid_input', message: 'The file is not a readable XLSX workbook: its part xl/worksheets/sheet1.xml inflates to 12 bytes but declares 3. Nothing was imported.' });
  });
});

describe.skipIf(!existsSync(new URL('../../dist/src/statistics/file-reader.js', import.meta.url)))('hostile files on the command line (built program)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpcs-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the ZIP bomb and the shared-strings bomb with the limit on stderr, exit code 1, writing nothing', async () => {
    const data = readyDataDir(join(dir, 'data'));
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, await zipBomb(true));
    const r = kpcs(['import', 'trade', bomb, '--data-dir', data, '--as', 'ZA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('more than 100 times (KPCS_IMPORT_MAX_RATIO), the mark of a ZIP bomb. Nothing was imported.');
    const cells = join(dir, 'cells.xlsx');
    writeFileSync(cells, await sharedStringsBomb());
    const c = kpcs(['import', 'trade', cells, '--data-dir', data, '--as', 'ZA'], { KPCS_IMPORT_MAX_RATIO: '1000', KPCS_IMPORT_MAX_CELLS: '1000000' });
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/at most 1,000,000 are accepted in one file \(KPCS_IMPORT_MAX_CELLS\)/);
  }, 120_000);
});
