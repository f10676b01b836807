-- Identity: wards (tenants), their predecessor units, departments, staff, sessions, devices and API tokens.
-- Every tenant-owned table has ward_id as the first column of its primary key (the Citus distribution key).

CREATE TABLE wards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  name_en text NOT NULL,
  agency_eid text NOT NULL UNIQUE,
  province text NOT NULL,
  address text NOT NULL,
  area_km2 numeric(10, 2),
  population integer CHECK (population >= 0),
  planned_population integer CHECK (planned_population >= 0),
  time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
COMMENT ON TABLE wards IS 'A commune-level unit (xã, phường, đặc khu): the tenant. Everything else belongs to one ward.';
COMMENT ON COLUMN wards.id IS 'Surrogate key used as ward_id everywhere.';
COMMENT ON COLUMN wards.code IS 'Short slug used in URLs and the CLI, e.g. an-khanh.';
COMMENT ON COLUMN wards.name IS 'Official Vietnamese name, e.g. Phường An Khánh.';
COMMENT ON COLUMN wards.name_en IS 'English name shown in the English interface.';
COMMENT ON COLUMN wards.agency_eid IS 'Electronic agency ID (QCVN 102 / TT 10/2016) used as the prefix of dossier codes.';
COMMENT ON COLUMN wards.province IS 'Province-level unit, e.g. Thành phố Hồ Chí Minh.';
COMMENT ON COLUMN wards.address IS 'Postal address of the ward People''s Committee / service center.';
COMMENT ON COLUMN wards.area_km2 IS 'Natural area in square kilometres.';
COMMENT ON COLUMN wards.population IS 'Current resident population.';
COMMENT ON COLUMN wards.planned_population IS 'Population the master plan provides for.';
COMMENT ON COLUMN wards.time_zone IS 'IANA time zone of business rules (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN wards.phone IS 'Public hotline of the service center.';
COMMENT ON COLUMN wards.email IS 'Public e-mail of the service center.';
COMMENT ON COLUMN wards.created_at IS 'When the ward was registered on the platform.';
COMMENT ON COLUMN wards.updated_at IS 'Last change of the ward record.';
COMMENT ON COLUMN wards.version IS 'Optimistic-concurrency counter, bumped on every update.';

CREATE TABLE predecessor_units (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  part text NOT NULL DEFAULT 'whole' CHECK (part IN ('whole', 'part')),
  former_district text,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, name)
);
COMMENT ON TABLE predecessor_units IS 'Units merged into the ward on 1 July 2025; backlog dossiers name them as their origin.';
COMMENT ON COLUMN predecessor_units.ward_id IS 'The ward the unit was merged into.';
COMMENT ON COLUMN predecessor_units.id IS 'Key of the predecessor unit.';
COMMENT ON COLUMN predecessor_units.name IS 'Former unit name, e.g. Phường Thảo Điền.';
COMMENT ON COLUMN predecessor_units.part IS 'whole = the whole unit was merged; part = only part of it.';
COMMENT ON COLUMN predecessor_units.former_district IS 'District (cấp huyện) the unit belonged to before 1/7/2025.';
COMMENT ON COLUMN predecessor_units.sort_order IS 'Display order.';

CREATE TABLE departments (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  name_en text NOT NULL,
  external boolean NOT NULL DEFAULT false,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, code)
);
COMMENT ON TABLE departments IS 'Units of the ward that dossiers move between (and external units such as the ward police).';
COMMENT ON COLUMN departments.ward_id IS 'Owning ward.';
COMMENT ON COLUMN departments.id IS 'Key of the department.';
COMMENT ON COLUMN departments.code IS 'Short code unique in the ward, e.g. vp, kt, vhxh, ttpvhcc, ca.';
COMMENT ON COLUMN departments.name IS 'Vietnamese name.';
COMMENT ON COLUMN departments.name_en IS 'English name.';
COMMENT ON COLUMN departments.external IS 'True for units outside the People''s Committee (Công an phường).';

CREATE TABLE staff (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  full_name text NOT NULL,
  email text,
  phone text,
  department_id uuid,
  roles text[] NOT NULL CHECK (cardinality(roles) > 0),
  city_admin boolean NOT NULL DEFAULT false,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (ward_id, department_id) REFERENCES departments (ward_id, id)
);
CREATE UNIQUE INDEX staff_username_key ON staff (username);
COMMENT ON TABLE staff IS 'People who sign in: officers, specialists, leaders, administrators.';
COMMENT ON COLUMN staff.ward_id IS 'Home ward of the person.';
COMMENT ON COLUMN staff.id IS 'Key of the person.';
COMMENT ON COLUMN staff.username IS 'Sign-in name, unique on the platform, lower case.';
COMMENT ON COLUMN staff.full_name IS 'Full name as printed on forms.';
COMMENT ON COLUMN staff.email IS 'Work e-mail.';
COMMENT ON COLUMN staff.phone IS 'Work phone printed on supplement requests as the contact.';
COMMENT ON COLUMN staff.department_id IS 'Department the person works in.';
COMMENT ON COLUMN staff.roles IS 'Roles: admin, director, leader, receiver, specialist, clerk, advisor, viewer.';
COMMENT ON COLUMN staff.city_admin IS 'May administer the wards granted in staff_ward_grants besides the home ward.';
COMMENT ON COLUMN staff.password_hash IS 'argon2id hash (PHC string).';
COMMENT ON COLUMN staff.active IS 'False once the account is disabled; disabled accounts cannot sign in.';
COMMENT ON COLUMN staff.failed_logins IS 'Consecutive failed sign-ins since the last success.';
COMMENT ON COLUMN staff.locked_until IS 'Sign-in refused until this moment after repeated failures.';
COMMENT ON COLUMN staff.password_changed_at IS 'Last password change.';
COMMENT ON COLUMN staff.created_at IS 'When the account was created.';
COMMENT ON COLUMN staff.updated_at IS 'Last change of the account.';
COMMENT ON COLUMN staff.version IS 'Optimistic-concurrency counter.';

