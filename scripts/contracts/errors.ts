/**
 * The errors every part of corroborate may throw, and what the command line makes of them
 * (scripts/cli.ts): an InputError is the user's to fix (exit 1, the message and the fix), a
 * UsageError is a wrong command line (exit 2, with the command's help); anything else is a bug
 * (exit 3).
 */

/** The input cannot be used at all (a folder, a config file, an output folder): nothing can be built. */
export class InputError extends Error {
  /** What the user can do about it, in a sentence ("Choose an empty or new folder for --out."). */
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'InputError';
    this.fix = fix;
  }
}

/** The command line is wrong: an unknown command or option, a missing or malformed argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * An evidence quote that is not its source's text at its offsets: a bug in the pipeline, never
 * the user's input. It stops the whole run before anything is written (build/verify.ts).
 */
export class MisquoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MisquoteError';
  }
}
