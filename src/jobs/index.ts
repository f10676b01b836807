/** Background jobs: the public surface for the server (start/stop) and for modules' job definitions. */

export { type Loop, startLoop } from './loop.ts';
export {
  createJobRunner,
  type JobContext,
  type JobDefinition,
  type JobRunner,
  type JobsLogger,
  type TickReport,
} from './runner.ts';
export { type Period, periodAt, Schedule } from './schedule.ts';
export { type JobsConfig, type JobsHandle, type StartJobsOptions, startJobs } from './start-jobs.ts';
