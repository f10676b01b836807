/** The periodic jobs of the modules, run by src/jobs in every server process (each period runs once overall). */
import type { JobDefinition } from '../jobs/index.ts';
import { sweepDossierDeadlines } from '../modules/dossiers/index.ts';
import { markAppointmentNoShows, sendAppointmentReminders } from '../modules/queue/index.ts';

export const JOBS: readonly JobDefinition[] = [
  {
    // Warn the assignee and the director one working day before a deadline; mark late dossiers.
    name: 'dossiers.deadline-sweep',
    schedule: { everyMinutes: 15 },
    run: async ({ database, clock }) => {
      await sweepDossierDeadlines(database.db, clock);
    },
  },
  {
    // Appointments not checked in after the grace period become no-shows.
    name: 'queue.appointment-no-shows',
    schedule: { everyMinutes: 15 },
    run: async ({ database, clock }) => {
      const wards = (await database.db.selectFrom('wards').select('id').execute()) as Array<{ id: string }>;
      for (const w of wards) await markAppointmentNoShows(database.db, w.id, clock.now());
    },
  },
  {
    // The day before an appointment, an SMS reminder through the outbox (once: marked and deduplicated).
    name: 'queue.appointment-reminders',
    schedule: { dailyAt: '17:00' },
    run: async ({ database, clock }) => {
      const wards = (await database.db.selectFrom('wards').select('id').execute()) as Array<{ id: string }>;
      for (const w of wards) await sendAppointmentReminders(database.db, w.id, clock.now());
    },
  },
];
