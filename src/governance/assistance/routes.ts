// HTTP routes of assistance.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const assistanceRoutes: FastifyPluginAsyncTypebox = async () => {};
