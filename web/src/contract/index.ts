// The API's shapes as the web app uses them, read from the server's own declaration: the routes' TypeBox
// schemas → the OpenAPI document (docs/openapi.json) → web/src/contract/openapi.ts (generated; a test
// fails when it drifts). A web module never declares an API shape by hand: it names the route.
//
//   type Company = Ok<'/api/companies'>['companies'][number];
//   type NewCompany = Body<'/api/companies', 'post'>;
import type { components, paths } from './openapi';

export type { paths };
export type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
// unknown, not never, where a route declares no JSON answer: a page reading fields of it then fails to compile
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : unknown;

/** The body of a route's success answer (its 200, else its 201). */
export type Ok<P extends Path, M extends Method = 'get'> = Operation<P, M> extends { responses: infer R } ? (200 extends keyof R ? Json<R[200]> : 201 extends keyof R ? Json<R[201]> : unknown) : unknown;

/** The JSON body a route accepts. */
export type Body<P extends Path, M extends Method = 'post'> = Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : unknown;

/** The query a route accepts. */
export type Query<P extends Path, M extends Method = 'get'> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The error body of every refusal: a stable code, the message in the reader's language, the details. */
export type ErrorBody = components['schemas']['Error'];
export type ErrorDetail = NonNullable<ErrorBody['details']>[number];
