// A new certificate's verification code, between the page that issued it and the certificate's page
// that shows it: kept in memory only (never in the address, the history or storage) and shown once.
const fresh = new Map<string, string>();

export function rememberCode(number: string, code: string): void {
  fresh.set(number, code);
}

/** The code just given for this certificate, if any (the page then forgets it: forgetCode). */
export function peekCode(number: string): string | undefined {
  return fresh.get(number);
}

export function forgetCode(number: string): void {
  fresh.delete(number);
}
