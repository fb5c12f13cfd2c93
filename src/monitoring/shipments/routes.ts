// HTTP routes of shipments.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const shipmentRoutes: FastifyPluginAsyncTypebox = async () => {};
