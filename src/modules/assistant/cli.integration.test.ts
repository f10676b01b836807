import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { askBatchCommand, askCommand } from './cli.ts';
import { AskResponse } from './contracts.ts';
import { aWardWithGroups, importCatalogSlice } from './testing/fixtures.ts';

let database: Database;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await importCatalogSlice(database.db, 1);
  dir = await mkdtemp(path.join(os.tmpdir(), 'assistant-cli-'));
});

afterAll(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('motcua ask', () => {
  it('answers one question with the HTTP shape, without a ward and without logging', async () => {
    const a = AskResponse.parse(await askCommand(database, 'lam giay khai sinh'));
    expect(a.card?.code).toBe('1.001193');
    expect(a.questionId).toBeNull();
    expect(a.answers[0]?.group).toBeUndefined();
  });

  it('uses the ward’s counter groups when given one, and logs only when asked', async () => {
    const { wardId } = await aWardWithGroups(database);
    const quiet = await askCommand(database, 'chứng thực bản sao', { wardId });
    expect(quiet.card?.where.group?.letter).toBe('A');
    expect(quiet.questionId).toBeNull();
    const logged = await askCommand(database, 'chứng thực bản sao', { wardId, log: true });
    const rows = await sql`SELECT channel FROM assistant_questions WHERE ward_id = ${wardId}`.execute(database.db);
    expect(logged.questionId).not.toBeNull();
    expect(rows.rows).toEqual([{ channel: 'cli' }]);
  });

  it('answers a batch file one line per question, in order, and reports malformed lines', async () => {
    const file = path.join(dir, 'questions.jsonl');
    await writeFile(
      file,
      ['{"q": "dang ky ket hon"}', '', 'not json', '{"q": "How do I get a building permit?"}', '{"x": 1}'].join('\n'),
    );
    const { answers, problems } = await askBatchCommand(database, file);
    expect(answers).toHaveLength(4);
    expect(answers[0]?.answers[0]?.code).toBe('1.000894');
    expect(answers[1]?.kind).toBe('empty');
    expect(answers[2]?.lang).toBe('en');
    expect(answers[2]?.answers[0]?.code).toBe('1.013225');
    expect(problems.map((p) => p.line)).toEqual([3, 5]);
  });
});
