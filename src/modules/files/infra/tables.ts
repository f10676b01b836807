/** Kysely types of the files table (db/migrations/20261126_0410_create-files.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { AllowedMediaType, FileKind } from '../contracts.ts';

export interface FilesTables {
  files: {
    ward_id: string;
    id: Generated<string>;
    sha256: string;
    size_bytes: number;
    media_type: AllowedMediaType;
    original_name: string;
    kind: FileKind;
    uploaded_by_kind: 'staff' | 'device' | 'system' | 'citizen';
    uploaded_by_id: string | null;
    uploaded_by_name: string | null;
    created_at: ColumnType<Date, Date | string, Date | string>;
  };
}
