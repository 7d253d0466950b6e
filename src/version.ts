/** The release, as in package.json (a test keeps them equal); reports and SARIF name it. */
export const VERSION = '0.1.0';
