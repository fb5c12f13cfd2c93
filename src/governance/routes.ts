// Governance's HTTP routes: one plugin per workflow (participation, peer review, decisions…), registered here.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { participationRoutes } from './participation/routes.js';
import { groupRoutes } from './groups/routes.js';
import { annualReportRoutes } from './annual-reports/routes.js';
import { reviewRoutes } from './reviews/routes.js';
import { assistanceRoutes } from './assistance/routes.js';
import { decisionRoutes } from './decisions/routes.js';
import { documentRoutes } from './documents/routes.js';
import { reportRoutes } from './reports/routes.js';

export const governanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(participationRoutes);
  await app.register(groupRoutes);
  await app.register(annualReportRoutes);
  await app.register(reviewRoutes);
  await app.register(assistanceRoutes);
  await app.register(decisionRoutes);
  await app.register(documentRoutes);
  await app.register(reportRoutes);
};
