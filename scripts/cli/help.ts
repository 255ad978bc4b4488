/** Help texts of the corroborate command line: one overview and one page per command. */
import { VERSION } from '../contracts/version.ts';

export type Command = 'extract' | 'build' | 'dev' | 'verify' | 'preview' | 'add';

export const COMMANDS: readonly Command[] = ['extract', 'build', 'dev', 'verify', 'preview', 'add'];

const COMMON = `Options for every command:
  --config <file>   corroborate.config.ts or .json (default: looked up in <sourcesDir>, then here)
  --quiet, -q       print errors only
  --json            print one JSON object with the result on stdout (progress and warnings go in it;
                    its fields: docs/command-line.md)
  --help, -h        this help;  --version, -v  the version`;

const EXIT_CODES = `Exit codes: 0 success; 1 nothing could be built (missing or empty folder, no readable
article, invalid config, a quote that does not match its source); 2 wrong usage; 3 an internal
error (a bug: set CORROBORATE_DEBUG=1 for the stack trace and please report it).`;

export const USAGE = `corroborate ${VERSION}: news articles in, a sourced explainer site out

Usage:
  corroborate extract <sourcesDir> --out <dir>     write facts.json and the generated Markdown
  corroborate build <sourcesDir> --out <siteDir>   build the static site for that folder
  corroborate dev <sourcesDir>                     live preview: rebuilds when an article changes
  corroborate verify <dir>                         re-check every evidence quote in <dir>/facts.json
  corroborate preview [siteDir]                    serve a built site (default dist) under its base path
  corroborate add <url>... --to <sourcesDir>       save web pages into a sources folder

Run \`corroborate <command> --help\` for a command's options.

${COMMON}

${EXIT_CODES}`;

export const COMMAND_HELP: Record<Command, string> = {
  extract: `corroborate extract <sourcesDir> --out <dir>

Reads the articles in <sourcesDir> (.txt, .md with frontmatter, .html; metadata from an optional
sources.yaml beside them), checks every quote against its file, and writes <dir>/facts.json,
<dir>/explainer.md, <dir>/documents/<id>.json, <dir>/manifest.json and <dir>/site.json.
<dir> is replaced in one step: a failed run leaves it as it was.

A <sourcesDir> of sub-folders and no articles of its own is many events: each is written to
<dir>/<event>/, and <dir>/events.json lists them.

  --out, -o <dir>   where to write (required)
  --cache <dir>     keep each event's result there (default node_modules/.cache/corroborate)
  --no-cache        extract every event again

${COMMON}`,
  build: `corroborate build <sourcesDir> --out <siteDir>

Extracts the facts, verifies every quote, and builds the static site into <siteDir> (replaced
in one step only when the whole build succeeded). A folder of event folders (<sourcesDir>/<event>/)
gets one explainer per event under /<event>/ and a home page listing the events.

  --out, -o <siteDir>  where the site goes (required)
  --generated <dir>    keep facts.json and the Markdown there (default: a temporary folder)
  --base <path>        serve under a sub-path, e.g. /my-repo/ (default: config base, else /)
  --cache <dir>        keep the extraction result there (default node_modules/.cache/corroborate)
  --no-cache           extract again

${COMMON}`,
  dev: `corroborate dev <sourcesDir>

Extracts the facts and starts a live preview (the Astro dev server). Editing, adding or removing
an article in <sourcesDir> (or sources.yaml) re-extracts the facts and reloads the page.
Stop it with Ctrl-C.

  --port <n>           port to listen on (default 4321, the next free one if taken)
  --host               listen on all addresses, not only localhost (review actions off unless --review)
  --review             review actions (hide, speaker, merge ...) even with --host: anyone who can reach
                       the preview can then write corrections.yaml
  --generated <dir>    where the extracted files go (default: a temporary folder)
  --base <path>        serve under a sub-path, e.g. /my-repo/

${COMMON}`,
  verify: `corroborate verify <dir>

Re-reads every article and checks that each evidence quote in <dir>/facts.json is the file's text
at its offsets. Exits 1 naming each quote that is not.

  --sources <dir>   the articles (default: the folder recorded when <dir> was extracted)

${COMMON}`,
  preview: `corroborate preview [siteDir]

Serves a site built by \`corroborate build\` (default: dist) at http://127.0.0.1:4321, under the
base path it was built with, as a static host would: a folder's address serves its index.html,
a missing page gets the 404 page. Opening index.html from the file system shows an unstyled
page, since the site's links start at its base. Stop it with Ctrl-C.

  --port <n>        port to listen on (default 4321, the next free one if taken)
  --host            listen on all addresses, not only 127.0.0.1
  --base <path>     serve under this path instead of the one the site was built with

${COMMON}`,
  add: `corroborate add <url>... --to <sourcesDir>

Fetches each page and saves the HTML exactly as served into <sourcesDir> (created if missing),
named from its URL, and records in <sourcesDir>/sources.yaml its url, final_url (after
redirects), fetched (the time), canonical, title, publisher, author and published (values
already there are kept). A page already in the folder (the same URL, final or canonical URL)
is not fetched again. Only http(s) HTML pages; at most 5 redirects, 20 s and 5 MB per page;
one request at a time per host. A URL that fails is named with the reason; the others are
saved. Exit 1 only when nothing could be saved.

  --to <sourcesDir>  the folder to save into (required)
  --from <file>      read URLs from <file>, one a line (# starts a comment line)
  --refresh          fetch pages already in the folder again, into the same files

${COMMON}`,
};
