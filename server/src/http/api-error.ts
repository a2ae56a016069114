import type { ErrorCode } from '@feedbackinstrument/shared/constants';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** An error that becomes the contract's envelope with this status code. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const conflict = (message: string, details: ErrorDetail[] = []) => new ApiError(409, 'conflict', message, details);
export const badRequest = (message: string, details: ErrorDetail[] = []) => new ApiError(400, 'validation_failed', message, details);

export function envelope(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}
