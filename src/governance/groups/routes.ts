// HTTP routes of groups.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const groupRoutes: FastifyPluginAsyncTypebox = async () => {};
