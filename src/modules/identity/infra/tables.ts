/** Kysely types of the identity tables (db/migrations/20261126_0001, _0002). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface IdentityTables {
  wards: {
    id: Generated<string>;
    code: string;
    name: string;
    name_en: string;
    agency_eid: string;
    province: string;
    address: string;
    area_km2: number | null;
    population: number | null;
    planned_population: number | null;
    time_zone: Generated<string>;
    phone: string | null;
    email: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    version: Generated<number>;
  };
  predecessor_units: {
    ward_id: string;
    id: Generated<string>;
    name: string;
    part: 'whole' | 'part';
    former_district: string | null;
    sort_order: number;
  };
  departments: {
    ward_id: string;
    id: Generated<string>;
    code: string;
    name: string;
    name_en: string;
    external: boolean;
  };
  staff: {
    ward_id: string;
    id: Generated<string>;
    username: string;
    full_name: string;
    email: string | null;
    phone: string | null;
    department_id: string | null;
    roles: string[];
    city_admin: Generated<boolean>;
    password_hash: string;
    active: Generated<boolean>;
    failed_logins: Generated<number>;
    locked_until: Date | null;
    password_changed_at: Timestamp;
    created_at: Timestamp;
    updated_at: Timestamp;
    version: Generated<number>;
  };
  staff_ward_grants: { ward_id: string; staff_ward_id: string; staff_id: string; granted_at: Timestamp };
  sessions: {
    ward_id: string;
    id: Generated<string>;
    token_hash: string;
    staff_ward_id: string;
    staff_id: string;
    csrf_token: string;
    user_agent: string | null;
    ip: string | null;
    created_at: Timestamp;
    last_seen_at: Timestamp;
    expires_at: Date;
    revoked_at: Date | null;
  };
  devices: {
    ward_id: string;
    id: Generated<string>;
    name: string;
    role: 'kiosk' | 'display' | 'robot';
    location: string | null;
    created_at: Timestamp;
    revoked_at: Date | null;
  };
  api_tokens: {
    ward_id: string;
    id: Generated<string>;
    token_hash: string;
    prefix: string;
    label: string;
    staff_id: string | null;
    device_id: string | null;
    created_by: string | null;
    created_at: Timestamp;
    last_used_at: Date | null;
    revoked_at: Date | null;
  };
  login_throttle: { key: string; failures: number; window_started_at: Timestamp };
  idempotency_keys: {
    ward_id: string;
    actor_id: string;
    key: string;
    request_hash: string;
    status_code: number;
    response: ColumnType<unknown, string | null, string | null>;
    created_at: Timestamp;
  };
}
