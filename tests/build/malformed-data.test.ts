import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parse, stringify } from 'yaml';

const root = resolve('.');
// Each test runs a build of its own, which takes a while on a busy 2-core machine.
vi.setConfig({ testTimeout: 240_000 });
let fixture: string;

/** Copies the project (sources and content only) into a temp folder that shares node_modules. */
beforeAll(() => {
	// Inside the project, so that packages resolve from its node_modules without a symlink (Vite
	// rejects a symlinked node_modules); `.scratch/` is git-ignored.
	mkdirSync(join(root, '.scratch'), { recursive: true });
	fixture = mkdtempSync(join(root, '.scratch', 'malformed-'));
	for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, item), join(fixture, item), { recursive: true });
	}
});

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

/** Breaks one field of a data file, runs `astro build` in the fixture, and returns its output and status. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits arbitrary YAML.
function buildWith(file: string, breakIt: (data: Record<string, any>) => void) {
	const path = join(fixture, file);
	const original = readFileSync(path, 'utf8');
	const data = parse(original);
	breakIt(data);
	writeFileSync(path, stringify(data));
	try {
		const run = spawnSync('npx', ['astro', 'build'], {
			cwd: fixture,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		});
		return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
	} finally {
		writeFileSync(path, original);
	}
}

describe('a malformed data file stops the build', () => {
	test('a rating off the scale names the file and the field', () => {
		const { status, output } = buildWith('content/data/languages/python.yaml', (data) => {
			data.ratings[0].score = 9;
		});
		expect(status).not.toBe(0);
		expect(output).toContain('content/data/languages/python.yaml');
		expect(output).toMatch(/ratings\.0\.score: .*\b1\b.*\b5\b/);
	});

	test('an unknown source id names the file, the field and the id', () => {
		const { status, output } = buildWith('content/data/scenarios/ai-mvp.yaml', (data) => {
			data.sources = ['a-vendor-blog'];
		});
		expect(status).not.toBe(0);
		expect(output).toContain('content/data/scenarios/ai-mvp.yaml');
		expect(output).toMatch(/sources\.0: .*"a-vendor-blog"/);
	});

	test('a rating citing a source that does not rate its criterion names the file and the field', () => {
		// W3Techs counts websites, not developers, so it rates no criterion; citing it for hiring is
		// exactly the mistake the check exists for.
		const { status, output } = buildWith('content/data/languages/php.yaml', (data) => {
			const hiring = data.ratings.findIndex((r: { criterion: string }) => r.criterion === 'hiring');
			data.ratings[hiring].evidence.push({ source: 'w3techs-server-side', says: 'Most websites', where: 'Overview' });
		});
		expect(status).not.toBe(0);
		expect(output).toContain('content/data/languages/php.yaml');
		expect(output).toMatch(/ratings\.\d+\.evidence\.1\.source: .*"w3techs-server-side".*"hiring"/);
	});

	test('a situation-table row naming an unknown language names the file and the field', () => {
		const { status, output } = buildWith('content/data/situations/at-a-glance.yaml', (data) => {
			data.rows[2].language = 'cobol';
		});
		expect(status).not.toBe(0);
		expect(output).toContain('content/data/situations/at-a-glance.yaml');
		expect(output).toMatch(/rows\.2\.language: .*"cobol"/);
	});
});
