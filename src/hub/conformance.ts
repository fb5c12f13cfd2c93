// `kpcs hub conformance URL`: the test kit a third party runs against its own implementation of the hub
// side of kp-hub/1 (docs/hub.md). Each check says what it sent, what it expected and what came back.
// It changes nothing at the endpoint: every message it sends must be refused.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { HUB_RECEIVER, PROTOCOL, signMessage, verifyMessage } from './model.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

async function send(url: string, path: string, init: { method?: string; token?: string; body?: unknown; raw?: string } = {}) {
  try {
    const res = await fetch(`${url}${path}`, {
      method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
      headers: { ...(init.token && { authorization: `Bearer ${init.token}` }), ...((init.body !== undefined || init.raw !== undefined) && { 'content-type': 'application/json' }) },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  } catch (e) {
    return { status: 0, json: { message: (e as Error).message } };
  }
}

/** Runs the checks against a hub at `url` (with a national system's token, the authenticated ones too). */
export async function conformance(url: string, token?: string): Promise<Check[]> {
  const base = url.replace(/\/+$/, '');
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const said = (r: { status: number; json?: Record<string, unknown> }) => `HTTP ${r.status}${r.json?.code ? ` ${String(r.json.code)}` : ''}${r.json?.message ? `: ${String(r.json.message).slice(0, 160)}` : ''}`;

  const docs = await send(base, '/docs/json');
  const paths = (docs.json?.paths ?? {}) as Record<string, Record<string, unknown>>;
  check('the OpenAPI document describes the exchange routes', docs.status === 200 && !!paths['/api/hub/messages']?.post && !!paths['/api/hub/messages']?.get && !!paths['/api/hub/keys']?.post, `GET /docs/json: ${said(docs)}; routes ${Object.keys(paths).filter((p) => p.startsWith('/api/hub/')).join(', ') || 'none'}`);

  const anonymous = await send(base, '/api/hub/messages', { body: {} });
  check('a message without a token is refused (401)', anonymous.status === 401, said(anonymous));

  if (!token) {
    check('the authenticated checks', false, 'not run: give --token, the token of a national-system user of the hub');
    return checks;
  }
  const session = await send(base, '/api/hub/session', { token });
  const participant = session.json?.participant as string | undefined;
  const hubKeys = (session.json?.hubKeys ?? []) as { keyId: string; publicKey: string }[];
  check('the session names the national system\'s Participant and the hub\'s keys', session.status === 200 && typeof participant === 'string' && hubKeys.length >= 0, said(session));
  const sender = participant ?? 'BW';
  const receiver = sender === 'EU' ? 'ZA' : 'EU';

  const malformed = await send(base, '/api/hub/messages', { token, body: { protocol: PROTOCOL, type: 'certificate.cancelled', id: randomUUID(), sender, receiver } });
  check('a message missing its members is refused (400 invalid_input, naming them)', malformed.status === 400 && malformed.json?.code === 'invalid_input' && Array.isArray(malformed.json?.details), said(malformed));

  const notJson = await send(base, '/api/hub/messages', { token, raw: '{"protocol": ' });
  check('a body that is not JSON is refused (400)', notJson.status === 400, said(notJson));

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64url');
  const stranger = signMessage(
    {
      protocol: PROTOCOL, type: 'certificate.cancelled', id: `conformance-${randomUUID()}`, sender, receiver, sentAt: new Date().toISOString(), keyId: `${sender}-0000000000000000`,
      body: { number: `${sender}-2006-999999`, cancelledAt: new Date().toISOString(), reason: 'void', note: 'kpcs hub conformance: must be refused', replacedBy: null },
    },
    privateKey,
  );
  const unknownKey = await send(base, '/api/hub/messages', { token, body: stranger });
  check('a message signed by a key the hub never approved is refused (400)', unknownKey.status === 400, `${said(unknownKey)} (key of public key ${raw.slice(0, 12)}…)`);

  const tampered = { ...stranger, body: { ...stranger.body, note: 'altered after signing' } };
  const altered = await send(base, '/api/hub/messages', { token, body: tampered });
  check('an altered message is refused (4xx, never applied)', altered.status >= 400 && altered.status < 500, said(altered));

  const other = sender === 'ZA' ? 'NA' : 'ZA';
  const impostor = await send(base, '/api/hub/messages', { token, body: { ...stranger, id: `conformance-${randomUUID()}`, sender: other } });
  check("a message in another Participant's name is refused (403)", impostor.status === 403, said(impostor));

  const huge = await send(base, '/api/hub/messages', { token, raw: JSON.stringify({ ...stranger, body: { ...stranger.body, note: 'x'.repeat(400 * 1024) } }) });
  check('an oversized message is refused (413)', huge.status === 413, said(huge));

  // key.revoked: only messages that must be refused (another Participant's key, an unknown key, not addressed to the hub)
  const revocation = (id: string, over: { receiver?: string; body?: Partial<{ participant: string; keyId: string }> } = {}) =>
    signMessage(
      {
        protocol: PROTOCOL, type: 'key.revoked', id: `conformance-${id}-${randomUUID()}`, sender, receiver: over.receiver ?? HUB_RECEIVER, sentAt: new Date().toISOString(), keyId: `${sender}-0000000000000000`,
        body: { participant: sender, keyId: `${sender}-0000000000000000`, revokedAt: new Date().toISOString(), reason: 'kpcs hub conformance: must be refused', ...over.body },
      },
      privateKey,
    );
  const foreignKey = await send(base, '/api/hub/messages', { token, body: revocation('foreign', { body: { participant: other, keyId: `${other}-0000000000000000` } }) });
  check("a revocation of another Participant's key is refused (403)", foreignKey.status === 403, said(foreignKey));
  const unknownRevoked = await send(base, '/api/hub/messages', { token, body: revocation('unknown') });
  check('a revocation of a key the hub never approved, signed by it, is refused (400)', unknownRevoked.status === 400, said(unknownRevoked));
  const misaddressed = await send(base, '/api/hub/messages', { token, body: revocation('receiver', { receiver }) });
  check(`a revocation not addressed to the hub (${HUB_RECEIVER}) is refused (400)`, misaddressed.status === 400, said(misaddressed));

  const pulled = await send(base, `/api/hub/messages?after=-1&limit=50`, { token });
  const messages = (pulled.json?.messages ?? []) as { type: string; keyId: string; signature: { value: string }; receiver: string; body?: { certificate?: { importer?: { country?: string } } } }[];
  const bad = messages.filter((m) => {
    const k = hubKeys.find((h) => h.keyId === m.keyId);
    return !k || !verifyMessage(m, k.publicKey) || m.receiver !== participant || !['certificate.confirmed', 'certificate.issued', 'certificate.cancelled'].includes(m.type);
  });
  check('the messages held for the national system (confirmations of its certificates, certificates it imports and their cancellations) are signed by the hub and addressed to it', pulled.status === 200 && Array.isArray(pulled.json?.messages) && typeof pulled.json?.next === 'number' && bad.length === 0, `${said(pulled)}; ${messages.length} message(s), ${bad.length} not verifying`);

  const badCursor = await send(base, '/api/hub/messages?after=abc', { token });
  check('a bad cursor is refused (400)', badCursor.status === 400, said(badCursor));
  return checks;
}
