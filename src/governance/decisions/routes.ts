// HTTP routes of decisions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const decisionRoutes: FastifyPluginAsyncTypebox = async () => {};
