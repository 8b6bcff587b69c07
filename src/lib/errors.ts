/**
 * @module errors
 * Typed errors with stable snake_case codes. Every failure that reaches a user carries a
 * code (for scripts), a message that names the thing that failed, and a hint that says
 * what to do about it.
 */

export const ErrorCode = {
  BadUsage: 'bad_usage',
  FileNotFound: 'file_not_found',
  FileUnreadable: 'file_unreadable',
  FileEmpty: 'file_empty',
  FileTooLarge: 'file_too_large',
  FormatUnknown: 'format_unknown',
  FormatUnsupported: 'format_unsupported',
  FileCorrupt: 'file_corrupt',
  FileEncrypted: 'file_encrypted',
  ZipBomb: 'zip_bomb',
  FileTooComplex: 'file_too_complex',
  XmlUnsafe: 'xml_unsafe',
  ConverterMissing: 'converter_missing',
  ConverterFailed: 'converter_failed',
  Timeout: 'timeout',
  NotFound: 'not_found',
  Forbidden: 'forbidden',
  Unauthorized: 'unauthorized',
  ModelUnreachable: 'model_unreachable',
  ModelNotFound: 'model_not_found',
  ModelAuth: 'model_auth',
  ModelOutputInvalid: 'model_output_invalid',
  ModelCapability: 'model_capability',
  RateLimited: 'rate_limited',
  Aborted: 'aborted',
  IndexCorrupt: 'index_corrupt',
  Internal: 'internal',
  /** The question needs something the engine cannot do (a trained model, say); nothing is guessed. */
  Unsupported: 'unsupported',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that mean the user's input (arguments or files) was bad: the CLI exits 2 for these. */
export const INPUT_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'bad_usage',
  // A thread, file or session the input names that is not there ("--thread t123" mistyped).
  'not_found',
  'file_not_found',
  'file_unreadable',
  'file_empty',
  'file_too_large',
  'format_unknown',
  'format_unsupported',
  'file_corrupt',
  'file_encrypted',
  'zip_bomb',
  'file_too_complex',
  'xml_unsafe',
]);

export type AppError = {
  readonly code: ErrorCode;
  /** One sentence that names what failed, e.g. "report.docx is not a valid zip archive". */
  readonly message: string;
  /** What the user can do about it. */
  readonly hint?: string;
  /** The file the error is about, when there is one. */
  readonly path?: string;
  readonly cause?: unknown;
};

/** An AppError that can be thrown inside a module and caught at its boundary. */
export class OfficemateError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'OfficemateError';
    this.error = error;
  }
  get code(): ErrorCode {
    return this.error.code;
  }
}

export function appError(
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): AppError {
  return { code, message, ...extra };
}

export function fail(
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): never {
  throw new OfficemateError(appError(code, message, extra));
}

/** Turns anything thrown into an AppError; unknown errors become `internal`. */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof OfficemateError) return thrown.error;
  if (thrown instanceof Error) {
    if (thrown.name === 'AbortError') return appError('aborted', 'The operation was cancelled.');
    return appError('internal', thrown.message, { cause: thrown });
  }
  return appError('internal', String(thrown));
}

export function isInputError(error: AppError): boolean {
  return INPUT_ERROR_CODES.has(error.code);
}
