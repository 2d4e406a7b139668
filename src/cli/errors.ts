import { DatasetError } from '../dataset/load-dataset.js';
import { DbError } from '../store/db.js';

/** A problem with how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function usageError(message: string): UsageError {
  return new UsageError(message);
}

/** The message for a runtime error: what went wrong and, where we know, what to do. */
export function describeError(err: unknown): string {
  if (err instanceof DatasetError) {
    return `${err.message}\nfix these in the dataset files and run the command again`;
  }
  if (err instanceof DbError) return `the database refused a statement: ${err.message}`;
  if (err instanceof Error) {
    const cause =
      err.cause instanceof Error && !err.message.includes(err.cause.message) ? ` (${err.cause.message})` : '';
    return err.message + cause;
  }
  return String(err);
}
