/** What the assistant says when it does not give a card: polite, short, in the question's language. */
import type { AnswerKind, AssistantLang } from '../contracts.ts';

const EXAMPLES_VI = '"làm giấy khai sinh cần gì", "chứng thực bản sao", "xin giấy phép xây dựng"';
const EXAMPLES_EN = '"birth registration", "certified copies", "building permit"';

export function messageFor(kind: AnswerKind, lang: AssistantLang, options: readonly string[] = []): string {
  const vi = lang === 'vi';
  switch (kind) {
    case 'clarify':
      return vi
        ? `Tôi chưa chắc bạn hỏi thủ tục nào. Bạn muốn hỏi: ${options.join(', hay ')}?`
        : `I am not sure which procedure you mean. Do you mean: ${options.join(', or ')}?`;
    case 'unknown':
      return vi
        ? `Xin lỗi, tôi chưa tìm được thủ tục phù hợp với câu hỏi. Bạn hãy nói tên thủ tục, ví dụ ${EXAMPLES_VI}, hoặc hỏi cán bộ tại bàn hướng dẫn.`
        : `Sorry, I could not find a matching procedure. Please name the procedure, e.g. ${EXAMPLES_EN}, or ask at the information desk.`;
    case 'empty':
      return vi
        ? `Mời bạn đặt câu hỏi về thủ tục hành chính, ví dụ ${EXAMPLES_VI}.`
        : `Please ask about an administrative procedure, e.g. ${EXAMPLES_EN}.`;
    case 'small_talk':
      return vi
        ? 'Xin chào! Tôi giúp bạn tìm hiểu thủ tục hành chính và lấy số thứ tự. Bạn cần làm thủ tục gì?'
        : 'Hello! I can explain administrative procedures and give you a queue ticket. What do you need to do?';
    case 'other_script':
      return 'Xin lỗi, tôi trả lời bằng tiếng Việt hoặc tiếng Anh. Sorry, I can answer in Vietnamese or English.';
    default:
      return '';
  }
}

export function answerIntro(name: string, lang: AssistantLang, handledHere: boolean): string {
  if (lang === 'vi')
    return handledHere ? `Thủ tục "${name}" được giải quyết tại Trung tâm phường.` : `Thủ tục "${name}".`;
  return handledHere ? `"${name}" is handled at this ward center.` : `"${name}".`;
}
