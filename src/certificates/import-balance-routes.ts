// HTTP route of an import certificate's balance for re-exports (import-balance.ts). Its address stays
// under /api/companies/: the companies' pages and clients ask it when they draw re-exports.

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../interface/schemas.js';
import { importBalance } from './import-balance.js';

export const importBalanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/companies/imports/:number',
    {
      config: { action: 'companies.stock.read' },
      schema: {
        summary: "What is left of an import certificate to draw re-exports on: carats confirmed received less the drawings of re-exports not cancelled, with its origin (officers of the importing Participant; a company user for its own company's imports)",
        tags: ['companies'],
        params: Type.Object({ number: Type.String({ minLength: 1, maxLength: 40 }) }),
        response: {
          200: Type.Object({
            number: Type.String(),
            issuer: Type.String(),
            importer: Type.String(),
            origin: Type.String(),
            origins: Type.Union([Type.Array(Type.String()), Type.Null()]),
            countryOfExport: Type.String(),
            cancelled: Type.Boolean(),
            confirmedCarats: Type.Union([Type.Number(), Type.Null()]),
            drawnCarats: Type.Number(),
            leftCarats: Type.Number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => importBalance(app.store.db, req.actor, req.params.number),
  );
};
