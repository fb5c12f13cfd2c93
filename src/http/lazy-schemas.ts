// The routes' schemas compiled when a route first needs them, not all at start: Fastify's own
// compilers (Ajv for what a request sends, fast-json-stringify for what it answers) build about 500
// functions when the server starts, 0.8 s of the 2.7 s before its first answer (issue #18 goal 4).
// Wrapped here, each is built at its route's first request (a few milliseconds, once per process),
// and `compileAll` builds every one at once: the tests call it, so a schema that cannot compile fails
// there rather than at a user's first request.
import AjvCompiler from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Fn = ((...args: never[]) => unknown) & { errors?: unknown };
type Compiler = (routeSchema: object) => Fn;
type Factory = (...args: never[]) => Compiler;

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

export interface LazySchemas {
  compilersFactory: CompilersFactory;
  /** builds every schema not yet built; the number built */
  compileAll(): number;
}

export function lazySchemas(): LazySchemas {
  const pending = new Set<() => void>();
  const lazily =
    (factory: Factory): Factory =>
    (...factoryArgs) => {
      const compile = factory(...factoryArgs);
      return (routeSchema) => {
        let built: Fn | undefined;
        const build = () => {
          built ??= compile(routeSchema);
          pending.delete(build);
          return built;
        };
        pending.add(build);
        const fn: Fn = (...args: never[]) => {
          const f = build();
          const result = f(...args);
          // Ajv's validators leave what was wrong on the function itself
          fn.errors = f.errors;
          return result;
        };
        return fn;
      };
    };
  return {
    compilersFactory: { buildValidator: lazily(AjvCompiler() as unknown as Factory), buildSerializer: lazily(SerializerSelector() as unknown as Factory) } as unknown as CompilersFactory,
    compileAll: () => {
      const all = [...pending];
      for (const build of all) build();
      return all.length;
    },
  };
}
