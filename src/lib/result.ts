/**
 * @module result
 * Result values at I/O boundaries: a success with data and warnings, or a failure with a
 * typed AppError. Code inside a module may throw OfficemateError; boundaries return Results.
 */
import { type AppError, toAppError } from './errors.ts';

export type Warning = {
  readonly type: 'unsupported' | 'lossy' | 'skipped' | 'other';
  readonly message: string;
};

export type Success<T> = { readonly success: true; readonly data: T; readonly warnings: readonly Warning[] };
export type Failure<E extends AppError = AppError> = { readonly success: false; readonly error: E };
export type Result<T, E extends AppError = AppError> = Success<T> | Failure<E>;

export function success<T>(data: T, warnings: readonly Warning[] = []): Success<T> {
  return { success: true, data, warnings };
}

export function failure<E extends AppError>(error: E): Failure<E> {
  return { success: false, error };
}

/** Runs a function and captures any thrown error as a Failure. */
export async function attempt<T>(run: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return success(await run());
  } catch (thrown) {
    return failure(toAppError(thrown));
  }
}
