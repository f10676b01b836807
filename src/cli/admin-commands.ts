/** `motcua token create` and `motcua audit verify`. */
import type { Command } from 'commander';
import { systemActor } from '../kernel/actor.ts';
import {
  createToken,
  DeviceRole,
  ensureDevice,
  findStaffIdByUsername,
  findWardByCode,
  identityError,
  verifyAuditChain,
} from '../modules/identity/index.ts';
import { type ConfigFrom, print, withDatabase } from './run.ts';

export function registerAdminCommands(program: Command, configFrom: ConfigFrom): void {
  program
    .command('token')
    .description('API tokens')
    .command('create')
    .description('create a bearer token for a person or a device of a ward')
    .requiredOption('--ward <code>', 'ward code, e.g. an-khanh')
    .option('--user <username>', 'the person the token acts as')
    .option('--device <name>', 'the device (created if missing)')
    .option('--role <role>', 'device role: kiosk | display | robot')
    .option('--label <text>', 'what the token is for')
    .option('--json', 'machine output')
    .action(
      async (o: { ward: string; user?: string; device?: string; role?: string; label?: string; json?: boolean }) => {
        if (!!o.user === !!o.device) program.error('give exactly one of --user or --device');
        const result = await withDatabase(configFrom(), async ({ db }) => {
          const ward = await findWardByCode(db, o.ward);
          if (!ward) throw identityError('WARD_NOT_FOUND', { code: o.ward });
          const ctx = { actor: systemActor(ward.id), requestId: null };
          if (o.user) {
            const staffId = await findStaffIdByUsername(db, ward.id, o.user);
            if (!staffId) throw identityError('STAFF_NOT_FOUND', { username: o.user });
            return createToken(db, ctx, { label: o.label ?? `cli token for ${o.user}`, staffId });
          }
          const role = DeviceRole.safeParse(o.role);
          if (!role.success) program.error('--role must be kiosk, display or robot');
          const device = await ensureDevice(db, ctx, o.device as string, role.data);
          return createToken(db, ctx, { label: o.label ?? `cli token for ${device.name}`, deviceId: device.id });
        });
        print(
          o.json ? { token: result.token, id: result.apiToken.id } : result,
          o.json,
          () => `Token (shown once): ${result.token}`,
        );
      },
    );

  program
    .command('audit')
    .description('audit log')
    .command('verify')
    .description('check the hash chain of every ward (or one) and report the first broken link')
    .option('--ward <code>', 'only this ward')
    .option('--json', 'machine output')
    .action(async (o: { ward?: string; json?: boolean }) => {
      const results = await withDatabase(
        configFrom(),
        async ({ db }) => {
          const wards = (await db.selectFrom('wards').select(['id', 'code']).orderBy('code').execute()) as Array<{
            id: string;
            code: string;
          }>;
          const chosen = o.ward ? wards.filter((w) => w.code === o.ward) : wards;
          if (o.ward && !chosen.length) throw identityError('WARD_NOT_FOUND', { code: o.ward });
          return Promise.all(chosen.map(async (w) => ({ ward: w.code, ...(await verifyAuditChain(db, w.id)) })));
        },
        { seed: false },
      );
      print(results, o.json, () =>
        results
          .map((r) =>
            r.ok
              ? `${r.ward}: OK (${r.rows} rows)`
              : `${r.ward}: BROKEN at seq ${r.brokenAt?.seq} (${r.brokenAt?.reason})`,
          )
          .join('\n'),
      );
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}
