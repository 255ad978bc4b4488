/**
 * --json has one shape for every command (scripts/contracts/cliReport.ts, docs/command-line.md):
 * each command's report, success or failure, parses with the schema, and an error names the command.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliReportSchema, type CliReport } from '../scripts/contracts/cliReport.ts';
import { corroborate, ROOT } from './support/cli.ts';
import { freePort } from './support/devServer.ts';
import { startServing } from './support/serveProcess.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-report-'));
const FERRY = join(ROOT, 'tests/fixtures/events/ferry-fire');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The report of a finished run: stdout is one object, and it parses with the schema. */
function reportOf(...args: string[]): CliReport & { status: number | null } {
  const run = corroborate(...args, '--json');
  const parsed = CliReportSchema.safeParse(JSON.parse(run.stdout));
  expect(parsed.error, run.stdout).toBeUndefined();
  expect(parsed.data!.exitCode).toBe(run.status);
  return { ...parsed.data!, status: run.status };
}

describe('the --json report', () => {
  it('extract, one event: the figures and each source', () => {
    const report = reportOf('extract', FERRY, '--out', join(work, 'one'));
    expect(report).toMatchObject({ command: 'extract', ok: true, exitCode: 0, articles: 3, warnings: [] });
    expect(report.sources).toHaveLength(3);
  });

  it('extract, a folder of events: how many, and how many from the cache', () => {
    const report = reportOf('extract', join(ROOT, 'tests/fixtures/events'), '--out', join(work, 'many'));
    expect(report).toMatchObject({ command: 'extract', ok: true, events: 4 });
    expect(report.cached).toBeGreaterThanOrEqual(0);
    expect(report.articles).toBeUndefined();
  });

  it('build, and a build that fails: the error with its fix', () => {
    expect(reportOf('build', FERRY, '--out', join(work, 'site'))).toMatchObject({ command: 'build', ok: true, articles: 3 });
    const failed = reportOf('build', join(work, 'missing'), '--out', join(work, 'never'));
    expect(failed).toMatchObject({ command: 'build', ok: false, exitCode: 1, error: { fix: expect.any(String) } });
  }, 60_000);

  it('verify, passing and failing: the quotes checked and each mismatch', () => {
    const sources = join(work, 'sources');
    cpSync(FERRY, sources, { recursive: true });
    expect(reportOf('extract', sources, '--out', join(work, 'checked')).ok).toBe(true);
    const good = reportOf('verify', join(work, 'checked'));
    expect(good).toMatchObject({ command: 'verify', ok: true, mismatches: [] });
    expect(good.quotes).toBeGreaterThan(0);
    // Text put before every quote moves them all off their offsets.
    const file = join(sources, 'coastal-herald.txt');
    writeFileSync(file, `Moved.\n${readFileSync(file, 'utf8')}`);
    const bad = reportOf('verify', join(work, 'checked'));
    expect(bad).toMatchObject({ command: 'verify', ok: false, exitCode: 1, error: { details: expect.any(Array) } });
    expect(bad.mismatches!.length).toBeGreaterThan(0);
  });

  it('wrong usage names the command: an unknown option, a missing argument, an unknown command', () => {
    expect(reportOf('build', FERRY, '--outt', 'x')).toMatchObject({ command: 'build', exitCode: 2, error: { message: 'unknown option --outt (did you mean --out?)' } });
    expect(reportOf('verify')).toMatchObject({ command: 'verify', exitCode: 2, error: { message: 'missing <dir>' } });
    expect(reportOf('biuld')).toMatchObject({ command: 'biuld', exitCode: 2, error: { message: 'unknown command: biuld (did you mean build?)' } });
    expect(reportOf()).toMatchObject({ command: '', exitCode: 2, error: { message: 'missing command' } });
  });

  it('dev and preview print their report once serving: the address, and (dev) the figures', async () => {
    const dev = await startServing(['dev', FERRY, '--port', String(await freePort()), '--json'], /\}\s*$/);
    try {
      const report = CliReportSchema.parse(JSON.parse(dev.stdout()));
      expect(report).toMatchObject({ command: 'dev', ok: true, articles: 3, base: '/', url: expect.stringMatching(/^http:\/\/localhost:\d+\/$|^http:\/\/127\.0\.0\.1:\d+\/$/) });
      expect((await fetch(report.url!)).status).toBe(200);
    } finally {
      expect(await dev.stop()).toBe(0);
    }
    expect(dev.stdout().trim().startsWith('{') && dev.stdout().trim().endsWith('}')).toBe(true); // nothing else on stdout, even on stopping
    const preview = await startServing(['preview', join(work, 'site'), '--port', String(await freePort()), '--json'], /\}\s*$/);
    try {
      expect(CliReportSchema.parse(JSON.parse(preview.stdout()))).toMatchObject({ command: 'preview', ok: true, base: '/', siteDir: join(work, 'site') });
    } finally {
      expect(await preview.stop()).toBe(0);
    }
  }, 120_000);

  it('add: the pages saved, already there and failed, each with its URL', async () => {
    const { execFile } = await import('node:child_process');
    const { startPageServer } = await import('./support/pageServer.ts');
    const server = await startPageServer();
    try {
      const to = join(work, 'added');
      // Asynchronously: the page server answers from this process.
      const run = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = execFile(process.execPath, [join(ROOT, 'scripts/cli.ts'), 'add', server.url('/news/ferry-fire'), server.url('/missing'), '--to', to, '--json'], { cwd: ROOT }, (_, stdout) => done({ code: child.exitCode, stdout }));
      });
      const report = CliReportSchema.parse(JSON.parse(run.stdout));
      expect(report).toMatchObject({ command: 'add', ok: true, exitCode: 0, to, present: [] });
      expect(report.saved).toEqual([expect.objectContaining({ url: server.url('/news/ferry-fire') })]);
      expect(report.failed).toEqual([expect.objectContaining({ url: server.url('/missing') })]);
    } finally {
      await server.close();
    }
  });

  it('a server that cannot start reports its error as JSON', () => {
    expect(reportOf('preview', join(work, 'nowhere'))).toMatchObject({ command: 'preview', ok: false, exitCode: 1 });
    expect(reportOf('dev', join(work, 'nowhere'))).toMatchObject({ command: 'dev', ok: false, exitCode: 1 });
  });
});