CREATE TABLE staff_ward_grants (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  staff_ward_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ward_id, staff_ward_id, staff_id),
  FOREIGN KEY (staff_ward_id, staff_id) REFERENCES staff (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE staff_ward_grants IS 'Extra wards a city administrator may manage.';
COMMENT ON COLUMN staff_ward_grants.ward_id IS 'The ward that may be managed.';
COMMENT ON COLUMN staff_ward_grants.staff_ward_id IS 'Home ward of the administrator.';
COMMENT ON COLUMN staff_ward_grants.staff_id IS 'The administrator.';
COMMENT ON COLUMN staff_ward_grants.granted_at IS 'When the grant was made.';

CREATE TABLE sessions (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  staff_ward_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  csrf_token text NOT NULL,
  user_agent text,
  ip text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (staff_ward_id, staff_id) REFERENCES staff (ward_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE sessions IS 'Browser sessions (HttpOnly cookie); the cookie holds a random token, only its hash is stored.';
COMMENT ON COLUMN sessions.ward_id IS 'Ward the session currently acts in (the home ward, or a granted one for city admins).';
COMMENT ON COLUMN sessions.id IS 'Public key of the session, shown in the session list.';
COMMENT ON COLUMN sessions.token_hash IS 'SHA-256 of the cookie token.';
COMMENT ON COLUMN sessions.staff_ward_id IS 'Home ward of the signed-in person.';
COMMENT ON COLUMN sessions.staff_id IS 'The signed-in person.';
COMMENT ON COLUMN sessions.csrf_token IS 'Token the browser must echo in X-CSRF-Token on mutations.';
COMMENT ON COLUMN sessions.user_agent IS 'Browser that signed in, for the session list.';
COMMENT ON COLUMN sessions.ip IS 'Client address at sign-in.';
COMMENT ON COLUMN sessions.created_at IS 'Sign-in time.';
COMMENT ON COLUMN sessions.last_seen_at IS 'Last request made with the session.';
COMMENT ON COLUMN sessions.expires_at IS 'Absolute expiry.';
COMMENT ON COLUMN sessions.revoked_at IS 'Set when signed out or revoked.';

CREATE TABLE devices (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('kiosk', 'display', 'robot')),
  location text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (ward_id, id),
  UNIQUE (ward_id, name)
);
COMMENT ON TABLE devices IS 'Kiosks, display boards and the service robot; they authenticate with an API token.';
COMMENT ON COLUMN devices.ward_id IS 'Ward the device serves.';
COMMENT ON COLUMN devices.id IS 'Key of the device.';
COMMENT ON COLUMN devices.name IS 'Name unique in the ward, e.g. kiosk-sanh-chinh.';
COMMENT ON COLUMN devices.role IS 'kiosk, display or robot.';
COMMENT ON COLUMN devices.location IS 'Where the device stands.';
COMMENT ON COLUMN devices.created_at IS 'Registration time.';
COMMENT ON COLUMN devices.revoked_at IS 'Set when the device is retired; its tokens stop working.';

CREATE TABLE api_tokens (
  ward_id uuid NOT NULL REFERENCES wards (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  label text NOT NULL,
  staff_id uuid,
  device_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (ward_id, id),
  FOREIGN KEY (ward_id, staff_id) REFERENCES staff (ward_id, id) ON DELETE CASCADE,
  FOREIGN KEY (ward_id, device_id) REFERENCES devices (ward_id, id) ON DELETE CASCADE,
  CHECK ((staff_id IS NULL) <> (device_id IS NULL))
);
COMMENT ON TABLE api_tokens IS 'Bearer tokens for devices, integrations and scripts; only a hash is stored.';
COMMENT ON COLUMN api_tokens.ward_id IS 'The single ward the token is bound to.';
COMMENT ON COLUMN api_tokens.id IS 'Key of the token.';
COMMENT ON COLUMN api_tokens.token_hash IS 'SHA-256 of the secret token.';
COMMENT ON COLUMN api_tokens.prefix IS 'First characters of the token, to recognise it in lists.';
COMMENT ON COLUMN api_tokens.label IS 'What the token is for.';
COMMENT ON COLUMN api_tokens.staff_id IS 'The person the token acts as (scripts, integrations), or null for a device.';
COMMENT ON COLUMN api_tokens.device_id IS 'The device the token belongs to, or null for a person.';
COMMENT ON COLUMN api_tokens.created_by IS 'Administrator who created it (null when created from the CLI).';
COMMENT ON COLUMN api_tokens.created_at IS 'Creation time.';
COMMENT ON COLUMN api_tokens.last_used_at IS 'Last request made with the token.';
COMMENT ON COLUMN api_tokens.revoked_at IS 'Set when revoked; revoked tokens are refused.';

CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE login_throttle IS 'Failed sign-ins per client address, for rate limiting before anyone is known.';
COMMENT ON COLUMN login_throttle.key IS 'ip:<address>.';
COMMENT ON COLUMN login_throttle.failures IS 'Failures in the current window.';
COMMENT ON COLUMN login_throttle.window_started_at IS 'Start of the current counting window.';
