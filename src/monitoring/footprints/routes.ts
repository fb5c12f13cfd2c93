// HTTP routes of footprints.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const footprintRoutes: FastifyPluginAsyncTypebox = async () => {};
