/** Which official forms (Circular 03/2025, Phụ lục I) a dossier has, given its log and state. */
import type { FormNumber, LogType } from '../contracts.ts';
import type { DossierState } from './state.ts';

export const FORM_TITLES = {
  '01': 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  '02': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  '03': 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  '04': 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  '05': 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
  '06': 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  '07': 'SỔ THEO DÕI HỒ SƠ',
} as const;

export function formsFor(types: readonly LogType[], state: Pick<DossierState, 'receivedAt'>): FormNumber[] {
  const has = (t: LogType) => types.includes(t);
  const forms: FormNumber[] = [];
  if (state.receivedAt) forms.push('01');
  if (has('request-supplement')) forms.push('02');
  if (has('refuse') || has('reject-after-appraisal')) forms.push('03');
  if (has('apologize-and-reschedule')) forms.push('04');
  if (has('stop') || has('withdraw')) forms.push('05');
  forms.push('06');
  return forms;
}
