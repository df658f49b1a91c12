/**
 * The project's public home. Every link leakproof generates (rule docs in SARIF, JUnit and
 * Markdown, the JSON schemas' `$id`, package.json's repository, homepage and bugs, the Action)
 * derives from this one constant; test/project-links.test.ts keeps the static files in step.
 */
export const PROJECT_URL = 'https://github.com/leakproof/leakproof';

/** A file of the repository as GitHub shows it, e.g. `docs/rules.md`. */
export function repositoryFileUrl(path: string): string {
  return `${PROJECT_URL}/blob/main/${path}`;
}
