/** Error codes of the assistant, with the Vietnamese and English message shown to people. */
import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const ASSISTANT_ERRORS = {
  ASSISTANT_RATE_LIMITED: {
    kind: 'rate_limited',
    vi: 'Bạn hỏi nhanh quá, vui lòng chờ một chút rồi hỏi lại.',
    en: 'Too many questions at once; please wait a moment and ask again.',
  },
  ASSISTANT_QUESTION_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy câu hỏi này.',
    en: 'No such question.',
  },
  ASSISTANT_PROCEDURE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy thủ tục này trong danh mục.',
    en: 'No such procedure in the catalog.',
  },
  ASSISTANT_NOT_HANDLED_HERE: {
    kind: 'rule',
    vi: 'Thủ tục này không nộp tại Trung tâm phường nên không lấy số thứ tự được.',
    en: 'This procedure is not handled at this center, so no ticket can be taken for it.',
  },
  ASSISTANT_NO_GROUP: {
    kind: 'rule',
    vi: 'Chưa có quầy phụ trách lĩnh vực này; vui lòng hỏi tại bàn hướng dẫn.',
    en: 'No counter serves this field yet; please ask at the information desk.',
  },
  ASSISTANT_PHRASING_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy cách hỏi này.',
    en: 'No such phrasing.',
  },
} as const satisfies ErrorCatalog;

export type AssistantErrorCode = keyof typeof ASSISTANT_ERRORS;
export const assistantError = errorsOf(ASSISTANT_ERRORS);
