/** `motcua queue staffing|simulate`: pure computations, no database. */
import type { Command } from 'commander';
import { queueSimulateCommand, queueStaffingCommand } from '../modules/queue/index.ts';
import { print } from './run.ts';

interface StaffingOptions {
  arrivalsPerHour: string;
  serviceMinutes: string;
  targetPercent?: string;
  targetMinutes?: string;
  json?: boolean;
}
interface SimulateOptions {
  arrivals: string;
  counters?: string;
  countersByGroup?: string;
  targetMinutes?: string;
  json?: boolean;
}

export function registerQueueCommands(program: Command): void {
  const queue = program.command('queue').description('queue staffing (Erlang C) and simulation');
  queue
    .command('staffing')
    .description('the least number of counters meeting a wait target (M/M/c, Erlang C)')
    .requiredOption('--arrivals-per-hour <n>', 'mean arrivals per hour')
    .requiredOption('--service-minutes <n>', 'mean service time in minutes')
    .option('--target-percent <n>', 'share of people served within the target (default 90)')
    .option('--target-minutes <n>', 'wait target in minutes (default 15)')
    .option('--json', 'machine output')
    .action((o: StaffingOptions) => {
      const r = queueStaffingCommand({
        arrivalsPerHour: o.arrivalsPerHour,
        serviceMinutes: o.serviceMinutes,
        targetPercent: o.targetPercent,
        targetMinutes: o.targetMinutes,
      });
      print(
        r,
        o.json,
        (x: typeof r) =>
          `${x.counters} counters: ${Math.round(x.serviceLevel * 100)} % within target, mean wait ${x.meanWaitMinutes} min`,
      );
    });
  queue
    .command('simulate')
    .description(
      'replay arrivals from a CSV (arrival,group,service_minutes[,priority]) on pooled or dedicated counters',
    )
    .requiredOption('--arrivals <file>', 'CSV file')
    .option('--counters <n>', 'pooled counters')
    .option('--counters-by-group <spec>', 'dedicated counters, e.g. A=4,B=4')
    .option('--target-minutes <list>', 'wait targets to report, e.g. 7,15')
    .option('--json', 'machine output')
    .action(async (o: SimulateOptions) => {
      const r = await queueSimulateCommand(o.arrivals, {
        counters: o.counters,
        countersByGroup: o.countersByGroup,
        targetMinutes: o.targetMinutes,
      });
      print(r, o.json);
    });
}
