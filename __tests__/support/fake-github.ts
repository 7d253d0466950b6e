/** The fake GitHub, split by resource under ./fake-github/; its API stays importable from here. */
export * from './fake-github/index.ts';
