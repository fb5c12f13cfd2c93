// The refusal a promise ends in: the KpcsError it throws (anything else thrown fails the test, and so
// does a promise that succeeds). `expect((await refused(p)).code).toBe('conflict')`.
import { KpcsError } from '../../src/core/errors.js';

export async function refused(p: Promise<unknown>): Promise<KpcsError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KpcsError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
