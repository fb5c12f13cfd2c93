// HTTP routes of participation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const participationRoutes: FastifyPluginAsyncTypebox = async () => {};
