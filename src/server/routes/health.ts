/**
 * @module health
 * `GET /health`: liveness for load balancers and `officemate models`; says which engine and
 * model this server answers with. It never loads or calls the model.
 */
import { Hono } from 'hono';
import type { LanguageModel } from '../../models/language-model.ts';

export function createHealthRoutes(model: LanguageModel): Hono {
  const routes = new Hono();
  routes.get('/', (c) => c.json({ status: 'ok', engine: model.engine, model: model.modelId }));
  return routes;
}
