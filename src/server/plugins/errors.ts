/** The one place where error codes become HTTP statuses and the error body of DESIGN.md §3. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { COMMON_ERRORS, DomainError, type ErrorKind, isDomainError } from '../../kernel/errors.ts';
import type { App } from '../../kernel/http.ts';

export const STATUS_OF: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rule: 422,
  rate_limited: 429,
  unavailable: 503,
};

export function errorBody(e: DomainError) {
  return {
    error: { code: e.code, message: e.message, messageVi: e.messageVi, ...(e.details ? { details: e.details } : {}) },
  };
}

function common(code: keyof typeof COMMON_ERRORS, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, COMMON_ERRORS[code], details);
}

/** Turns anything thrown in a request into a DomainError; unknown failures become INTERNAL (500). */
export function toDomainError(err: unknown): { error: DomainError; status: number } {
  if (isDomainError(err)) return { error: err, status: STATUS_OF[err.kind] };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      where: err.validationContext,
      path: v.instancePath || '/',
      message: v.message,
      ...(v.params && typeof v.params === 'object'
        ? { code: (v.params as { issue?: { code?: string } }).issue?.code }
        : {}),
    }));
    return { error: common('VALIDATION_FAILED', { issues }), status: 400 };
  }
  if (isResponseSerializationError(err)) return { error: common('INTERNAL'), status: 500 };
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { error: common('BODY_TOO_LARGE'), status: 413 };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { error: common('UNSUPPORTED_MEDIA_TYPE'), status: 415 };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { error: common('MALFORMED_JSON'), status: 400 };
  }
  if (fe instanceof SyntaxError || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
    return { error: common('MALFORMED_JSON'), status: 400 };
  }
  if (fe.statusCode === 429) return { error: common('RATE_LIMITED'), status: 429 };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { error: common('VALIDATION_FAILED', { reason: fe.message }), status: fe.statusCode };
  }
  return { error: common('INTERNAL'), status: 500 };
}

export function registerErrorHandling(app: App): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { error, status } = toDomainError(err);
    if (status >= 500) req.log.error({ err }, 'request failed');
    if (status >= 500 && process.env.TEST_LOG) console.error(err);
    else req.log.info({ code: error.code }, 'request refused');
    return reply.status(status).send(errorBody(error));
  });
}
