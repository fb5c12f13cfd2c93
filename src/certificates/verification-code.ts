// The verification code of a certificate: a random secret made at issuance, printed beside the QR code
// of the paper certificate (and carried in the QR's address), that lets whoever holds the certificate
// see more of it than its number alone discloses (docs/security.md, "What a number alone discloses").
//
// Ten characters of Crockford's base32 (50 random bits; no I, L, O or U, so it reads back from paper
// without doubt), written in two groups: 7K3QD-M9XWE. The store keeps only a hash of it, salted by
// the certificate's number; nothing in the certificate (its number, its content, its signature) lets
// anyone derive it. Pure but for the random bytes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;
export const CODE_EXAMPLE = '7K3QD-M9XWE';

/** `count` new codes (one call to the random source for them all: the bulk path issues thousands). */
export function newVerificationCodes(count: number): string[] {
  const bytes = randomBytes(7 * count);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    // 56 random bits, of which the 50 low ones are used
    let bits = 0n;
    for (let b = 0; b < 7; b++) bits = (bits << 8n) | BigInt(bytes[7 * i + b]!);
    let code = '';
    for (let c = 0; c < CODE_LENGTH; c++) {
      code += ALPHABET[Number(bits & 31n)];
      bits >>= 5n;
    }
    codes.push(`${code.slice(0, 5)}-${code.slice(5)}`);
  }
  return codes;
}

/**
 * A code as a person typed it, in its one canonical form (XXXXX-XXXXX): case, spaces and hyphens do
 * not matter, and O, I and L read as 0, 1 and 1 (Crockford). Undefined when it cannot be a code.
 */
export function normalizeCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== CODE_LENGTH || ![...s].every((ch) => ALPHABET.includes(ch))) return undefined;
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** What the store keeps: SHA-256 of the canonical code, salted by the number (hex). */
export function codeHash(number: string, code: string): string {
  return createHash('sha256').update(`kpcs-verification-code|${number}|${normalizeCode(code) ?? code}`).digest('hex');
}

/** Whether a presented code is the one whose hash is stored (constant time in the hash). */
export function codeMatches(number: string, presented: string, stored: string | null): boolean {
  const code = normalizeCode(presented);
  if (!code || !stored) return false;
  const a = Buffer.from(codeHash(number, code), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
