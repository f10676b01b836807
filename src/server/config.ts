/** Configuration from the environment, validated once at start (see docs/operations.md for the table). */
import path from 'node:path';
import { z } from 'zod';
import { type FilesConfig, loadFilesConfig } from '../modules/files/index.ts';
import { loadNotifyConfig, type NotifyConfig } from '../modules/notify/index.ts';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_PREPARE: z.enum(['on', 'off']).default('on'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MOTCUA_DEMO_PASSWORD: z.string().min(10).optional(),
  MOTCUA_NO_SEED: z.enum(['1', 'true']).optional(),
  PUBLIC_URL: z.string().url().optional(),
  DEFAULT_WARD: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPoolSize: number;
  /** Name hot statements on a server (DB_PREPARE=off behind a pooler that cannot keep prepared statements). */
  dbPrepare: boolean;
  bodyLimit: number;
  cookieSecure: 'true' | 'false' | 'auto';
  logLevel: string;
  demoPassword: string | undefined;
  seed: boolean;
  publicUrl: string | undefined;
  defaultWardCode: string | undefined;
  notify: NotifyConfig;
  files: FilesConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const e = Env.parse(clean);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbPrepare: e.DB_PREPARE === 'on',
    bodyLimit: e.BODY_LIMIT_BYTES,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    demoPassword: e.MOTCUA_DEMO_PASSWORD,
    seed: !e.MOTCUA_NO_SEED,
    publicUrl: e.PUBLIC_URL,
    defaultWardCode: e.DEFAULT_WARD,
    notify: loadNotifyConfig(env),
    files: loadFilesConfig(dataDir, env),
  };
}
