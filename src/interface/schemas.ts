// Schemas shared by several routes.
import { Type } from 'typebox';

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'stable error code: invalid_input, unauthenticated, forbidden, not_found, conflict, …' }),
    message: Type.String(),
    details: Type.Optional(Type.Array(Type.Object({ path: Type.Optional(Type.String()), row: Type.Optional(Type.Integer()), column: Type.Optional(Type.String()), message: Type.String() }))),
  },
  { $id: 'Error' },
);

export const errorResponses = {
  400: Type.Ref('Error'),
  401: Type.Ref('Error'),
  403: Type.Ref('Error'),
  404: Type.Ref('Error'),
};

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a day, yyyy-mm-dd' });
export const ParticipantCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, EU for the European Community' });

/** One of a list of words: their literals in the document (anyOf), their union in TypeScript. */
export const OneOf = <const T extends string>(values: readonly T[], options?: { description?: string }) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v)), options));
