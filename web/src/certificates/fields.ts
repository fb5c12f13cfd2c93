// The simple fields of a certificate request on the web, each declared once: its label in the five
// languages, the issuing form's input (IssuePage) and how the certificate page shows it
// (CertificatePage). The server declares the same fields in src/certificates/fields.ts (schema, rule,
// signed document, PDF, credential); their names and types come from the contract, so a field the
// server does not know does not compile here.
// Origin and provenance stay bespoke on the web: a country list with "mixed", hidden on a re-export,
// provenance shown beside the origin.
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import type { Language } from '../i18n/languages';
import type { Formats } from '../ui/format';
import type { CertificateRequest, SignedCertificate } from './types';

type Name = keyof CertificateRequest & keyof SignedCertificate;

export interface WebField<K extends Name = Name> {
  name: K;
  /** in the five languages (test/web-i18n.test.ts checks them with the catalogues) */
  label: Record<Language, string>;
  /** the issuing form's input: its attributes and the text it starts with */
  input: { type: 'number' | 'text'; initial: string; required?: boolean; min?: number; max?: number; step?: number; maxLength?: number };
  /** the value sent for the text typed (undefined: nothing sent), or what the browser can tell is wrong with it */
  parse(text: string): { value: CertificateRequest[K] | undefined } | { error: MessageKey };
  /** the certificate page's view of the signed value */
  show(value: NonNullable<SignedCertificate[K]>, f: Formats): ReactNode;
}

const declare = <K extends Name>(f: WebField<K>) => f as unknown as WebField;

export const WEB_FIELDS: readonly WebField[] = [
  declare({
    name: 'parcels',
    label: { en: 'Parcels', fr: 'Nombre de colis', pt: 'Número de lotes', es: 'Número de paquetes', ru: 'Число посылок' },
    input: { type: 'number', initial: '1', required: true, min: 1, max: 10000, step: 1 },
    parse: (text) => {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 ? { value: n } : { error: 'issue.parcelsWhole' };
    },
    show: (n, f) => f.integer(n),
  }),
];
