/** The dossier routes register with the server's zod compilers and produce an OpenAPI document. */
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db.ts';
import type { App } from '../../../kernel/http.ts';
import { dossierPermissions } from './permissions.ts';
import { registerDossierRoutes } from './routes.ts';

describe('dossier OpenAPI', () => {
  it('documents every route of the permission table', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(swagger, {
      openapi: { openapi: '3.0.3', info: { title: 't', version: '1' } },
      transform: jsonSchemaTransform,
    });
    const seen: string[] = [];
    app.addHook('onRoute', (r) => {
      for (const m of [r.method].flat()) if (m !== 'HEAD') seen.push(`${m} ${r.url}`);
    });
    registerDossierRoutes(app as unknown as App, { database: {} as Database, clock: { now: () => new Date() } });
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, unknown> };
    expect(seen.sort()).toEqual(Object.keys(dossierPermissions).sort());
    expect(Object.keys(doc.paths)).toContain('/api/dossiers/{code}/actions');
    await app.close();
  });
});
