// Typings for the SPDX helper packages, which ship none.

declare module 'spdx-expression-parse' {
  /** Returns `{license, plus?, exception?}` or `{left, conjunction: 'and' | 'or', right}`; throws on invalid input. */
  function parse(source: string): unknown;
  export = parse;
}

declare module 'spdx-correct' {
  /** The corrected SPDX expression, or null. Throws on an empty string. */
  function correct(identifier: string, options?: { upgrade?: boolean }): string | null;
  export = correct;
}
