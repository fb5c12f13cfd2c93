// HTTP routes of annual-reports.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const annualReportRoutes: FastifyPluginAsyncTypebox = async () => {};
