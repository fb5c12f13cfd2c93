// A kpcs credential is well-formed JSON-LD under the VC 2.0 context: expanded by an independent JSON-LD
// processor (jsonld, with the W3C context as shipped by @digitalbazaar/credentials-context, no network)
// in safe mode (which refuses a protected term redefined, or a value dropped), and no term left to the
// VC 2.0 context's catch-all (issuer-dependent) vocabulary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { freshStore } from '../../test/support/store.js';
import type { Store } from '../db/store.js';
import { localOperator } from '../auth/model.js';
import { KPCS_VOCAB, VC_V2 } from './credential.js';
import { credential, statusList } from './credentials.js';
import * as service from './service.js';

const v2 = JSON.parse(readFileSync(new URL('../../node_modules/@digitalbazaar/credentials-context/contexts/v2.jsonld', import.meta.url), 'utf8'));
const documentLoader = async (url: string) => {
  if (url !== VC_V2) throw new Error(`no network: ${url}`);
  return { contextUrl: null, documentUrl: url, document: v2 };
};

describe('credentials as JSON-LD', () => {
  let s: Store;
  beforeAll(async () => {
    s = await freshStore('pglite');
    service.configure(s, { masterKey: randomBytes(32), publicUrl: 'https://kpcs.example.org' });
  });
  afterAll(() => s.close());

  it('expands the credential (all fields) and the status list in safe mode, every kpcs term in its namespace', async () => {
    const jsonld = (await import('jsonld' as string)).default as { expand: (doc: unknown, opts: object) => Promise<unknown[]> };
    const doc = await service.issue(s, localOperator('ZA'), {
      exporter: { name: 'Mine Ltd', address: '1 Main Road', country: 'ZA' }, importer: { name: 'Antwerp NV', address: 'Hoveniersstraat 2', country: 'BE' },
      origin: 'mixed', provenance: 'ZA', goods: [{ hsCode: '7102.10', carats: 10, valueUsd: 900 }, { hsCode: '7102.31', carats: 5, valueUsd: 5000 }], parcels: 2,
    });
    const vc = await credential(s, localOperator('ZA'), doc.number);
    const expanded = JSON.stringify(await jsonld.expand(vc, { documentLoader, safe: true }));
    for (const term of ['caratWeight', 'certificateNumber', 'countryOfProvenance', 'goods', 'hsCode', 'exporter', 'KimberleyProcessCertificate']) expect(expanded).toContain(`${KPCS_VOCAB}${term}`);
    // nothing falls through to the VC 2.0 context's catch-all vocabulary: every term is defined
    expect(expanded).not.toContain('issuer-dependent');
    expect(expanded).toContain('https://www.w3.org/ns/credentials/status#statusListIndex');
    expect(expanded).toContain('https://w3id.org/security#proofValue');
    const list = await statusList(s, 0);
    const listExpanded = JSON.stringify(await jsonld.expand(list, { documentLoader, safe: true }));
    expect(listExpanded).toContain('https://www.w3.org/ns/credentials/status#encodedList');
    expect(listExpanded).not.toContain('issuer-dependent');
  });
});
