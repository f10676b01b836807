/**
 * Which level a handling body belongs to, and whether the ward center receives its dossiers.
 * The ward police (Công an cấp xã) and the ward military command handle their own procedures
 * (residence, military service registration): citizens go there, not to the center.
 */
import type { ProcedureLevel } from '../contracts.ts';
import { normalise } from './normalise.ts';

const WARD = /\bcap xa\b|\bxa phuong\b|\bphuong xa\b|\bubnd xa\b/;
const PROVINCE =
  /\bcap tinh\b|\bso\b|\btinh\b|\bthanh pho\b|\bkhu vuc\b|\bvan phong dang ky dat dai\b|\bchi nhanh\b|\bthue co so\b/;
const CENTRAL =
  /^(bo|cuc|tong cuc|chinh phu|thu tuong|ngan hang nha nuoc viet nam|uy ban chung khoan|kiem toan nha nuoc|toa an|vien kiem sat|van phong chinh phu)\b|\bbo\b|\bcuc\b/;
const NOT_AT_CENTER = /\bcong an\b|\bquan su\b/;

export function levelOfBody(body: string): ProcedureLevel | undefined {
  const n = normalise(body);
  if (!n) return undefined;
  if (WARD.test(n)) return 'ward';
  if (PROVINCE.test(n)) return 'province';
  if (CENTRAL.test(n)) return 'central';
  return 'other';
}

/** The lowest level among the bodies (a procedure a ward can handle is a ward procedure). */
export function levelOfBodies(bodies: readonly string[]): ProcedureLevel {
  const levels = bodies.map(levelOfBody).filter((l): l is ProcedureLevel => l !== undefined);
  for (const l of ['ward', 'province', 'central', 'other'] as const) if (levels.includes(l)) return l;
  return 'other';
}

/** A ward-level procedure is received at the center unless every body named (";" or "," separated) is police or military. */
export function isHandledAtCenter(level: ProcedureLevel, body: string): boolean {
  if (level !== 'ward') return false;
  return body.split(/[;,]/).some((part) => !NOT_AT_CENTER.test(normalise(part)));
}
