/** GitHub's limits, its words for a refused line, and where its documentation says so. */

/** The 422 GitHub gives for a review comment on a line it will not accept (its words, one string). */
export const LINE_NOT_IN_DIFF =
  "Pull request review thread line must be part of the diff, Pull request review thread start line must be part of the same hunk as the line., and Pull request review thread diff hunk can't be blank";

export const GITHUB_LIMITS = {
  /** The diff media type answers 406 above 300 files ... */
  diffMaxFiles: 300,
  /** ... or above 20,000 lines (counted here as added + deleted + context lines of all hunks). */
  diffMaxLines: 20_000,
  /** "List pull requests files" returns at most 3000 files in all. */
  listFilesMax: 3000,
  perPageDefault: 30,
  perPageMax: 100,
  /**
   * "List pull requests files" omits `patch` for a file whose diff is too big. GitHub does not document
   * the exact cut-off; github/docs#9078 quotes github.com's source as 3,000 lines or 100 KB of raw diff
   * for a single file, which is what the fake uses (lines of the patch text, bytes of the patch text).
   */
  patchMaxLines: 3000,
  patchMaxBytes: 100 * 1024,
  /** Review body and review comment body: 65,536 characters (Unicode code points). */
  bodyMaxChars: 65_536,
} as const;

export const DOCS = {
  rest: 'https://docs.github.com/rest',
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  listFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  createReview: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
} as const;
