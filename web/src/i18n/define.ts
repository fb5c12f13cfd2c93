// A domain's own messages in the five languages, kept beside its pages so that domains never edit
// one shared file. TypeScript checks that every language has exactly the keys of English; the
// catalogues of i18n/*.ts spread them in, and test/web-i18n.test.ts checks them like the rest.
export interface DomainMessages<E extends Record<string, string>> {
  en: E;
  fr: { readonly [K in keyof E]: string };
  pt: { readonly [K in keyof E]: string };
  es: { readonly [K in keyof E]: string };
  ru: { readonly [K in keyof E]: string };
}

export function defineMessages<const E extends Record<string, string>>(messages: DomainMessages<E>): DomainMessages<E> {
  return messages;
}
