-- Calendar: the national announced schedule of days off (reference data, not ward-keyed: replicated as a
-- reference table under Citus), each ward's office-hour settings, and each ward's own extra days off.
-- A year with no row in calendar_schedule_years uses the computed default (provisional) in the application.

CREATE TABLE calendar_schedule_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
  source text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('seed', 'import')),
  imported_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE calendar_schedule_years IS 'Years whose public-sector holiday schedule has been announced by the Government and loaded; such a year overrides the computed default entirely.';
COMMENT ON COLUMN calendar_schedule_years.year IS 'Solar year of the schedule.';
COMMENT ON COLUMN calendar_schedule_years.source IS 'Legal reference or notice the schedule comes from.';
COMMENT ON COLUMN calendar_schedule_years.origin IS 'seed = shipped file (db/seeds/calendar) loaded at start; import = loaded by an administrator.';
COMMENT ON COLUMN calendar_schedule_years.imported_at IS 'When the whole year was last imported.';
COMMENT ON COLUMN calendar_schedule_years.updated_at IS 'Last import or edit of any entry of the year.';

CREATE TABLE calendar_schedule_entries (
  date date PRIMARY KEY,
  year integer NOT NULL REFERENCES calendar_schedule_years (year) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'swapped', 'makeup-workday')),
  name text NOT NULL,
  name_en text,
  enabled boolean NOT NULL DEFAULT true,
  replaces date,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (date >= make_date(year, 1, 1) AND date < make_date(year + 1, 1, 1)),
  CHECK (replaces IS NULL OR kind = 'makeup-workday')
);
CREATE INDEX calendar_schedule_entries_year_idx ON calendar_schedule_entries (year);
COMMENT ON TABLE calendar_schedule_entries IS 'One day of an announced schedule: a day off (holiday, compensatory, swapped) or a make-up workday.';
COMMENT ON COLUMN calendar_schedule_entries.date IS 'The calendar date (Vietnam).';
COMMENT ON COLUMN calendar_schedule_entries.year IS 'The schedule year the date belongs to.';
COMMENT ON COLUMN calendar_schedule_entries.kind IS 'holiday = named day off (weekend days inside a break included); compensatory = nghỉ bù for a holiday on a weekend; swapped = weekday off made up on a weekend day; makeup-workday = weekend day worked instead.';
COMMENT ON COLUMN calendar_schedule_entries.name IS 'Vietnamese name, e.g. Tết Nguyên Đán.';
COMMENT ON COLUMN calendar_schedule_entries.name_en IS 'English name.';
COMMENT ON COLUMN calendar_schedule_entries.enabled IS 'false keeps the entry as data without effect (e.g. the unconfirmed 24/11 Ngày Văn hóa Việt Nam).';
COMMENT ON COLUMN calendar_schedule_entries.replaces IS 'For a make-up workday: the swapped weekday it makes up.';
COMMENT ON COLUMN calendar_schedule_entries.note IS 'Free note shown to administrators.';
COMMENT ON COLUMN calendar_schedule_entries.updated_at IS 'Last change of the entry.';

CREATE TABLE calendar_ward_settings (
  ward_id uuid PRIMARY KEY REFERENCES wards (id) ON DELETE CASCADE,
  office_hours jsonb NOT NULL,
  saturday_receiving boolean NOT NULL DEFAULT false,
  saturday_counts_as_processing boolean NOT NULL DEFAULT false,
  same_day_cutoff text NOT NULL DEFAULT '15:00' CHECK (same_day_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  supplement_clock text NOT NULL DEFAULT 'restart' CHECK (supplement_clock IN ('pause', 'restart')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
COMMENT ON TABLE calendar_ward_settings IS 'Office hours and clock rules of a ward''s service center; a ward without a row uses the defaults (Mon–Fri 07:30–11:30, 13:00–17:00).';
COMMENT ON COLUMN calendar_ward_settings.ward_id IS 'The ward.';
COMMENT ON COLUMN calendar_ward_settings.office_hours IS 'JSON {"weekday":[{"start":"07:30","end":"11:30"},…],"saturday":[…]} in Vietnam local time.';
COMMENT ON COLUMN calendar_ward_settings.saturday_receiving IS 'The center receives dossiers on Saturday (in the saturday office hours).';
COMMENT ON COLUMN calendar_ward_settings.saturday_counts_as_processing IS 'Saturday receiving hours also count as processing time for deadlines.';
COMMENT ON COLUMN calendar_ward_settings.same_day_cutoff IS 'HH:MM after which a same-day procedure is due at closing of the next working day.';
COMMENT ON COLUMN calendar_ward_settings.supplement_clock IS 'Default clock rule for supplement requests: pause (766 index) or restart from zero (Decree 61/2018).';
COMMENT ON COLUMN calendar_ward_settings.updated_at IS 'Last change of the settings.';
COMMENT ON COLUMN calendar_ward_settings.version IS 'Optimistic-concurrency counter, bumped on every update.';

CREATE TABLE calendar_ward_days_off (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  date date NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_id, date)
);
COMMENT ON TABLE calendar_ward_days_off IS 'A ward''s own extra days off (local events), on top of the national schedule.';
COMMENT ON COLUMN calendar_ward_days_off.ward_id IS 'The ward.';
COMMENT ON COLUMN calendar_ward_days_off.date IS 'The day the center is closed.';
COMMENT ON COLUMN calendar_ward_days_off.name IS 'Reason shown to staff and citizens.';
COMMENT ON COLUMN calendar_ward_days_off.created_at IS 'When the day off was recorded.';
