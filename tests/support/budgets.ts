/** Budgets checked on the built files: html-validate on pages; the JavaScript budget is measured by tools/budgets/pageScripts.ts. */
export { pageScriptBytes } from '../../tools/budgets/pageScripts.ts';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Tailwind's arbitrary classes and Astro's data attributes are fine; long lines of article text are too.
    'no-inline-style': 'off',
    // Prettier-style self-closing void elements come from Astro's output.
    'void-style': 'off',
    // Article text keeps its typographic quotes and dashes as written.
    'no-raw-characters': 'off',
  },
});

/** html-validate's messages for one page, as "line:column rule: message". */
export async function htmlProblems(page: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(page, 'utf8'), page);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
