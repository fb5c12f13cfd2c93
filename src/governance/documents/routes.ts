// HTTP routes of documents.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const documentRoutes: FastifyPluginAsyncTypebox = async () => {};
